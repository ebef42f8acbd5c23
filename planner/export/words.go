package export

import (
	"fmt"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// This file turns plan values into the words the documents use; the Markdown and PDF
// writers share it so that they say the same thing.

// cadenceWhen says when a practice happens: "Every Tuesday", "Last Friday of the month".
func cadenceWhen(tr *i18n.Printer, c planner.CadenceItem) string {
	day := tr.Weekday(c.Weekday)
	ordinal, ok := map[int]string{1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}[c.Week]
	if !ok {
		ordinal = "first"
	}
	week := tr.T("cadence.week." + ordinal)
	var s string
	switch c.Frequency {
	case planner.Weekly:
		s = tr.T("cadence.weekly", "day", day)
	case planner.Biweekly:
		s = tr.T("cadence.biweekly", "day", day)
	case planner.Monthly:
		s = tr.T("cadence.monthly", "week", week, "day", day)
	case planner.Quarterly:
		s = tr.T("cadence.quarterly", "week", week, "day", day)
	default:
		s = upperFirst(string(c.Frequency))
	}
	if t := strings.TrimSpace(c.Time); t != "" {
		s += ", " + t
	}
	if c.DurationMin > 0 {
		s += " (" + tr.T("unit.minutes", "n", c.DurationMin) + ")"
	}
	return upperFirst(s)
}

// rotationLabel describes a rotation period.
func rotationLabel(tr *i18n.Printer, weeks int) string {
	switch {
	case weeks <= 0:
		return tr.T("rotation.none")
	case weeks == 1:
		return tr.T("rotation.weekly")
	case weeks%4 == 0 && weeks >= 8:
		return tr.N("rotation.months", weeks/4)
	}
	return tr.N("rotation.weeks", weeks)
}

// label translates an enumerated value of the plan (a frequency, a join mode, a status…)
// by its kind and code: label(tr, "freq", "weekly"). An unknown code is shown as it is.
func label(tr *i18n.Printer, kind, code string) string {
	key := kind + "." + code
	if s := tr.T(key); s != key {
		return s
	}
	return upperFirst(code)
}

// longDate writes a plan date in full in the document's language; "" when unset.
func longDate(tr *i18n.Printer, d planner.Date) string {
	if d.IsZero() {
		return ""
	}
	return tr.Date(d.Year, d.Month, d.Day)
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
// (the later entry on a tie), or "" when there is none (the writers then say "Draft").
// versionText is the charter's version as a cover states it: the last issued version with its
// date, but a draft mark naming it when the charter changed since ("Draft · Changes since
// version 1.0"), so a cover never claims a version its pages no longer are; with no issued
// version, the latest typed note's number, or "Draft".
func versionText(tr *i18n.Printer, p *planner.Plan, withDate bool) string {
	if v := planner.LastIssued(p); v != nil {
		if planner.CharterChanges(p).Changed() {
			return tr.T("charter.draft") + " · " + tr.T("changes.title", "version", strings.TrimSpace(v.Version))
		}
		if withDate && !v.On.IsZero() {
			return tr.T("charter.version_of", "version", strings.TrimSpace(v.Version), "date", longDate(tr, v.On))
		}
		return strings.TrimSpace(v.Version)
	}
	version, on := charterVersion(p)
	switch {
	case version == "":
		return tr.T("charter.draft")
	case withDate && !on.IsZero():
		return tr.T("charter.version_of", "version", version, "date", longDate(tr, on))
	}
	return version
}

func charterVersion(p *planner.Plan) (version string, on planner.Date) {
	best := -1
	for i, v := range p.Charter.Versions {
		if best < 0 || !v.On.Before(p.Charter.Versions[best].On) {
			best = i
		}
	}
	if best < 0 || strings.TrimSpace(p.Charter.Versions[best].Version) == "" {
		return "", planner.Date{}
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

// percentText formats a percentage the document's way: "31%", "7.5%", "41,7 %".
func percentText(tr *i18n.Printer, v float64) string { return tr.Percent(v) }

// yesNo is "Yes" or "No" in the document's language.
func yesNo(tr *i18n.Printer, b bool) string {
	if b {
		return tr.T("yes")
	}
	return tr.T("no")
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// sortedStatuses returns map keys in the canonical status order.
func statusCounts(tr *i18n.Printer, m map[planner.CandidateStatus]int) [][2]string {
	var out [][2]string
	seen := map[planner.CandidateStatus]bool{}
	for _, s := range planner.CandidateStatuses {
		seen[s] = true
		out = append(out, [2]string{label(tr, "status", string(s)), tr.Int(m[s])})
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

// versionHeader and versionRows are the charter's table of versions, the same in the PDF
// and the Markdown: number, date, author and the changes noted, a version only typed in
// (not issued by the app, so with no frozen text to compare) marked as such.
func versionHeader(tr *i18n.Printer) []string {
	return []string{tr.T("col.version"), tr.T("col.date"), tr.T("col.author"), tr.T("col.changes")}
}

func versionRows(tr *i18n.Printer, c *planner.Charter) [][]string {
	var rows [][]string
	for _, v := range c.Versions {
		note := v.Changes
		if !v.Issued() {
			note = joinNonEmpty(" ", note, "("+tr.T("versions.typed")+")")
		}
		rows = append(rows, []string{v.Version, longDate(tr, v.On), v.Author, note})
	}
	return rows
}
