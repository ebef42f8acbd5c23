package store

import (
	"context"
	"reflect"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// TestAndLoadReturnsTheStoredPlan: each bulk write's AndLoad form returns the plan exactly as
// a Load after it reads it, so a window may take it instead of loading the plan again.
func TestAndLoadReturnsTheStoredPlan(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	id, err := s.Create(ctx, plantest.Demo(testNow))
	if err != nil {
		t.Fatal(err)
	}
	same := func(t *testing.T, what string, fresh *planner.Plan) {
		t.Helper()
		want, err := s.Load(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if fresh == nil || !reflect.DeepEqual(fresh, want) {
			t.Fatalf("%s: the plan returned is not the plan stored", what)
		}
	}
	n, fresh, err := s.AddCandidatesAndLoad(ctx, id, []planner.Candidate{{Name: "Added One", Contact: "added.one@example.org"}})
	if err != nil || n != 1 {
		t.Fatalf("AddCandidatesAndLoad: %d, %v", n, err)
	}
	same(t, "AddCandidatesAndLoad", fresh)
	if last := fresh.Candidates[len(fresh.Candidates)-1]; last.Name != "Added One" || last.ID == 0 {
		t.Fatalf("the new candidate is not last in the plan returned: %+v", last)
	}
	n, fresh, err = s.AddResponsesAndLoad(ctx, id, []planner.Response{{Respondent: "New Respondent", Key: "k-new"}})
	if err != nil || n != 1 {
		t.Fatalf("AddResponsesAndLoad: %d, %v", n, err)
	}
	same(t, "AddResponsesAndLoad", fresh)
	rs := fresh.Survey.Responses
	if fresh, err = s.DeleteRespondentAndLoad(ctx, id, rs[len(rs)-1].ID); err != nil {
		t.Fatal(err)
	}
	same(t, "DeleteRespondentAndLoad", fresh)
	if fresh, err = s.DeletePersonAndLoad(ctx, id, fresh.Candidates[0].ID); err != nil {
		t.Fatal(err)
	}
	same(t, "DeletePersonAndLoad", fresh)
}
