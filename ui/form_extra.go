package ui

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fields the charter, event and review editors need beyond helpers.go: validated text (a time
// of day, a time zone, a colour) and selects over values that are not strings.

// validatedField is a single-line entry whose text is applied and saved only when check
// accepts it; otherwise the entry shows check's message and the plan keeps its last valid
// value.
func validatedField(s *session, key, text string, check func(string) error, set func(string), save func() error) *widget.Entry {
	e := widget.NewEntry()
	e.SetText(text)
	e.Validator = check
	e.AlwaysShowValidationError = true
	e.OnChanged = func(t string) {
		if check(t) != nil {
			return
		}
		set(strings.TrimSpace(t))
		s.debounce(key, func() { _ = save() })
	}
	return e
}

// checkClock accepts "" or a 24-hour time like 18:30.
func checkClock(t string) error {
	t = strings.TrimSpace(t)
	if t == "" {
		return nil
	}
	if _, err := time.Parse("15:04", t); err != nil {
		return fmt.Errorf("enter a time like 18:30")
	}
	return nil
}

// timeField edits a local start time "HH:MM".
func timeField(s *session, key string, get func() string, set func(string), save func() error) *widget.Entry {
	e := validatedField(s, key, get(), checkClock, set, save)
	e.PlaceHolder = "HH:MM"
	return e
}

// checkZone accepts "" or an IANA time zone name the system (or Go's embedded database)
// knows.
func checkZone(t string) error {
	t = strings.TrimSpace(t)
	if t == "" {
		return nil
	}
	if _, err := time.LoadLocation(t); err != nil {
		return fmt.Errorf("enter a time zone like Europe/Berlin")
	}
	return nil
}

// zoneField edits an IANA time zone name.
func zoneField(s *session, key string, get func() string, set func(string), save func() error) *widget.Entry {
	e := validatedField(s, key, get(), checkZone, set, save)
	e.PlaceHolder = "e.g. Europe/Berlin"
	return e
}

var hexColor = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// checkColor accepts "" (the default accent) or "#RRGGBB".
func checkColor(t string) error {
	t = strings.TrimSpace(t)
	if t == "" || hexColor.MatchString(t) {
		return nil
	}
	return fmt.Errorf("enter a colour like #2E6F9E")
}

// indexSelect is a select over labelled options whose values are not strings (weekdays,
// weeks of the month, scores); a change saves at once.
func indexSelect[T comparable](values []T, labels []string, get func() T, set func(T), save func() error) *widget.Select {
	sel := widget.NewSelect(labels, nil)
	cur := get()
	for i, v := range values {
		if v == cur {
			sel.SetSelected(labels[i])
		}
	}
	sel.OnChanged = func(o string) {
		for i, l := range labels {
			if l == o {
				set(values[i])
				_ = save()
				return
			}
		}
	}
	return sel
}

// weekdayField selects a day of the week.
func weekdayField(get func() time.Weekday, set func(time.Weekday), save func() error) *widget.Select {
	days := []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}
	labels := make([]string, len(days))
	for i, d := range days {
		labels[i] = d.String()
	}
	return indexSelect(days, labels, get, set, save)
}

// weekOfMonthField selects the week of the month of a monthly or quarterly practice.
func weekOfMonthField(get func() int, set func(int), save func() error) *widget.Select {
	return indexSelect([]int{0, 1, 2, 3, 4, -1},
		[]string{"(not set)", "1st", "2nd", "3rd", "4th", "Last"}, get, set, save)
}

// scoreField selects a 1–5 score, or "not scored" (0).
func scoreField(get func() int, set func(int), save func() error) *widget.Select {
	return indexSelect([]int{0, 1, 2, 3, 4, 5},
		[]string{"not scored", "1 (poor)", "2", "3", "4", "5 (strong)"}, get, set, save)
}

// wrapLabel is a label that wraps long text instead of widening the page.
func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// form lays out labelled fields.
func form(items ...*widget.FormItem) *widget.Form {
	return widget.NewForm(items...)
}

// field is a form row.
func field(label string, obj fyne.CanvasObject) *widget.FormItem {
	return widget.NewFormItem(label, obj)
}

// fieldHint is a form row with a hint under the field.
func fieldHint(label string, obj fyne.CanvasObject, hint string) *widget.FormItem {
	it := widget.NewFormItem(label, obj)
	it.HintText = hint
	return it
}

// refreshLabels redraws the list's one-line labels without rebuilding the form being edited,
// so a refresh after a save never takes the focus away from the field being typed in.
func (l *listEditor[T]) refreshLabels() { l.list.Refresh() }

// plainChecksMax is the most options shown as plain check boxes; more (a large plan's
// thousands of candidates) go into a virtualized list so the page builds at once.
const plainChecksMax = 60

// checkList offers one check box per ID, e.g. role holders or event attendees.
type checkList struct {
	obj fyne.CanvasObject
	// checks holds the plain check boxes by ID (small sets only), for tests.
	checks map[int64]*widget.Check
	// list is the virtualized list of a large set (nil for small sets).
	list *widget.List
}

// newCheckList builds the checks; set runs when the user ticks or unticks one.
func newCheckList(ids []int64, label func(int64) string, checked func(int64) bool, set func(id int64, on bool)) *checkList {
	cl := &checkList{checks: map[int64]*widget.Check{}}
	if len(ids) <= plainChecksMax {
		box := container.NewVBox()
		for _, id := range ids {
			id := id
			c := widget.NewCheck(label(id), nil)
			c.SetChecked(checked(id))
			c.OnChanged = func(on bool) { set(id, on) }
			cl.checks[id] = c
			box.Add(c)
		}
		cl.obj = box
		return cl
	}
	cl.list = widget.NewList(
		func() int { return len(ids) },
		func() fyne.CanvasObject { return widget.NewCheck("", nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*widget.Check)
			id := ids[i]
			// A recycled row must not fire its previous owner's handler.
			c.OnChanged = nil
			c.Text = label(id)
			c.SetChecked(checked(id))
			c.OnChanged = func(on bool) { set(id, on) }
		},
	)
	cl.obj = sized(cl.list, 320, 320)
	return cl
}
