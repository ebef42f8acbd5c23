package export

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/planfile"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// flowPlan walks a plan through survey → charter → event → review the way the wizard does,
// with no value typed twice: every later value is taken from an earlier step by the planner's
// own suggestion and resolve functions.
func flowPlan(t *testing.T) *planner.Plan {
	t.Helper()
	today := planner.DateOf(fixedNow) // Monday 2 March 2026
	// Step 1: twelve answers to the platform, rhythm and day-and-time questions.
	p, err := plantest.FlowSurvey(fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	p.Client, p.PreparedBy = "Globex", "Ana Ribeiro"

	// Step 3: the organizer confirms the needs, applies the cadence suggestion, sets the
	// community's zone and takes the top platform.
	p.Charter.Needs = planner.PlatformNeeds{Professional: true, Internal: true}
	p.Charter.NeedsStated = true
	if !planner.ApplyCadence(&p.Charter, planner.SuggestCadence(p.Survey)) {
		t.Fatal("no cadence suggestion")
	}
	planner.SetCharterTimeZone(p, "Europe/Berlin")
	planner.ChoosePlatform(p, planner.AdvisePlatform(p).Scores[0].Platform)

	// Step 4: the event takes the charter's zone and platform and the suggested schedule.
	planner.FillEventDefaults(p)
	sched, ok := planner.SuggestEventSchedule(p, today)
	if !ok {
		t.Fatal("no event schedule suggested")
	}
	planner.ApplyEventSchedule(&p.Event, sched)

	// Step 5: the first review takes the next review date.
	r := planner.NewReview(p, today)
	r.ID, r.MembersTotal, r.WeeklyActive, r.PollAsked, r.PollResponses = 1, 12, 5, 9, 5
	p.Reviews = append(p.Reviews, r)
	return p
}

func TestFlowCarriesEvidenceForward(t *testing.T) {
	p := flowPlan(t)

	// What each step learned, and why.
	main := p.Charter.Cadence[planner.MainSession(p.Charter)]
	checks := []struct{ what, got, want string }{
		{"platform", string(p.Charter.Platform), string(planner.Slack)},
		{"cadence", string(main.Frequency), string(planner.Biweekly)},
		{"session day", main.Weekday.String(), "Thursday"},
		{"session time", main.Time, "18:00"},
		{"event date", p.Event.Date.String(), "2026-03-26"},
		{"event time", p.Event.Time, "18:00"},
		{"event zone stored", p.Event.TimeZone, "Europe/Berlin"},
		{"event platform stored", p.Event.Platform, "Slack"},
		{"review date", p.Reviews[0].Date.String(), "2026-04-26"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.what, c.got, c.want)
		}
	}
	for what, text := range map[string]string{
		"platform why": p.Charter.PlatformWhy,
		"cadence why":  p.Charter.CadenceWhy,
		"event why":    p.Event.ScheduleWhy,
	} {
		if strings.TrimSpace(text) == "" {
			t.Errorf("%s is empty", what)
		}
	}
	if !strings.Contains(p.Charter.PlatformWhy, "7 of 12 respondents prefer Slack") {
		t.Errorf("platform why %q", p.Charter.PlatformWhy)
	}
	if !strings.Contains(p.Charter.CadenceWhy, "7 of 12 respondents can take part every two weeks or more often") ||
		!strings.Contains(p.Charter.CadenceWhy, "7 of 12 respondents name Thursday") {
		t.Errorf("cadence why %q", p.Charter.CadenceWhy)
	}
	if w := planner.ReviewDateWarning(p, p.Reviews[0]); w != "" {
		t.Errorf("review flagged: %s", w)
	}

	// The plan file carries it all.
	var pf bytes.Buffer
	if err := planfile.Encode(&pf, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	back, err := planfile.Decode(&pf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Charter.CadenceWhy != p.Charter.CadenceWhy || back.Event.ScheduleWhy != p.Event.ScheduleWhy ||
		back.Charter.Needs != p.Charter.Needs || !back.Charter.NeedsStated || back.Reviews[0].PollAsked != 9 {
		t.Error("the plan file lost a carried value")
	}

	// The documents say it.
	var md bytes.Buffer
	if err := CharterMarkdown(&md, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"**Platform:** Slack", "7 of 12 respondents prefer Slack", "Why this rhythm: From the survey: 7 of 12 respondents"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("charter Markdown lacks %q", want)
		}
	}
	var cal bytes.Buffer
	if err := ICS(&cal, p, fixedNow); err != nil {
		t.Fatal(err)
	}
	if raw := cal.String(); !strings.Contains(raw, "DTSTART;TZID=Europe/Berlin:20260326T180000\r\n") || !strings.Contains(raw, "LOCATION:Slack\r\n") {
		t.Errorf("calendar launch event not in the charter's zone and platform:\n%s", raw)
	}
	for _, inv := range planner.FilledInvites(p) {
		if strings.ContainsAny(inv.Text, "{}") || strings.Contains(inv.Text, "..") {
			t.Errorf("%s invitation: %q", inv.Channel, inv.Text)
		}
		if !strings.Contains(inv.Text, "Thursday 26 March 2026 at 18:00 (Europe/Berlin time)") {
			t.Errorf("%s invitation lacks the event's date: %q", inv.Channel, inv.Text)
		}
	}

	t.Run("PDF text", func(t *testing.T) {
		needTool(t, "pdftotext")
		dir := t.TempDir()
		texts := map[string]string{}
		for name, write := range map[string]func(*bytes.Buffer) error{
			"charter": func(b *bytes.Buffer) error { return CharterPDF(b, p, testOptions()) },
			"plan":    func(b *bytes.Buffer) error { return PlanPDF(b, p, testOptions()) },
		} {
			var buf bytes.Buffer
			if err := write(&buf); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, name+".pdf")
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			texts[name] = strings.Join(strings.Fields(run(t, "pdftotext", "-enc", "UTF-8", path, "-")), " ")
		}
		wants := map[string][]string{
			"charter": {"Globex", "Ana Ribeiro", "Slack", "Survey 7 of 12 respondents prefer Slack",
				"Every other Thursday, 18:00", "7 of 12 respondents can take part every two weeks or more often", "Times are in Europe/Berlin"},
			"plan": {"Thursday 26 March 2026, 18:00 (Europe/Berlin, the charter's time zone)", "Slack (the charter's platform)",
				"the day and time of the charter's", "7 of 12 respondents prefer Slack", "Answers per question",
				"Thursday 26 March 2026 at 18:00 (Europe/Berlin time)", "What brings us together: Helping Globex engineers ship faster across teams.",
				"Poll response (% of members asked who answered)", "Retention since the previous review"},
		}
		for name, ws := range wants {
			for _, w := range ws {
				if !strings.Contains(texts[name], w) {
					t.Errorf("%s PDF lacks %q", name, w)
				}
			}
			if strings.Contains(texts[name], "{event_date}") || strings.Contains(texts[name], "UTC") {
				t.Errorf("%s PDF shows a placeholder or UTC", name)
			}
		}
	})
}

// The review step's rule: a review dated before the launch is flagged, in the flow too.
func TestFlowReviewBeforeLaunchFlagged(t *testing.T) {
	p := flowPlan(t)
	p.Reviews[0].Date = p.Event.Date.AddDays(-1)
	if w := planner.ReviewDateWarning(p, p.Reviews[0]); !strings.Contains(w, "before the launch event") {
		t.Errorf("warning %q", w)
	}
}
