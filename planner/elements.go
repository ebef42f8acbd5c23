package planner

import "fmt"

// ElementCheck says whether one of the three elements of a Community of Practice is in place.
type ElementCheck struct {
	Element string // "Domain", "Community" or "Practice"
	Detail  string // what is there, or what is missing
	OK      bool
}

// ThreeElements checks the three elements a CoP fizzles without: a shared domain (a statement
// and at least two goals), a community (at least five accepted or joined members) and a
// collective practice (at least one recurring practice in the charter's cadence).
func ThreeElements(p *Plan) []ElementCheck {
	if p == nil {
		p = &Plan{}
	}
	dom := ElementCheck{Element: "Domain"}
	goals := len(p.Goals)
	switch {
	case blank(p.Domain) && goals < 2:
		dom.Detail = fmt.Sprintf("No domain statement and %d of 2 goals", goals)
	case blank(p.Domain):
		dom.Detail = "No domain statement yet"
	case goals < 2:
		dom.Detail = fmt.Sprintf("Domain statement set, %d of 2 goals", goals)
	default:
		dom.OK = true
		dom.Detail = "Domain statement and " + Count(goals, "goal", "goals")
	}

	core := coreCount(p.Candidates)
	com := ElementCheck{Element: "Community", OK: core >= CoreMin}
	if com.OK {
		com.Detail = Count(core, "member", "members") + " accepted or joined"
	} else {
		com.Detail = fmt.Sprintf("%d of %d members accepted or joined", core, CoreMin)
	}

	n := len(p.Charter.Cadence)
	pra := ElementCheck{Element: "Practice", OK: n > 0}
	if pra.OK {
		pra.Detail = fmt.Sprintf("%d recurring %s in the cadence", n, plural(n, "practice", "practices"))
	} else {
		pra.Detail = "No recurring practice in the charter's cadence yet"
	}
	return []ElementCheck{dom, com, pra}
}
