package planner

import (
	"fmt"
	"math"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

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

// MarshalText writes the state's stable name (plan files).
func (s FigureState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's stable name; an unknown name is an error, so that a plan file
// from a newer app is not silently read as figures not given.
func (s *FigureState) UnmarshalText(b []byte) error {
	switch string(b) {
	case "none", "typed", "evidence":
		*s = ParseFigureState(string(b))
		return nil
	}
	return fmt.Errorf("unknown figure state %q", b)
}

// figureKeys name the figures in the catalogues ("review.figure.members").
var figureKeys = [NumFigures]string{
	FigMembersTotal:  "members",
	FigWeeklyActive:  "weekly_active",
	FigNewMembers:    "new_members",
	FigLeft:          "left",
	FigPosts:         "posts",
	FigReplies:       "replies",
	FigEventsHeld:    "events_held",
	FigPollAsked:     "poll_asked",
	FigPollResponses: "poll_answered",
	FigAvgSkill:      "avg_skill",
}

// In is the figure's label in tr's language, as the review form shows it.
func (f Figure) In(tr *i18n.Printer) string {
	if f < 0 || f >= NumFigures {
		return f.Label()
	}
	return tr.T("review.figure." + figureKeys[f])
}

// FigureOfLabel is the figure whose English label (Label, the Field… constants, the field
// ReviewProblems names) is label; ok is false for any other label (a success factor's).
func FigureOfLabel(label string) (Figure, bool) {
	for f := Figure(0); f < NumFigures; f++ {
		if f.Label() == label {
			return f, true
		}
	}
	return 0, false
}

// Label is the figure's label in English (FieldMembers…): the name ReviewProblems gives its
// field, so it is also how a problem is tied to its entry; the window shows In.
func (f Figure) Label() string {
	switch f {
	case FigMembersTotal:
		return FieldMembers
	case FigWeeklyActive:
		return FieldWeeklyActive
	case FigNewMembers:
		return FieldNewMembers
	case FigLeft:
		return FieldLeft
	case FigPosts:
		return FieldPosts
	case FigReplies:
		return FieldReplies
	case FigEventsHeld:
		return FieldEventsHeld
	case FigPollAsked:
		return FieldPollAsked
	case FigPollResponses:
		return FieldPollResponses
	case FigAvgSkill:
		return FieldAvgSkill
	}
	return fmt.Sprintf("Figure(%d)", int(f))
}

// Whole reports whether the figure is a count (every figure but the average skill rating).
func (f Figure) Whole() bool { return f != FigAvgSkill }

// count is the review's field holding the count figure f (nil for the average skill).
func (r *Review) count(f Figure) *int {
	switch f {
	case FigMembersTotal:
		return &r.MembersTotal
	case FigWeeklyActive:
		return &r.WeeklyActive
	case FigNewMembers:
		return &r.NewMembers
	case FigLeft:
		return &r.Left
	case FigPosts:
		return &r.Posts
	case FigReplies:
		return &r.Replies
	case FigEventsHeld:
		return &r.EventsHeld
	case FigPollAsked:
		return &r.PollAsked
	case FigPollResponses:
		return &r.PollResponses
	}
	return nil
}

// FigureValue is the review's value of figure f (0 when not given: ask Given first).
func (r *Review) FigureValue(f Figure) float64 {
	if f == FigAvgSkill {
		return r.AvgSkill
	}
	if n := r.count(f); n != nil {
		return float64(*n)
	}
	return 0
}

// SetFigure records figure f as v, given in state s (Typed by a person, FromEvidence by an
// import). NotGiven clears the figure: its value becomes 0 and it counts nowhere. A count is
// rounded to the nearest whole number.
func (r *Review) SetFigure(f Figure, v float64, s FigureState) {
	if f < 0 || f >= NumFigures {
		return
	}
	if s == NotGiven {
		v = 0
	}
	if f == FigAvgSkill {
		r.AvgSkill = v
	} else if n := r.count(f); n != nil {
		*n = int(math.Round(v))
	}
	r.FigureStates[f] = s
}

// StateOf says whether figure f was given, and how. A figure whose value is not 0 counts as
// typed even when its state was never set (a review built in code, or read from a store or
// plan file of before states were kept), so a number is never taken for "not given"; NotGiven
// with the value 0 is an empty figure.
func (r *Review) StateOf(f Figure) FigureState {
	if f < 0 || f >= NumFigures {
		return NotGiven
	}
	if s := r.FigureStates[f]; s != NotGiven {
		return s
	}
	if r.FigureValue(f) != 0 {
		return Typed
	}
	return NotGiven
}

// Given reports whether figure f was given (typed or filled from evidence): only given
// figures count in rates, trends, health and suggestions; an empty one is not 0.
func (r *Review) Given(f Figure) bool { return r.StateOf(f) != NotGiven }

// IsDraft reports whether the review measured nothing yet: no figure given, no goal value and
// no success factor scored. A draft neither completes step 5 nor enters a trend.
func (r *Review) IsDraft() bool {
	for f := Figure(0); f < NumFigures; f++ {
		if r.Given(f) {
			return false
		}
	}
	for _, s := range r.Factors {
		if s != 0 {
			return false
		}
	}
	return len(r.GoalValues) == 0
}

// InferFigureStates sets the states of a review kept before states were (store schema before
// 0006, plan file versions 1–3), as the migration does: in a review with any figure not 0 the
// person filled in the form, so its counts are typed, zeros included — except a poll of 0
// asked and 0 answered (no poll) and an average skill of 0, which meant "not measured"; in a
// review whose figures are all 0 nothing was given.
func InferFigureStates(r *Review) {
	filled := false
	for f := Figure(0); f < NumFigures; f++ {
		if r.FigureValue(f) != 0 {
			filled = true
		}
	}
	for f := Figure(0); f < NumFigures; f++ {
		r.FigureStates[f] = NotGiven
		switch {
		case !filled:
		case f == FigAvgSkill:
			if r.AvgSkill != 0 {
				r.FigureStates[f] = Typed
			}
		case f == FigPollAsked || f == FigPollResponses:
			if r.PollAsked != 0 || r.PollResponses != 0 {
				r.FigureStates[f] = Typed
			}
		default:
			r.FigureStates[f] = Typed
		}
	}
}
