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
)

// The forms of the charter's list items (roles with their holders and rotation, practices,
// risks, versions, sign-offs) and the labels that list them.

func (v *charterStep) holderNames(r *planner.Role) []string {
	names := planner.CandidateNames(v.s.plan)
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
	names := planner.CandidateNames(v.s.plan)
	var h, opts []string
	*ids = (*ids)[:0]
	for _, id := range r.HolderIDs {
		if n, ok := names[id]; ok {
			h = append(h, n)
			opts = append(opts, fmt.Sprintf("%d. %s", len(h), n))
			*ids = append(*ids, id)
		}
	}
	if len(h) == 0 {
		v.holderOrder.SetText("No holder yet.")
	} else {
		v.holderOrder.SetText("Rotation order: " + strings.Join(h, " → "))
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
		return r.Name + " (no holder)"
	}
	return r.Name + ": " + strings.Join(h, ", ")
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
	v.holderMove.PlaceHolder = "Holder to move"
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
	v.holderEarlier = widget.NewButtonWithIcon("Earlier", theme.MoveUpIcon(), func() { move(-1) })
	v.holderLater = widget.NewButtonWithIcon("Later", theme.MoveDownIcon(), func() { move(1) })
	moveRow := container.NewHBox(widget.NewLabel("Move"), v.holderMove, v.holderEarlier, v.holderLater)
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
	names, status := planner.CandidateNames(s.plan), map[int64]planner.CandidateStatus{}
	ids := make([]int64, len(pool))
	for i, c := range pool {
		ids[i], status[c.ID] = c.ID, c.Status
	}
	cl := newCheckList(ids,
		func(id int64) string { return fmt.Sprintf("%s (%s)", names[id], status[id]) },
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
		holders = wrapLabel("No accepted or joined candidates yet: recruit them in step 2.")
	}
	return form(
		field("Role", v.roleName),
		field("Responsibilities", resp),
		fieldHint("Rotates every (weeks)", weeks, "0: the role does not rotate."),
		field("Holders", container.NewVBox(holders, v.holderOrder, moveRow)),
	)
}

// refreshRotation rebuilds the rotation table from planner.RotationSchedule.
func (v *charterStep) refreshRotation() {
	slots := planner.RotationSchedule(v.s.plan, planner.DefaultRotationPeriods)
	v.rotation.RemoveAll()
	v.rotationRows = v.rotationRows[:0]
	v.rotationWarnings = planner.RotationWarnings(v.s.plan)
	for _, w := range v.rotationWarnings {
		l := wrapLabel("⚠ " + w)
		l.Importance = widget.WarningImportance
		v.rotation.Add(l)
	}
	if len(slots) == 0 {
		v.rotation.Add(wrapLabel(planner.NoRotationNote))
		v.rotation.Refresh()
		return
	}
	grid := container.NewGridWithColumns(4)
	for _, h := range []string{"Role", "Period", "Dates", "Holder"} {
		grid.Add(widget.NewLabelWithStyle(h, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, sl := range slots {
		row := []string{sl.Role, fmt.Sprintf("%d", sl.Period), sl.Start.String() + " – " + sl.End.String(), sl.Holder}
		v.rotationRows = append(v.rotationRows, row)
		for _, cell := range row {
			grid.Add(oneLineLabel(cell))
		}
	}
	v.rotation.Add(grid)
	v.rotation.Refresh()
}

func cadenceLabel(ci *planner.CadenceItem) string {
	when := ci.Frequency.Label()
	if ci.Week != 0 && (ci.Frequency == planner.Monthly || ci.Frequency == planner.Quarterly) {
		when += ", " + weekOfMonth(ci.Week)
	}
	when += " " + ci.Weekday.String()
	if ci.Time != "" {
		when += " " + ci.Time
	}
	return ci.Practice + " — " + when
}

// weekOfMonth words a practice's week of the month for its line in the list: "1st", "last".
func weekOfMonth(n int) string {
	values, labels := weeksOfMonth()
	for i, v := range values {
		if v == n && v != 0 {
			return strings.ToLower(labels[i])
		}
	}
	return ""
}

func (v *charterStep) cadenceForm(ci *planner.CadenceItem, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("cadence.%d.", ci.ID)
	v.practice = textField(s, key+"practice", func() string { return ci.Practice }, func(t string) { ci.Practice = t }, save)
	return form(
		field("Practice", v.practice),
		field("Frequency", choiceField(planner.Frequencies, planner.Frequency.Label, func() planner.Frequency { return ci.Frequency }, func(f planner.Frequency) { ci.Frequency = f }, save)),
		field("Day", weekdayField(func() time.Weekday { return ci.Weekday }, func(d time.Weekday) { ci.Weekday = d }, save)),
		fieldHint("Week of the month", weekOfMonthField(func() int { return ci.Week }, func(n int) { ci.Week = n }, save), "For monthly and quarterly practices."),
		fieldHint("Start time", timeField(s, key+"time", func() string { return ci.Time }, func(t string) { ci.Time = t }, save), "Local time in the community's time zone."),
		field("Duration (minutes)", intField(s, key+"dur", func() int { return ci.DurationMin }, func(n int) { ci.DurationMin = n }, save)),
	)
}

var riskLevels = []string{"low", "medium", "high"}

func riskLabel(r *planner.Risk) string {
	return fmt.Sprintf("%s (likelihood %s, impact %s)", r.Risk, orDash(r.Likelihood), orDash(r.Impact))
}

func (v *charterStep) riskForm(r *planner.Risk, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("risk.%d.", r.ID)
	level := func(get func() string, set func(string)) *widget.Select {
		return choiceField(riskLevels, func(x string) string { return x }, get, set, save)
	}
	return form(
		field("Risk", textArea(s, key+"risk", func() string { return r.Risk }, func(t string) { r.Risk = t }, save)),
		field("Likelihood", level(func() string { return r.Likelihood }, func(t string) { r.Likelihood = t })),
		field("Impact", level(func() string { return r.Impact }, func(t string) { r.Impact = t })),
		field("Mitigation", textArea(s, key+"mitigation", func() string { return r.Mitigation }, func(t string) { r.Mitigation = t }, save)),
	)
}

func (v *charterStep) versionForm(cv *planner.CharterVersion, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("version.%d.", cv.ID)
	return form(
		field("Version", textField(s, key+"version", func() string { return cv.Version }, func(t string) { cv.Version = t }, save)),
		field("Date", dateField(s, key+"on", v.w, func() planner.Date { return cv.On }, func(d planner.Date) { cv.On = d }, save).object()),
		field("Author", textField(s, key+"author", func() string { return cv.Author }, func(t string) { cv.Author = t }, save)),
		field("What changed", textArea(s, key+"changes", func() string { return cv.Changes }, func(t string) { cv.Changes = t }, save)),
	)
}

func (v *charterStep) signOffForm(so *planner.SignOff, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("signoff.%d.", so.ID)
	return form(
		field("Name", textField(s, key+"name", func() string { return so.Name }, func(t string) { so.Name = t }, save)),
		field("Role", textField(s, key+"role", func() string { return so.Role }, func(t string) { so.Role = t }, save)),
		field("Date", dateField(s, key+"on", v.w, func() planner.Date { return so.On }, func(d planner.Date) { so.On = d }, save).object()),
		fieldHint("Signs version", v.revision.signedSelect(so, save), "The issued version this signature agrees to; the charter PDF says so."),
	)
}
