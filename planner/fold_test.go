package planner

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Café":               "cafe",
		"STRAßE":             "strasse",
		"Ελένη":              "ελενη",
		"Ёлка":               "елка",
		"e\u0301":            "e",
		"Łódź":               "lodz",
		"Ærø":                "aero",
		"":                   "",
		"plain ascii 123 !?": "plain ascii 123 !?",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzMatchThemes(f *testing.F) {
	for _, s := range []string{"editing takes forever", "épuisé", "\xff\xfe", "a", "burn  out", "said ai"} {
		f.Add(s, "edit")
	}
	f.Fuzz(func(t *testing.T, text, kw string) {
		themes := []Theme{{ID: 1, Keywords: []string{kw}}, {ID: 2, Keywords: []string{"edit", "burn out"}}}
		got := MatchThemes(text, themes)
		if len(got) > 2 {
			t.Fatalf("more matches than themes: %v", got)
		}
		for i, id := range got {
			if id != 1 && id != 2 || i > 0 && got[i-1] >= id {
				t.Fatalf("bad IDs %v", got)
			}
		}
		// A keyword that is a whole word of valid text always matches itself.
		if k := strings.TrimSpace(kw); k != "" && utf8.ValidString(k) && !strings.ContainsAny(k, "\u0300\u0301") {
			if m := MatchThemes(k, themes[:1]); len(m) != 1 && isWordText(fold(k)) {
				t.Fatalf("keyword %q does not match itself", k)
			}
		}
	})
}

// isWordText reports whether s starts and ends with a word rune, so that it is a word of itself.
func isWordText(s string) bool {
	f, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	return isWordRune(f) && isWordRune(l)
}

func TestFoldWords(t *testing.T) {
	for _, tc := range []struct {
		in    string
		split bool
		want  string
	}{
		{"  What’s your  biggest pain – today? ", false, "whats your biggest pain today"},
		{"whats your biggest pain - today", false, "whats your biggest pain today"},
		{"O’Neil, Zoë", true, "o neil zoe"},
		{"O'Neil", false, "oneil"},
		{"Cafe\u0301\u00a0Ångström", false, "cafe angstrom"}, // decomposed accent, no-break space
		{"Łukasz Żółć", true, "lukasz zolc"},
	} {
		if got := FoldWords(tc.in, tc.split); got != tc.want {
			t.Errorf("FoldWords(%q, %v) = %q, want %q", tc.in, tc.split, got, tc.want)
		}
	}
}
