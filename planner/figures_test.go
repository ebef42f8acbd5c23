package planner

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestSetFigureAndState(t *testing.T) {
	var r Review
	if r.Given(FigWeeklyActive) || !r.IsDraft() {
		t.Fatal("a new review has a figure")
	}
	r.SetFigure(FigWeeklyActive, 0, Typed)
	if !r.Given(FigWeeklyActive) || r.StateOf(FigWeeklyActive) != Typed || r.IsDraft() {
		t.Errorf("a typed 0 is a figure given: state %v draft %v", r.StateOf(FigWeeklyActive), r.IsDraft())
	}
	r.SetFigure(FigPosts, 41.6, FromEvidence)
	if r.Posts != 42 || r.FigureValue(FigPosts) != 42 || r.StateOf(FigPosts) != FromEvidence {
		t.Errorf("posts %d state %v", r.Posts, r.StateOf(FigPosts))
	}
	r.SetFigure(FigAvgSkill, 6.5, Typed)
	if r.AvgSkill != 6.5 || r.FigureValue(FigAvgSkill) != 6.5 {
		t.Errorf("skill %v", r.AvgSkill)
	}
	r.SetFigure(FigPosts, 12, NotGiven)
	if r.Posts != 0 || r.Given(FigPosts) {
		t.Errorf("cleared posts: %d given %v", r.Posts, r.Given(FigPosts))
	}
	// A value set in code without a state counts as typed: never read as not given.
	r2 := Review{MembersTotal: 5}
	if r2.StateOf(FigMembersTotal) != Typed || r2.Given(FigLeft) {
		t.Errorf("states of a review built in code: %v %v", r2.StateOf(FigMembersTotal), r2.Given(FigLeft))
	}
	b, err := json.Marshal(r.FigureStates)
	if err != nil || !strings.Contains(string(b), `"typed"`) || !strings.Contains(string(b), `"none"`) {
		t.Errorf("states as JSON %s, %v", b, err)
	}
	var back [NumFigures]FigureState
	if err := json.Unmarshal(b, &back); err != nil || back != r.FigureStates {
		t.Errorf("read back %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`["guessed"]`), &back); err == nil {
		t.Error("an unknown state was read")
	}
}

func TestEmptyFiguresAreNotZero(t *testing.T) {
	p := reviewPlan()
	first := Review{ID: 1, Date: d("2026-04-01")}
	first.SetFigure(FigMembersTotal, 20, Typed)
	first.SetFigure(FigWeeklyActive, 8, Typed)
	second := Review{ID: 2, Date: d("2026-05-01")}
	second.SetFigure(FigMembersTotal, 24, Typed) // weekly active, left, poll: not given
	draft := Review{ID: 3, Date: d("2026-06-01")}
	p.Reviews = []Review{first, second, draft}

	figs := ReviewFigures(p)
	if len(figs) != 2 {
		t.Fatalf("%d reviews with figures, want 2 (the empty one is a draft)", len(figs))
	}
	if figs[1].HasWeekly || figs[1].HasRetention || figs[1].HasPoll || !figs[1].HasGrowth || !near(figs[1].GrowthPct, 20) {
		t.Errorf("second review: %+v", figs[1])
	}
	for _, tr := range ReviewTrends(p) {
		if len(tr.Values) != 2 {
			t.Errorf("trend %s has %d points, want 2 (no draft)", tr.Key, len(tr.Values))
		}
		if tr.Key == "weekly-active" && (!near(tr.Values[0], 40) || !math.IsNaN(tr.Values[1])) {
			t.Errorf("weekly active %v, want 40%% then not measured", tr.Values)
		}
	}
	if h := HealthScore(p); h.Parts[0].Has {
		t.Errorf("health reads an empty weekly active: %+v", h.Parts[0])
	}
	// No rule compares with an empty figure: 5 weekly active without members is no problem.
	r := Review{Date: d("2026-07-01")}
	r.SetFigure(FigWeeklyActive, 5, Typed)
	if pr := ReviewProblems(p, r); len(pr) != 0 {
		t.Errorf("problems %v", pr)
	}
}

func TestDraftReviewDoesNotCompleteStepFive(t *testing.T) {
	p := &Plan{Reviews: []Review{{ID: 1, Date: d("2026-05-01")}}}
	st := Completion(p)[StepReviews-StepSurvey]
	if st.Step != StepReviews || st.Complete || len(st.Missing) != 1 || !strings.Contains(st.Missing[0].String(), "draft") {
		t.Fatalf("step 5 with a draft review: %+v", st)
	}
	p.Reviews[0].SetFigure(FigMembersTotal, 0, Typed)
	if st := Completion(p)[StepReviews-StepSurvey]; !st.Complete {
		t.Errorf("step 5 with a typed figure: %+v", st)
	}
}

func TestInferFigureStates(t *testing.T) {
	filled := Review{MembersTotal: 12, WeeklyActive: 0, Left: 0}
	InferFigureStates(&filled)
	for f := Figure(0); f < NumFigures; f++ {
		want := Typed
		if f == FigPollAsked || f == FigPollResponses || f == FigAvgSkill {
			want = NotGiven
		}
		if filled.FigureStates[f] != want {
			t.Errorf("filled review, %s: %v, want %v", f.Label(), filled.FigureStates[f], want)
		}
	}
	empty := Review{}
	InferFigureStates(&empty)
	if !empty.IsDraft() {
		t.Errorf("an old review of zeros is not a draft: %v", empty.FigureStates)
	}
	poll := Review{PollAsked: 10}
	InferFigureStates(&poll)
	if poll.FigureStates[FigPollResponses] != Typed || poll.FigureStates[FigAvgSkill] != NotGiven {
		t.Errorf("poll review %v", poll.FigureStates)
	}
}
