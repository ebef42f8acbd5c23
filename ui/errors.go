package ui

import (
	"errors"
	"log"
	"os/exec"

	"fyne.io/fyne/v2"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// showError logs err and shows it in a dialog as a plain sentence in the app's language, with
// the detail below.
func showError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	log.Print(err)
	if w == nil {
		return
	}
	tr := appPrinter()
	showMessage(w, tr, tr.T("ui.app.error.title"), errorSentence(err))
}

// showMessage tells something in a dialog that Enter and Esc close, its button worded by tr.
func showMessage(w fyne.Window, tr *i18n.Printer, title, msg string) *keyDialog {
	k := newKeyDialog(w, title, wrapLabel(msg), "", tr.T("ui.app.ok"), nil)
	k.Resize(dialogSize(w, fyne.NewSize(440, 180)))
	k.Show()
	return k
}

// askYesNo asks a question from the keyboard as well, its buttons worded yes and no: Enter
// says yes, Esc no.
func askYesNo(w fyne.Window, tr *i18n.Printer, title, msg, yes, no string, answer func(bool)) *keyDialog {
	k := newKeyDialog(w, title, wrapLabel(msg), yes, no, answer)
	k.Resize(dialogSize(w, fyne.NewSize(440, 180)))
	k.Show()
	return k
}

// contextError is an error that says what could not be done, in the window's language,
// before the error that stopped it; errors.Is and errors.As see the cause.
type contextError struct {
	what string
	err  error
}

func (e *contextError) Error() string { return e.what + ": " + e.err.Error() }
func (e *contextError) Unwrap() error { return e.err }

// wrapped is err with what the window was doing, already worded ("Could not rename “Alpha”").
func wrapped(what string, err error) error { return &contextError{what: what, err: err} }

// fieldProblem is a field rule's error as the field shows it, in tr's language: a
// planner.ValidationError's sentence without its field's name (the field is beside it).
func fieldProblem(tr *i18n.Printer, err error) error {
	var ve *planner.ValidationError
	if errors.As(err, &ve) {
		if ve.Says.Key != "" {
			return errors.New(ve.Says.In(tr))
		}
		return errors.New(ve.Msg)
	}
	return err
}

// errorSentence turns an error into words a user can act on, in the app's language; the
// technical detail follows.
func errorSentence(err error) string {
	tr := appPrinter()
	var ve *planner.ValidationError
	lead := ""
	switch {
	case errors.As(err, &ve):
		says := ve.Error()
		if ve.Says.Key != "" {
			says = ve.Says.In(tr)
		}
		return tr.T("ui.app.error.check", "problem", says)
	case errors.Is(err, planner.ErrNotFound):
		lead = tr.T("ui.app.error.not_found")
	case errors.Is(err, planner.ErrConflict):
		lead = tr.T("ui.app.error.conflict")
	case errors.Is(err, planner.ErrInvalid):
		lead = tr.T("ui.app.error.invalid")
	case errors.Is(err, planner.ErrLocked):
		lead = tr.T("ui.app.error.locked")
	case errors.Is(err, planner.ErrReadOnly):
		lead = tr.T("ui.app.error.read_only")
	case errors.Is(err, planner.ErrCorrupt):
		lead = tr.T("ui.app.error.corrupt")
	case errors.Is(err, planner.ErrNotLibrary):
		lead = tr.T("ui.app.error.not_library")
	case errors.Is(err, planner.ErrNewerSchema):
		lead = tr.T("ui.app.error.newer")
	case errors.Is(err, exec.ErrNotFound):
		lead = tr.T("ui.app.error.program_missing")
	default:
		lead = ""
	}
	// What the window was doing, in the app's language, then the cause as the system gave it.
	var ce *contextError
	if errors.As(err, &ce) {
		detail := tr.T("ui.app.technical_detail", "detail", oneLineError(ce.err))
		if lead == "" {
			return ce.what + ".\n\n" + detail
		}
		return lead + "\n\n" + ce.what + ".\n\n" + detail
	}
	if lead == "" {
		return err.Error()
	}
	return lead + "\n\n" + err.Error()
}
