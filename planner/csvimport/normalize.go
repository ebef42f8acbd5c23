package csvimport

import (
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// cleanHeader trims a header cell and collapses runs of white space (including the newlines
// of a long question title) into one space.
func cleanHeader(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// normKey normalizes text for matching headers to titles and cells to options: lower case,
// accents stripped, apostrophes dropped ("What's" → "whats"), every other run of punctuation,
// dashes (hyphen, en and em dash alike) and white space made one space, trimmed. So
// "  What’s your  biggest pain – today? " and "whats your biggest pain - today" are equal.
func normKey(s string) string { return planner.FoldWords(s, false) }
