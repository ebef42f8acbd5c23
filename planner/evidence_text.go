package planner

import (
	"fmt"
	"strconv"
	"strings"
)

// The sentences an import of evidence is told in: the CLI prints them and the review window
// shows them, so both say the same.

// SessionLine describes a session read: its date, title, length, who was counted and who
// was marked, and its practice.
func SessionLine(p *Plan, s Session) string {
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
	var b strings.Builder
	fmt.Fprintf(&b, "%s", s.Date)
	if s.Title != "" {
		fmt.Fprintf(&b, " %s", quoted(s.Title))
	}
	if s.Minutes > 0 {
		fmt.Fprintf(&b, ", %d min", s.Minutes)
	}
	fmt.Fprintf(&b, ": %s, %d counted", Count(len(s.Attendees), "person", "people"), len(counted))
	if len(organizer) > 0 {
		fmt.Fprintf(&b, "; organiser %s (not counted)", strings.Join(organizer, ", "))
	}
	if len(short) > 0 {
		fmt.Fprintf(&b, "; under %d min (not counted): %s", min, strings.Join(short, ", "))
	}
	if len(guests) > 0 {
		fmt.Fprintf(&b, "; not members: %s", strings.Join(guests, ", "))
	}
	practice := "no practice of the charter"
	for _, it := range p.Charter.Cadence {
		if it.ID == s.PracticeID && s.PracticeID != 0 {
			practice = "practice " + quoted(it.Practice)
		}
	}
	fmt.Fprintf(&b, "; %s", practice)
	return b.String()
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

// FigureLines words the proposed figures, each with its source, and the conflicts with
// typed figures.
func FigureLines(ef EvidenceFigures, conflicts []FigureConflict) []string {
	var out []string
	typed := map[Figure]FigureConflict{}
	for _, c := range conflicts {
		typed[c.Figure] = c
	}
	for _, pf := range ef.Figures {
		l := fmt.Sprintf("%s: %s (%s", pf.Figure.Label(), figureValue(pf.Figure, pf.Value), pf.Source)
		if pf.Estimate {
			l += "; an estimate: " + pf.Reason
		}
		l += ")"
		if c, ok := typed[pf.Figure]; ok {
			l = fmt.Sprintf("%s: kept %s as typed; the evidence says %s (%s). Change it in the review if the evidence is right.",
				pf.Figure.Label(), figureValue(pf.Figure, c.Typed), figureValue(pf.Figure, pf.Value), pf.Source)
		}
		out = append(out, l)
	}
	return out
}

func figureValue(f Figure, v float64) string {
	if f == FigAvgSkill {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.Itoa(int(v))
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

// NudgeLine names the members quiet for the last weeks, or "" when there are none.
func NudgeLine(p *Plan, quiet []Quiet) string {
	if len(quiet) == 0 {
		return ""
	}
	names := make([]string, len(quiet))
	for i, q := range quiet {
		names[i] = q.Name
	}
	return fmt.Sprintf("Ask %s, quiet for %d weeks, what would bring them back.", joinAnd(names), NudgeWeeks(p.Charter))
}

// ActivityExportFor says where the plan's platform gives its member activity, or that the
// app reads no export of it and a "member, date" list is the way in.
func ActivityExportFor(pl Platform) string {
	const generic = `a "member, date" list (one row per member and day active, from a bot's log or kept by hand) is the way in`
	switch pl {
	case Slack:
		return "Slack: Analytics, Members, Export (an owner or admin) gives each member's days active and messages; the Overview export gives weekly active members day by day, the exact weekly figure."
	case Discord:
		return "Discord: Server Insights come only to community servers above its size threshold and have no member export; " + generic + "."
	case PlatformNone:
		return "Discourse's admin user list export is read; for any other platform, " + generic + "."
	}
	return pl.Label() + ": this app reads no activity export of it yet; " + generic + "."
}
