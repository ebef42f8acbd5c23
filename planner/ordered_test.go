package planner

import (
	"strings"
	"testing"
)

func TestOrderedOptions(t *testing.T) {
	for _, tc := range []struct {
		in, want            []string
		ordered, positional bool
	}{
		{[]string{"Often", "Never", "Sometimes", "Rarely"}, []string{"Never", "Rarely", "Sometimes", "Often"}, true, true},
		{[]string{"Agree", "Strongly agree", "Disagree", "Neutral"}, []string{"Disagree", "Neutral", "Agree", "Strongly agree"}, true, true},
		{[]string{"D'accord", "Pas du tout d'accord", "Tout à fait d'accord"}, []string{"Pas du tout d'accord", "D'accord", "Tout à fait d'accord"}, true, true},
		{[]string{"Weekly.", "Daily.", "Monthly."}, []string{"Monthly.", "Weekly.", "Daily."}, true, true},
		{[]string{"(2) Minor.", "(0) Not a problem for me.", "(4) Critical."}, []string{"(0) Not a problem for me.", "(2) Minor.", "(4) Critical."}, false, false},
		{[]string{"10+ years", "< 2 years", "5 - 10 years", "2 - 5 years"}, []string{"< 2 years", "2 - 5 years", "5 - 10 years", "10+ years"}, true, false},
		{[]string{"Above 4,00,000", "Less than 80.000", "2,40,000 - 3,20,000", "80,000 - 1,60,000"}, []string{"Less than 80.000", "80,000 - 1,60,000", "2,40,000 - 3,20,000", "Above 4,00,000"}, true, false},
		{[]string{"Lived at home", "> $800/month", "< $500/month", "$600 - 700/month"}, []string{"< $500/month", "$600 - 700/month", "> $800/month", "Lived at home"}, true, false},
		{[]string{"Slack", "Discord", "Teams"}, []string{"Slack", "Discord", "Teams"}, false, false},
	} {
		got, ordered, positional := OrderedOptions(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || ordered != tc.ordered && tc.ordered || positional != tc.positional {
			t.Errorf("OrderedOptions(%q) = %q, %v, %v; want %q, %v, %v", tc.in, got, ordered, positional, tc.want, tc.ordered, tc.positional)
		}
	}
	q := Question{Kind: KindSingle, Options: []string{"Never", "Sometimes", "Often", "Always"}}
	if m, ok := PositionalMean(q, []int{1, 0, 2, 1}); !ok || m != 2.75 {
		t.Errorf("positional mean %v %v, want 2.75", m, ok)
	}
	if _, ok := PositionalMean(Question{Kind: KindSingle, Options: []string{"Slack", "Discord"}}, []int{3, 1}); ok {
		t.Error("a mean of unordered options")
	}
}
