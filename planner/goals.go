package planner

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// GoalsWarning returns "" when there are 2–3 goals, else a short flag saying what to change.
func GoalsWarning(goals []Goal) string {
	switch n := len(goals); {
	case n < 2:
		return fmt.Sprintf("Add %d more %s (%d of 2–3)", 2-n, plural(2-n, "goal", "goals"), n)
	case n > 3:
		return fmt.Sprintf("Keep to 3 goals: %d are too many to track", n)
	}
	return ""
}

// SmartItem is one criterion of a goal's SMART check.
type SmartItem struct {
	Criterion string // "Specific", "Measurable", …
	Question  string // the guiding question the organizer answers yes or no
	Pass      bool
	Reason    string // why it fails, or "" when it passes
	// FromFields is set for the criteria the goal's fields answer (measurable, time-bound):
	// there is no yes to give, the filled fields are the answer.
	FromFields bool
}

// SmartCheck checks a goal against the five SMART criteria. Specific, achievable and relevant
// pass on the organizer's yes (a goal without a title is never specific); measurable and
// time-bound follow from the filled fields alone: a metric, a baseline and a target make a
// goal measurable, a due date makes it time-bound, so the check never contradicts what the
// form shows.
func SmartCheck(g Goal) []SmartItem {
	item := func(crit, q string, yes bool, lacks ...string) SmartItem {
		it := SmartItem{Criterion: crit, Question: q}
		switch {
		case len(lacks) > 0:
			it.Reason = "Missing " + joinAnd(lacks)
		case !yes:
			it.Reason = "Not confirmed yet"
		default:
			it.Pass = true
		}
		return it
	}
	var spec, meas, tb []string
	if blank(g.Title) {
		spec = append(spec, "a title")
	}
	if blank(g.Metric) {
		meas = append(meas, "a metric")
	}
	if g.Baseline == nil {
		meas = append(meas, "a baseline")
	}
	if g.Target == nil {
		meas = append(meas, "a target")
	}
	if g.Due.IsZero() {
		tb = append(tb, "a due date")
	}
	measurable := item("Measurable", "Is there a number that shows progress, with a baseline and a target?", true, meas...)
	measurable.FromFields = true
	timeBound := item("Time-bound", "Is there a date by which it is reached?", true, tb...)
	timeBound.FromFields = true
	return []SmartItem{
		item("Specific", "Does it say exactly what will change, and for whom?", g.Smart.Specific, spec...),
		measurable,
		item("Achievable", "Can the core group reach it with the time and people it has?", g.Smart.Achievable),
		item("Relevant", "Does it answer a pain the survey found and matter to the sponsor?", g.Smart.Relevant),
		timeBound,
	}
}

// Sentence renders the goal as one line, e.g. "double engagement rate: 2% → 4% by 2026-06-30".
func (g Goal) Sentence() string {
	s := strings.TrimSpace(firstNonBlank(g.Title, g.Metric, "Untitled goal"))
	var nums string
	switch {
	case g.Baseline != nil && g.Target != nil:
		nums = g.amount(*g.Baseline) + " → " + g.amount(*g.Target)
	case g.Target != nil:
		nums = "target " + g.amount(*g.Target)
	case g.Baseline != nil:
		nums = "from " + g.amount(*g.Baseline)
	}
	if nums != "" {
		s += ": " + nums
	}
	if !g.Due.IsZero() {
		s += " by " + g.Due.String()
	}
	return s
}

// amount formats v with the goal's unit: "4%", "120 members".
func (g Goal) amount(v float64) string {
	n := formatNum(v)
	u := strings.TrimSpace(g.Unit)
	switch {
	case u == "":
		return n
	case u == "%" || u == "pp":
		return n + u
	}
	return n + " " + u
}

// formatNum formats v with no trailing zeros and at most two decimals.
func formatNum(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// joinAnd joins words as "a, b and c".
func joinAnd(ws []string) string {
	switch len(ws) {
	case 0:
		return ""
	case 1:
		return ws[0]
	}
	return strings.Join(ws[:len(ws)-1], ", ") + " and " + ws[len(ws)-1]
}
