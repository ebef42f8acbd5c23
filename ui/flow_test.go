package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// flowTestPlan is plantest.FlowSurvey at the tests' fixed time.
func flowTestPlan(t *testing.T) *planner.Plan {
	t.Helper()
	p, err := plantest.FlowSurvey(testNow)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A person goes survey → charter → event → review, typing nothing twice: each step offers
// what the earlier ones learned, with why, and the library keeps it.
func TestFlowThroughTheSteps(t *testing.T) {
	s, st := newTestSessionWith(t, flowTestPlan(t))
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 800))
	z := newWizard(s, w)
	open := func(st planner.Step) page {
		z.show(st)
		return z.page(st)
	}
	platformQ, _ := s.plan.Survey.QuestionByRole(planner.RolePlatform)

	// Step 1: the platform question's answers as counted bars, "Teams" under Other.
	survey := open(planner.StepSurvey).(*surveyStep)
	surveyTab(t, survey, surveyTabSummary)
	bars := survey.summary.bars[platformQ.ID]
	if len(bars) == 0 || bars[1].Label != "Slack" || bars[1].Value != 7 || bars[1].Note != "7 (58%)" {
		t.Fatalf("platform bars %+v", bars)
	}
	if lines := strings.Join(survey.summary.lines[platformQ.ID], "\n"); !strings.Contains(lines, "n = 12") || !strings.Contains(lines, "“Teams”") {
		t.Errorf("platform summary lines %q", lines)
	}

	// Step 3: the needs are a guess until set; the survey is evidence.
	charter := open(planner.StepCharter).(*charterStep)
	if charter.needs.note.Text != planner.GuessNote || !strings.Contains(charter.needs.evidence.Text, "7 of 12 respondents prefer Slack") {
		t.Errorf("needs note %q, evidence %q", charter.needs.note.Text, charter.needs.evidence.Text)
	}
	internal := charter.needs.checks[1] // "Inside one organisation"
	test.Tap(internal)
	if !s.plan.Charter.NeedsStated || !s.plan.Charter.Needs.Internal || strings.Contains(charter.needs.note.Text, "Guessed") {
		t.Errorf("needs after a tap: %+v stated %v, note %q", s.plan.Charter.Needs, s.plan.Charter.NeedsStated, charter.needs.note.Text)
	}
	if !strings.Contains(charter.cadenceSug.text.Text, "Every two weeks, Thursday, 18:00") {
		t.Errorf("cadence suggestion %q", charter.cadenceSug.text.Text)
	}
	test.Tap(charter.cadenceSug.button)
	test.Type(charter.timeZone, "Europe/Berlin")
	best := planner.AdvisePlatform(s.plan).Scores[0]
	test.Tap(charter.use[best.Platform])
	s.flush()

	// Step 4: the event holds the charter's zone and platform and takes the suggested slot.
	event := open(planner.StepEvent).(*eventStep)
	if event.timeZone.Text != "Europe/Berlin" || event.platform.Text != "Slack" {
		t.Errorf("event zone %q, platform %q", event.timeZone.Text, event.platform.Text)
	}
	test.Tap(event.schedule.button)
	if event.date.entry.Text != "2026-03-26" || event.startTime.Text != "18:00" {
		t.Errorf("event date %q, time %q", event.date.entry.Text, event.startTime.Text)
	}
	if want := "Thursday 26 March 2026, 18:00 (Europe/Berlin, the charter's time zone)"; !strings.Contains(event.start.Text, want) {
		t.Errorf("start %q, want %q", event.start.Text, want)
	}
	s.flush()

	// Step 5: the first review is due a month after the launch; one dated before it is flagged.
	reviews := open(planner.StepReviews).(*reviewsStep)
	test.Tap(reviews.reviews.add)
	if got := s.plan.Reviews[0].Date.String(); got != "2026-04-26" {
		t.Errorf("new review dated %s, want 2026-04-26", got)
	}
	if reviews.dateWarn.Text != "" {
		t.Errorf("warning on a good date: %q", reviews.dateWarn.Text)
	}
	reviews.fields["members"].SetText("12")
	reviews.fields["polls"].SetText("9")
	reviews.fields["responses"].SetText("5")
	s.flush()
	reviews.tabs.SelectIndex(1) // Figures & trends
	if _, ok := reviews.trends.charts["retention"]; !ok || len(reviews.trends.charts) != 5+len(s.plan.Goals) {
		t.Errorf("trend charts %d, want every figure and goal", len(reviews.trends.charts))
	}

	got := reload(t, s, st)
	c, e := got.Charter, got.Event
	main := c.Cadence[planner.MainSession(c)]
	checks := []struct{ what, got, want string }{
		{"platform", string(c.Platform), "slack"},
		{"cadence", fmt.Sprint(main.Frequency, " ", main.Weekday, " ", main.Time), "biweekly Thursday 18:00"},
		{"event", fmt.Sprint(e.Date, " ", e.Time, " ", e.TimeZone, " ", e.Platform), "2026-03-26 18:00 Europe/Berlin Slack"},
		{"poll", fmt.Sprint(got.Reviews[0].PollAsked, "/", got.Reviews[0].PollResponses), "9/5"},
	}
	for _, ch := range checks {
		if ch.got != ch.want {
			t.Errorf("%s: %q, want %q", ch.what, ch.got, ch.want)
		}
	}
	for what, why := range map[string]string{"platform": c.PlatformWhy, "cadence": c.CadenceWhy, "event": e.ScheduleWhy} {
		if !strings.Contains(why, "of 12 respondents") && !strings.Contains(why, "charter's") {
			t.Errorf("%s why %q", what, why)
		}
	}
	if !got.Charter.NeedsStated || !got.Charter.Needs.Internal {
		t.Errorf("needs not stored: %+v", got.Charter.Needs)
	}

	// A review dated before the launch is flagged in its form and in the list.
	reviews.fields["date"].SetText("2026-03-20")
	s.flush()
	if !strings.Contains(reviews.dateWarn.Text, "before the launch event on 2026-03-26") {
		t.Errorf("date warning %q", reviews.dateWarn.Text)
	}
	if l := reviewLabel(s.plan, &s.plan.Reviews[0]); !strings.Contains(l, "before the launch") {
		t.Errorf("list label %q", l)
	}
}
