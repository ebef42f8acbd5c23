package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

func TestReviewsStepRecordsAReview(t *testing.T) {
	p := corePlan()
	base, target := 2.0, 4.0
	p.Goals = []planner.Goal{{ID: 1, Title: "Engagement", Metric: "engagement rate", Unit: "%", Baseline: &base, Target: &target}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	v.tabs.SelectIndex(1) // Figures & trends
	if stepComplete(s.plan, planner.StepReviews) || v.latest.Text != "No review yet." {
		t.Fatalf("no review yet: complete=%v, latest %q", stepComplete(s.plan, planner.StepReviews), v.latest.Text)
	}

	v.tabs.SelectIndex(0)
	test.Tap(v.reviews.add)
	// In the order a person fills the form: the members before the figures checked against them.
	figures := [][2]string{{"members", "20"}, {"active", "8"}, {"new", "5"}, {"left", "1"}, {"posts", "40"},
		{"replies", "90"}, {"events", "2"}, {"polls", "20"}, {"responses", "6"}}
	for _, f := range figures {
		name, val := f[0], f[1]
		e, ok := v.fields[name]
		if !ok {
			t.Fatalf("no entry for %s", name)
		}
		e.SetText(val)
	}
	v.factors[planner.FactorEvents].SetSelected("4")
	v.factors[planner.FactorRecognition].SetSelected("2")

	test.Tap(v.actions.add)
	v.actionText.SetText("Pin the best tip")
	test.Tap(v.stories.add)
	v.storyText.SetText("Used the hook template, doubled views")
	s.flush()
	v.tabs.SelectIndex(1)

	// 8 of 20 weekly active is 40%; 6 responses from 20 members asked is 30%.
	if !strings.Contains(v.latest.Text, "Weekly active: 40% (target 30%: met)") {
		t.Errorf("latest figures %q", v.latest.Text)
	}
	if !strings.Contains(v.latest.Text, "Poll response: 30% (target 40%: below)") {
		t.Errorf("latest figures %q", v.latest.Text)
	}
	if r := test.TempWidgetRenderer(t, v.trends.charts["weekly-active"]).(*trendRenderer); len(r.values) != 1 || r.values[0].Text != "40%" {
		t.Errorf("weekly chart points %d", len(r.values))
	}
	if len(v.factorChart.items) != int(planner.NumFactors) || v.factorChart.items[planner.FactorEvents].Value != 4 {
		t.Errorf("factor bars %+v", v.factorChart.items)
	}
	v.tabs.SelectIndex(2) // Advice & health
	h := planner.HealthScore(s.plan)
	if !h.Has || !strings.Contains(v.health.Text, "Health score: ") {
		t.Errorf("health %q (has %v)", v.health.Text, h.Has)
	}

	got := reload(t, s, st)
	if len(got.Reviews) != 1 {
		t.Fatalf("%d reviews stored", len(got.Reviews))
	}
	r := got.Reviews[0]
	// A new review takes the next review date: with no launch date and no review yet, a month
	// from today.
	if r.Date != planner.MustDate("2026-04-01") || r.MembersTotal != 20 || r.WeeklyActive != 8 || r.NewMembers != 5 || r.Left != 1 ||
		r.Posts != 40 || r.Replies != 90 || r.EventsHeld != 2 || r.PollAsked != 20 || r.PollResponses != 6 {
		t.Errorf("review figures %+v", r)
	}
	if r.Factors[planner.FactorEvents] != 4 || r.Factors[planner.FactorRecognition] != 2 || r.Factors[planner.FactorTech] != 0 {
		t.Errorf("factors %v", r.Factors)
	}
	if len(r.Actions) != 1 || r.Actions[0].Text != "Pin the best tip" || r.Actions[0].ID == 0 {
		t.Errorf("actions %+v", r.Actions)
	}
	if len(r.Stories) != 1 || r.Stories[0].Story != "Used the hook template, doubled views" || r.Stories[0].Cycle != planner.CycleImmediate {
		t.Errorf("stories %+v", r.Stories)
	}
	if !stepComplete(got, planner.StepReviews) {
		t.Error("step 5 should be complete after a review")
	}
}

func testToday() planner.Date { return planner.DateOf(testNow) }

func TestReviewsStepGoalValuesWeightsAndStage(t *testing.T) {
	p := corePlan()
	p.Goals = []planner.Goal{{ID: 7, Title: "Engagement"}}
	p.Reviews = []planner.Review{{ID: 1, Date: planner.MustDate("2026-02-01"), MembersTotal: 10, WeeklyActive: 2}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*reviewsStep](t, s, planner.StepReviews)

	v.reviews.selectItem(0)
	if len(s.plan.Goals) != 1 {
		t.Fatal("goal lost")
	}
	gid := s.plan.Goals[0].ID
	v.goalEntries[gid].SetText("3,5") // a decimal comma is accepted
	v.tabs.SelectIndex(2)             // Advice & health
	v.weights[planner.HealthStories].SetText("0.5")
	v.weights[planner.HealthWeeklyActive].SetText("abc") // invalid: not saved
	v.stage.SetSelected(planner.StageMaturing.Label())
	if !strings.Contains(v.prompts.Text, planner.StageMaturing.Prompts()[0]) {
		t.Errorf("prompts %q", v.prompts.Text)
	}
	v.tabs.SelectIndex(0)
	v.cadence.SetSelected(planner.Quarterly.Label())
	if v.nextReview.Text != "1 May 2026" {
		t.Errorf("next review %q, want a quarter after the last review", v.nextReview.Text)
	}

	got := reload(t, s, st)
	w := got.HealthWeights
	def := planner.DefaultHealthWeights()
	if w.Stories != 0.5 || w.WeeklyActive != def.WeeklyActive || w.Factors != def.Factors {
		t.Errorf("weights %+v, want the defaults with stories 0.5", w)
	}
	// Weekly active (0.3) and stories (0.5) have data: stories make 0.5/0.8 of the score.
	v.tabs.SelectIndex(2)
	if share := v.partShare[planner.HealthStories].Text; share != "62.5%" {
		t.Errorf("stories share %q, want 62.5%%", share)
	}
	if got.Stage != planner.StageMaturing || got.ReviewEvery != planner.Quarterly {
		t.Errorf("stage %q, cadence %q", got.Stage, got.ReviewEvery)
	}
	if gv := goalValue(&got.Reviews[0], gid); gv == nil || *gv != 3.5 {
		t.Errorf("stored goal value %v", gv)
	}
	v.goalEntries[gid].SetText("")
	s.flush()
	if len(s.plan.Reviews[0].GoalValues) != 0 {
		t.Errorf("clearing the goal value left %v", s.plan.Reviews[0].GoalValues)
	}
}

func TestReviewFiguresThatDisagreeAreShownAndNotSaved(t *testing.T) {
	p := corePlan()
	s, st := newTestSessionWith(t, p)
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	test.Tap(v.reviews.add)
	v.fields["members"].SetText("9")
	v.fields["members"].FocusLost()
	cases := []struct {
		field, text, msg string
	}{
		{"active", "50", "50 is more than the 9 members; enter at most 9."},
		{"left", "-3", "-3 is negative; enter 0 or more."},
		{"responses", "4", "no member was asked"},
	}
	for _, tc := range cases {
		e := v.fields[tc.field]
		test.Type(e, tc.text)
		e.SetText(tc.text)
		err := e.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s %q: message %v, want one containing %q", tc.field, tc.text, err, tc.msg)
		}
		if e.Text != tc.text {
			t.Errorf("%s: the entry holds %q, want the typed %q kept on screen", tc.field, e.Text, tc.text)
		}
	}
	got := reload(t, s, st)
	r := got.Reviews[0]
	if r.MembersTotal != 9 || r.WeeklyActive != 0 || r.Left != 0 || r.PollResponses != 0 {
		t.Errorf("saved review %+v: invalid figures were saved", r)
	}
	if err := planner.CheckReviews(got); err != nil {
		t.Errorf("the saved plan breaks the review rules: %v", err)
	}
	// Lowering the members below the weekly active is refused with the reason.
	v.fields["active"].SetText("5")
	v.fields["active"].FocusLost()
	v.fields["members"].SetText("3")
	if err := v.fields["members"].Validate(); err == nil || !strings.Contains(err.Error(), "Weekly active") {
		t.Errorf("members 3 under 5 weekly active: message %v", err)
	}
	if got := reload(t, s, st); got.Reviews[0].MembersTotal != 9 || got.Reviews[0].WeeklyActive != 5 {
		t.Errorf("saved review %+v", got.Reviews[0])
	}
}

// A figure is applied only as typing pauses or focus leaves, and only when valid: "3" saved at
// a pause on the way to "30" (more than the 12 members) does not stay in the library, and the
// trends and health read the value from before the edit.
func TestHalfTypedFigureIsNotKept(t *testing.T) {
	p := corePlan()
	p.Reviews = []planner.Review{{Date: planner.MustDate("2026-02-01"), MembersTotal: 12, WeeklyActive: 6}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	v.reviews.selectItem(0)
	e := v.fields["active"]
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, "3")
	if s.plan.Reviews[0].WeeklyActive != 6 {
		t.Errorf("a keystroke applied %d before the pause", s.plan.Reviews[0].WeeklyActive)
	}
	s.flush() // typing pauses: "3" is valid and saved
	if got := reload(t, s, st).Reviews[0].WeeklyActive; got != 3 {
		t.Fatalf("after the pause the library holds %d, want 3", got)
	}
	test.Type(e, "0")
	if e.Text != "30" {
		t.Fatalf("entry %q", e.Text)
	}
	s.flush() // "30" is more than the 12 members: the edit goes back to 6
	if got := reload(t, s, st).Reviews[0].WeeklyActive; got != 6 {
		t.Errorf("the library holds %d weekly active, want 6 from before the edit", got)
	}
	if s.plan.Reviews[0].WeeklyActive != 6 {
		t.Errorf("the plan in memory holds %d", s.plan.Reviews[0].WeeklyActive)
	}
	if e.Text != "30" {
		t.Errorf("the typed %q left the screen", e.Text)
	}
	err := e.Validate()
	if err == nil || !strings.Contains(err.Error(), "more than the 12 members") || !strings.Contains(err.Error(), "the plan keeps 6") {
		t.Errorf("message %v, want the rule and the value kept", err)
	}
	v.tabs.SelectIndex(1) // Figures & trends, where the latest figures are shown
	if !strings.Contains(v.latest.Text, "Weekly active: 50%") {
		t.Errorf("latest figures %q, want 6 of 12", v.latest.Text)
	}
	// Leaving the field ends the edit, still refused; the next edit starts from 6 again.
	e.FocusLost()
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, "9")
	e.FocusLost()
	if got := reload(t, s, st).Reviews[0].WeeklyActive; got != 9 {
		t.Errorf("after leaving the field the library holds %d, want 9", got)
	}
	test.Type(e, "x")
	e.FocusLost()
	if got := reload(t, s, st).Reviews[0].WeeklyActive; got != 9 {
		t.Errorf("an invalid edit after a finished one left %d, want 9", got)
	}
}

// An empty review just added is a draft: step 5 stays open and the weekly-active trend keeps
// its one point. A figure typed is "typed"; cleared, it is "not given" again, not 0.
func TestEmptyReviewIsADraft(t *testing.T) {
	p := corePlan()
	p.Reviews = []planner.Review{{Date: planner.MustDate("2026-02-01"), MembersTotal: 12, WeeklyActive: 6}}
	s, st := newTestSessionWith(t, p)
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	if !stepComplete(s.plan, planner.StepReviews) {
		t.Fatal("step 5 is not complete with a filled review")
	}
	test.Tap(v.reviews.add)
	got := reload(t, s, st)
	if len(got.Reviews) != 2 || !got.Reviews[1].IsDraft() {
		t.Fatalf("the new review is not a stored draft: %+v", got.Reviews)
	}
	v.tabs.SelectIndex(1) // Figures & trends
	if r := test.TempWidgetRenderer(t, v.trends.charts["weekly-active"]).(*trendRenderer); len(r.values) != 1 || r.values[0].Text != "50%" {
		t.Errorf("the weekly-active trend has %d points after an empty review", len(r.values))
	}
	members := v.fields["members"]
	if members.Text != "" || !strings.Contains(members.PlaceHolder, "12 at the last review") {
		t.Errorf("members field %q (placeholder %q)", members.Text, members.PlaceHolder)
	}
	if l := v.figureStates[members]; l.Text != "not given" {
		t.Errorf("state %q, want not given", l.Text)
	}
	test.Type(members, "14")
	members.FocusLost()
	if l := v.figureStates[members]; l.Text != "typed" {
		t.Errorf("state %q after typing, want typed", l.Text)
	}
	r := reload(t, s, st).Reviews[1]
	if r.StateOf(planner.FigMembersTotal) != planner.Typed || r.MembersTotal != 14 || r.Given(planner.FigWeeklyActive) {
		t.Errorf("stored review %+v", r)
	}
	members.SetText("")
	members.FocusLost()
	r = reload(t, s, st).Reviews[1]
	if r.Given(planner.FigMembersTotal) || !r.IsDraft() || v.figureStates[members].Text != "not given" {
		t.Errorf("a cleared figure: given %v, state %q", r.Given(planner.FigMembersTotal), v.figureStates[members].Text)
	}
}

// A plan whose only review is empty has step 5 open, with the reason.
func TestDraftReviewLeavesStepFiveOpen(t *testing.T) {
	s, _ := newTestSessionWith(t, corePlan())
	v := openStep[*reviewsStep](t, s, planner.StepReviews)
	test.Tap(v.reviews.add)
	if stepComplete(s.plan, planner.StepReviews) {
		t.Error("an empty review completed step 5")
	}
	test.Type(v.fields["posts"], "0")
	v.fields["posts"].FocusLost()
	if !stepComplete(s.plan, planner.StepReviews) {
		t.Error("a typed 0 did not make the review count")
	}
}

// TestReviewsStepInGerman opens step 5, the review form, its trends and the evidence window
// with the session in German: the window's own words and numbers are German ("41,7 %"), what
// the user typed is kept as typed, and a select's stored code does not change with the
// language.
func TestReviewsStepInGerman(t *testing.T) {
	p := corePlan()
	p.Goals = []planner.Goal{{ID: 1, Title: "Engagement"}}
	s, st := newTestSessionWith(t, p)
	s.tr = i18n.New(i18n.German)
	v := openStep[*reviewsStep](t, s, planner.StepReviews)

	for i, want := range []string{"Überprüfungen", "Kennzahlen & Trends", "Empfehlungen & Zustand"} {
		if got := v.tabs.Items[i].Text; got != want {
			t.Errorf("tab %d is %q, want %q", i, got, want)
		}
	}
	if v.fromRecords.Text != "Überprüfung aus Besprechungs- und Plattformdaten ausfüllen…" {
		t.Errorf("button %q", v.fromRecords.Text)
	}

	test.Tap(v.reviews.add)
	if got := v.fields["members"].PlaceHolder; got != "nicht angegeben" {
		t.Errorf("members placeholder %q", got)
	}
	v.fields["members"].SetText("12")
	v.fields["active"].SetText("5")
	v.fields["members"].SetText("12") // the rule between the two is checked with both typed
	test.Tap(v.actions.add)
	v.actionText.SetText("Tipps anheften")
	s.flush()
	if v.figureStates[v.fields["active"]].Text != "eingegeben" {
		t.Errorf("figure state %q", v.figureStates[v.fields["active"]].Text)
	}
	// A figure over the members total is refused with the planner's rule, in German.
	v.fields["active"].SetText("30")
	if err := v.fields["active"].Validate(); err == nil || !strings.Contains(err.Error(), "geben Sie höchstens 12 ein") {
		t.Errorf("refusal %v", err)
	}
	v.fields["active"].SetText("5")
	s.flush()

	v.tabs.SelectIndex(1)
	// 5 of 12 is 41.7 %: German writes "41,7 %", with a no-break space.
	if !strings.Contains(v.latest.Text, "Wöchentlich aktiv: 41,7\u00a0% (Ziel 30\u00a0%: erreicht)") || !strings.Contains(v.latest.Text, "12 Mitglieder") {
		t.Errorf("latest figures %q", v.latest.Text)
	}
	if !strings.Contains(v.latest.Text, "Ziel „Engagement“: bei dieser Überprüfung nicht gemessen") {
		t.Errorf("goal line %q", v.latest.Text)
	}
	chart := v.trends.charts["weekly-active"]
	if chart == nil || chart.title != "Wöchentlich aktive Mitglieder (% der Mitglieder)" {
		t.Fatalf("weekly chart %+v", chart)
	}
	if r := test.TempWidgetRenderer(t, chart).(*trendRenderer); len(r.values) != 1 || r.values[0].Text != "41,7\u00a0%" || r.targetLabel.Text != "- - - Ziel 30\u00a0%" || r.xLabels[0].Text != "1. Apr." {
		t.Errorf("chart value %q, target %q, date %q", r.values[0].Text, r.targetLabel.Text, r.xLabels[0].Text)
	}

	v.tabs.SelectIndex(2)
	if !strings.HasPrefix(v.health.Text, "Zustandswert: ") {
		t.Errorf("health %q", v.health.Text)
	}
	// The stage and cadence selects show German words and store the codes.
	if v.stage.PlaceHolder != "Phase wählen" {
		t.Errorf("stage placeholder %q", v.stage.PlaceHolder)
	}
	v.stage.SetSelected("Reifung")
	if s.plan.Stage != planner.StageMaturing || !strings.Contains(v.prompts.Text, s.tr.T(planner.StageMaturing.PromptKeys()[0])) {
		t.Errorf("stage %q, prompts %q", s.plan.Stage, v.prompts.Text)
	}
	v.tabs.SelectIndex(0)
	quarterly := planner.Quarterly.In(s.tr)
	if quarterly == planner.Quarterly.Label() {
		t.Fatalf("quarterly is not German: %q", quarterly)
	}
	v.cadence.SetSelected(quarterly)

	test.Tap(v.fromRecords)
	d := v.evidence
	if d.fill.Text != "Überprüfung ausfüllen" || d.order.Selected != "Wie im jeweiligen Bericht" {
		t.Errorf("evidence window: fill %q, order %q", d.fill.Text, d.order.Selected)
	}
	if !strings.Contains(d.figures.Text, "Noch keine Aufzeichnungen") {
		t.Errorf("evidence figures %q", d.figures.Text)
	}

	got := reload(t, s, st)
	if got.Stage != planner.StageMaturing {
		t.Errorf("stage stored %q, want the code %q", got.Stage, planner.StageMaturing)
	}
	if got.ReviewEvery != planner.Quarterly {
		t.Errorf("cadence stored %q, want the code %q", got.ReviewEvery, planner.Quarterly)
	}
	if len(got.Reviews) != 1 || got.Reviews[0].WeeklyActive != 5 || got.Reviews[0].Actions[0].Text != "Tipps anheften" {
		t.Errorf("review stored %+v", got.Reviews)
	}
}

// TestInvalidGoalValuesAreNamedByTheirGoal: every goal's row in the review form has the same
// label, so the status line names an invalid value by its goal, and two invalid goal values
// count as two fields.
func TestInvalidGoalValuesAreNamedByTheirGoal(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Demo(testNow))
	z := wizardAt(t, s, fyne.NewSize(1366, 768), planner.StepReviews)
	v := z.page(planner.StepReviews).(*reviewsStep)
	v.reviews.selectItem(len(s.plan.Reviews) - 1)
	g0, g1 := s.plan.Goals[0], s.plan.Goals[1]
	v.goalEntries[g0.ID].SetText("abc")
	v.goalEntries[g1.ID].SetText("xyz")
	if st := z.status.Text; !strings.Contains(st, "Not saved: "+shortText(g0.Title, 60)) && !strings.Contains(st, "Not saved: "+shortText(g1.Title, 60)) ||
		!strings.Contains(st, "1 other field") {
		t.Errorf("status %q", st)
	}
	v.goalEntries[g0.ID].SetText("3")
	if st := z.status.Text; !strings.Contains(st, "Not saved: "+shortText(g1.Title, 60)) || strings.Contains(st, "other field") {
		t.Errorf("after the first is corrected: status %q", st)
	}
}

// TestReviewFormFitsInGerman opens each review of the demo plan in German on a 1366×768 screen: the
// figures' two columns, with German's longer labels, go one above the other rather than
// widening the page past the window.
func TestReviewFormFitsInGerman(t *testing.T) {
	p := plantest.Demo(testNow)
	// A review just added: its figures not given yet, the longest state in German beside each.
	p.Reviews = append(p.Reviews, planner.Review{ID: 999, Date: planner.DateOf(testNow)})
	s, _ := newTestSessionWith(t, p)
	s.tr = i18n.New(i18n.German)
	z := wizardAt(t, s, fyne.NewSize(1280, 704), planner.StepReviews) // the plan window on a 1366×768 screen
	v := z.page(planner.StepReviews).(*reviewsStep)
	for i := range s.plan.Reviews {
		v.reviews.selectItem(i)
		z.relayout()
		if w, view := v.reviews.object().MinSize().Width, z.scroll.Size().Width; w > view {
			t.Errorf("review %d open in German: the page needs %v px, the window shows %v", i, w, view)
		}
	}
}
