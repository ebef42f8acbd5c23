package plantest

import (
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// December is the plan behind the hand-counted month of planner/evidence/testdata/README.md:
// eight joined members (Liam joined on 10 December), a weekly Thursday share at 18:00 and the
// survey's 1–10 skill question. The evidence tests of planner, export, the window and the
// command line read its reports into it; each adds what it needs besides.
func December() *planner.Plan {
	joined := func(id int64, name, email, on string) planner.Candidate {
		return planner.Candidate{ID: id, Name: name, Contact: email, Status: planner.Joined,
			History: []planner.StatusEntry{{Status: planner.Joined, On: planner.MustDate(on)}}}
	}
	return &planner.Plan{Name: "December", Status: planner.StatusActive,
		Survey: planner.Survey{Questions: []planner.Question{
			{ID: 1, Kind: planner.KindScale, Title: "How would you rate your skill today? (1-10)", Role: planner.RoleSkill}}},
		Candidates: []planner.Candidate{
			joined(1, "Ana Ruiz", "ana.ruiz@example.org", "2026-10-01"),
			joined(2, "Tomás Herrera", "tomas.h@example.org", "2026-10-01"),
			joined(3, "Zoë Laurent", "zoe.laurent@example.org", "2026-10-02"),
			joined(4, "Pedro García Simón", "pedro.gs@example.org", "2026-10-03"),
			joined(5, "Mei Chen", "mei.chen@example.org", "2026-10-05"),
			joined(6, "Olu Adeyemi", "olu@example.org", "2026-10-05"),
			joined(7, "Katarzyna Nowak", "k.nowak@example.org", "2026-10-09"),
			joined(8, "Liam O'Brien", "liam.obrien@example.org", "2026-12-10"),
		},
		Charter: planner.Charter{Cadence: []planner.CadenceItem{
			{ID: 1, Practice: "Thursday share", Frequency: planner.Weekly, Weekday: time.Thursday, Time: "18:00", DurationMin: 60}}},
	}
}
