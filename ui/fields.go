package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// setQuiet sets an entry's text without firing its OnChanged, so refreshing a field from the
// plan does not save it again.
func setQuiet(e *widget.Entry, text string) {
	if e.Text == text {
		return
	}
	cb := e.OnChanged
	e.OnChanged = nil
	e.SetText(text)
	e.OnChanged = cb
}

// textField is a single-line entry bound to a string of the plan: each edit is applied at once
// and saved after typing pauses.
func textField(s *session, key string, get func() string, set func(string), save func() error) *keyEntry {
	e := newKeyEntry()
	bindText(s, key, &e.Entry, get, set, save)
	return e
}

// textAreaWidth is about the width a text area has on a page of a plan window.
const textAreaWidth = 800

// textArea is textField for longer text: multi-line, wrapping, at least three rows tall.
// Tab and Shift+Tab leave it (see keyEntry): a tab is never typed into the plan.
func textArea(s *session, key string, get func() string, set func(string), save func() error) *keyEntry {
	// The text is in place before the entry first lays itself out, at a width to wrap at
	// until the page lays it out: at none, Fyne wraps the text at the few characters of the
	// entry's minimum width, a second and more for a 5,000-character text; and each SetText
	// wraps it twice again. All of it before the entry is extended, when Resize and
	// SetMinRowsVisible only record (extended, each would make its renderer and wrap the
	// text): the text is wrapped when the entry is first measured, in its tab.
	e := &keyEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.Text = get()
	e.Resize(fyne.NewSize(textAreaWidth, 0))
	e.SetMinRowsVisible(textAreaRows)
	e.ExtendBaseWidget(e)
	bindText(s, key, &e.Entry, get, set, save)
	return e
}

// bindText shows the plan's text in e, applies each edit at once and saves after typing
// pauses.
func bindText(s *session, key string, e *widget.Entry, get func() string, set func(string), save func() error) *widget.Entry {
	if t := get(); e.Text != t {
		e.SetText(t)
	}
	limitText(e, key)
	saveNow := func() { _ = save() } // made once, not at every keystroke
	e.OnChanged = func(t string) {
		t = pastedLineEnds(e, t)
		if e.Validator(t) != nil {
			return
		}
		set(t)
		s.debounce(key, saveNow)
	}
	return e
}

// pastedLineEnds cleans the line ends of text pasted on Windows (CRLF) or from an old Mac
// (CR): a multi-line entry keeps "\n" breaks, a single-line one spaces, and no stray "\r" is
// shown or saved. The entry is updated when its text changed.
func pastedLineEnds(e *widget.Entry, t string) string {
	if !strings.Contains(t, "\r") {
		return t
	}
	r := strings.NewReplacer("\r\n", "\n", "\r", "\n")
	if !e.MultiLine {
		r = strings.NewReplacer("\r\n", " ", "\r ", " ", "\r", " ")
	}
	t = r.Replace(t)
	setQuiet(e, t)
	return t
}

// limitText holds the entry to the planner's length limit of the field its key names (the
// key's last part, as in "goal.12.title"): longer text shows the limit under the field and is
// not applied, so it is neither saved nor lost from the screen.
func limitText(e *widget.Entry, key string) {
	name := key[strings.LastIndex(key, ".")+1:]
	e.Validator = func(t string) error { return fieldMessage(planner.CheckText(name, name, t)) }
	if planner.TextLimitFor(name) == planner.MaxShortText {
		e.Validator = func(t string) error { return fieldMessage(planner.CheckText("Name", name, t)) }
	}
	e.AlwaysShowValidationError = true
}

// parsedEntry is the entry of a parsed field (a number, a date, a time…): it applies its
// text to the plan only when typing pauses or focus leaves, and only when the text is valid
// (see parsedField). Its Validator is the parse, then the rules added with addRule, and a
// failing text's message ends by saying which value the plan keeps.
type parsedEntry struct {
	widget.Entry
	check     func(string) error
	rules     []func(string) error
	focusLost func()
	reloadFn  func()
}

// FocusGained also scrolls the page so the field is in view: Fyne does not when Tab reaches
// a field below the page's edge.
func (e *parsedEntry) FocusGained() {
	e.Entry.FocusGained()
	scrollIntoView(e)
}

// FocusLost ends the edit: the text is applied (or refused) at once.
func (e *parsedEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.focusLost != nil {
		e.focusLost()
	}
}

// addRule adds a rule the text must also pass (after it parses) to be applied.
func (e *parsedEntry) addRule(rule func(string) error) { e.rules = append(e.rules, rule) }

// valid runs the parse and every rule on t.
func (e *parsedEntry) valid(t string) error {
	if err := e.check(t); err != nil {
		return err
	}
	for _, r := range e.rules {
		if err := r(t); err != nil {
			return err
		}
	}
	return nil
}

// reload shows the plan's value again, unless the person is editing the field or the text
// on screen is one the plan refused (it stays, with its message, until corrected).
func (e *parsedEntry) reload() { e.reloadFn() }

// settle applies the text now and ends the edit, as leaving the field does: for values set
// by a picker rather than typed.
func (e *parsedEntry) settle() { e.focusLost() }

// keptNote ends a field's message with the value the plan keeps instead of the text on
// screen: every figure, hint and export reads that one.
func keptNote(tr *i18n.Printer, err error, kept string) error {
	msg := strings.TrimRight(err.Error(), ". ")
	if kept == "" {
		return errors.New(tr.T("ui.common.field.kept_blank", "error", msg))
	}
	return errors.New(tr.T("ui.common.field.kept_value", "error", msg, "value", kept))
}

// parsedField is an entry whose text must parse. Nothing is applied while the person types:
// when typing pauses, and when focus leaves, valid text is applied and saved; invalid text
// shows the validation message and is neither applied nor saved, and the plan goes back to
// the value it had when this edit began, so that a prefix saved at an earlier pause ("3" of
// "30") does not stay. Leaving the field ends the edit. The plan, and so every figure, hint
// and export derived from it, only ever holds values the person meant.
func parsedField[T any](s *session, key string, get func() T, format func(T) string, parse func(string) (T, error), set func(T), save func() error) *parsedEntry {
	e := &parsedEntry{}
	e.ExtendBaseWidget(e)
	e.check = func(t string) error { _, err := parse(t); return err }
	e.SetText(format(get()))
	// before is the plan's value when the edit began (nil: no edit under way); applied says
	// whether a pause has since applied another value.
	var before *T
	kept := func() string {
		if before != nil {
			return format(*before)
		}
		return format(get())
	}
	e.Validator = func(t string) error {
		if err := e.valid(t); err != nil {
			return keptNote(s.tr, err, kept())
		}
		return nil
	}
	e.AlwaysShowValidationError = true
	commit := func() {
		if before == nil {
			return
		}
		cur := format(get())
		if e.valid(e.Text) != nil {
			if cur != format(*before) {
				set(*before)
				_ = save()
			}
			_ = e.Validate() // the message names the value kept
			return
		}
		v, _ := parse(e.Text)
		if format(v) != cur {
			set(v)
			_ = save()
		}
		_ = e.Validate() // a rule against another field may pass now
	}
	e.OnChanged = func(string) {
		if before == nil {
			b := get()
			before = &b
		}
		s.debounce(key, commit)
	}
	e.focusLost = func() {
		s.cancel(key)
		commit()
		before = nil
	}
	e.reloadFn = func() {
		if before != nil || e.valid(e.Text) != nil {
			return
		}
		setQuiet(&e.Entry, format(get()))
	}
	return e
}

// intField is an entry for a whole number (empty means 0).
func intField(s *session, key string, get func() int, set func(int), save func() error) *parsedEntry {
	parse := func(t string) (int, error) {
		t = strings.TrimSpace(t)
		if t == "" {
			return 0, nil
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			return 0, errors.New(s.tr.T("ui.common.field.whole_number", "example", s.tr.Int(12)))
		}
		return n, nil
	}
	return parsedField(s, key, get, strconv.Itoa, parse, set, save)
}

// parseFloat reads a number typed with a dot or a comma as the decimal mark.
func parseFloat(t string) (float64, error) {
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "%"))
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, ",", "."), 64)
	if err != nil {
		tr := appPrinter()
		return 0, errors.New(tr.T("ui.common.field.number", "example", tr.Number(2.5, 1)))
	}
	return f, nil
}

// formatFloat shows a number without needless zeros.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// formatFloatIn shows a number without needless zeros or grouping, with tr's decimal mark
// ("2,5" in German): the form parseFloat reads back, in the field's language.
func formatFloatIn(tr *i18n.Printer, f float64) string {
	t := formatFloat(f)
	if strings.Contains(tr.Number(1.5, 1), ",") {
		t = strings.Replace(t, ".", ",", 1)
	}
	return t
}

// floatField is an entry for a number (empty means 0).
func floatField(s *session, key string, get func() float64, set func(float64), save func() error) *parsedEntry {
	parse := func(t string) (float64, error) {
		if strings.TrimSpace(t) == "" {
			return 0, nil
		}
		return parseFloat(t)
	}
	return parsedField(s, key, get, func(f float64) string { return formatFloatIn(s.tr, f) }, parse, set, save)
}

// optFloatField is an entry for an optional number: empty text means unknown (nil).
func optFloatField(s *session, key string, get func() *float64, set func(*float64), save func() error) *parsedEntry {
	format := func(v *float64) string {
		if v == nil {
			return ""
		}
		return formatFloatIn(s.tr, *v)
	}
	parse := func(t string) (*float64, error) {
		if strings.TrimSpace(t) == "" {
			return nil, nil
		}
		f, err := parseFloat(t)
		if err != nil {
			return nil, err
		}
		return &f, nil
	}
	e := parsedField(s, key, get, format, parse, set, save)
	e.PlaceHolder = s.tr.T("ui.common.field.unknown")
	return e
}

// dateInput is a date entry with a button that opens a calendar picker.
type dateInput struct {
	entry *parsedEntry
	pick  *widget.Button
	box   fyne.CanvasObject
}

// object is the entry and its picker button side by side.
func (d *dateInput) object() fyne.CanvasObject { return d.box }

// dateField edits a date of the plan, typed (validated) or picked from a calendar. The
// entry shows the date in the window's language's short form ("07.12.2026" in German, ISO
// 2026-12-07 in English) and takes that form or ISO in every language
// (planner.ParseDateIn); the plan stores ISO whatever the language. Empty text clears the
// date.
func dateField(s *session, key string, w fyne.Window, get func() planner.Date, set func(planner.Date), save func() error) *dateInput {
	lang := s.tr.Lang()
	format := func(d planner.Date) string { return d.ShortIn(lang) }
	parse := func(t string) (planner.Date, error) {
		d, err := planner.ParseDateIn(lang, t)
		var ve *planner.ValidationError
		if errors.As(err, &ve) {
			return d, errors.New(ve.Says.In(s.tr))
		}
		return d, err
	}
	e := parsedField(s, key, get, format, parse, set, save)
	e.PlaceHolder = s.tr.T("ui.common.date.placeholder")
	d := &dateInput{entry: e}
	d.pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), func() {
		start := get()
		if start.IsZero() {
			start = s.today()
		}
		var dlg *keyDialog
		cal := widget.NewCalendar(start.Time(), func(t time.Time) {
			e.SetText(format(planner.DateOf(t)))
			e.settle()
			if dlg != nil {
				dlg.Hide()
			}
		})
		dlg = newKeyDialog(w, s.tr.T("ui.common.date.pick"), cal, "", s.tr.T("ui.common.cancel"), nil)
		dlg.Show()
	})
	d.box = newValidBox(&e.Entry, container.NewBorder(nil, nil, nil, d.pick, container.NewStack(e, newWheelPass())))
	return d
}

// choiceField is a select over a fixed set of values, shown by label; a change saves at once.
func choiceField[T ~string](values []T, label func(T) string, get func() T, set func(T), save func() error) *widget.Select {
	opts := make([]string, len(values))
	for i, v := range values {
		opts[i] = label(v)
	}
	sel := widget.NewSelect(opts, nil)
	sel.PlaceHolder = appPrinter().T("ui.common.select_one")
	cur := get()
	for i, v := range values {
		if v == cur {
			sel.SetSelected(opts[i])
		}
	}
	sel.OnChanged = func(o string) {
		for i, v := range values {
			if opts[i] == o {
				set(v)
				_ = save()
				return
			}
		}
	}
	return sel
}

// checkField is a check box bound to a bool of the plan; a change saves at once.
func checkField(text string, get func() bool, set func(bool), save func() error) *widget.Check {
	c := widget.NewCheck(text, nil)
	c.SetChecked(get())
	c.OnChanged = func(b bool) {
		set(b)
		_ = save()
	}
	return c
}

// validatedField is a single-line entry whose text is applied (trimmed) and saved only when
// check accepts it; otherwise the entry shows check's message and the plan keeps its last
// valid value.
func validatedField(s *session, key string, get func() string, check func(string) error, set func(string), save func() error) *parsedEntry {
	parse := func(t string) (string, error) { return strings.TrimSpace(t), check(t) }
	return parsedField(s, key, get, func(t string) string { return t }, parse, set, save)
}

// optional checks the text of an optional field with a planner rule: blank text passes (the
// value is not set), any other text must satisfy the rule, whose message the field shows.
func optional(t string, rule func(string) error) error {
	if strings.TrimSpace(t) == "" {
		return nil
	}
	return fieldMessage(rule(t))
}

// fieldMessage is a rule's error as a field shows it under the entry: the message alone,
// since the field's label already names it.
func fieldMessage(err error) error {
	var ve *planner.ValidationError
	if errors.As(err, &ve) {
		if ve.Says.Key != "" {
			return errors.New(ve.Says.In(appPrinter()))
		}
		return errors.New(ve.Msg)
	}
	return err
}

// checkPlanName is a plan name field's rule: planner.CheckPlanName, then a name's length
// limit.
func checkPlanName(t string) error {
	if err := planner.CheckPlanName(t); err != nil {
		return fieldMessage(err)
	}
	return fieldMessage(planner.CheckText("Name", "Name", t))
}

// scaleAnswerCheck is a scale answer's field rule: the question's Scale.CheckAnswer.
func scaleAnswerCheck(sc planner.Scale) func(string) error {
	return func(t string) error { return fieldMessage(sc.CheckAnswer(t)) }
}

// scaleRangeField is an entry for a scale's range ("0-10", "1–5"): planner.ParseScale's rule;
// blank is the default 1–10.
func scaleRangeField(s *session, key string, get func() planner.Scale, set func(planner.Scale), save func() error) *parsedEntry {
	parse := func(t string) (planner.Scale, error) {
		if strings.TrimSpace(t) == "" {
			return planner.DefaultScale, nil
		}
		sc, err := planner.ParseScale(t)
		return sc, fieldMessage(err)
	}
	e := parsedField(s, key, get, planner.Scale.String, parse, set, save)
	e.SetPlaceHolder("1-10, 0-10, 1-5 …")
	return e
}

// checkClock accepts "" or a 24-hour time like 18:30 (planner.ParseClock).
func checkClock(t string) error {
	return optional(t, func(t string) error { _, _, err := planner.ParseClock(t); return err })
}

// checkZone accepts "" or an IANA time zone name (planner.LoadZone).
func checkZone(t string) error {
	return optional(t, func(t string) error { _, err := planner.LoadZone(t); return err })
}

// checkColor accepts "" (the default accent) or a colour (planner.ParseColor).
func checkColor(t string) error {
	return optional(t, func(t string) error { _, err := planner.ParseColor(t); return err })
}

// timeField edits a local start time "HH:MM".
func timeField(s *session, key string, get func() string, set func(string), save func() error) *parsedEntry {
	e := validatedField(s, key, get, checkClock, set, save)
	e.PlaceHolder = s.tr.T("ui.common.field.time_placeholder")
	return e
}

// zoneField edits an IANA time zone name.
func zoneField(s *session, key string, get func() string, set func(string), save func() error) *parsedEntry {
	e := validatedField(s, key, get, checkZone, set, save)
	e.PlaceHolder = s.tr.T("ui.common.field.zone_placeholder")
	return e
}

// indexSelect is a select over labelled options whose values are not strings (weekdays,
// weeks of the month, scores); a change saves at once.
func indexSelect[T comparable](values []T, labels []string, get func() T, set func(T), save func() error) *widget.Select {
	sel := widget.NewSelect(labels, nil)
	sel.PlaceHolder = appPrinter().T("ui.common.select_one")
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

// scoreField selects a 1–5 score, or "not scored" (0).
func scoreField(get func() int, set func(int), save func() error) *widget.Select {
	tr := appPrinter()
	return indexSelect([]int{0, 1, 2, 3, 4, 5},
		[]string{tr.T("ui.common.score.none"), tr.T("ui.common.score.poor", "n", 1), "2", "3", "4", tr.T("ui.common.score.strong", "n", 5)}, get, set, save)
}

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
			c := widget.NewCheck(shortText(label(id), maxCheckRunes), nil)
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
			c.Text = shortText(label(id), maxCheckRunes)
			c.SetChecked(checked(id))
			c.OnChanged = func(on bool) { set(id, on) }
		},
	)
	cl.obj = sized(cl.list, 320, 320)
	return cl
}
