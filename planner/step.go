package planner

import "strconv"

// Step is a page of the wizard: the overview, the five launch steps, and export.
type Step int

// Wizard steps in order.
const (
	StepOverview Step = iota
	StepSurvey
	StepRecruit
	StepCharter
	StepEvent
	StepReviews
	StepExport
)

// LaunchSteps are the five steps that count toward a plan's progress.
var LaunchSteps = []Step{StepSurvey, StepRecruit, StepCharter, StepEvent, StepReviews}

// Number is the step's number among the five launch steps (1–5), 0 for the overview and
// export.
func (s Step) Number() int {
	if s >= StepSurvey && s <= StepReviews {
		return int(s-StepSurvey) + 1
	}
	return 0
}

// Name is the step's name without its number: "Domain survey".
func (s Step) Name() string {
	switch s {
	case StepOverview:
		return "Overview"
	case StepSurvey:
		return "Domain survey"
	case StepRecruit:
		return "Recruitment"
	case StepCharter:
		return "Charter"
	case StepEvent:
		return "Launch event"
	case StepReviews:
		return "Iteration reviews"
	case StepExport:
		return "Export"
	}
	return "?"
}

// String returns the step's title as the step list shows it: "3 Charter", "Overview".
func (s Step) String() string {
	if n := s.Number(); n > 0 {
		return strconv.Itoa(n) + " " + s.Name()
	}
	return s.Name()
}

// StepLabel is the plan library's "current step" column: the first step still to complete,
// or "Complete" when all five are.
func (s PlanSummary) StepLabel() string {
	if s.Progress >= len(LaunchSteps) || s.Step == StepExport {
		return "Complete"
	}
	return s.Step.String()
}
