package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// CandidateColumns are the columns of the candidates CSV, which the CSV import reads back. They
// stay the same in every export language: the file is a format to re-import, not a document.
var CandidateColumns = []string{"name", "handle", "contact", "channel", "source", "experience", "activity", "role_interest", "willing_to_lead", "status", "notes"}

// safeCell defuses a cell a spreadsheet would run as a formula: one starting with = + - @,
// a tab or a carriage return gets a leading apostrophe (the OWASP advice for CSV injection).
// A plain negative number such as "-12.5" is data, not a formula, and stays as it is.
func safeCell(s string) string {
	if s == "" || plainNumber.MatchString(s) {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// utf8BOM starts every CSV export: without it Excel on Windows reads the file in the local
// code page and "Zoë Ångström" comes out garbled. The CSV import strips it again.
const utf8BOM = "\uFEFF"

// newCSVWriter starts a CSV export as Excel and RFC 4180 want it: the UTF-8 byte order mark,
// then records (and line breaks inside quoted cells) ending in CRLF.
func newCSVWriter(w io.Writer) (*csv.Writer, error) {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return nil, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw, nil
}

// CandidatesCSV writes the plan's candidates, one a row under a header of CandidateColumns.
// willing_to_lead is "yes" or "no".
func CandidatesCSV(w io.Writer, p *planner.Plan) error {
	cw, err := newCSVWriter(w)
	if err != nil {
		return fmt.Errorf("candidates CSV: %w", err)
	}
	if err := cw.Write(CandidateColumns); err != nil {
		return fmt.Errorf("candidates CSV: %w", err)
	}
	if p != nil {
		for _, c := range p.Candidates {
			lead := "no"
			if c.WillingToLead {
				lead = "yes"
			}
			row := []string{c.Name, c.Handle, c.Contact, string(c.Channel), string(c.Source), string(c.Experience),
				string(c.Activity), c.RoleInterest, lead, string(c.Status), c.Notes}
			if err := cw.Write(safeRow(row)); err != nil {
				return fmt.Errorf("candidates CSV: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("candidates CSV: %w", err)
	}
	return nil
}

// newlines turns Windows and classic Mac line breaks into "\n".
var newlines = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// plainNumber matches a decimal number and nothing else.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// safeRow makes each cell valid UTF-8 with "\n" line breaks (text pasted on Windows or an old
// Mac may hold "\r\n" or a lone "\r", which the CRLF writer would drop) and defuses formulas.
func safeRow(row []string) []string {
	for i := range row {
		row[i] = safeCell(newlines.Replace(strings.ToValidUTF8(row[i], "\uFFFD")))
	}
	return row
}

// ReviewsCSV writes the plan's reviews in date order: every recorded figure, the derived rates
// (blank when they cannot be computed), the eight success-factor scores (blank when not
// scored), what worked and what to adjust, and each goal's value. The header is in the plan's
// export language; in English it keeps the snake_case names scripts have read so far.
func ReviewsCSV(w io.Writer, p *planner.Plan) error {
	tr := i18n.New(i18n.English)
	if p != nil {
		tr = i18n.New(i18n.Lang(planner.EffectiveBranding(p).Lang))
	}
	var header []string
	for _, c := range []string{"date", "members_total", "weekly_active", "new_members", "left", "posts", "replies",
		"events_held", "poll_asked", "poll_responses", "avg_skill",
		"weekly_active_pct", "poll_response_pct", "growth_pct", "retention_pct", "skill_gain_pct"} {
		header = append(header, tr.T("csv."+c))
	}
	for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
		header = append(header, tr.T("csv.factor_"+f.Key()))
	}
	header = append(header, tr.T("csv.worked"), tr.T("csv.adjust"))
	var goals []planner.Goal
	if p != nil {
		goals = p.Goals
	}
	for i, g := range goals {
		name := strings.TrimSpace(g.Metric)
		if name == "" {
			name = strings.TrimSpace(g.Title)
		}
		if name == "" {
			name = strconv.Itoa(i + 1)
		}
		header = append(header, tr.T("csv.goal", "name", name))
	}
	cw, err := newCSVWriter(w)
	if err != nil {
		return fmt.Errorf("reviews CSV: %w", err)
	}
	if err := cw.Write(safeRow(header)); err != nil {
		return fmt.Errorf("reviews CSV: %w", err)
	}
	if p != nil {
		for _, f := range planner.ReviewFigures(p) {
			r := f.Review
			// A figure not given is an empty cell, never 0.
			fig := func(g planner.Figure) string { return num(r.FigureValue(g), r.Given(g)) }
			row := []string{r.Date.String(), fig(planner.FigMembersTotal), fig(planner.FigWeeklyActive), fig(planner.FigNewMembers), fig(planner.FigLeft),
				fig(planner.FigPosts), fig(planner.FigReplies), fig(planner.FigEventsHeld), fig(planner.FigPollAsked), fig(planner.FigPollResponses),
				num(r.AvgSkill, r.Given(planner.FigAvgSkill) && r.AvgSkill > 0),
				num(f.WeeklyActivePct, f.HasWeekly), num(f.PollResponsePct, f.HasPoll),
				num(f.GrowthPct, f.HasGrowth), num(f.RetentionPct, f.HasRetention), num(f.SkillGainPct, f.HasSkill)}
			for _, s := range r.Factors {
				row = append(row, num(float64(s), s > 0))
			}
			row = append(row, r.Worked, r.Adjust)
			for i := range goals {
				v := ""
				if i < len(f.Goals) && f.Goals[i].Has {
					v = num(f.Goals[i].Value, true)
				}
				row = append(row, v)
			}
			if err := cw.Write(safeRow(row)); err != nil {
				return fmt.Errorf("reviews CSV: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("reviews CSV: %w", err)
	}
	return nil
}

func itoa(n int) string { return strconv.Itoa(n) }

// num formats a figure with up to two decimals, or "" when it is not known.
func num(v float64, ok bool) string {
	if !ok {
		return ""
	}
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}
