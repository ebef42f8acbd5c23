package planner

import (
	"fmt"
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
	// Missing holds short human hints, e.g. "Add 3 more survey responses (7 of 10)".
	Missing []string
}

// Completion checks the five launch steps, in order. The hints never block: the wizard shows
// them so a user can skip around and come back.
func Completion(p *Plan) []StepStatus {
	if p == nil {
		p = &Plan{}
	}
	out := make([]StepStatus, 0, len(LaunchSteps))
	for _, s := range LaunchSteps {
		var missing []string
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
				missing = append(missing, "Record the first iteration review")
			case MeasuredReviews(p) == nil:
				missing = append(missing, "Fill in the figures of the first iteration review: an empty review is a draft")
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

func surveyMissing(p *Plan) []string {
	var m []string
	n, target := len(p.Survey.Responses), SurveyTarget(p.Survey)
	if n < target && !p.Survey.Closed {
		m = append(m, fmt.Sprintf("Add %d more survey %s (%d of %d), or close the survey", target-n, plural(target-n, "response", "responses"), n, target))
	}
	if blank(p.Domain) {
		m = append(m, "Write the domain statement")
	}
	if w := GoalsWarning(p.Goals); w != "" {
		m = append(m, w)
	}
	return m
}

func recruitMissing(p *Plan) []string {
	core := coreCount(p.Candidates)
	switch {
	case core < CoreMin:
		return []string{fmt.Sprintf("Get %d more %s to accept (%d of %d accepted or joined)", CoreMin-core, plural(CoreMin-core, "candidate", "candidates"), core, CoreMin)}
	case core > CoreMax && beforeLaunch(p):
		// A big core group is a warning before launch only: once the community is live,
		// growth is the point.
		return []string{fmt.Sprintf("Keep the core group to %d before launch (%d accepted or joined)", CoreMax, core)}
	}
	return nil
}

func charterMissing(p *Plan) []string {
	c := p.Charter
	var m []string
	if blank(c.Purpose) {
		m = append(m, "Write the charter's purpose")
	}
	held := false
	for _, r := range c.Roles {
		if len(r.HolderIDs) > 0 {
			held = true
			break
		}
	}
	if !held {
		m = append(m, "Give at least one role a holder")
	}
	norms := 0
	for _, n := range c.Norms {
		if !blank(n.Text) {
			norms++
		}
	}
	if norms < 2 {
		m = append(m, fmt.Sprintf("Add %d more %s (%d of 2)", 2-norms, plural(2-norms, "norm", "norms"), norms))
	}
	if len(c.Cadence) == 0 {
		m = append(m, "Add a recurring practice to the cadence")
	}
	if c.Platform == PlatformNone {
		m = append(m, "Choose a platform")
	}
	return m
}

func eventMissing(p *Plan) []string {
	e := p.Event
	var m []string
	if e.Date.IsZero() {
		m = append(m, "Set the launch event's date")
	}
	if e.Format == "" {
		m = append(m, "Choose the event format")
	}
	if blank(e.Host) {
		m = append(m, "Name the event's host")
	}
	if n := len(e.Agenda); n < 3 {
		m = append(m, fmt.Sprintf("Add %d more agenda %s (%d of 3)", 3-n, plural(3-n, "item", "items"), n))
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

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// NextActions returns up to n concrete things to do next: overdue launch-checklist items and
// review actions first (oldest first), then checklist items due today, then what is missing
// for the launch steps, in step order.
func NextActions(p *Plan, today Date, n int) []string {
	if p == nil || n <= 0 {
		return nil
	}
	type dated struct {
		due  Date
		text string
	}
	var overdue, dueToday []dated
	for _, d := range ChecklistDue(p.Event, today) {
		if d.Item.Done || d.Due.IsZero() {
			continue
		}
		task := strings.TrimSpace(d.Item.Task)
		switch {
		case d.Overdue:
			overdue = append(overdue, dated{d.Due, fmt.Sprintf("Overdue since %s: %s", d.Due, task)})
		case d.Due == today:
			dueToday = append(dueToday, dated{d.Due, "Due today: " + task})
		}
	}
	for _, r := range SortedReviews(p) {
		for _, a := range r.Actions {
			if !a.Done && !a.Due.IsZero() && !today.IsZero() && a.Due.Before(today) {
				text := fmt.Sprintf("Overdue since %s: %s", a.Due, strings.TrimSpace(a.Text))
				if o := strings.TrimSpace(a.Owner); o != "" {
					text += " (" + o + ")"
				}
				overdue = append(overdue, dated{a.Due, text})
			}
		}
	}
	sort.SliceStable(overdue, func(i, j int) bool { return overdue[i].due.Before(overdue[j].due) })
	var out []string
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
