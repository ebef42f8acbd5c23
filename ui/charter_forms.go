package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// The forms of the charter's list items (roles with their holders and rotation, practices,
// risks, versions, sign-offs) and the labels that list them.

func (v *charterStep) holderNames(r *planner.Role) []string {
	names := candidateNames(v.s.tr, v.s.plan)
	var out []string
	for _, id := range r.HolderIDs {
		if n, ok := names[id]; ok {
			out = append(out, n)
		}
	}
	return out
}

// showHolderOrder shows a role's rotation order and offers its holders, numbered in that order,
// to the move row; ids receives the holder behind each option.
func (v *charterStep) showHolderOrder(r *planner.Role, ids *[]int64) {
	names := candidateNames(v.s.tr, v.s.plan)
	var h, opts []string
	*ids = (*ids)[:0]
	for _, id := range r.HolderIDs {
		if n, ok := names[id]; ok {
			h = append(h, n)
			opts = append(opts, v.s.tr.Int(len(h))+". "+n)
			*ids = append(*ids, id)
		}
	}
	if len(h) == 0 {
		v.holderOrder.SetText(v.t("holder.none"))
	} else {
		v.holderOrder.SetText(v.t("holder.order", "names", strings.Join(h, " → ")))
	}
	v.holderMove.ClearSelected()
	v.holderMove.SetOptions(opts)
	v.syncHolderMove(len(opts))
}

// syncHolderMove enables Earlier and Later where the chosen holder can move.
func (v *charterStep) syncHolderMove(n int) {
	i := v.holderMove.SelectedIndex()
	setEnabled(v.holderEarlier, i > 0)
	setEnabled(v.holderLater, i >= 0 && i < n-1)
}

func (v *charterStep) roleLabel(r *planner.Role) string {
	h := v.holderNames(r)
	if len(h) == 0 {
		return v.t("role.no_holder", "role", r.Name)
	}
	return v.t("role.holders", "role", r.Name, "holders", strings.Join(h, ", "))
}

// roleForm edits one role; holders are ticked from the core group in rotation order.
func (v *charterStep) roleForm(r *planner.Role, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("role.%d.", r.ID)
	v.roleName = textField(s, key+"name", func() string { return r.Name }, func(t string) { r.Name = t }, save)
	resp := textArea(s, key+"resp", func() string { return r.Responsibilities }, func(t string) { r.Responsibilities = t }, save)
	weeks := intField(s, key+"weeks", func() int { return r.RotationWeeks }, func(n int) { r.RotationWeeks = n }, save)

	v.holderOrder = wrapLabel("")
	// The rotation order is the order holders were ticked in; the move row changes it.
	var moveIDs []int64 // the holder behind each option of holderMove
	v.holderMove = widget.NewSelect(nil, nil)
	v.holderMove.PlaceHolder = v.t("ph.holder_move")
	move := func(delta int) {
		i := v.holderMove.SelectedIndex()
		if i < 0 {
			return
		}
		at := slices.Index(r.HolderIDs, moveIDs[i])
		to := at + delta
		if at < 0 || to < 0 || to >= len(r.HolderIDs) {
			return
		}
		r.HolderIDs[at], r.HolderIDs[to] = r.HolderIDs[to], r.HolderIDs[at]
		v.showHolderOrder(r, &moveIDs)
		v.holderMove.SetSelectedIndex(slices.Index(moveIDs, r.HolderIDs[to]))
		_ = save()
	}
	// Arrows alone, as the lists' Up and Down: the words widened the role form in German.
	v.holderEarlier = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { move(-1) })
	v.holderLater = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { move(1) })
	moveRow := container.NewHBox(widget.NewLabel(v.t("holder.move")), v.holderMove, v.holderEarlier, v.holderLater)
	v.holderMove.OnChanged = func(string) { v.syncHolderMove(len(moveIDs)) }
	showOrder := func() {
		v.showHolderOrder(r, &moveIDs)
		moveRow.Hidden = len(moveIDs) < 2
		moveRow.Refresh()
	}
	showOrder()

	// The core group, plus anyone still holding the role who has since left it, so they
	// can be unticked.
	pool := planner.Invitees(s.plan)
	inPool := map[int64]bool{}
	for _, c := range pool {
		inPool[c.ID] = true
	}
	for _, c := range s.plan.Candidates {
		if !inPool[c.ID] && slices.Contains(r.HolderIDs, c.ID) {
			pool = append(pool, c)
		}
	}
	names, status := candidateNames(s.tr, s.plan), map[int64]planner.CandidateStatus{}
	ids := make([]int64, len(pool))
	for i, c := range pool {
		ids[i], status[c.ID] = c.ID, c.Status
	}
	cl := newCheckList(ids,
		func(id int64) string {
			return v.t("holder.check", "name", names[id], "status", statusLabel(s.tr, status[id]))
		},
		func(id int64) bool { return slices.Contains(r.HolderIDs, id) },
		func(id int64, on bool) {
			if on && !slices.Contains(r.HolderIDs, id) {
				r.HolderIDs = append(r.HolderIDs, id)
			} else if !on {
				r.HolderIDs = slices.DeleteFunc(r.HolderIDs, func(x int64) bool { return x == id })
			}
			showOrder()
			_ = save()
		})
	v.holders = cl.checks
	checks := cl.obj
	var holders fyne.CanvasObject = checks
	if len(pool) == 0 {
		holders = wrapLabel(v.t("holder.no_pool"))
	}
	return form(
		field(v.t("field.role"), v.roleName),
		field(v.t("field.responsibilities"), resp),
		fieldHint(v.t("field.rotation_weeks"), weeks, v.t("hint.rotation_weeks")),
		field(v.t("field.holders"), container.NewVBox(holders, v.holderOrder, moveRow)),
	)
}

// candidateNames maps the plan's candidate IDs to their names as tr's language shows them
// (planner.Candidate.NameIn: a candidate with neither name nor handle is "Candidate 7").
func candidateNames(tr *i18n.Printer, p *planner.Plan) map[int64]string {
	m := make(map[int64]string, len(p.Candidates))
	for _, c := range p.Candidates {
		m[c.ID] = c.NameIn(tr)
	}
	return m
}

// statusLabel words a candidate's status in tr's language, as a label ("Invited"); a status
// the catalogue does not know (from a newer file) is shown as it is.
func statusLabel(tr *i18n.Printer, st planner.CandidateStatus) string {
	if key := "status." + string(st); i18n.Has(key) {
		return tr.T(key)
	}
	return string(st)
}

// refreshRotation rebuilds the rotation table from planner.RotationSchedule, with the
// warnings of planner.RotationWarnings above it.
func (v *charterStep) refreshRotation() {
	tr := v.s.tr
	slots := planner.RotationSchedule(v.s.plan, planner.DefaultRotationPeriods)
	names := candidateNames(tr, v.s.plan)
	v.rotation.RemoveAll()
	v.rotationRows = v.rotationRows[:0]
	v.rotationWarnings = v.rotationWarnings[:0]
	for _, m := range planner.RotationWarnings(v.s.plan) {
		w := m.In(tr)
		v.rotationWarnings = append(v.rotationWarnings, w)
		l := wrapLabel("⚠ " + w)
		l.Importance = widget.WarningImportance
		v.rotation.Add(l)
	}
	if len(slots) == 0 {
		v.rotation.Add(wrapLabel(v.t("rotation.none")))
		v.rotation.Refresh()
		return
	}
	grid := container.NewGridWithColumns(4)
	for _, h := range []string{"col.role", "col.period", "col.dates", "col.holder"} {
		grid.Add(widget.NewLabelWithStyle(v.t(h), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, sl := range slots {
		holder := sl.Holder
		if n, ok := names[sl.HolderID]; ok {
			holder = n
		}
		dates := v.t("dates", "from", dateText(tr, sl.Start), "to", dateText(tr, sl.End))
		row := []string{sl.Role, tr.Int(sl.Period), dates, holder}
		v.rotationRows = append(v.rotationRows, row)
		for _, cell := range row {
			grid.Add(oneLineLabel(cell))
		}
	}
	v.rotation.Add(grid)
	v.rotation.Refresh()
}

// cadenceLabel is a practice's line in the list: "Live session — Monthly, 1st Thursday 18:00".
func cadenceLabel(tr *i18n.Printer, ci *planner.CadenceItem) string {
	when := ci.Frequency.In(tr)
	if ci.Week != 0 && (ci.Frequency == planner.Monthly || ci.Frequency == planner.Quarterly) {
		if w := weekOfMonth(tr, ci.Week); w != "" {
			when = tr.T("ui.charter.cadence.week_of", "frequency", when, "week", w)
		}
	}
	when = joinNonBlank(" ", when, tr.Weekday(ci.Weekday), ci.Time)
	return tr.T("ui.charter.cadence.line", "practice", ci.Practice, "when", when)
}

// practiceWeeks are the weeks of the month a monthly or quarterly practice can fall in
// (planner.CadenceItem.Week) and the keys of their words; 0 is not set.
var practiceWeeks = []struct {
	week int
	key  string
}{{1, "week.first"}, {2, "week.second"}, {3, "week.third"}, {4, "week.fourth"}, {-1, "week.last"}}

// weekOfMonth words a practice's week of the month for its line in the list: "1st", "last".
func weekOfMonth(tr *i18n.Printer, n int) string {
	for _, w := range practiceWeeks {
		if w.week == n {
			return strings.ToLower(tr.T("ui.charter." + w.key))
		}
	}
	return ""
}

// weekOfMonthSelect selects the week of the month of a monthly or quarterly practice, by its
// words in the app's language; the plan keeps the number.
func (v *charterStep) weekOfMonthSelect(get func() int, set func(int), save func() error) *widget.Select {
	values, labels := []int{0}, []string{v.t("not_set")}
	for _, w := range practiceWeeks {
		values, labels = append(values, w.week), append(labels, v.t(w.key))
	}
	return indexSelect(values, labels, get, set, save)
}

// weekdaySelect selects a day of the week, Monday first, by its name in the app's language.
func (v *charterStep) weekdaySelect(get func() time.Weekday, set func(time.Weekday), save func() error) *widget.Select {
	days := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	labels := make([]string, len(days))
	for i, d := range days {
		labels[i] = v.s.tr.Weekday(d)
	}
	return indexSelect(days, labels, get, set, save)
}

func (v *charterStep) cadenceForm(ci *planner.CadenceItem, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("cadence.%d.", ci.ID)
	v.practice = textField(s, key+"practice", func() string { return ci.Practice }, func(t string) { ci.Practice = t }, save)
	return form(
		field(v.t("field.practice"), v.practice),
		field(v.t("field.frequency"), choiceField(planner.Frequencies, func(f planner.Frequency) string { return f.In(s.tr) }, func() planner.Frequency { return ci.Frequency }, func(f planner.Frequency) { ci.Frequency = f }, save)),
		field(v.t("field.day"), v.weekdaySelect(func() time.Weekday { return ci.Weekday }, func(d time.Weekday) { ci.Weekday = d }, save)),
		fieldHint(v.t("field.week_of_month"), v.weekOfMonthSelect(func() int { return ci.Week }, func(n int) { ci.Week = n }, save), v.t("hint.week_of_month")),
		fieldHint(v.t("field.start_time"), timeField(s, key+"time", func() string { return ci.Time }, func(t string) { ci.Time = t }, save), v.t("hint.start_time")),
		field(v.t("field.duration"), intField(s, key+"dur", func() int { return ci.DurationMin }, func(n int) { ci.DurationMin = n }, save)),
	)
}

// riskLevels are the codes of a risk's likelihood and impact, as the plan keeps them.
var riskLevels = []string{"low", "medium", "high"}

// riskLevel words a risk level inside a sentence ("medium"); a code the catalogue does not
// know is shown as it is, a blank one as a dash.
func riskLevel(tr *i18n.Printer, code string) string {
	if key := "ui.charter.level." + code; code != "" && i18n.Has(key) {
		return tr.T(key)
	}
	return orDash(code)
}

func riskLabel(tr *i18n.Printer, r *planner.Risk) string {
	return tr.T("ui.charter.risk.line", "risk", r.Risk, "likelihood", riskLevel(tr, r.Likelihood), "impact", riskLevel(tr, r.Impact))
}

func (v *charterStep) riskForm(r *planner.Risk, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("risk.%d.", r.ID)
	// The options show the level's word (level.*); the plan keeps its code.
	level := func(get func() string, set func(string)) *widget.Select {
		return choiceField(riskLevels, func(x string) string { return s.tr.T("level." + x) }, get, set, save)
	}
	v.likelihood = level(func() string { return r.Likelihood }, func(t string) { r.Likelihood = t })
	return form(
		field(v.t("field.risk"), textArea(s, key+"risk", func() string { return r.Risk }, func(t string) { r.Risk = t }, save)),
		field(v.t("field.likelihood"), v.likelihood),
		field(v.t("field.impact"), level(func() string { return r.Impact }, func(t string) { r.Impact = t })),
		field(v.t("field.mitigation"), textArea(s, key+"mitigation", func() string { return r.Mitigation }, func(t string) { r.Mitigation = t }, save)),
	)
}

func (v *charterStep) versionForm(cv *planner.CharterVersion, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("version.%d.", cv.ID)
	return form(
		field(v.t("field.version"), textField(s, key+"version", func() string { return cv.Version }, func(t string) { cv.Version = t }, save)),
		field(v.t("field.date"), dateField(s, key+"on", v.w, func() planner.Date { return cv.On }, func(d planner.Date) { cv.On = d }, save).object()),
		field(v.t("field.author"), textField(s, key+"author", func() string { return cv.Author }, func(t string) { cv.Author = t }, save)),
		field(v.t("field.changes"), textArea(s, key+"changes", func() string { return cv.Changes }, func(t string) { cv.Changes = t }, save)),
	)
}

func (v *charterStep) signOffForm(so *planner.SignOff, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("signoff.%d.", so.ID)
	return form(
		field(v.t("field.signer"), textField(s, key+"name", func() string { return so.Name }, func(t string) { so.Name = t }, save)),
		field(v.t("field.role"), textField(s, key+"role", func() string { return so.Role }, func(t string) { so.Role = t }, save)),
		field(v.t("field.date"), dateField(s, key+"on", v.w, func() planner.Date { return so.On }, func(d planner.Date) { so.On = d }, save).object()),
		fieldHint(v.t("field.signs_version"), v.revision.signedSelect(so, save), v.t("hint.signs_version")),
	)
}
