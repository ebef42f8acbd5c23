package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/textdiff"
)

// CharterMarkdown writes the charter as Markdown to paste into Notion, Discord or a wiki:
// every section of the charter PDF, with tables for roles, rotation, cadence, risks, versions
// and sign-off, in the plan's export language. Text the organizer wrote is passed through (it
// may itself be Markdown); table cells and headings are kept to one line with pipes escaped.
func CharterMarkdown(w io.Writer, p *planner.Plan) error {
	return CharterMarkdownWith(w, p, Options{})
}

// CharterMarkdownWith is CharterMarkdown with options: opt.ChangesSince adds a "Changes since
// version X" section, with removed words struck through and added words in bold.
func CharterMarkdownWith(w io.Writer, p *planner.Plan, opt Options) error {
	if p == nil {
		return fmt.Errorf("charter Markdown: no plan")
	}
	p = planner.Branded(p)
	tr := i18n.New(i18n.Lang(p.Lang))
	m := &mdWriter{w: bufio.NewWriter(w), tr: tr}
	c := p.Charter
	names := candidateNamesIn(p, tr)
	version := versionText(tr, p, false)

	m.linef("# %s", mdLine(communityName(tr, p)))
	m.line("")
	var meta []string
	if s := strings.TrimSpace(p.Client); s != "" {
		meta = append(meta, tr.T("cover.client")+": "+mdLine(s))
	}
	if s := strings.TrimSpace(p.PreparedBy); s != "" {
		meta = append(meta, tr.T("cover.prepared_by")+": "+mdLine(s))
	}
	meta = append(meta, tr.T("cover.version")+": "+mdLine(version))
	m.linef("*%s · %s*", tr.T("charter.title"), strings.Join(meta, " · "))

	if since := changesBase(p, opt.ChangesSince); since != nil {
		m.section(tr.T("changes.title", "version", since.Version))
		m.line("*" + tr.T("changes.intro", "version", since.Version, "date", longDate(tr, since.On)) + "*")
		m.line("")
		changes := planner.ChangesSince(p, since)
		if len(changes) == 0 {
			m.para(tr.T("changes.none"))
		}
		for _, ch := range changes {
			m.line("### " + tr.T("section."+string(ch.Section)))
			m.line("")
			m.para(wordMarkers(tr, mdDiff(ch.Before, ch.After)))
		}
	}

	m.section(tr.T("section.purpose"))
	m.para(firstNonEmpty(c.Purpose, p.Domain))

	m.section(tr.T("section.goals"))
	if len(p.Goals) == 0 {
		m.para("")
	}
	for _, g := range p.Goals {
		item := "**" + mdLine(firstNonEmpty(g.Title, g.Metric, tr.T("goal.untitled"))) + "**: " + mdLine(goalMeasure(tr, g))
		if t := themeLabels(p, g.ThemeIDs); t != "" {
			item += " (" + tr.T("goal.answers", "themes", mdLine(t)) + ")"
		}
		m.line("- " + item)
	}

	m.section(tr.T("section.scope"))
	m.line("**" + tr.T("field.scope_in") + "**")
	m.line("")
	m.para(c.ScopeIn)
	m.line("**" + tr.T("field.scope_out") + "**")
	m.line("")
	m.para(c.ScopeOut)

	m.section(tr.T("section.membership"))
	m.linef("- **%s:** %s", tr.T("field.who_may_join"), mdLine(orDash(c.WhoMayJoin)))
	m.linef("- **%s:** %s", tr.T("field.how_to_join"), mdLine(orDash(label(tr, "join", string(c.JoinMode)))))
	m.linef("- **%s:** %s", tr.T("field.mix"), mdLine(orDash(c.MixNote)))

	m.section(tr.T("section.roles"))
	var rows [][]string
	for _, r := range c.Roles {
		rows = append(rows, []string{r.Name, r.Responsibilities, holders(names, r.HolderIDs), rotationLabel(tr, r.RotationWeeks)})
	}
	m.table([]string{tr.T("col.role"), tr.T("col.responsibilities"), tr.T("col.holders"), tr.T("col.rotation")}, rows)
	if slots := planner.RotationSchedule(p, planner.DefaultRotationPeriods); len(slots) > 0 {
		m.line("")
		m.line("### " + tr.T("rotation.title"))
		m.line("")
		rows = nil
		for _, s := range slots {
			rows = append(rows, []string{s.Role, fmt.Sprint(s.Period), s.Start.String(), s.End.String(), slotHolder(names, s)})
		}
		m.table([]string{tr.T("col.role"), tr.T("col.period"), tr.T("col.from"), tr.T("col.to"), tr.T("col.holder")}, rows)
	}

	m.section(tr.T("section.norms"))
	if len(c.Norms) == 0 {
		m.para("")
	}
	for _, n := range c.Norms {
		m.line("- " + mdLine(n.Text))
	}
	m.section(tr.T("section.conflicts"))
	m.para(c.Conflicts)
	m.section(tr.T("section.decisions"))
	m.para(c.Decisions)

	m.section(tr.T("section.cadence"))
	rows = nil
	for _, ci := range c.Cadence {
		rows = append(rows, []string{ci.Practice, label(tr, "freq", string(ci.Frequency)), cadenceWhen(tr, ci)})
	}
	m.table([]string{tr.T("col.practice"), tr.T("col.frequency"), tr.T("col.when")}, rows)
	if tz := strings.TrimSpace(c.TimeZone); tz != "" {
		m.line("")
		m.line(tr.T("cadence.zone", "zone", mdLine(tz)))
	}
	if w := strings.TrimSpace(c.CadenceWhy); w != "" {
		m.line("")
		m.line(tr.T("cadence.why_line", "why", mdLine(w)))
	}

	m.section(tr.T("section.platform"))
	m.linef("**%s:** %s", tr.T("field.platform"), mdLine(platformName(tr, c.Platform)))
	m.line("")
	m.para(planner.PlatformWhyIn(p, tr))
	adv := planner.AdvisePlatform(p)
	m.line("**" + tr.T("platform.ranking") + "**")
	m.line("")
	m.line(tr.T("platform.needs", "needs", mdLine(needsText(tr, adv.Needs))))
	if adv.Guessed {
		m.line("")
		m.line("_" + mdLine(tr.T("platform.guessed")) + "_")
	}
	if ev := evidenceText(tr, adv); ev != "" {
		m.line("")
		m.line(tr.T("platform.survey_line", "evidence", mdLine(ev)))
	}
	m.line("")
	for i, s := range adv.Scores {
		m.linef("%d. **%s** (%s): %s", i+1, platformName(tr, s.Platform), tr.T("platform.score", "n", s.Score), mdLine(strings.Join(platformReasons(tr, adv, s), "; ")))
	}
	if len(c.Tools) > 0 {
		m.line("")
		m.line("**" + tr.T("section.tools") + "**")
		m.line("")
		for _, t := range c.Tools {
			item := "- **" + mdLine(t.Name) + "**"
			if s := strings.TrimSpace(t.Purpose); s != "" {
				item += ": " + mdLine(s)
			}
			m.line(item)
		}
	}

	m.section(tr.T("section.measures"))
	t := planner.PlanTargets(p)
	m.linef("- %s: %s", tr.T("measure.weekly_active"), tr.T("measure.weekly_active_target", "pct", tr.Percent(t.WeeklyActive)))
	m.linef("- %s: %s", tr.T("measure.poll_response"), tr.T("measure.at_least", "pct", tr.Percent(t.PollResponse)))
	m.linef("- %s: %s", tr.T("measure.skill_gain"), tr.T("measure.skill_gain_on", "pct", tr.Percent(t.SkillGain), "range", planner.SkillScale(p.Survey).String()))
	for _, g := range p.Goals {
		m.line("- " + mdLine(firstNonEmpty(g.Title, g.Metric, tr.T("col.goal"))) + ": " + mdLine(goalMeasure(tr, g)))
	}

	m.section(tr.T("section.growth"))
	m.line("- " + tr.T("growth.member_led", "n", tr.Int(t.MemberLedAt)))
	m.line("- " + tr.T("growth.subgroups", "n", tr.Int(t.SubgroupsOver)))

	m.section(tr.T("section.risks"))
	rows = nil
	for _, r := range c.Risks {
		rows = append(rows, []string{r.Risk, label(tr, "level", r.Likelihood), label(tr, "level", r.Impact), r.Mitigation})
	}
	m.table([]string{tr.T("col.risk"), tr.T("col.likelihood"), tr.T("col.impact"), tr.T("col.mitigation")}, rows)

	m.section(tr.T("section.assumptions"))
	m.para(c.Assumptions)

	m.section(tr.T("section.versions"))
	m.table(versionHeader(tr), versionRows(tr, &c))
	m.line("")
	if c.ReviewOn.IsZero() {
		m.linef("**%s:** %s", tr.T("field.next_review"), tr.T("review.not_set"))
	} else {
		m.linef("**%s:** %s", tr.T("field.next_review"), longDate(tr, c.ReviewOn))
	}

	m.section(tr.T("section.signoff"))
	rows = nil
	for _, s := range c.SignOffs {
		signed := ""
		if v := planner.VersionByID(p, s.VersionID); v != nil {
			signed = v.Version
		}
		rows = append(rows, []string{s.Name, s.Role, longDate(tr, s.On), signed})
	}
	m.table([]string{tr.T("col.name"), tr.T("col.role"), tr.T("col.date"), tr.T("col.signed_version")}, rows)

	if m.err != nil {
		return fmt.Errorf("charter Markdown: %w", m.err)
	}
	if err := m.w.Flush(); err != nil {
		return fmt.Errorf("charter Markdown: %w", err)
	}
	return nil
}

// mdDiff writes the text after a change with the removed words struck through and the added
// words in bold. Lines stay lines (as Markdown line breaks); markers never span a line.
func mdDiff(before, after string) string {
	var sb strings.Builder
	prevChange := false
	for _, part := range textdiff.Words(before, after) {
		mark := ""
		switch part.Op {
		case textdiff.Removed:
			mark = "~~"
		case textdiff.Added:
			mark = "**"
		}
		if mark != "" && prevChange {
			sb.WriteString(" ")
		}
		prevChange = mark != ""
		lines := strings.Split(strings.ReplaceAll(part.Text, "\r\n", "\n"), "\n")
		for i, l := range lines {
			if i > 0 {
				sb.WriteString("\n")
			}
			core := strings.TrimSpace(l)
			if core == "" {
				if l != "" {
					sb.WriteString(" ")
				}
				continue
			}
			if l[0] == ' ' || l[0] == '\t' {
				sb.WriteString(" ")
			}
			sb.WriteString(mark + mdLine(core) + mark)
			if strings.TrimRightFunc(l, unicode.IsSpace) != l {
				sb.WriteString(" ")
			}
		}
	}
	var out []string
	for _, l := range strings.Split(sb.String(), "\n") {
		if l = mdLine(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "  \n")
}

// mdWriter writes lines and remembers the first error.
type mdWriter struct {
	w     *bufio.Writer
	tr    *i18n.Printer
	err   error
	blank bool // the last line written was empty
}

func (m *mdWriter) line(s string) {
	if s == "" && m.blank {
		return // one empty line between blocks is enough
	}
	m.blank = s == ""
	if m.err == nil {
		_, m.err = m.w.WriteString(s + "\n")
	}
}

func (m *mdWriter) linef(format string, args ...any) { m.line(fmt.Sprintf(format, args...)) }

func (m *mdWriter) section(title string) {
	m.line("")
	m.line("## " + title)
	m.line("")
}

// para writes free text as the organizer typed it, or a placeholder when empty.
func (m *mdWriter) para(s string) {
	s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
	if s == "" {
		s = "*" + m.tr.T("md.not_set") + "*"
	}
	m.line(s)
	m.line("")
}

// table writes a GitHub-flavoured Markdown table, or a placeholder when there are no rows.
func (m *mdWriter) table(head []string, rows [][]string) {
	if len(rows) == 0 {
		m.line("*" + m.tr.T("md.none") + "*")
		return
	}
	m.line("| " + strings.Join(head, " | ") + " |")
	seps := make([]string, len(head))
	for i := range seps {
		seps[i] = "---"
	}
	m.line("| " + strings.Join(seps, " | ") + " |")
	for _, r := range rows {
		cells := make([]string, len(head))
		for i := range cells {
			if i < len(r) {
				cells[i] = mdCell(r[i])
			}
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
}

// mdLine keeps text on one line.
func mdLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// mdCell keeps a table cell on one line (line breaks become <br>) and escapes pipes.
func mdCell(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = mdLine(p)
	}
	s = strings.Join(parts, "<br>")
	return strings.ReplaceAll(s, "|", `\|`)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
