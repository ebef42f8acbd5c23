package csvimport

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// TestNormKeyASCII checks normKey's own folding of ASCII text against planner.FoldWords, the
// one rule: on every cell and header of the test files and on random ASCII strings made of
// letters, digits, spaces, apostrophes and punctuation.
func TestNormKeyASCII(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := normKey(s), planner.FoldWords(s, false); got != want {
			t.Fatalf("normKey(%q) = %q, FoldWords gives %q", s, got, want)
		}
	}
	for _, s := range []string{"", " ", "a", "A", "a b", " a b", "a b ", "a  b", "What's your  biggest pain - today? ",
		"whats your biggest pain today", "''", "`x`", "1-10", "N/A", "n a", "--", "x\ny", "x\tY", "Ünïcode – dash", "a\x80b"} {
		check(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.csv"))
	real, _ := filepath.Glob(filepath.Join("testdata", "real", "*.csv"))
	cells := 0
	for _, name := range append(files, real...) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ReadSurvey(bytes.NewReader(data))
		if err != nil {
			continue // the files made to fail reading
		}
		for _, h := range f.Header {
			check(h)
		}
		for _, row := range f.Rows {
			for _, c := range row {
				check(c)
				cells++
			}
		}
	}
	if cells < 1000 {
		t.Fatalf("only %d cells read from testdata", cells)
	}
	const alphabet = "aZz09 '`-_.,;:!?/()[]\"\n\t"
	r := rand.New(rand.NewPCG(7, 26))
	buf := make([]byte, 0, 16)
	for range 100000 {
		buf = buf[:0]
		for range r.IntN(16) {
			buf = append(buf, alphabet[r.IntN(len(alphabet))])
		}
		check(string(buf))
	}
}
