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
//
// ASCII text, most of what a survey export holds, is folded here in one pass over its bytes
// (and not copied when it is folded already); anything else by planner.FoldWords, which
// folds ASCII the same way (TestNormKeyASCII).
func normKey(s string) string {
	folded := true // lower-case letters and digits, one space between words
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x80:
			return planner.FoldWords(s, false)
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == ' ' && i > 0 && i+1 < len(s) && s[i-1] != ' ':
		default:
			folded = false
		}
	}
	if folded {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false // a separator is pending
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == '\'' || c == '`':
			continue // "What's" → "whats"
		default:
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}
