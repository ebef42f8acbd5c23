package planner_test

import (
	"regexp"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// badAgreement finds a number of one with a plural noun, or another number with a singular
// one, for the nouns the app counts.
var badAgreement = regexp.MustCompile(`(^|[^0-9.,])(1 (respondents|members|answers|candidates|people|goals|rows|polls)\b|([02-9]|[1-9][0-9]+) (respondent|member|answer|candidate|person|goal|row|poll)\b)`)

func TestLabelsAgreeWithTheirNumbers(t *testing.T) {
	var labels []string
	for _, n := range []int{0, 1, 2, 3, 11, 21} {
		labels = append(labels,
			planner.Count(n, "respondent", "respondents"),
			planner.Count(n, "person", "people"),
			planner.TallyHeadline(planner.Tally{Respondents: n, Untagged: n, Small: n < planner.SmallN}),
			planner.UntaggedNote(n),
		)
		for _, r := range planner.ReviewProblems(nil, planner.Review{MembersTotal: n, WeeklyActive: n + 1, NewMembers: n + 1, PollAsked: n, PollResponses: n + 1}) {
			labels = append(labels, r.Msg)
		}
	}
	labels = append(labels, planner.SmallSampleNote(), planner.NoRotationNote)
	for _, l := range labels {
		if m := badAgreement.FindString(l); m != "" {
			t.Errorf("%q: %q does not agree", l, m)
		}
	}
	// The check above must be able to fail.
	for _, l := range []string{"1 respondents", "give 3 member", "from 1 answers."} {
		if !badAgreement.MatchString(l) {
			t.Errorf("the agreement check misses %q", l)
		}
	}
	if got, want := planner.Count(1, "respondent", "respondents"), "1 respondent"; got != want {
		t.Errorf("Count(1) = %q, want %q", got, want)
	}
	if got, want := planner.TallyHeadline(planner.Tally{Respondents: 1, Untagged: 1, Small: true}), "1 respondent; 1 has open answers matching no theme. Too small to read: fewer than 5 respondents."; got != want && planner.SmallN == 5 {
		t.Errorf("TallyHeadline = %q, want %q", got, want)
	}
}
