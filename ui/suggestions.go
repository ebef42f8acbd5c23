// The suggestion cards of the steps: a cadence for the charter and a schedule for the launch
// event, each worked out from the survey, applied with one tap.

package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// suggestionCard is what the suggestion cards share: a sentence saying what is suggested and
// why, one button that applies it, and who to tell once it is applied.
type suggestionCard struct {
	s       *session
	onApply func()
	text    *widget.Label
	button  *widget.Button
	box     *fyne.Container
}

// init builds the card's widgets; tap applies the suggestion.
func (c *suggestionCard) init(s *session, onApply func(), label string, tap func()) {
	c.s, c.onApply, c.text = s, onApply, wrapLabel("")
	c.button = widget.NewButton(label, tap)
	c.box = container.NewVBox(c.text, container.NewHBox(c.button))
}

func (c *suggestionCard) object() fyne.CanvasObject { return c.box }

// applied tells the page that the suggestion changed the plan.
func (c *suggestionCard) applied() {
	if c.onApply != nil {
		c.onApply()
	}
}

// cadenceCard shows what the survey's cadence answers suggest for the charter's main live
// session, with the evidence, and applies it with one click.
type cadenceCard struct{ suggestionCard }

func newCadenceCard(s *session, onApply func()) *cadenceCard {
	v := &cadenceCard{}
	v.init(s, onApply, s.tr.T("ui.reviews.card.apply_cadence"), v.onApplyTapped)
	v.refresh()
	return v
}

// suggestionText says what the suggestion would set, in tr's language: "Every two weeks,
// Thursday, 18:00".
func suggestionText(tr *i18n.Printer, sug planner.CadenceSuggestion) string {
	var parts []string
	if sug.Frequency != "" {
		parts = append(parts, sug.Frequency.In(tr))
	}
	if sug.HasWeekday {
		parts = append(parts, capFirst(tr.Weekday(sug.Weekday)))
	}
	if sug.Time != "" {
		parts = append(parts, sug.Time)
	}
	return strings.Join(parts, ", ")
}

func (v *cadenceCard) refresh() {
	tr := v.s.tr
	sug := planner.SuggestCadence(v.s.plan.Survey)
	if !sug.OK() {
		v.text.SetText(tr.T("ui.reviews.card.cadence_none"))
		v.button.Disable()
		return
	}
	target := tr.T("ui.reviews.card.new_session")
	if i := planner.MainSession(v.s.plan.Charter); i >= 0 {
		target = tr.T("ui.reviews.card.quoted", "name", strings.TrimSpace(v.s.plan.Charter.Cadence[i].Practice))
	}
	if planner.CadenceFollows(v.s.plan.Charter, sug) {
		v.text.SetText(capFirst(tr.T("ui.reviews.card.cadence_follows", "target", target, "suggestion", suggestionText(tr, sug), "why", sug.WhyIn(tr))))
		v.button.Disable()
		return
	}
	v.text.SetText(tr.T("ui.reviews.card.cadence_suggested", "target", target, "suggestion", suggestionText(tr, sug), "why", sug.WhyIn(tr)))
	v.button.Enable()
}

func (v *cadenceCard) onApplyTapped() {
	c := &v.s.plan.Charter
	if !planner.ApplyCadenceIn(c, planner.SuggestCadence(v.s.plan.Survey), v.s.tr) {
		return
	}
	if i := planner.MainSession(*c); i >= 0 {
		_ = v.s.put(&c.Cadence[i])
	}
	_ = v.s.saveCharter()
	v.refresh()
	v.applied()
}

// scheduleCard suggests the launch event's date and start from the charter's main session
// and the survey, with why, and applies it with one click.
type scheduleCard struct{ suggestionCard }

func newScheduleCard(s *session, onApply func()) *scheduleCard {
	v := &scheduleCard{}
	v.init(s, onApply, s.tr.T("ui.reviews.card.use_schedule"), v.onUse)
	v.refresh()
	return v
}

func (v *scheduleCard) refresh() {
	tr := v.s.tr
	sched, ok := planner.SuggestEventScheduleAvoiding(v.s.plan, v.s.today(), v.s.holidays())
	if !ok {
		v.text.SetText(tr.T("ui.reviews.card.schedule_none"))
		v.button.Disable()
		return
	}
	e := v.s.plan.Event
	if e.Date == sched.Date && strings.TrimSpace(e.Time) == sched.Time {
		v.text.SetText(tr.T("ui.reviews.card.schedule_follows", "why", sched.WhyIn(tr)))
		v.button.Disable()
		return
	}
	d := sched.Date
	day := tr.T("date.weekday_long", "weekday", capFirst(tr.Weekday(d.Time().Weekday())), "date", tr.Date(d.Year, d.Month, d.Day))
	v.text.SetText(tr.T("ui.reviews.card.schedule_suggested", "day", day, "time", sched.Time, "why", sched.WhyIn(tr)))
	v.button.Enable()
}

func (v *scheduleCard) onUse() {
	sched, ok := planner.SuggestEventScheduleAvoiding(v.s.plan, v.s.today(), v.s.holidays())
	if !ok {
		return
	}
	planner.ApplyEventScheduleIn(&v.s.plan.Event, sched, v.s.tr)
	planner.FillEventDefaults(v.s.plan)
	_ = v.s.saveEvent()
	v.refresh()
	v.applied()
}

// capFirst capitalises the first letter of s: a weekday or a sentence that starts with a
// name the catalogue writes in lower case ("martes").
func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
