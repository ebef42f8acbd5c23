package export

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// This file turns plan values into the words the documents use; the Markdown and PDF
// writers share it so that they say the same thing.

var ordinals = map[int]string{1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}

// cadenceWhen says when a practice happens: "Every Tuesday", "Last Friday of the month".
func cadenceWhen(c planner.CadenceItem) string {
	day := "day"
	if c.Weekday >= time.Sunday && c.Weekday <= time.Saturday {
		day = c.Weekday.String()
	}
	week := ordinals[c.Week]
	if week == "" {
		week = "first"
	}
	var s string
	switch c.Frequency {
	case planner.Weekly:
		s = "Every " + day
	case planner.Biweekly:
		s = "Every other " + day
	case planner.Monthly:
		s = upperFirst(week) + " " + day + " of the month"
	case planner.Quarterly:
		s = upperFirst(week) + " " + day + " of every third month"
	default:
		s = upperFirst(string(c.Frequency))
	}
	if t := strings.TrimSpace(c.Time); t != "" {
		s += ", " + t
	}
	if c.DurationMin > 0 {
		s += fmt.Sprintf(" (%d min)", c.DurationMin)
	}
	return s
}

// rotationLabel describes a rotation period.
func rotationLabel(weeks int) string {
	switch {
	case weeks <= 0:
		return "No rotation"
	case weeks == 1:
		return "Weekly"
	case weeks%4 == 0 && weeks >= 8:
		return fmt.Sprintf("Every %d months", weeks/4)
	case weeks == 4:
		return "Every 4 weeks"
	}
	return fmt.Sprintf("Every %d weeks", weeks)
}

// holders lists the names of a role's holders, in rotation order.
func holders(names map[int64]string, ids []int64) string {
	var out []string
	for _, id := range ids {
		if n, ok := names[id]; ok {
			out = append(out, n)
		}
	}
	return strings.Join(out, ", ")
}

// charterVersion is the charter's current version: the history entry with the latest date
// (the later entry on a tie), or "Draft" when there is none.
func charterVersion(p *planner.Plan) (version string, on planner.Date) {
	best := -1
	for i, v := range p.Charter.Versions {
		if best < 0 || !v.On.Before(p.Charter.Versions[best].On) {
			best = i
		}
	}
	if best < 0 || strings.TrimSpace(p.Charter.Versions[best].Version) == "" {
		return "Draft", planner.Date{}
	}
	v := p.Charter.Versions[best]
	return strings.TrimSpace(v.Version), v.On
}

// themeLabels names the themes a goal answers.
func themeLabels(p *planner.Plan, ids []int64) string {
	labels := make(map[int64]string, len(p.Survey.Themes))
	for _, t := range p.Survey.Themes {
		labels[t.ID] = t.Label
	}
	var out []string
	for _, id := range ids {
		if l := strings.TrimSpace(labels[id]); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, ", ")
}

// percentText formats a percentage for tables: "31%", "7.5%".
func percentText(v float64) string { return trimFloat(v) + "%" }

// yesNo is "Yes" or "No".
func yesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// sortedStatuses returns map keys in the canonical status order.
func statusCounts(m map[planner.CandidateStatus]int) [][2]string {
	var out [][2]string
	seen := map[planner.CandidateStatus]bool{}
	for _, s := range planner.CandidateStatuses {
		seen[s] = true
		out = append(out, [2]string{upperFirst(string(s)), fmt.Sprint(m[s])})
	}
	var extra []string
	for s := range m {
		if !seen[s] {
			extra = append(extra, string(s))
		}
	}
	sort.Strings(extra)
	for _, s := range extra {
		out = append(out, [2]string{upperFirst(s), fmt.Sprint(m[planner.CandidateStatus(s)])})
	}
	return out
}
