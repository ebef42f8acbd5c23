package csvimport

import (
	"strings"
	"unicode"

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
func normKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	for _, r := range s {
		switch {
		case r < 0x80 && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < 0x80 && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´':
			continue
		case r >= 0x80 && unicode.Is(unicode.Mn, r):
			continue // combining accent of a decomposed letter
		case r >= 0x80 && unicode.IsLetter(r):
			r = unicode.ToLower(r)
			if base, ok := planner.FoldLetter(r); ok {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteString(base)
				continue
			}
		case r >= 0x80 && unicode.IsDigit(r):
		default:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
