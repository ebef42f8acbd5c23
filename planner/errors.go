package planner

import (
	"errors"
	"fmt"
)

// Sentinel errors shared by the planner's packages. Callers test them with errors.Is and the
// UI turns them into plain sentences.
var (
	// ErrNotFound: the plan or item does not exist.
	ErrNotFound = errors.New("not found")
	// ErrConflict: the change clashes with existing data (e.g. a duplicate name).
	ErrConflict = errors.New("conflict")
	// ErrInvalid: the input breaks a rule; a ValidationError says which.
	ErrInvalid = errors.New("invalid")
)

// Sentinel errors of the plan library: opening it and writing to it. The store returns them
// (wrapped); the UI words them without knowing the store.
var (
	// ErrNotLibrary: the file is not a CoP Launch Planner library (text, another program's
	// database, an empty file, a folder…).
	ErrNotLibrary = errors.New("not a CoP Launch Planner library")
	// ErrCorrupt: the file is a library but its integrity check fails.
	ErrCorrupt = errors.New("the library file is damaged")
	// ErrNewerSchema: the library was written by a newer version of the app.
	ErrNewerSchema = errors.New("the library was made by a newer version of CoP Launch Planner")
	// ErrLocked: another window (or a CLI write) has the library open.
	ErrLocked = errors.New("the library is already open in another window")
	// ErrReadOnly: a write was attempted on a library opened read-only.
	ErrReadOnly = errors.New("the library is open read-only")
)

// ValidationError says which field of an input breaks a rule and why.
type ValidationError struct {
	Field string
	Msg   string
	// Says is the sentence of Msg with its key and values, for the rules that have one, so
	// that a reader can word it in its own language; the zero Msg otherwise.
	Says Msg
}

// Error implements error.
func (e *ValidationError) Error() string {
	if e.Field == "" {
		return e.Msg
	}
	return fmt.Sprintf("%s: %s", e.Field, e.Msg)
}

// Is makes errors.Is(err, ErrInvalid) true for validation errors.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }
