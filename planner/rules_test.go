package planner

import (
	"errors"
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
		{"blank scale answer", CheckScaleAnswer(" "), true},
		{"7", CheckScaleAnswer(" 7 "), true},
		{"1", CheckScaleAnswer("1"), true},
		{"10", CheckScaleAnswer("10"), true},
		{"0", CheckScaleAnswer("0"), false},
		{"11", CheckScaleAnswer("11"), false},
		{"7.5", CheckScaleAnswer("7.5"), false},
		{"seven", CheckScaleAnswer("seven"), false},
	} {
		var ve *ValidationError
		switch {
		case c.ok && c.err != nil:
			t.Errorf("%s: %v", c.what, c.err)
		case !c.ok && !errors.As(c.err, &ve):
			t.Errorf("%s: got %v, want a validation error", c.what, c.err)
		}
	}
	if InScale(0.5) || !InScale(9.5) {
		t.Error("InScale takes the points from 1 to 10")
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
