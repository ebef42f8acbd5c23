package i18n

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

func placeholders(s string) []string {
	ps := placeholder.FindAllString(s, -1)
	slices.Sort(ps)
	return slices.Compact(ps)
}

// baseKey strips a plural form: "rotation.weeks|one" → "rotation.weeks".
func baseKey(k string) (string, string) {
	b, form, _ := strings.Cut(k, "|")
	return b, form
}

// TestCataloguesComplete checks that every key of every catalogue exists in every other and
// that each text has the same placeholders as its English original. Plural keys must have an
// "other" form in every language; their forms may differ in which placeholders they use only
// by "{n}" (English "Every week" for one needs no number).
func TestCataloguesComplete(t *testing.T) {
	bases := func(cat map[string]string) map[string]bool {
		m := map[string]bool{}
		for k := range cat {
			b, form := baseKey(k)
			if form != "" {
				b += "|"
			}
			m[b] = true
		}
		return m
	}
	ref := bases(en)
	for _, l := range Langs {
		cat := catalogues[l]
		got := bases(cat)
		for k := range ref {
			if !got[k] {
				t.Errorf("%s lacks %q", l, strings.TrimSuffix(k, "|"))
			}
		}
		for k := range got {
			if !ref[k] {
				t.Errorf("%s has %q, which English lacks", l, strings.TrimSuffix(k, "|"))
			}
		}
		for k, s := range cat {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s %q is empty", l, k)
			}
			b, form := baseKey(k)
			if form == "" {
				if want, have := placeholders(en[k]), placeholders(s); !slices.Equal(want, have) {
					t.Errorf("%s %q has placeholders %v, English %v", l, k, have, want)
				}
				continue
			}
			if _, ok := cat[b+"|other"]; !ok {
				t.Errorf("%s %q has no |other form", l, b)
			}
			if !slices.Contains([]string{"one", "many", "other"}, form) {
				t.Errorf("%s %q: unknown plural form %q", l, k, form)
			}
			strip := func(ps []string) []string {
				return slices.DeleteFunc(ps, func(p string) bool { return p == "{n}" })
			}
			if want, have := strip(placeholders(en[b+"|other"])), strip(placeholders(s)); !slices.Equal(want, have) {
				t.Errorf("%s %q has placeholders %v, English %v", l, k, have, want)
			}
		}
	}
}

func TestFormats(t *testing.T) {
	tests := []struct {
		lang              Lang
		date, pct, number string
	}{
		{English, "1 December 2026", "41.7%", "12,345.5"},
		{Spanish, "1 de diciembre de 2026", "41,7\u00a0%", "12.345,5"},
		{French, "1 décembre 2026", "41,7\u00a0%", "12\u00a0345,5"},
		{German, "1. Dezember 2026", "41,7\u00a0%", "12.345,5"},
		{Portuguese, "1 de dezembro de 2026", "41,7%", "12.345,5"},
	}
	for _, tt := range tests {
		t.Run(string(tt.lang), func(t *testing.T) {
			p := New(tt.lang)
			if got := p.Date(2026, time.December, 1); got != tt.date {
				t.Errorf("Date = %q, want %q", got, tt.date)
			}
			if got := p.Percent(41.666); got != tt.pct {
				t.Errorf("Percent = %q, want %q", got, tt.pct)
			}
			if got := p.Number(12345.5, 1); got != tt.number {
				t.Errorf("Number = %q, want %q", got, tt.number)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	tests := []struct {
		lang Lang
		n    int
		want string
	}{
		{English, 1, "Every week"},
		{English, 2, "Every 2 weeks"},
		{Spanish, 1, "Cada semana"},
		{Spanish, 3, "Cada 3 semanas"},
		{French, 1, "Toutes les semaines"},
		{French, 0, "Toutes les semaines"}, // French counts 0 as one
		{German, 6, "Alle 6 Wochen"},
	}
	for _, tt := range tests {
		if got := New(tt.lang).N("rotation.weeks", tt.n); got != tt.want {
			t.Errorf("%s N(%d) = %q, want %q", tt.lang, tt.n, got, tt.want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, s := range []string{"es", " DE ", ""} {
		if _, err := Parse(s); err != nil {
			t.Errorf("Parse(%q): %v", s, err)
		}
	}
	if _, err := Parse("xx"); err == nil || !strings.Contains(err.Error(), "en, es, fr, de, pt") {
		t.Errorf("Parse(xx) = %v, want an error naming the codes", err)
	}
	if New("xx").Lang() != English {
		t.Error("an unknown language does not fall back to English")
	}
}

func TestFillLeavesUnknownPlaceholders(t *testing.T) {
	p := New(English)
	if got := p.T("footer.by_for", "by", "Ana"); got != "Prepared by Ana for {client}" {
		t.Errorf("got %q", got)
	}
}
