// How the pages show values as text: blanks left out or shown as a dash, codes as their
// plain labels.

package ui

import (
	"strings"
)

func joinNonBlank(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// notSet is what a choice shows when no value is set: "(not set)" in the app's language.
func notSet() string { return appPrinter().T("ui.common.not_set") }

// plainLabel shows an enum value as its own text, or "(not set)".
func plainLabel[T ~string](v T) string {
	if v == "" {
		return notSet()
	}
	return string(v)
}

// labelOrUnset shows an enum value by its planner label, or "(not set)".
func labelOrUnset[T interface {
	~string
	Label() string
}](v T) string {
	if v == "" {
		return notSet()
	}
	return v.Label()
}

// leadIn is a title that introduces what follows it: with a colon, unless it already ends
// in punctuation ("right now?" stays as it is, not "right now?:").
func leadIn(title string) string {
	t := strings.TrimSpace(title)
	if t == "" || strings.ContainsRune("?!.:…", []rune(t)[len([]rune(t))-1]) {
		return t
	}
	return t + ":"
}

// sentenceEnd is a message ending in exactly one full stop, so that a message that has its
// own is not given a second ("enter at most 13..").
func sentenceEnd(msg string) string {
	msg = strings.TrimRight(strings.TrimSpace(msg), ".")
	if msg == "" || strings.HasSuffix(msg, "…") || strings.HasSuffix(msg, "?") || strings.HasSuffix(msg, "!") {
		return msg
	}
	return msg + "."
}
