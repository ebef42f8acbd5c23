package i18n

import (
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// catalogueSet is every catalogue as go-i18n itself parses it: the catalogue tests check the
// files through it, and it is the oracle the printer's own reading of them is held to.
type catalogueSet struct {
	bundle   *goi18n.Bundle
	messages map[Lang]map[string]*goi18n.Message
	err      error // the first file that failed to parse
}

// catalogues parses every embedded catalogue once with go-i18n, and makes the pseudo-language's
// messages from English's as the printer does.
var catalogues = sync.OnceValue(func() *catalogueSet {
	c := &catalogueSet{bundle: goi18n.NewBundle(language.English), messages: map[Lang]map[string]*goi18n.Message{}}
	for _, l := range Langs {
		name := path.Join("catalogues", string(l)+".json")
		buf, err := catalogueFiles.ReadFile(name)
		if err == nil {
			var f *goi18n.MessageFile
			if f, err = c.bundle.ParseMessageFileBytes(buf, name); err == nil {
				m := make(map[string]*goi18n.Message, len(f.Messages))
				for _, msg := range f.Messages {
					m[msg.ID] = msg
				}
				c.messages[l] = m
			}
		}
		if err != nil && c.err == nil {
			c.err = fmt.Errorf("catalogue %s: %w", name, err)
		}
	}
	pseudo := make(map[string]*goi18n.Message, len(c.messages[English]))
	msgs := make([]*goi18n.Message, 0, len(c.messages[English]))
	for id, m := range c.messages[English] {
		pm := &goi18n.Message{ID: id, Description: m.Description, One: pseudoText(m.One), Other: pseudoText(m.Other)}
		pseudo[id] = pm
		msgs = append(msgs, pm)
	}
	if c.bundle.AddMessages(language.Make(string(Pseudo)), msgs...) == nil {
		c.messages[Pseudo] = pseudo
	}
	return c
})

// TestPrinterReadsAsGoI18n holds the printer's own reading of the catalogues to go-i18n's:
// every text of every language, the pseudo-language included, with its placeholders filled
// and for counts of every plural kind, is what go-i18n's Localizer gives for it; and a key no
// catalogue has gives the key.
func TestPrinterReadsAsGoI18n(t *testing.T) {
	counts := []int{0, 1, 2, 3, 5, 11, 21, 100, 101, 1000000, 2000000, -1}
	for _, l := range append(slices.Clone(Langs), Pseudo) {
		p := New(l)
		oracle := goi18n.NewLocalizer(catalogues().bundle, string(l))
		for k, m := range catalogues().messages[English] {
			d := map[string]string{}
			args := []any{}
			for _, name := range placeholders(m.Other) {
				d[name] = "<" + name + ">"
				args = append(args, name, "<"+name+">")
			}
			want, err := oracle.Localize(&goi18n.LocalizeConfig{MessageID: k, TemplateData: d})
			if err != nil {
				t.Fatalf("%s %q: go-i18n: %v", l, k, err)
			}
			if got := p.T(k, args...); got != want {
				t.Errorf("%s T(%q) = %q, go-i18n %q", l, k, got, want)
			}
			if len(forms(m)) < 2 {
				continue
			}
			for _, n := range counts {
				dn := map[string]string{"n": p.Int(n)}
				for name, v := range d {
					if name != "n" {
						dn[name] = v
					}
				}
				want, err := oracle.Localize(&goi18n.LocalizeConfig{MessageID: k, TemplateData: dn, PluralCount: abs(n)})
				if err != nil {
					t.Fatalf("%s %q %d: go-i18n: %v", l, k, n, err)
				}
				if got := p.N(k, n, args...); got != want {
					t.Errorf("%s N(%q, %d) = %q, go-i18n %q", l, k, n, got, want)
				}
			}
		}
		if got := p.T("no.such.key"); got != "no.such.key" {
			t.Errorf("%s: a key no catalogue has gives %q", l, got)
		}
	}
}

// placeholder matches a named placeholder, "{{.version}}"; action matches any template action.
var (
	placeholder = regexp.MustCompile(`\{\{\.([a-z_]+)\}\}`)
	action      = regexp.MustCompile(`\{\{.*?\}\}`)
)

func placeholders(s string) []string {
	var ps []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		ps = append(ps, m[1])
	}
	slices.Sort(ps)
	return slices.Compact(ps)
}

// forms are the plural forms a message has, by name.
func forms(m *goi18n.Message) map[string]string {
	f := map[string]string{}
	for name, s := range map[string]string{"zero": m.Zero, "one": m.One, "two": m.Two, "few": m.Few, "many": m.Many, "other": m.Other} {
		if s != "" {
			f[name] = s
		}
	}
	return f
}

// plural reports whether English gives the message more than one form.
func plural(key string) bool {
	return len(forms(catalogues().messages[English][key])) > 1
}

// TestCataloguesParse checks that every language's file is there and is valid go-i18n JSON.
func TestCataloguesParse(t *testing.T) {
	if err := catalogues().err; err != nil {
		t.Fatal(err)
	}
	for _, l := range Langs {
		if len(catalogues().messages[l]) == 0 {
			t.Errorf("%s: no messages", l)
		}
	}
}

// TestCataloguesComplete checks that every key of every catalogue exists in every other, that
// no text is empty, and that each form of a text has the same placeholders as its English
// original, and no other template action (a plural form may leave out {{.n}}: English says
// "Every week" for one).
func TestCataloguesComplete(t *testing.T) {
	en := catalogues().messages[English]
	for _, l := range Langs {
		cat := catalogues().messages[l]
		for k := range en {
			if _, ok := cat[k]; !ok {
				t.Errorf("%s lacks %q", l, k)
			}
		}
		for k, m := range cat {
			ref, ok := en[k]
			if !ok {
				t.Errorf("%s has %q, which English lacks", l, k)
				continue
			}
			want := placeholders(ref.Other)
			for form, s := range forms(m) {
				if strings.TrimSpace(s) == "" {
					t.Errorf("%s %q %s is empty", l, k, form)
				}
				if n, a := len(placeholder.FindAllString(s, -1)), len(action.FindAllString(s, -1)); n != a {
					t.Errorf("%s %q %s: only named placeholders such as {{.n}} may stand in braces: %q", l, k, form, s)
				}
				have := placeholders(s)
				if form != "other" {
					have = slices.DeleteFunc(have, func(p string) bool { return p == "n" })
					want := slices.DeleteFunc(slices.Clone(want), func(p string) bool { return p == "n" })
					if !slices.Equal(want, have) {
						t.Errorf("%s %q %s has placeholders %v, English %v", l, k, form, have, want)
					}
					continue
				}
				if !slices.Equal(want, have) {
					t.Errorf("%s %q has placeholders %v, English %v", l, k, have, want)
				}
			}
			if m.Other == "" {
				t.Errorf("%s %q has no \"other\" form", l, k)
			}
			if !plural(k) && len(forms(m)) > 1 {
				t.Errorf("%s %q has plural forms, but English has one text: add them to English first", l, k)
			}
		}
	}
}

// TestCataloguesPluralForms checks that each plural text has every form its language's CLDR rules ask
// for, for counts of every kind (French and Portuguese count 0 as one; Spanish, French and
// Portuguese have a form for a million).
func TestCataloguesPluralForms(t *testing.T) {
	counts := []int{0, 1, 2, 3, 5, 11, 21, 100, 101, 1000000, 2000000}
	for _, l := range Langs {
		for k := range catalogues().messages[English] {
			if !plural(k) {
				continue
			}
			for _, n := range counts {
				_, err := goi18n.NewLocalizer(catalogues().bundle, string(l)).Localize(&goi18n.LocalizeConfig{MessageID: k, PluralCount: n, TemplateData: map[string]string{}})
				if err != nil {
					t.Errorf("%s %q for %d: %v", l, k, n, err)
				}
			}
		}
	}
}

// TestCataloguesDescriptions checks that every text whose English alone is ambiguous, a word or two
// such as "Open" or "Min", tells the translator what it is.
func TestCataloguesDescriptions(t *testing.T) {
	for k, m := range catalogues().messages[English] {
		words := strings.Fields(placeholder.ReplaceAllString(m.Other, ""))
		if len(words) <= 2 && strings.TrimSpace(m.Description) == "" {
			t.Errorf("%q (%q) needs a description for translators", k, m.Other)
		}
	}
}

// TestCataloguesKeys keeps keys stable and meaningful: no part of a key is a position
// ("factor.0"), which would change meaning when a list is reordered.
func TestCataloguesKeys(t *testing.T) {
	pos := regexp.MustCompile(`(^|\.)-?[0-9]+(\.|$)`)
	for k := range catalogues().messages[English] {
		if pos.MatchString(k) {
			t.Errorf("%q names a position, not what the text is", k)
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

func TestFill(t *testing.T) {
	p := New(German)
	if got := p.T("footer.by_for", "by", "Ana", "client", "Acme"); got != "Erstellt von Ana für Acme" {
		t.Errorf("got %q", got)
	}
	if got := p.T("no.such.key"); got != "no.such.key" {
		t.Errorf("an unknown key gives %q, want the key", got)
	}
	if got := p.N("pp.people", 1200, "list", "Ana"); !strings.HasPrefix(got, "1.200 ") {
		t.Errorf("the count is not formatted the German way: %q", got)
	}
}

func TestFromLocales(t *testing.T) {
	for _, tt := range []struct {
		locales []string
		want    Lang
	}{
		{nil, English},
		{[]string{"de_DE.UTF-8"}, German},
		{[]string{"pt-BR"}, Portuguese},
		{[]string{"C.UTF-8"}, English},
		{[]string{"xx_YY", "fr_CA.UTF-8@euro"}, French},
		{[]string{"", "-", "ES"}, Spanish},
		{[]string{"ja_JP.UTF-8"}, English},
	} {
		if got := FromLocales(tt.locales); got != tt.want {
			t.Errorf("FromLocales(%q) = %s, want %s", tt.locales, got, tt.want)
		}
	}
}

// TestPseudo: every text of the pseudo-language is marked, a third longer than the English
// and keeps its placeholders, and plurals and dates work in it as in English.
func TestPseudo(t *testing.T) {
	p := New(Pseudo)
	if p.Lang() != Pseudo {
		t.Fatalf("New(Pseudo) is %s", p.Lang())
	}
	for _, k := range Keys("") {
		got, want := catalogues().messages[Pseudo][k].Other, catalogues().messages[English][k].Other
		if !strings.HasPrefix(got, PseudoOpen) || !strings.HasSuffix(got, PseudoClose) {
			t.Errorf("%s is not marked: %q", k, got)
		}
		if inner := strings.TrimSuffix(strings.TrimPrefix(got, PseudoOpen), PseudoClose); len([]rune(inner)) < len([]rune(want))*4/3 {
			t.Errorf("%s is not a third longer: %q for %q", k, got, want)
		}
	}
	if got := p.N("pp.people", 3, "list", "Ana"); !strings.Contains(got, "3") || !strings.Contains(got, "Ana") || !strings.HasPrefix(got, PseudoOpen) {
		t.Errorf("a plural text loses its values: %q", got)
	}
	if got := p.T("month.march"); got != "[!! Máŕçĥ~~ !!]" {
		t.Errorf("month = %q", got)
	}
	if slices.Contains(Langs, Pseudo) {
		t.Error("the pseudo-language is offered as a language")
	}
}

// TestMarked checks that a text from outside the catalogue passes as it is in a real
// language and is marked in the pseudo-language.
func TestMarked(t *testing.T) {
	if got := New(German).Marked("Frankreich"); got != "Frankreich" {
		t.Errorf("German Marked = %q", got)
	}
	if got := New(Pseudo).Marked("France"); !strings.HasPrefix(got, PseudoOpen) || strings.Contains(got, "France") {
		t.Errorf("pseudo Marked = %q, want it marked and accented", got)
	}
}
