package csvimport

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner"
)

// scaleValue reads a scale answer: a whole number from 1 to 10 and nothing else, written
// "7", "7.0" or "7,0", or followed by the label a tool shows beside it ("7 – Good", "7 (good)")
// or the scale's top ("7/10"). A date ("5/31/23"), a time, a fraction ("7.5"), a number run
// into a word or unit ("7th", "7%") or outside 1–10 is no scale answer.
func scaleValue(v string) (int, bool) {
	v = strings.TrimSpace(v)
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return 0, false
	}
	n, _ := strconv.Atoi(v[:i])
	rest := v[i:]
	if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		// A decimal: "7.0" is seven, "7.5" is no whole number.
		j := 1
		for j < len(rest) && rest[j] == '0' {
			j++
		}
		if j < len(rest) && rest[j] >= '1' && rest[j] <= '9' {
			return 0, false
		}
		rest = rest[j:]
	}
	switch {
	case rest == "":
	case rest == "/10" || rest == " / 10":
	case rest[0] == ' ' || rest[0] == '(' || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || rest[0] == '-':
		// A label: after the separators there must be a word, not more figures ("7 15:26").
		label := strings.TrimLeft(rest, " -–—(")
		if label == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(label)
		if !unicode.IsLetter(r) {
			return 0, false
		}
	default:
		return 0, false
	}
	return n, planner.DefaultScale.Contains(float64(n))
}

// wholeScale reports whether v is a bare whole number from 1 to 10 ("7", "7.0"): the only
// answers from which a new question is taken to be a scale.
func wholeScale(v string) bool {
	n, ok := scaleValue(v)
	if !ok {
		return false
	}
	v = strings.TrimSpace(v)
	if i := strings.IndexAny(v, ".,"); i > 0 && strings.Trim(v[i+1:], "0") == "" {
		v = v[:i]
	}
	return v == strconv.Itoa(n)
}

// maxChoices is the most distinct answers a choice column has: more make it open text.
const maxChoices = 12

// guessKind guesses the kind of a new question from the column's answers, strictly: a scale
// when every answer is a bare whole number from 1 to 10; a choice when the answers come from
// a small set (at most maxChoices distinct, each short, each on average given twice);
// multiple choice when answers join such choices with ";" (Microsoft Forms), line breaks
// (Jotform) or ", " (Google Forms, Tally); open text otherwise (long, numeric or all
// different answers). The choices become the options. ok is false when the column has no
// answers.
func guessKind(rows [][]string, cols []int, format Format) (planner.QuestionKind, []string, bool) {
	var values []string
	for _, row := range rows {
		for _, c := range cols {
			if c < len(row) {
				if v := cleanCell(row[c]); v != "" {
					values = append(values, v)
				}
			}
		}
	}
	if len(values) == 0 {
		return "", nil, false
	}
	scale := true
	for _, v := range values {
		if !wholeScale(v) {
			scale = false
			break
		}
	}
	if scale {
		return planner.KindScale, nil, true
	}
	for _, sep := range joiners(format) {
		if opts, ok := choiceSet(values, sep); ok {
			return planner.KindMulti, opts, true
		}
	}
	if opts, ok := choiceSet(values, ""); ok {
		return planner.KindSingle, opts, true
	}
	return planner.KindText, nil, true
}

// joiners are the separators a tool joins the choices of a multiple-choice answer with, in
// the order they are tried: Jotform puts each on its own line, Microsoft Forms joins with
// ";", Google Forms and Tally with ", ". A file of unknown origin may use ";" or ", ".
func joiners(f Format) []string {
	if f == Jotform {
		return []string{"\n", ";", ", "}
	}
	return []string{";", ", "}
}

// choiceSet splits the values on sep ("" for none) and returns the distinct parts when they
// form a small set of short choices that repeat. With a separator, some value must hold two
// or more parts.
func choiceSet(values []string, sep string) ([]string, bool) {
	var options []string
	distinct := map[string]bool{}
	total, joined := 0, false
	for _, v := range values {
		parts := []string{v}
		if sep != "" {
			parts = strings.Split(v, sep)
		}
		n := 0
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if p == "" {
				continue
			}
			if p[0] >= '0' && p[0] <= '9' || utf8.RuneCountInString(p) > 40 || strings.Contains(p, "\n") && sep != "\n" {
				return nil, false
			}
			n++
			total++
			if k := normKey(p); !distinct[k] {
				distinct[k] = true
				options = append(options, p)
			}
		}
		joined = joined || n > 1
	}
	if sep != "" && !joined {
		return nil, false
	}
	if len(options) == 0 || len(options) > maxChoices || len(options)*2 > total && len(options) == total {
		return nil, false
	}
	if sep == ", " && len(options)*2 > total {
		return nil, false // free text with commas: the parts hardly repeat
	}
	return options, true
}
