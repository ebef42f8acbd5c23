package sample

import (
	"reflect"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

var now = time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)

func TestPlan(t *testing.T) {
	p := Plan(now)
	if err := planner.CheckReferences(p); err != nil {
		t.Fatal(err)
	}
	// The sample enters the library through Create like any plan: it obeys every rule.
	if err := planner.CheckPlan(p); err != nil {
		t.Fatal(err)
	}
	counts := []struct {
		what      string
		got, want int
	}{
		{"responses", len(p.Survey.Responses), 14},
		{"themes", len(p.Survey.Themes), 4},
		{"goals", len(p.Goals), 3},
		{"candidates", len(p.Candidates), 9},
		{"reviews", len(p.Reviews), 4},
	}
	for _, c := range counts {
		if c.got != c.want {
			t.Errorf("%s: got %d, want %d", c.what, c.got, c.want)
		}
	}
	statuses := map[planner.CandidateStatus]bool{}
	for _, c := range p.Candidates {
		statuses[c.Status] = true
		if last := c.History[len(c.History)-1]; last.Status != c.Status {
			t.Errorf("%s: history ends at %s, status is %s", c.Name, last.Status, c.Status)
		}
	}
	if len(statuses) < 4 {
		t.Errorf("candidates should be in mixed states, got %v", statuses)
	}
	for _, r := range p.Reviews {
		if len(r.Actions) == 0 || len(r.Stories) == 0 {
			t.Errorf("review %s lacks actions or stories", r.Date)
		}
	}
	if !reflect.DeepEqual(Plan(now), p) {
		t.Error("Plan is not deterministic")
	}
}
