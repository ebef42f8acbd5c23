package ui

import (
	"errors"
	"log"
	"os/exec"

	"fyne.io/fyne/v2"

	"github.com/coplaunch/coplaunch/planner"
)

// showError logs err and shows it in a dialog as a plain sentence, with the detail below.
func showError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	log.Print(err)
	if w == nil {
		return
	}
	showInfo(w, "Error", errorSentence(err))
}

// errorSentence turns an error into words a user can act on; the technical detail follows.
func errorSentence(err error) string {
	var ve *planner.ValidationError
	lead := ""
	switch {
	case errors.As(err, &ve):
		return "Please check this: " + ve.Error()
	case errors.Is(err, planner.ErrNotFound):
		lead = "It no longer exists in the library (it may have been deleted)."
	case errors.Is(err, planner.ErrConflict):
		lead = "That clashes with something already in the library."
	case errors.Is(err, planner.ErrInvalid):
		lead = "The input is not valid."
	case errors.Is(err, planner.ErrLocked):
		lead = "The library is already open in another window of the app."
	case errors.Is(err, planner.ErrReadOnly):
		lead = "The library is read-only, so changes cannot be saved."
	case errors.Is(err, planner.ErrCorrupt):
		lead = "The library file is damaged."
	case errors.Is(err, planner.ErrNotLibrary):
		lead = "The file is not a plan library."
	case errors.Is(err, planner.ErrNewerSchema):
		lead = "The library was written by a newer version of the app."
	case errors.Is(err, exec.ErrNotFound):
		lead = "A program the app needs is not installed on this computer."
	default:
		return err.Error()
	}
	return lead + "\n\n" + err.Error()
}
