package planner

import (
	"fmt"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Msg is a sentence planner says to the organizer (a hint, a warning, a question, a next
// action), as a catalogue key and the values it names rather than as English words, so that
// the window, the command line and the documents each word it in their own language.
// String words it in English.
type Msg struct {
	Key string
	// Args are name, value pairs for the text's placeholders; In says how each kind of value
	// is written.
	Args []any
	// Count chooses the plural form of a text that has them, and fills its {{.n}}.
	Count  int
	Plural bool
}

// Term is a catalogue key for a word or phrase that stands inside a sentence, such as the
// "a due date" a SMART check lacks.
type Term string

// msg is the sentence of key with its values.
func msg(key string, args ...any) Msg { return Msg{Key: key, Args: args} }

// msgN is the sentence of key in the plural form for n, with its values.
func msgN(key string, n int, args ...any) Msg {
	return Msg{Key: key, Args: args, Count: n, Plural: true}
}

// In words the sentence in tr's language. Values are written the language's way: whole
// numbers with its grouping, a Date in full ("1. August 2026"), a Term or a list of Terms
// by the catalogue ("a title and a target"), a nested Msg by its own key; other values (the
// organizer's own words) as they are.
func (m Msg) In(tr *i18n.Printer) string {
	if m.Key == "" {
		return ""
	}
	args := make([]any, 0, len(m.Args))
	for i := 0; i+1 < len(m.Args); i += 2 {
		args = append(args, m.Args[i], value(tr, m.Args[i+1]))
	}
	if m.Plural {
		return tr.N(m.Key, m.Count, args...)
	}
	return tr.T(m.Key, args...)
}

// String words the sentence in English.
func (m Msg) String() string { return m.In(english) }

func value(tr *i18n.Printer, v any) string {
	switch x := v.(type) {
	case int:
		return tr.Int(x)
	case float64:
		return tr.Number(x, 2)
	case Date:
		if x.IsZero() {
			return ""
		}
		return tr.Date(x.Year, x.Month, x.Day)
	case Term:
		return tr.T(string(x))
	case []Term:
		words := make([]string, len(x))
		for i, t := range x {
			words[i] = tr.T(string(t))
		}
		return tr.List(words)
	case Msg:
		return x.In(tr)
	case interface{ In(*i18n.Printer) string }:
		// A planner value worded by the catalogue: a Figure, a Period, a Pct, a Stage…
		return x.In(tr)
	}
	return fmt.Sprint(v)
}

// Strings words each sentence in English, for readers that want text.
func Strings(ms []Msg) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.String()
	}
	return out
}
