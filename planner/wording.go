package planner

import (
	"fmt"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Count writes n with the word that agrees with it: "1 respondent", "3 respondents",
// "0 respondents".
func Count(n int, one, many string) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// TallyHeadline is the sentence above a theme tally: how many answered, how many open
// answers matched no theme, and whether there are too few answers to read anything into.
func TallyHeadline(t Tally) string {
	s := Count(t.Respondents, "respondent", "respondents")
	switch t.Untagged {
	case 0:
		s += "; every open answer matches a theme."
	case 1:
		s += "; 1 has open answers matching no theme."
	default:
		s += fmt.Sprintf("; %d have open answers matching no theme.", t.Untagged)
	}
	if t.Small {
		s += " " + SmallSampleNote()
	}
	return s
}

// SmallSampleNote says that a tally has too few answers to read.
func SmallSampleNote() string {
	return fmt.Sprintf("Too small to read: fewer than %s.", Count(SmallN, "respondent", "respondents"))
}

// UntaggedNote asks for the respondents whose open answers matched no theme to be re-tagged;
// "" when there are none.
func UntaggedNote(n int) string {
	switch {
	case n <= 0:
		return ""
	case n == 1:
		return "1 respondent answered without matching any theme; re-tag the answer by hand or add keywords."
	}
	return fmt.Sprintf("%d respondents answered without matching any theme; re-tag them by hand or add keywords.", n)
}

// NoRotationNote explains an empty rotation schedule.
const NoRotationNote = "No rotation yet: give a role one or more holders and a rotation period in weeks."

// english is the English catalogue, which planner's own sentences come from.
var english = i18n.New(i18n.English)
