package planner

// Figure names one of a review's counted figures: the values a facilitator types or that are
// filled from evidence (attendance reports, platform exports, a poll's export).
type Figure int

// The review figures, in the order the review form shows them.
const (
	FigMembersTotal Figure = iota
	FigWeeklyActive
	FigNewMembers
	FigLeft
	FigPosts
	FigReplies
	FigEventsHeld
	FigPollAsked
	FigPollResponses
	FigAvgSkill
	NumFigures
)

// FigureState says whether a review figure was given, and how. The zero value is NotGiven, so
// a review just added holds no figures: an empty figure is never read as 0 in trends, rates
// or completion.
type FigureState uint8

// The states of a review figure.
const (
	// NotGiven means nobody typed the figure and no evidence filled it.
	NotGiven FigureState = iota
	// Typed means a person typed the figure; evidence never overwrites it without asking.
	Typed
	// FromEvidence means the figure was computed from imported files; its source says which.
	FromEvidence
)

// String returns the state's stable name, as stored and written in plan files.
func (s FigureState) String() string {
	switch s {
	case Typed:
		return "typed"
	case FromEvidence:
		return "evidence"
	default:
		return "none"
	}
}

// ParseFigureState reads a state's stable name; anything else is NotGiven.
func ParseFigureState(s string) FigureState {
	switch s {
	case "typed":
		return Typed
	case "evidence":
		return FromEvidence
	default:
		return NotGiven
	}
}
