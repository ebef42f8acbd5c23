package planner

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

// String returns the step's title as the wizard shows it.
func (s Step) String() string {
	switch s {
	case StepOverview:
		return "Overview"
	case StepSurvey:
		return "1 Domain survey"
	case StepRecruit:
		return "2 Recruitment"
	case StepCharter:
		return "3 Charter"
	case StepEvent:
		return "4 Launch event"
	case StepReviews:
		return "5 Iteration reviews"
	case StepExport:
		return "Export"
	}
	return "?"
}

// StepLabel is the plan library's "current step" column: the first step still to complete,
// or "Complete" when all five are.
func (s PlanSummary) StepLabel() string {
	if s.Progress >= len(LaunchSteps) || s.Step == StepExport {
		return "Complete"
	}
	return s.Step.String()
}
