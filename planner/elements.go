package planner

// ElementCheck says whether one of the three elements of a Community of Practice is in place.
type ElementCheck struct {
	Element string // "Domain", "Community" or "Practice"
	Detail  Msg    // what is there, or what is missing
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
		dom.Detail = msg("element.domain.missing_both", "have", goals)
	case blank(p.Domain):
		dom.Detail = msg("element.domain.missing_statement")
	case goals < 2:
		dom.Detail = msg("element.domain.few_goals", "have", goals)
	default:
		dom.OK = true
		dom.Detail = msgN("element.domain.ok", goals)
	}

	core := coreCount(p.Candidates)
	com := ElementCheck{Element: "Community", OK: core >= CoreMin}
	if com.OK {
		com.Detail = msgN("element.community.ok", core)
	} else {
		com.Detail = msg("element.community.few", "have", core, "min", CoreMin)
	}

	n := len(p.Charter.Cadence)
	pra := ElementCheck{Element: "Practice", OK: n > 0}
	if pra.OK {
		pra.Detail = msgN("element.practice.ok", n)
	} else {
		pra.Detail = msg("element.practice.none")
	}
	return []ElementCheck{dom, com, pra}
}
