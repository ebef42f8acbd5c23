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
func TallyHeadline(t Tally) string { return TallyHeadlineMsg(t).String() }

// TallyHeadlineMsg is TallyHeadline as a sentence each reader words in its language.
func TallyHeadlineMsg(t Tally) Msg {
	rest := msg("tally.all_tagged")
	if t.Untagged > 0 {
		rest = msgN("tally.untagged", t.Untagged)
	}
	m := msgN("tally.headline", t.Respondents, "rest", rest)
	if t.Small {
		return msg("sentences", "first", m, "second", smallSample())
	}
	return m
}

// SmallSampleNote says that a tally has too few answers to read.
func SmallSampleNote() string { return smallSample().String() }

func smallSample() Msg { return msg("pp.small_respondents", "n", SmallN) }

// UntaggedNote asks for the respondents whose open answers matched no theme to be re-tagged;
// "" when there are none.
func UntaggedNote(n int) string {
	if n <= 0 {
		return ""
	}
	return english.N("pp.untagged", n)
}

// NoRotationNote explains an empty rotation schedule.
const NoRotationNote = "No rotation yet: give a role one or more holders and a rotation period in weeks."

// english is the English catalogue, which planner's own sentences come from.
var english = i18n.New(i18n.English)
