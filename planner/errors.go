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

// ValidationError says which field of an input breaks a rule and why.
type ValidationError struct {
	Field string
	Msg   string
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
