package planner

import (
	"math"
	"strconv"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// GoalsWarning returns no sentence (the zero Msg) when there are 2–3 goals, else a short flag
// saying what to change.
func GoalsWarning(goals []Goal) Msg {
	switch n := len(goals); {
	case n < 2:
		return msgN("goal.warn_few", 2-n, "have", n)
	case n > 3:
		return msg("goal.warn_many", "n", n)
	}
	return Msg{}
}

// SmartItem is one criterion of a goal's SMART check.
type SmartItem struct {
	Criterion Msg // "Specific", "Measurable", …
	Question  Msg // the guiding question the organizer answers yes or no
	Pass      bool
	Reason    Msg // why it fails; no sentence (the zero Msg) when it passes
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
	item := func(crit string, yes bool, lacks ...Term) SmartItem {
		it := SmartItem{Criterion: msg("smart." + crit + ".name"), Question: msg("smart." + crit + ".question")}
		switch {
		case len(lacks) > 0:
			it.Reason = msg("smart.missing", "list", lacks)
		case !yes:
			it.Reason = msg("smart.not_confirmed")
		default:
			it.Pass = true
		}
		return it
	}
	var spec, meas, tb []Term
	if blank(g.Title) {
		spec = append(spec, "smart.lacks.title")
	}
	if blank(g.Metric) {
		meas = append(meas, "smart.lacks.metric")
	}
	if g.Baseline == nil {
		meas = append(meas, "smart.lacks.baseline")
	}
	if g.Target == nil {
		meas = append(meas, "smart.lacks.target")
	}
	if g.Due.IsZero() {
		tb = append(tb, "smart.lacks.due")
	}
	measurable := item("measurable", true, meas...)
	measurable.FromFields = true
	timeBound := item("time_bound", true, tb...)
	timeBound.FromFields = true
	return []SmartItem{
		item("specific", g.Smart.Specific, spec...),
		measurable,
		item("achievable", g.Smart.Achievable),
		item("relevant", g.Smart.Relevant),
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

// SentenceIn renders the goal as one line in tr's language, as Sentence does in English with
// ISO dates: "double engagement rate: 2% → 4% by 30 June 2026", "… bis 30. Juni 2026".
func (g Goal) SentenceIn(tr *i18n.Printer) string {
	s := strings.TrimSpace(firstNonBlank(g.Title, g.Metric))
	if s == "" {
		s = tr.T("goal.untitled")
	}
	nums := g.amountsIn(tr)
	if nums != "" {
		s = tr.T("ui.survey.goal.sentence", "goal", s, "measure", nums)
	}
	if !g.Due.IsZero() {
		s += " " + tr.T("goal.by", "date", tr.Date(g.Due.Year, g.Due.Month, g.Due.Day))
	}
	return s
}

// AmountIn writes an amount of a goal's unit as tr's language writes numbers, with at most
// digits decimals: "4 %" in German, "120 Mitglieder", "5 h".
func AmountIn(tr *i18n.Printer, unit string, v float64, digits int) string {
	n := tr.Number(v, digits)
	switch u := strings.TrimSpace(unit); {
	case u == "":
		return n
	case u == "%":
		return tr.Percent(v)
	case u == "pp":
		return n + u
	default:
		return n + " " + u
	}
}

// amountsIn writes the goal's baseline and target in tr's language: "2 % → 4 %", "target
// 4 %", "from 2 %", or "" when it has neither.
func (g Goal) amountsIn(tr *i18n.Printer) string {
	amount := func(v float64) string { return AmountIn(tr, g.Unit, v, 2) }
	switch {
	case g.Baseline != nil && g.Target != nil:
		return amount(*g.Baseline) + " → " + amount(*g.Target)
	case g.Target != nil:
		return tr.T("goal.target", "amount", amount(*g.Target))
	case g.Baseline != nil:
		return tr.T("goal.from", "amount", amount(*g.Baseline))
	}
	return ""
}

// MeasureIn is the goal's sentence without its title, in tr's language: "2 % → 4 % bis
// 30. Juni 2027"; "" when it has no baseline, target or date.
func (g Goal) MeasureIn(tr *i18n.Printer) string {
	nums := g.amountsIn(tr)
	if !g.Due.IsZero() {
		by := tr.T("goal.by", "date", tr.Date(g.Due.Year, g.Due.Month, g.Due.Day))
		if nums == "" {
			return by
		}
		return nums + " " + by
	}
	return nums
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
