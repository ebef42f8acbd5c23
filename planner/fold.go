package planner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldTable maps accented Latin letters to their base letters. It stands in for Unicode
// decomposition (golang.org/x/text) so that planner keeps to the standard library: survey
// answers in European languages are mostly Latin-1 and Latin Extended-A, plus Greek and
// Cyrillic.
var foldTable = func() map[rune]string {
	groups := map[string]string{
		"a":  "àáâãäåāăąǎ",
		"c":  "çćĉċč",
		"d":  "ďđð",
		"e":  "èéêëēĕėęě",
		"g":  "ĝğġģ",
		"h":  "ĥħ",
		"i":  "ìíîïĩīĭįıǐ",
		"j":  "ĵ",
		"k":  "ķ",
		"l":  "ĺļľŀł",
		"n":  "ñńņňŉ",
		"o":  "òóôõöøōŏőǒ",
		"r":  "ŕŗř",
		"s":  "śŝşšș",
		"t":  "ţťŧț",
		"u":  "ùúûüũūŭůűųǔ",
		"w":  "ŵ",
		"y":  "ýÿŷ",
		"z":  "źżž",
		"ss": "ß",
		"ae": "æ",
		"oe": "œ",
		"th": "þ",
		// Greek tonos and dialytika, and Cyrillic yo, which writers often leave out.
		"α": "ά",
		"ε": "έ",
		"η": "ή",
		"ι": "ίϊΐ",
		"ο": "ό",
		"υ": "ύϋΰ",
		"ω": "ώ",
		"е": "ё",
	}
	m := make(map[rune]string)
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// FoldLetter returns the base letters of an accented lower-case letter ("é" → "e", "ß" → "ss",
// "ά" → "α") and whether r has them. The survey import matches CSV headers with it, the same
// way theme keywords are matched.
func FoldLetter(r rune) (string, bool) {
	base, ok := foldTable[r]
	return base, ok
}

// ContainsFold reports whether text contains query, ignoring case and accents in any script:
// "zoe" and "ZOË" both find "Zoë Ångström". The plan library's search uses it.
func ContainsFold(text, query string) bool {
	return strings.Contains(fold(text), fold(query))
}

// fold lowercases s and strips accents and combining marks, so that "Café" and "cafe"
// compare equal.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			continue // combining accent of a decomposed letter
		}
		r = unicode.ToLower(r)
		if base, ok := foldTable[r]; ok {
			b.WriteString(base)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// maxSuffix is how many letters may follow a keyword inside a word, so that "edit" finds
// "editing" and "burn" finds "burnout" but "ai" does not find "said" and "time" does not
// find "timeline".
const maxSuffix = 3

// containsWord reports whether the folded keyword kw occurs in the folded text at the start
// of a word, followed by a word end or at most maxSuffix more letters.
func containsWord(text, kw string) bool {
	if kw == "" {
		return false
	}
	for from := 0; from <= len(text)-len(kw); {
		i := strings.Index(text[from:], kw)
		if i < 0 {
			return false
		}
		i += from
		if startsWord(text, i) && endsNear(text[i+len(kw):]) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		from = i + size
	}
	return false
}

func startsWord(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !isWordRune(r)
}

func endsNear(rest string) bool {
	n := 0
	for _, r := range rest {
		if !isWordRune(r) {
			return true
		}
		n++
		if n > maxSuffix {
			return false
		}
	}
	return true
}

// FoldWords reduces text to a key for matching headers, options and names: lower case,
// accents folded (FoldLetter) and combining marks dropped, every other run of punctuation,
// dashes and white space (a no-break space too) made one space, trimmed. An apostrophe
// (' ’ ‘ ` ´) joins the letters around it ("What's" → "whats") unless splitApostrophe is set,
// for names, where "O’Neil" must read as "o neil". Text that is folded already (lower-case
// ASCII letters and digits, one space between words) is returned as it is, not copied: most
// of what a survey export holds, matched cell by cell.
func FoldWords(s string, splitApostrophe bool) string {
	if foldedASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	for _, r := range s {
		switch {
		case r < 0x80 && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < 0x80 && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '´':
			space = space || splitApostrophe
			continue
		case r >= 0x80 && unicode.Is(unicode.Mn, r):
			continue // combining accent of a decomposed letter
		case r >= 0x80 && unicode.IsLetter(r):
			r = unicode.ToLower(r)
			if base, ok := FoldLetter(r); ok {
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

// foldedASCII reports whether s is FoldWords' result already: lower-case ASCII letters and
// digits, words parted by one space, none at either end.
func foldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == ' ' && i > 0 && i+1 < len(s) && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}
