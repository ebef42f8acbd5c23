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

// plainLabel shows an enum value as its own text, or "(not set)".
func plainLabel[T ~string](v T) string {
	if v == "" {
		return "(not set)"
	}
	return string(v)
}

// labelOrUnset shows an enum value by its planner label, or "(not set)".
func labelOrUnset[T interface {
	~string
	Label() string
}](v T) string {
	if v == "" {
		return "(not set)"
	}
	return v.Label()
}
