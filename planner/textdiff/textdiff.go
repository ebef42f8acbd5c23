// Package textdiff compares two texts word by word, the way a reader compares two versions of
// a document: what was removed, what was added, and what stayed.
//
// It uses github.com/sergi/go-diff (Myers' algorithm with a time limit and semantic cleanup)
// on words rather than characters: each distinct word or run of spaces becomes one rune, the
// runes are diffed, and the result is mapped back to words. Semantic cleanup then merges the
// short equal stretches between changes, so that a client reads "removed: a monthly call /
// added: a fortnightly workshop" rather than a confetti of single words.
package textdiff

import (
	"regexp"
	"strings"
	"time"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op is what happened to a stretch of text.
type Op int

// Ops.
const (
	Equal Op = iota
	Removed
	Added
)

// Part is a stretch of text and what happened to it.
type Part struct {
	Op   Op
	Text string
}

// token matches a word (anything but spaces) or a run of spaces.
var token = regexp.MustCompile(`\s+|\S+`)

// Words compares before and after word by word. Joining the Equal and Removed parts gives
// before back; joining the Equal and Added parts gives after.
func Words(before, after string) []Part {
	if before == after {
		if before == "" {
			return nil
		}
		return []Part{{Equal, before}}
	}
	index := map[string]rune{}
	var words []string
	encode := func(s string) []rune {
		toks := token.FindAllString(s, -1)
		out := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := index[t]
			if !ok {
				r = runeFor(len(words))
				index[t] = r
				words = append(words, t)
			}
			out[i] = r
		}
		return out
	}
	a, b := encode(before), encode(after)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 2 * time.Second
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(a, b, false))
	var out []Part
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(words[indexOf(r)])
		}
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Removed
		case diffmatchpatch.DiffInsert:
			op = Added
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += sb.String()
			continue
		}
		out = append(out, Part{op, sb.String()})
	}
	return out
}

// The surrogate range holds no valid runes: a rune there would turn into U+FFFD in a string.
const (
	surrogateLo = 0xD800
	surrogateN  = 0xE000 - 0xD800
	firstRune   = 1
)

func runeFor(i int) rune {
	r := rune(i + firstRune)
	if r >= surrogateLo {
		r += surrogateN
	}
	return r
}

func indexOf(r rune) int {
	if r >= surrogateLo+surrogateN {
		r -= surrogateN
	}
	return int(r - firstRune)
}
