package planner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// completePlan returns a plan with every launch step complete.
func completePlan() *Plan {
	p := &Plan{Status: StatusPlanning, Domain: "Editing for small channels", Goals: make([]Goal, 2)}
	for i := range 10 {
		p.Survey.Responses = append(p.Survey.Responses, Response{ID: int64(i + 1)})
	}
	p.Candidates = candidates(Accepted, Accepted, Joined, Joined, Accepted, Declined)
	p.Charter = Charter{
		Purpose:  "Learn together",
		Roles:    []Role{{ID: 1, Name: "Facilitator", HolderIDs: []int64{1}}},
		Norms:    []Norm{{ID: 1, Text: "a"}, {ID: 2, Text: "b"}},
		Cadence:  []CadenceItem{{ID: 1, Practice: "Weekly thread", Frequency: Weekly}},
		Platform: Discord,
	}
	p.Event = Event{Date: d("2026-04-01"), Format: FormatAMA, Host: "Ana", Agenda: make([]AgendaItem, 3)}
	p.Reviews = []Review{{ID: 1, Date: d("2026-05-01"), MembersTotal: 12}}
	return p
}

func TestCompletion(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(p *Plan)
		step    Step   // the step that must be incomplete, 0 for none
		hint    string // a substring of one of its hints
		done    int
		current Step
	}{
		{"complete", func(*Plan) {}, 0, "", 5, StepExport},
		{"few responses", func(p *Plan) { p.Survey.Responses = p.Survey.Responses[:7] }, StepSurvey, "Add 3 more survey responses (7 of 10)", 4, StepSurvey},
		{"closed survey", func(p *Plan) { p.Survey.Responses = nil; p.Survey.Closed = true }, 0, "", 5, StepExport},
		{"own target", func(p *Plan) { p.Survey.TargetMin = 12 }, StepSurvey, "(10 of 12)", 4, StepSurvey},
		{"one response short", func(p *Plan) { p.Survey.Responses = p.Survey.Responses[:9] }, StepSurvey, "Add 1 more survey response (9 of 10)", 4, StepSurvey},
		{"blank domain", func(p *Plan) { p.Domain = " \t" }, StepSurvey, "domain statement", 4, StepSurvey},
		{"four goals", func(p *Plan) { p.Goals = make([]Goal, 4) }, StepSurvey, "Keep to 3 goals", 4, StepSurvey},
		{"four core", func(p *Plan) { p.Candidates[0].Status = Invited }, StepRecruit, "(4 of 5 accepted or joined)", 4, StepRecruit},
		{"core over 10 before launch", func(p *Plan) { p.Candidates = candidates(repeat(Joined, 11)...) }, StepRecruit, "Keep the core group to 10", 4, StepRecruit},
		{"core over 10 after launch", func(p *Plan) { p.Status = StatusActive; p.Candidates = candidates(repeat(Joined, 11)...) }, 0, "", 5, StepExport},
		{"role without holder", func(p *Plan) { p.Charter.Roles[0].HolderIDs = nil }, StepCharter, "holder", 4, StepCharter},
		{"blank norm", func(p *Plan) { p.Charter.Norms[1].Text = " " }, StepCharter, "Add 1 more norm (1 of 2)", 4, StepCharter},
		{"no cadence", func(p *Plan) { p.Charter.Cadence = nil }, StepCharter, "recurring practice", 4, StepCharter},
		{"no platform", func(p *Plan) { p.Charter.Platform = PlatformNone }, StepCharter, "platform", 4, StepCharter},
		{"no purpose", func(p *Plan) { p.Charter.Purpose = "" }, StepCharter, "purpose", 4, StepCharter},
		{"event bare", func(p *Plan) { p.Event = Event{} }, StepEvent, "Add 3 more agenda items (0 of 3)", 4, StepEvent},
		{"no reviews", func(p *Plan) { p.Reviews = nil }, StepReviews, "first iteration review", 4, StepReviews},
		{"two gaps", func(p *Plan) { p.Reviews = nil; p.Domain = "" }, StepSurvey, "domain", 3, StepSurvey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := completePlan()
			tt.edit(p)
			sts := Completion(p)
			if len(sts) != 5 {
				t.Fatalf("%d steps", len(sts))
			}
			for i, st := range sts {
				if st.Step != LaunchSteps[i] {
					t.Errorf("step %d is %v", i, st.Step)
				}
				if st.Complete != (len(st.Missing) == 0) {
					t.Errorf("%v complete=%v with hints %v", st.Step, st.Complete, st.Missing)
				}
				if st.Step == tt.step {
					if st.Complete {
						t.Errorf("%v complete", st.Step)
					} else if !anyContains(Strings(st.Missing), tt.hint) {
						t.Errorf("%v hints %q lack %q", st.Step, st.Missing, tt.hint)
					}
				}
			}
			done, cur := Progress(p)
			if done != tt.done || cur != tt.current {
				t.Errorf("Progress = %d, %v; want %d, %v", done, cur, tt.done, tt.current)
			}
		})
	}
}

func repeat(s CandidateStatus, n int) []CandidateStatus {
	out := make([]CandidateStatus, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func TestCompletionEmptyPlan(t *testing.T) {
	for _, p := range []*Plan{nil, {}} {
		done, cur := Progress(p)
		if done != 0 || cur != StepSurvey {
			t.Errorf("Progress(%v) = %d, %v", p, done, cur)
		}
		for _, st := range Completion(p) {
			if st.Complete || len(st.Missing) == 0 {
				t.Errorf("%v of an empty plan: %+v", st.Step, st)
			}
		}
	}
}

func TestNextActions(t *testing.T) {
	p := completePlan()
	p.Domain = ""
	p.Event.Checklist = []ChecklistItem{
		{ID: 1, Task: "Announce", OffsetDays: -14},
		{ID: 2, Task: "Invite", OffsetDays: -7, Done: true},
		{ID: 3, Task: "Remind", OffsetDays: -1},
		{ID: 4, Task: "Record", OffsetDays: 0},
	}
	p.Reviews[0].Actions = []Action{
		{ID: 1, Text: "Pin resources", Owner: "Bo", Due: d("2026-03-10")},
		{ID: 2, Text: "Done already", Due: d("2026-03-01"), Done: true},
		{ID: 3, Text: "Later", Due: d("2026-05-01")},
	}
	today := d("2026-03-31") // the day before the event
	got := NextActions(p, today, 10)
	want := []string{
		"Overdue since 10 March 2026: Pin resources (Bo)",
		"Overdue since 18 March 2026: Announce",
		"Due today: Remind",
		"Write the domain statement",
	}
	equal(t, "actions", Strings(got), want)
	equal(t, "first two", Strings(NextActions(p, today, 2)), want[:2])
	// The same actions in German: the app's words and the date are German, the organizer's
	// words stay as typed.
	var de []string
	for _, m := range got {
		de = append(de, m.In(i18n.New(i18n.German)))
	}
	equal(t, "German actions", de, []string{
		"Überfällig seit 10. März 2026: Pin resources (Bo)",
		"Überfällig seit 18. März 2026: Announce",
		"Heute fällig: Remind",
		"Das Themenfeld beschreiben",
	})
	if NextActions(p, today, 0) != nil || NextActions(nil, today, 3) != nil {
		t.Error("n = 0 or nil plan gave actions")
	}
	blank := NextActions(&Plan{}, Date{}, 3)
	if len(blank) != 3 || !strings.HasPrefix(blank[0].String(), "Add 10 more survey responses") {
		t.Errorf("blank plan: %q", blank)
	}
}

func TestThreeElements(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Plan)
		ok   [3]bool
	}{
		{"all", func(*Plan) {}, [3]bool{true, true, true}},
		{"one goal", func(p *Plan) { p.Goals = p.Goals[:1] }, [3]bool{false, true, true}},
		{"no domain", func(p *Plan) { p.Domain = "" }, [3]bool{false, true, true}},
		{"four members", func(p *Plan) { p.Candidates = p.Candidates[1:] }, [3]bool{true, false, true}},
		{"no cadence", func(p *Plan) { p.Charter.Cadence = nil }, [3]bool{true, true, false}},
		{"empty", func(p *Plan) { *p = Plan{} }, [3]bool{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := completePlan()
			tt.edit(p)
			els := ThreeElements(p)
			for i, e := range els {
				if e.OK != tt.ok[i] || e.Detail.String() == "" {
					t.Errorf("%s: ok=%v detail=%q, want ok=%v", e.Element, e.OK, e.Detail, tt.ok[i])
				}
			}
			equal(t, "elements", fmt.Sprint(els[0].Element, els[1].Element, els[2].Element), "DomainCommunityPractice")
		})
	}
}
