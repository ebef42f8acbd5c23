package planner

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestCheckRules: the name and scale rules the store, the importer and the window share.
func TestCheckRules(t *testing.T) {
	for _, c := range []struct {
		what string
		err  error
		ok   bool
	}{
		{"name", CheckPlanName("Acme CoP"), true},
		{"blank name", CheckPlanName(" \t"), false},
		{"blank scale answer", DefaultScale.CheckAnswer(" "), true},
		{"7", DefaultScale.CheckAnswer(" 7 "), true},
		{"1", DefaultScale.CheckAnswer("1"), true},
		{"10", DefaultScale.CheckAnswer("10"), true},
		{"0", DefaultScale.CheckAnswer("0"), false},
		{"11", DefaultScale.CheckAnswer("11"), false},
		{"7.5", DefaultScale.CheckAnswer("7.5"), false},
		{"seven", DefaultScale.CheckAnswer("seven"), false},
		{"0 on 0–10", Scale{Min: 0, Max: 10}.CheckAnswer("0"), true},
		{"6 on 1–5", Scale{Min: 1, Max: 5}.CheckAnswer("6"), false},
		{"-3 on -3 to 3", Scale{Min: -3, Max: 3}.CheckAnswer("-3"), true},
	} {
		var ve *ValidationError
		switch {
		case c.ok && c.err != nil:
			t.Errorf("%s: %v", c.what, c.err)
		case !c.ok && !errors.As(c.err, &ve):
			t.Errorf("%s: got %v, want a validation error", c.what, c.err)
		}
	}
	if DefaultScale.Contains(0.5) || !DefaultScale.Contains(9.5) {
		t.Error("the default scale takes the points from 1 to 10")
	}
}

// TestStepNumberAndName: the step list's title, the page title and the step number all come
// from Number and Name, so none parses another's text.
func TestStepNumberAndName(t *testing.T) {
	for i, st := range LaunchSteps {
		if st.Number() != i+1 {
			t.Errorf("%v: Number %d, want %d", st, st.Number(), i+1)
		}
		if want := fmt.Sprintf("%d %s", i+1, st.Name()); st.String() != want {
			t.Errorf("String %q, want %q", st.String(), want)
		}
	}
	for _, st := range []Step{StepOverview, StepExport} {
		if st.Number() != 0 || st.String() != st.Name() {
			t.Errorf("%v: Number %d, String %q, Name %q", st, st.Number(), st.String(), st.Name())
		}
	}
}

// TestFactorWords checks that every success factor's name, description and advice come from
// the English catalogue, the one home of the words.
func TestFactorWords(t *testing.T) {
	for f := SuccessFactor(0); f < NumFactors; f++ {
		for _, s := range []string{f.String(), f.Description(), f.Advice()} {
			if s == "" || strings.HasPrefix(s, "factor.") {
				t.Errorf("factor %d: %q is not a word of the catalogue", f, s)
			}
		}
	}
	if FactorFacilitation.String() != "Strong facilitation" {
		t.Errorf("facilitation is named %q", FactorFacilitation.String())
	}
}
