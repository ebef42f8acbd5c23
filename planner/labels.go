package planner

import (
	"fmt"
	"strings"
)

// Label is the channel as people name it; "" when unset.
func (c Channel) Label() string {
	switch c {
	case ChannelX:
		return "X/Twitter"
	case ChannelLinkedIn:
		return "LinkedIn"
	case ChannelDiscord:
		return "Discord"
	case ChannelEmail:
		return "Email"
	case ChannelDM:
		return "Direct message"
	case ChannelInPerson:
		return "In person"
	case ChannelOther:
		return "Other"
	}
	return string(c)
}

// Label is the source as a phrase; "" when unset.
func (s Source) Label() string {
	switch s {
	case SourceNetwork:
		return "Own network"
	case SourceSurvey:
		return "Survey respondent"
	case SourceReferral:
		return "Referral"
	}
	return string(s)
}

// Label is the frequency as shown and exported, e.g. "Every two weeks"; "" when unset.
func (f Frequency) Label() string {
	switch f {
	case Weekly:
		return "Weekly"
	case Biweekly:
		return "Every two weeks"
	case Monthly:
		return "Monthly"
	case Quarterly:
		return "Quarterly"
	}
	return string(f)
}

// Label is the event format as a phrase; "" when unset.
func (f EventFormat) Label() string {
	switch f {
	case FormatAMA:
		return "AMA (ask me anything)"
	case FormatWorkshop:
		return "Workshop"
	case FormatVoice:
		return "Live voice session"
	case FormatOther:
		return "Other"
	}
	return string(f)
}

// Label says how people join; "" when unset.
func (m JoinMode) Label() string {
	switch m {
	case JoinOpen:
		return "Open: anyone who fits may join"
	case JoinInvite:
		return "By invitation"
	case JoinApplication:
		return "By application"
	}
	return string(m)
}

// Label is the question kind as a phrase.
func (k QuestionKind) Label() string {
	switch k {
	case KindText:
		return "Open text"
	case KindScale:
		return "Scale"
	case KindSingle:
		return "Single choice"
	case KindMulti:
		return "Multiple choice"
	case KindNumber:
		return "Number"
	}
	return string(k)
}

// KindLabel is the question's kind as a phrase, with a scale's range: "Scale 0–10".
func (q Question) KindLabel() string {
	if q.Kind == KindScale {
		return "Scale " + q.Range().String()
	}
	return q.Kind.Label()
}

// Label says what a question's role makes the rules read from it.
func (r QuestionRole) Label() string {
	switch r {
	case RoleNone:
		return "(no special role)"
	case RolePain:
		return "Biggest pain (tagged into themes)"
	case RoleSkill:
		return "Skill self-rating (baseline)"
	case RolePlatform:
		return "Preferred platform"
	case RoleCadence:
		return "Preferred cadence"
	case RoleAbout:
		return "About the respondent (not tagged)"
	}
	return string(r)
}

// DisplayName is how a candidate is shown: the name, else the handle, else "Candidate N".
func (c Candidate) DisplayName() string {
	if n := strings.TrimSpace(c.Name); n != "" {
		return n
	}
	if h := strings.TrimSpace(c.Handle); h != "" {
		return h
	}
	return fmt.Sprintf("Candidate %d", c.ID)
}

// CandidateNames maps the plan's candidate IDs to their display names.
func CandidateNames(p *Plan) map[int64]string {
	m := make(map[int64]string, len(p.Candidates))
	for _, c := range p.Candidates {
		m[c.ID] = c.DisplayName()
	}
	return m
}

// State words a dated checklist item's state for tables and lists: "Done", "Overdue" or
// "Open".
func (d DueItem) State() string {
	switch {
	case d.Item.Done:
		return "Done"
	case d.Overdue:
		return "Overdue"
	}
	return "Open"
}
