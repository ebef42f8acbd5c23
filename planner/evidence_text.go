package planner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// The sentences an import of evidence is told in: the CLI prints them and the review window
// shows them, so both say the same.

// SessionLine describes a session read, in English (SessionMsg).
func SessionLine(p *Plan, s Session) string { return SessionMsg(p, s).String() }

// SessionMsg describes a session read: its date, title, length, who was counted and who
// was marked, and its practice.
func SessionMsg(p *Plan, s Session) Msg {
	var counted, organizer, short, guests []string
	for _, a := range s.Attendees {
		name := a.Name
		if name == "" {
			name = a.Email
		}
		switch {
		case a.Organizer:
			organizer = append(organizer, name)
		case !a.Counted(p.MinAttendMinutes):
			short = append(short, name)
		default:
			counted = append(counted, name)
			if a.CandidateID == 0 {
				guests = append(guests, name)
			}
		}
	}
	min := p.MinAttendMinutes
	if min <= 0 {
		min = DefaultMinAttendMinutes
	}
	var title, length Msg
	if s.Title != "" {
		title = msg("evidence.session.title", "title", s.Title)
	}
	if s.Minutes > 0 {
		length = msg("evidence.session.minutes", "minutes", s.Minutes)
	}
	var notes []any
	if len(organizer) > 0 {
		notes = append(notes, msg("evidence.session.organizer", "names", strings.Join(organizer, ", ")))
	}
	if len(short) > 0 {
		notes = append(notes, msg("evidence.session.short", "minutes", min, "names", strings.Join(short, ", ")))
	}
	if len(guests) > 0 {
		notes = append(notes, msg("evidence.session.guests", "names", strings.Join(guests, ", ")))
	}
	practice := msg("evidence.session.no_practice")
	for _, it := range p.Charter.Cadence {
		if it.ID == s.PracticeID && s.PracticeID != 0 {
			practice = msg("evidence.session.practice", "practice", it.Practice)
		}
	}
	notes = append(notes, practice)
	return msgN("evidence.session.line", len(s.Attendees), "date", isoDate(s.Date), "title", title, "length", length,
		"counted", len(counted), "notes", msgSeq(notes))
}

// isoDate is a day inside a sentence written as the date fields take it in every language,
// 2026-12-03: the form the command line has always printed and scripts read.
type isoDate Date

// In writes the day in the ISO form.
func (d isoDate) In(*i18n.Printer) string { return Date(d).String() }

// wordList is names inside a sentence, joined the language's way ("Ana, Bo and Cy").
type wordList []string

// In joins the names the way tr's language does.
func (l wordList) In(tr *i18n.Printer) string { return tr.List(l) }

// msgSeq is sentences in a row, separated by semicolons.
type msgSeq []any

// In words each sentence and joins them with "; ".
func (l msgSeq) In(tr *i18n.Printer) string {
	words := make([]string, len(l))
	for i, x := range l {
		words[i] = value(tr, x)
	}
	return strings.Join(words, "; ")
}

// MatchLine sums up matching: how many people were matched, how, and who is left to decide.
func MatchLine(ms []Match) string {
	by := map[string]int{}
	var pending, notMember []string
	matched := 0
	for _, m := range ms {
		switch {
		case m.CandidateID != 0:
			matched++
			by[m.By]++
		case m.NotMember:
			notMember = append(notMember, m.label())
		default:
			l := m.label()
			if m.Why != "" {
				l += " (" + m.Why + ")"
			}
			pending = append(pending, l)
		}
	}
	var how []string
	for _, k := range []string{"email", "name", "remembered"} {
		if by[k] > 0 {
			how = append(how, fmt.Sprintf("%d by %s", by[k], map[string]string{"email": "email", "name": "name", "remembered": "a remembered decision"}[k]))
		}
	}
	s := fmt.Sprintf("Matched %d of %s to members", matched, Count(len(ms), "person", "people"))
	if len(how) > 0 {
		s += " (" + strings.Join(how, ", ") + ")"
	}
	s += "."
	if len(notMember) > 0 {
		s += " Not members: " + strings.Join(notMember, ", ") + "."
	}
	if len(pending) > 0 {
		s += " Not matched, not counted until you say who they are: " + strings.Join(pending, "; ") + "."
	}
	return s
}

func (m Match) label() string {
	switch {
	case m.Name != "" && m.Email != "":
		return m.Name + " <" + m.Email + ">"
	case m.Name != "":
		return m.Name
	}
	return "<" + m.Email + ">"
}

// FigureLines words the proposed figures in English (FigureMsgs).
func FigureLines(ef EvidenceFigures, conflicts []FigureConflict) []string {
	return Strings(FigureMsgs(ef, conflicts))
}

// FigureMsgs words the proposed figures, each with its source, and the conflicts with
// typed figures.
func FigureMsgs(ef EvidenceFigures, conflicts []FigureConflict) []Msg {
	var out []Msg
	typed := map[Figure]FigureConflict{}
	for _, c := range conflicts {
		typed[c.Figure] = c
	}
	for _, pf := range ef.Figures {
		var source any = pf.Source
		if pf.Says.Key != "" {
			source = pf.Says
		}
		l := msg("evidence.figure.line", "figure", pf.Figure, "value", figureValue(pf.Figure, pf.Value), "source", source)
		if pf.Estimate {
			var why any = pf.Reason
			if pf.Why.Key != "" {
				why = pf.Why
			}
			l = msg("evidence.figure.estimate", "figure", pf.Figure, "value", figureValue(pf.Figure, pf.Value), "source", source, "reason", why)
		}
		if c, ok := typed[pf.Figure]; ok {
			l = msg("evidence.figure.kept", "figure", pf.Figure, "typed", figureValue(pf.Figure, c.Typed),
				"value", figureValue(pf.Figure, pf.Value), "source", source)
		}
		out = append(out, l)
	}
	return out
}

// figureValue is a figure's value inside a sentence: a whole number, or the average skill
// as a number.
func figureValue(f Figure, v float64) any {
	if f == FigAvgSkill {
		return v
	}
	return int(v)
}

// PracticeLines words the attendance of each practice.
func PracticeLines(ef EvidenceFigures) []string {
	var out []string
	for _, pa := range ef.Practices {
		out = append(out, fmt.Sprintf("%s: %s, %s counted (%s a session), %s",
			pa.Practice, Count(pa.Sessions, "session", "sessions"), strconv.Itoa(pa.Counted),
			strconv.FormatFloat(float64(int(pa.Average()*10+0.5))/10, 'f', -1, 64), Count(pa.Members, "member", "members")))
	}
	return out
}

// NudgeLine names the members quiet for the last weeks, in English, or "" when there are
// none (NudgeMsg).
func NudgeLine(p *Plan, quiet []Quiet) string { return NudgeMsg(p, quiet).String() }

// NudgeMsg names the members quiet for the last weeks; its Key is "" when there are none.
func NudgeMsg(p *Plan, quiet []Quiet) Msg {
	if len(quiet) == 0 {
		return Msg{}
	}
	names := make([]string, len(quiet))
	for i, q := range quiet {
		names[i] = q.Name
	}
	return msgN("evidence.nudge", NudgeWeeks(p.Charter), "names", wordList(names))
}

// ActivityExportFor says in English where the plan's platform gives its member activity
// (ActivityExportMsg).
func ActivityExportFor(pl Platform) string { return ActivityExportMsg(pl).String() }

// ActivityExportMsg says where the plan's platform gives its member activity, or that the
// app reads no export of it and a "member, date" list is the way in.
func ActivityExportMsg(pl Platform) Msg {
	switch pl {
	case Slack:
		return msg("evidence.export.slack")
	case Discord:
		return msg("evidence.export.discord")
	case PlatformNone:
		return msg("evidence.export.discourse")
	}
	return msg("evidence.export.other", "platform", pl)
}
