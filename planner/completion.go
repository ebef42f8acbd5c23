package planner

import (
	"sort"
	"strings"
)

// DefaultSurveyTarget is the respondent count that completes step 1 when the plan sets no
// target of its own.
const DefaultSurveyTarget = 10

// Core group bounds of step 2: start small with 5–10 accepted or joined members.
const (
	CoreMin = 5
	CoreMax = 10
)

// StepStatus says whether a launch step is complete and, if not, what is missing.
type StepStatus struct {
	Step     Step
	Complete bool
	// Missing holds short hints, e.g. "Add 3 more survey responses (7 of 10)", as sentences
	// each reader words in its language.
	Missing []Msg
}

// Completion checks the five launch steps, in order. The hints never block: the wizard shows
// them so a user can skip around and come back.
func Completion(p *Plan) []StepStatus {
	if p == nil {
		p = &Plan{}
	}
	out := make([]StepStatus, 0, len(LaunchSteps))
	for _, s := range LaunchSteps {
		var missing []Msg
		switch s {
		case StepSurvey:
			missing = surveyMissing(p)
		case StepRecruit:
			missing = recruitMissing(p)
		case StepCharter:
			missing = charterMissing(p)
		case StepEvent:
			missing = eventMissing(p)
		case StepReviews:
			switch {
			case len(p.Reviews) == 0:
				missing = append(missing, msg("hint.reviews.first"))
			case MeasuredReviews(p) == nil:
				missing = append(missing, msg("hint.reviews.draft"))
			}
		}
		out = append(out, StepStatus{Step: s, Complete: len(missing) == 0, Missing: missing})
	}
	return out
}

// Progress returns how many launch steps are complete and the first incomplete one
// (StepExport when all five are complete).
func Progress(p *Plan) (done int, current Step) {
	current = StepExport
	for _, st := range Completion(p) {
		if st.Complete {
			done++
		} else if current == StepExport {
			current = st.Step
		}
	}
	return done, current
}

// SurveyTarget is the number of responses that completes step 1: the plan's minimum target,
// or DefaultSurveyTarget when unset.
func SurveyTarget(s Survey) int {
	if s.TargetMin > 0 {
		return s.TargetMin
	}
	return DefaultSurveyTarget
}

func surveyMissing(p *Plan) []Msg {
	var m []Msg
	n, target := len(p.Survey.Responses), SurveyTarget(p.Survey)
	if n < target && !p.Survey.Closed {
		m = append(m, msgN("hint.survey.more_responses", target-n, "have", n, "target", target))
	}
	if blank(p.Domain) {
		m = append(m, msg("hint.survey.domain"))
	}
	if w := GoalsWarning(p.Goals); w.Key != "" {
		m = append(m, w)
	}
	return m
}

func recruitMissing(p *Plan) []Msg {
	core := coreCount(p.Candidates)
	switch {
	case core < CoreMin:
		return []Msg{msgN("hint.recruit.more_core", CoreMin-core, "have", core, "min", CoreMin)}
	case core > CoreMax && beforeLaunch(p):
		// A big core group is a warning before launch only: once the community is live,
		// growth is the point.
		return []Msg{msg("hint.recruit.core_too_big", "max", CoreMax, "have", core)}
	}
	return nil
}

func charterMissing(p *Plan) []Msg {
	c := p.Charter
	var m []Msg
	if blank(c.Purpose) {
		m = append(m, msg("hint.charter.purpose"))
	}
	held := false
	for _, r := range c.Roles {
		if len(r.HolderIDs) > 0 {
			held = true
			break
		}
	}
	if !held {
		m = append(m, msg("hint.charter.role_holder"))
	}
	norms := 0
	for _, n := range c.Norms {
		if !blank(n.Text) {
			norms++
		}
	}
	if norms < 2 {
		m = append(m, msgN("hint.charter.more_norms", 2-norms, "have", norms))
	}
	if len(c.Cadence) == 0 {
		m = append(m, msg("hint.charter.cadence"))
	}
	if c.Platform == PlatformNone {
		m = append(m, msg("hint.charter.platform"))
	}
	return m
}

func eventMissing(p *Plan) []Msg {
	e := p.Event
	var m []Msg
	if e.Date.IsZero() {
		m = append(m, msg("hint.event.date"))
	}
	if e.Format == "" {
		m = append(m, msg("hint.event.format"))
	}
	if blank(e.Host) {
		m = append(m, msg("hint.event.host"))
	}
	if n := len(e.Agenda); n < 3 {
		m = append(m, msgN("hint.event.more_agenda", 3-n, "have", n))
	}
	return m
}

// beforeLaunch reports whether the plan has not launched yet; an unset status counts as
// planning.
func beforeLaunch(p *Plan) bool {
	return p.Status == "" || p.Status == StatusPlanning
}

// coreCount counts accepted and joined candidates: the core group.
func coreCount(cs []Candidate) int {
	n := 0
	for _, c := range cs {
		if c.Status == Accepted || c.Status == Joined {
			n++
		}
	}
	return n
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// NextActions returns up to n concrete things to do next: overdue launch-checklist items and
// review actions first (oldest first), then checklist items due today, then what is missing
// for the launch steps, in step order.
func NextActions(p *Plan, today Date, n int) []Msg {
	if p == nil || n <= 0 {
		return nil
	}
	type dated struct {
		due  Date
		text Msg
	}
	var overdue, dueToday []dated
	for _, d := range ChecklistDue(p.Event, today) {
		if d.Item.Done || d.Due.IsZero() {
			continue
		}
		task := strings.TrimSpace(d.Item.Task)
		switch {
		case d.Overdue:
			overdue = append(overdue, dated{d.Due, msg("next.overdue", "date", d.Due, "task", task)})
		case d.Due == today:
			dueToday = append(dueToday, dated{d.Due, msg("next.due_today", "task", task)})
		}
	}
	for _, r := range SortedReviews(p) {
		for _, a := range r.Actions {
			if !a.Done && !a.Due.IsZero() && !today.IsZero() && a.Due.Before(today) {
				text := msg("next.overdue", "date", a.Due, "task", strings.TrimSpace(a.Text))
				if o := strings.TrimSpace(a.Owner); o != "" {
					text = msg("next.overdue_owner", "date", a.Due, "task", strings.TrimSpace(a.Text), "owner", o)
				}
				overdue = append(overdue, dated{a.Due, text})
			}
		}
	}
	sort.SliceStable(overdue, func(i, j int) bool { return overdue[i].due.Before(overdue[j].due) })
	var out []Msg
	for _, d := range append(overdue, dueToday...) {
		out = append(out, d.text)
	}
	for _, st := range Completion(p) {
		out = append(out, st.Missing...)
	}
	if len(out) > n {
		out = out[:n]
	}
	return out
}
