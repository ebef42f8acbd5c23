package export

import (
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// joinList joins words as the language lists them: "a, b and c".
func joinList(tr *i18n.Printer, ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return tr.T("list.and", "list", strings.Join(ws[:len(ws)-1], ", "), "last", ws[len(ws)-1])
}

// needsText lists the platform needs that are set, as planner.PlatformNeeds.Describe does,
// in the printer's language: "about 12 members and real-time voice sessions".
func needsText(tr *i18n.Printer, n planner.PlatformNeeds) string {
	var parts []string
	if n.Size > 0 {
		parts = append(parts, tr.N("needs.size", n.Size))
	}
	for _, it := range planner.NeedItems {
		if it.Get(n) {
			parts = append(parts, tr.T("need."+it.Key))
		}
	}
	if len(parts) == 0 {
		return tr.T("needs.none")
	}
	return joinList(tr, parts)
}

// voteText is the survey's word on one platform: "7 of 12 respondents prefer Discord".
func voteText(tr *i18n.Printer, a planner.PlatformAdvice, v planner.PlatformVote) string {
	s := tr.T("platform.votes", "count", tr.Int(v.Count), "total", tr.Int(a.Respondents), "platform", platformName(tr, v.Platform))
	if a.Respondents < planner.SmallN {
		s += " " + tr.T("platform.votes_few")
	}
	return s
}

// evidenceText is the survey's word on the platform (see planner.PlatformAdvice.Evidence), or
// "" when nobody named a known platform.
func evidenceText(tr *i18n.Printer, a planner.PlatformAdvice) string {
	if len(a.Votes) == 0 {
		return ""
	}
	return voteText(tr, a, a.Votes[0])
}

// surveyReason is the reason the survey adds to a platform's score, or "" without votes.
func surveyReason(tr *i18n.Printer, a planner.PlatformAdvice, pl planner.Platform) string {
	for _, v := range a.Votes {
		if v.Platform == pl {
			return tr.T("reason.survey", "votes", voteText(tr, a, v))
		}
	}
	return ""
}

// sampleText is a question summary's n, as planner.QuestionSummary.NLabel says it: "n = 12",
// "n = 4, too small to read", "no answers yet".
func sampleText(tr *i18n.Printer, qs planner.QuestionSummary) string {
	switch {
	case qs.N == 0:
		return tr.T("sum.no_answers")
	case qs.Small:
		return tr.T("sum.n_small", "n", tr.Int(qs.N))
	}
	return tr.T("sum.n", "n", tr.Int(qs.N))
}

// choiceLabel is a bar's label: the option as the organizer wrote it, or "Other".
func choiceLabel(tr *i18n.Printer, c planner.ChoiceCount) string {
	if c.Other && c.Label == planner.OtherLabel {
		return tr.T("sum.other")
	}
	return c.Label
}

// otherNote lists the answers grouped under Other, a few of them quoted: "“Teams”, “Matrix”
// and 3 more"; "" when there are none.
func otherNote(tr *i18n.Printer, c planner.ChoiceCount) string {
	if len(c.Answers) == 0 {
		return ""
	}
	const shown = 3
	var qs []string
	for _, a := range c.Answers[:min(shown, len(c.Answers))] {
		qs = append(qs, tr.T("quote", "text", a))
	}
	if len(c.Answers) > shown {
		qs = append(qs, tr.N("sum.more", len(c.Answers)-shown))
	}
	return joinList(tr, qs)
}

// eventWhenText is the event's day and start as planner.ResolvedEvent.When writes them, in the
// printer's language: "Thursday 26 March 2026, 18:00 (Europe/Berlin, the charter's time zone)".
func eventWhenText(tr *i18n.Printer, re planner.ResolvedEvent) string {
	if re.Date.IsZero() {
		return ""
	}
	s := tr.T("date.weekday_long", "weekday", upperFirst(tr.Weekday(re.Date.Time().Weekday())), "date", longDate(tr, re.Date))
	if t := strings.TrimSpace(re.Time); t != "" {
		z := strings.TrimSpace(re.TimeZone)
		switch {
		case z == "":
			s = tr.T("when.no_zone", "day", s, "time", t)
		case re.ZoneFromCharter:
			s = tr.T("when.charter_zone", "day", s, "time", t, "zone", z)
		default:
			s = tr.T("when.zone", "day", s, "time", t, "zone", z)
		}
	}
	return s
}

// trendTitle is a review trend's chart title; a goal's keeps the organizer's words.
func trendTitle(tr *i18n.Printer, t planner.Trend) string {
	switch t.Key {
	case "weekly-active", "poll-response", "growth", "retention", "skill-gain":
		return tr.T("trend." + t.Key)
	}
	return t.Title
}
