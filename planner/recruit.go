package planner

import (
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// In is the experience level in tr's language: "Newcomer", "Einsteiger".
func (e Experience) In(tr *i18n.Printer) string {
	return codeLabel(tr, "ui.recruit.experience", string(e))
}

// Label is the experience level in English.
func (e Experience) Label() string { return e.In(english) }

// In is the activity level in tr's language: "Low", "Gering".
func (a Activity) In(tr *i18n.Printer) string { return codeLabel(tr, "ui.recruit.activity", string(a)) }

// Label is the activity level in English.
func (a Activity) Label() string { return a.In(english) }

// RecruitSummary is the recruitment overview of step 2.
type RecruitSummary struct {
	ByStatus map[CandidateStatus]int // every status, zero counts included
	Core     int                     // accepted and joined
	// Experience and Activity count the candidates still in play (all but declined); unset
	// levels are not counted.
	Experience map[Experience]int
	Activity   map[Activity]int
	Leaders    int // accepted or joined and willing to lead
	Waiting    int // invited with no answer yet
	// LongestWaitDays is how long the longest-waiting invitation has been out, from its
	// "invited" status change.
	LongestWaitDays int
	Warnings        []Msg
}

// SummarizeRecruitment counts the candidates and warns when the core group is over 10 before
// launch, has no veteran, or has fewer than two people willing to lead.
func SummarizeRecruitment(p *Plan, today Date) RecruitSummary {
	s := RecruitSummary{
		ByStatus:   make(map[CandidateStatus]int, len(CandidateStatuses)),
		Experience: make(map[Experience]int, len(Experiences)),
		Activity:   make(map[Activity]int, len(Activities)),
	}
	for _, st := range CandidateStatuses {
		s.ByStatus[st] = 0
	}
	if p == nil {
		return s
	}
	inPlay, veterans := 0, 0
	for _, c := range p.Candidates {
		s.ByStatus[c.Status]++
		if c.Status == Accepted || c.Status == Joined {
			s.Core++
			if c.WillingToLead {
				s.Leaders++
			}
		}
		if c.Status == Invited {
			s.Waiting++
			if on := lastChange(c, Invited); !on.IsZero() && !today.IsZero() {
				if d := on.DaysUntil(today); d > s.LongestWaitDays {
					s.LongestWaitDays = d
				}
			}
		}
		if c.Status == Declined {
			continue
		}
		inPlay++
		if c.Experience != "" {
			s.Experience[c.Experience]++
		}
		if c.Activity != "" {
			s.Activity[c.Activity]++
		}
		if c.Experience == Veteran {
			veterans++
		}
	}
	if s.Core > CoreMax && beforeLaunch(p) {
		s.Warnings = append(s.Warnings, msg("recruit.warn.core_too_big", "n", s.Core, "max", CoreMax))
	}
	if inPlay > 0 && veterans == 0 {
		s.Warnings = append(s.Warnings, msg("recruit.warn.no_veteran"))
	}
	if inPlay > 0 && s.Leaders < 2 {
		s.Warnings = append(s.Warnings, msgN("recruit.warn.few_leaders", s.Leaders))
	}
	return s
}

// lastChange returns the date the candidate last reached status st, or the zero Date.
func lastChange(c Candidate, st CandidateStatus) Date {
	for i := len(c.History) - 1; i >= 0; i-- {
		if c.History[i].Status == st {
			return c.History[i].On
		}
	}
	return Date{}
}

// NormalizeContact reduces an email address, URL or handle to a form in which the same
// contact written two ways compares equal: lowercased, without "mailto:", the URL scheme,
// "www." or a trailing slash.
func NormalizeContact(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "mailto:")
	for _, pre := range []string{"https://", "http://"} {
		s = strings.TrimPrefix(s, pre)
	}
	s = strings.TrimPrefix(s, "www.")
	if i := strings.IndexAny(s, "?#"); i >= 0 && strings.Contains(s, "/") {
		s = s[:i] // tracking parameters on a profile URL
	}
	return strings.TrimRight(s, "/")
}

// DuplicateContacts groups candidates by normalized contact and returns the groups of two or
// more, keyed by the normalized contact. Empty contacts are never duplicates.
func DuplicateContacts(cs []Candidate) map[string][]int64 {
	groups := make(map[string][]int64)
	for _, c := range cs {
		if k := NormalizeContact(c.Contact); k != "" {
			groups[k] = append(groups[k], c.ID)
		}
	}
	for k, ids := range groups {
		if len(ids) < 2 {
			delete(groups, k)
		}
	}
	return groups
}

// SetCandidateStatus moves the candidate to status s on the given day and records the change
// in its history. Setting the status it already has records nothing.
func SetCandidateStatus(c *Candidate, s CandidateStatus, on Date) {
	if c == nil || (c.Status == s && len(c.History) > 0) {
		return
	}
	c.Status = s
	c.History = append(c.History, StatusEntry{Status: s, On: on})
}

// CandidatesFromResponses turns survey respondents into new prospects (ID 0, ResponseID set,
// source "survey"). A respondent is skipped when they left neither a name nor an email, when
// a candidate already comes from their response, or when their email is already a candidate's
// contact (or, without an email, their name already a candidate's name). The experience level
// is read from the skill self-rating when there is one: 1–3 newcomer, 4–7 practitioner,
// 8–10 veteran.
func CandidatesFromResponses(p *Plan, on Date) []Candidate {
	if p == nil {
		return nil
	}
	contacts := make(map[string]bool)
	names := make(map[string]bool)
	linked := make(map[int64]bool)
	for _, c := range p.Candidates {
		if k := NormalizeContact(c.Contact); k != "" {
			contacts[k] = true
		}
		if n := fold(strings.TrimSpace(c.Name)); n != "" {
			names[n] = true
		}
		if c.ResponseID != 0 {
			linked[c.ResponseID] = true
		}
	}
	// The note is text of the plan, so in the plan's language, as its template text is.
	note := i18n.New(i18n.Lang(EffectiveBranding(p).Lang)).T("ui.recruit.from_survey_note")
	skill, hasSkill := p.Survey.QuestionByRole(RoleSkill)
	sc := SkillScale(p.Survey)
	var out []Candidate
	for _, r := range p.Survey.Responses {
		name, email := strings.TrimSpace(r.Respondent), strings.TrimSpace(r.Email)
		if (name == "" && email == "") || (r.ID != 0 && linked[r.ID]) {
			continue
		}
		key, nkey := NormalizeContact(email), fold(name)
		if key != "" && contacts[key] || key == "" && names[nkey] {
			continue
		}
		if name == "" {
			name, _, _ = strings.Cut(email, "@")
		}
		c := Candidate{Name: name, Contact: email, Source: SourceSurvey, ResponseID: r.ID, Notes: note}
		if email != "" {
			c.Channel = ChannelEmail
		}
		if hasSkill {
			for _, a := range r.Answers {
				if v, ok := sc.Read(a.Text); ok && a.QuestionID == skill.ID {
					c.Experience = experienceOf(sc.Position(v))
				}
			}
		}
		SetCandidateStatus(&c, Prospect, on)
		out = append(out, c)
		if key != "" {
			contacts[key] = true
		}
		names[nkey] = true
	}
	return out
}

// experienceOf maps a skill self-rating, as its share of the way up its scale (0 to 1), to
// an experience level: the bottom quarter are newcomers, the top quarter veterans (3 and 8
// of 1–10).
func experienceOf(pos float64) Experience {
	switch {
	case pos <= 0.25:
		return Newcomer
	case pos >= 0.75:
		return Veteran
	}
	return Practitioner
}

// Invitees returns the accepted and joined candidates: who the launch event is for.
func Invitees(p *Plan) []Candidate {
	if p == nil {
		return nil
	}
	var out []Candidate
	for _, c := range p.Candidates {
		if c.Status == Accepted || c.Status == Joined {
			out = append(out, c)
		}
	}
	return out
}
