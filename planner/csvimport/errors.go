package csvimport

import (
	"errors"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// fileError is a file the readers refuse: one of the sentinel errors (ErrEmpty, ErrNotText,
// ErrTooLarge) with its reason as a sentence with a catalogue key, so that the window words
// it in its own language (ErrorIn) while Error stays the English the command line prints.
type fileError struct {
	kind error
	says planner.Msg
}

// fail is a refusal of kind for the reason of key and its values.
func fail(kind error, key string, args ...any) error {
	return &fileError{kind: kind, says: say(key, args...)}
}

func (e *fileError) Error() string { return e.kind.Error() + ": " + e.says.String() }

func (e *fileError) Unwrap() error { return e.kind }

// kindKey is the catalogue key of a sentinel error's sentence, "" for another error.
func kindKey(err error) string {
	switch {
	case errors.Is(err, ErrEmpty):
		return "ui.import.error.empty"
	case errors.Is(err, ErrNotText):
		return "ui.import.error.not_text"
	case errors.Is(err, ErrTooLarge):
		return "ui.import.error.too_large"
	}
	return ""
}

// ErrorIn words an error of the readers in tr's language: a refused file by what is wrong
// and why, a sheet the workbook lacks with the sheets it has. Other errors (from the
// operating system, the library) come as they are.
func ErrorIn(tr *i18n.Printer, err error) string {
	var fe *fileError
	if errors.As(err, &fe) {
		return tr.T("ui.import.error.file", "kind", tr.T(kindKey(fe.kind)), "reason", fe.says.In(tr))
	}
	var se *SheetError
	if errors.As(err, &se) {
		quoted := make([]string, len(se.Sheets))
		for i, s := range se.Sheets {
			quoted[i] = tr.T("ui.import.error.sheet_name", "sheet", cutText(s))
		}
		return tr.T("ui.import.error.no_such_sheet", "sheet", se.Asked, "sheets", strings.Join(quoted, ", "))
	}
	if k := kindKey(err); k != "" {
		return tr.T(k)
	}
	return err.Error()
}
