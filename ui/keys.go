package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Fyne v2.7 leaves three things of keyboard use to the app: a multi-line entry keeps Tab
// (types it, and no key leaves the field), dialogs ignore Esc, and Enter does not press a
// focused button. The small widgets here add them; dialogs built with newKeyDialog route Esc
// and Enter to their buttons.

// keyEntry is an entry the keyboard can always leave: Tab and Shift+Tab move the focus, also
// out of a multi-line entry, so a tab character is never typed into the plan. Esc and (in a
// one-line entry) Enter go to the dialog the entry is in, if any.
type keyEntry struct {
	widget.Entry
}

// newKeyEntry is a one-line keyEntry.
func newKeyEntry() *keyEntry {
	e := &keyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// newKeyArea is a multi-line keyEntry.
func newKeyArea() *keyEntry {
	e := &keyEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab tells the driver that Tab moves the focus on, never into the text.
func (e *keyEntry) AcceptsTab() bool { return false }

// TypedKey moves the focus on Tab (a driver that hands Tab to the entry anyway), and hands
// Esc and Enter to the dialog around the entry.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyTab:
		moveFocus(e, shiftHeld())
		return
	case fyne.KeyEscape:
		if dialogKey(e, fyne.KeyEscape) {
			return
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if !e.MultiLine && dialogKey(e, fyne.KeyReturn) {
			return
		}
	}
	e.Entry.TypedKey(ev)
}

// FocusGained also scrolls the page so the field is in view: Fyne does not when Tab reaches
// a field below the page's edge.
func (e *keyEntry) FocusGained() {
	e.Entry.FocusGained()
	scrollIntoView(e)
}

// TypedRune drops a tab character (typed on a driver that sends it as text).
func (e *keyEntry) TypedRune(r rune) {
	if r == '\t' {
		return
	}
	e.Entry.TypedRune(r)
}

// keyButton is a button that Enter presses as well as Space, and that hands Esc to its dialog.
type keyButton struct {
	widget.Button
}

func newKeyButton(label string, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text = label
	b.OnTapped = tapped
	b.ExtendBaseWidget(b)
	return b
}

// newKeyButtonWithIcon is newKeyButton with an icon before the label.
func newKeyButtonWithIcon(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// offKeyButton is a keyButton made disabled, before Fyne knows it: disabling a button
// refreshes it, and Fyne makes a widget's renderer to refresh it (decoding its icon), so a
// list editor's Delete, Up and Down, off until an item is selected, cost that in every
// hidden tab.
func offKeyButton(label string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.Disable() // before ExtendBaseWidget: there is nothing to refresh yet
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained also scrolls the page so the button is in view when Tab reaches it.
func (b *keyButton) FocusGained() {
	b.Button.FocusGained()
	scrollIntoView(b)
}

// TypedKey presses the button on Enter and closes its dialog on Esc.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() {
			b.Tapped(nil)
		}
		return
	case fyne.KeyEscape:
		dialogKey(b, fyne.KeyEscape)
		return
	}
	b.Button.TypedKey(ev)
}

// keySelect is a select that hands Esc and Enter to its dialog.
type keySelect struct {
	widget.Select
}

func newKeySelect(options []string, changed func(string)) *keySelect {
	s := &keySelect{}
	s.Options = options
	s.OnChanged = changed
	s.PlaceHolder = appPrinter().T("ui.common.select_one")
	s.ExtendBaseWidget(s)
	return s
}

// FocusGained also scrolls the page so the select is in view when Tab reaches it.
func (s *keySelect) FocusGained() {
	s.Select.FocusGained()
	scrollIntoView(s)
}

// TypedKey hands Esc and Enter to the dialog around the select.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if !toDialog(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// toDialog hands Esc (always) and Enter (when the dialog takes it) to the dialog around o,
// for a widget whose own key handling would keep them; it reports whether the key was taken.
func toDialog(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape:
		dialogKey(o, fyne.KeyEscape)
		return true
	case fyne.KeyReturn, fyne.KeyEnter:
		return dialogKey(o, fyne.KeyReturn)
	}
	return false
}

// shiftHeld reports whether Shift is down (false where the driver cannot tell).
func shiftHeld() bool {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

// moveFocus moves the focus of obj's canvas to the next (or previous) control.
func moveFocus(obj fyne.CanvasObject, back bool) {
	c := fyne.CurrentApp().Driver().CanvasForObject(obj)
	if c == nil {
		return
	}
	type focusMover interface {
		FocusNext()
		FocusPrevious()
	}
	if m, ok := c.(focusMover); ok {
		if back {
			m.FocusPrevious()
		} else {
			m.FocusNext()
		}
	}
}

// dialogKey hands Esc or Enter, typed in obj, to the keyDialog on top of obj's canvas; false
// when there is none.
func dialogKey(obj fyne.CanvasObject, key fyne.KeyName) bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(obj)
	if c == nil {
		return false
	}
	return canvasDialogKey(c, key)
}

func canvasDialogKey(c fyne.Canvas, key fyne.KeyName) bool {
	d := topKeyDialog(c)
	if d == nil {
		return false
	}
	if key == fyne.KeyEscape {
		d.Dismiss()
	} else {
		d.Submit()
	}
	return true
}

// topKeyDialog is the keyDialog shown on top of c, nil when the top overlay is none (no
// dialog, another kind of dialog, a pop-up menu). The window keeps its dialogs itself: a
// dialog shown is the canvas's top overlay, a modal pop-up whose content holds the dialog's
// own content, which a keyDialog wraps in a dialogBody that knows it. So no table of open
// dialogs is kept beside the window, and a dialog closed any way is gone from it.
func topKeyDialog(c fyne.Canvas) *keyDialog {
	pop, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok {
		return nil
	}
	box, ok := pop.Content.(*fyne.Container)
	if !ok {
		return nil
	}
	for _, o := range box.Objects {
		if b, ok := o.(*dialogBody); ok && !b.k.closed {
			return b.k
		}
	}
	return nil
}

// dialogBody is a keyDialog's content, marked as its own (see topKeyDialog).
type dialogBody struct {
	widget.BaseWidget
	k   *keyDialog
	obj fyne.CanvasObject
}

func newDialogBody(k *keyDialog, obj fyne.CanvasObject) *dialogBody {
	b := &dialogBody{k: k, obj: obj}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer implements fyne.Widget: the content as it is.
func (b *dialogBody) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.obj) }

// keyDialog is a dialog the keyboard drives: its first field (or its main button) has the
// focus when it opens, Enter does its main action and Esc its other button (Cancel, Close).
type keyDialog struct {
	w       fyne.Window
	d       *dialog.CustomDialog
	confirm *keyButton // nil when the dialog has one button
	dismiss *keyButton
	// first is what has the focus when the dialog opens; nil means the main button.
	first fyne.Focusable
	// check, when set, must pass before the main action runs (a form's validation).
	check func() error
	// beforeDismiss, when set, runs instead of closing on Esc or the dismiss button; it
	// calls close once the dialog may close (a panel that saves first, or asks).
	beforeDismiss func(close func())
	onClose       func(ok bool)
	closed        bool
	prevKeys      func(*fyne.KeyEvent)
}

// newKeyDialog builds a dialog with a main button (confirm, may be "") and a dismiss button
// (dismiss, may be "" for a dialog whose content has its own buttons); onClose (may be nil)
// learns which one closed it. Esc is the dismiss button; Enter the main one, or dismiss
// when there is none.
func newKeyDialog(w fyne.Window, title string, content fyne.CanvasObject, confirm, dismiss string, onClose func(ok bool)) *keyDialog {
	k := &keyDialog{w: w, onClose: onClose}
	var buttons []fyne.CanvasObject
	if dismiss != "" {
		k.dismiss = newKeyButton(dismiss, k.Dismiss)
		buttons = append(buttons, k.dismiss)
	}
	if confirm != "" {
		k.confirm = newKeyButton(confirm, k.Submit)
		k.confirm.Importance = widget.HighImportance
		buttons = append(buttons, k.confirm)
	}
	k.d = dialog.NewCustomWithoutButtons(title, newDialogBody(k, content), w)
	k.d.SetButtons(buttons)
	k.d.SetOnClosed(k.closedNow)
	return k
}

// Show opens the dialog and gives the focus to its first field or its main button.
func (k *keyDialog) Show() {
	c := k.w.Canvas()
	k.closed = false
	// Esc and Enter when nothing has the focus.
	k.prevKeys = c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyEscape:
			canvasDialogKey(c, fyne.KeyEscape)
		case fyne.KeyReturn, fyne.KeyEnter:
			canvasDialogKey(c, fyne.KeyReturn)
		default:
			if k.prevKeys != nil {
				k.prevKeys(ev)
			}
		}
	})
	k.d.Show()
	switch {
	case k.first != nil:
		c.Focus(k.first)
	case k.confirm != nil:
		c.Focus(k.confirm)
	case k.dismiss != nil:
		c.Focus(k.dismiss)
	}
}

// Resize sets the dialog's size.
func (k *keyDialog) Resize(s fyne.Size) { k.d.Resize(s) }

// Submit does the main action (when the dialog's check passes) and closes the dialog; a
// dialog with one button just closes, and one with buttons of its own content does nothing.
func (k *keyDialog) Submit() {
	if k.confirm == nil {
		if k.dismiss != nil {
			k.Dismiss()
		}
		return
	}
	if k.confirm.Disabled() || (k.check != nil && k.check() != nil) {
		return
	}
	k.finish(true)
}

// Dismiss closes the dialog without its main action, or hands the closing to beforeDismiss.
func (k *keyDialog) Dismiss() {
	if k.beforeDismiss != nil && !k.closed {
		k.beforeDismiss(k.Close)
		return
	}
	k.finish(false)
}

// Close closes the dialog at once without its main action, not asking beforeDismiss.
func (k *keyDialog) Close() { k.finish(false) }

// Hide is Dismiss.
func (k *keyDialog) Hide() { k.Dismiss() }

func (k *keyDialog) finish(ok bool) {
	if k.closed {
		return
	}
	k.closedNow()
	k.d.Hide()
	if k.onClose != nil {
		k.onClose(ok)
	}
}

// closedNow forgets the dialog: Esc and Enter go to the one below it again.
func (k *keyDialog) closedNow() {
	if k.closed {
		return
	}
	k.closed = true
	k.w.Canvas().SetOnTypedKey(k.prevKeys)
}

// newFormDialog is a keyDialog holding a form: its main button is enabled only while every
// field is valid, the first field has the focus, and Enter in a one-line field submits.
func newFormDialog(w fyne.Window, title, confirm, dismiss string, items []*widget.FormItem, onClose func(ok bool)) *keyDialog {
	form := widget.NewForm(items...)
	k := newKeyDialog(w, title, form, confirm, dismiss, onClose)
	k.check = form.Validate
	form.SetOnValidationChanged(func(err error) {
		if err != nil {
			k.confirm.Disable()
		} else {
			k.confirm.Enable()
		}
	})
	if form.Validate() != nil {
		k.confirm.Disable()
	}
	for _, it := range items {
		if f, ok := it.Widget.(fyne.Focusable); ok {
			k.first = f
			break
		}
	}
	return k
}

// showConfirm asks a yes/no question from the keyboard as well: Enter says yes, Esc no.
func showConfirm(w fyne.Window, title, msg string, answer func(bool)) *keyDialog {
	tr := appPrinter()
	k := newKeyDialog(w, title, wrapLabel(msg), tr.T("ui.common.yes"), tr.T("ui.common.no"), answer)
	k.Resize(dialogSize(w, fyne.NewSize(440, 180)))
	k.Show()
	return k
}

// showInfo tells something in a dialog that Enter and Esc close.
func showInfo(w fyne.Window, title, msg string) *keyDialog {
	k := newKeyDialog(w, title, wrapLabel(msg), "", appPrinter().T("ui.common.ok"), nil)
	k.Resize(dialogSize(w, fyne.NewSize(440, 180)))
	k.Show()
	return k
}
