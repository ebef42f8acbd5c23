// Package i18n holds the fixed texts of the app in each language a plan can be exported in,
// and formats dates, numbers and percentages the way readers of that language expect.
//
// Each language has one catalogue, catalogues/xx.json, in go-i18n's JSON format (the format
// of Fyne's own translations, which translation platforms read): a stable key that says what
// the text is ("factor.facilitation.name", "pp.still_missing"), and either the text itself or
// an object with a "description" for the translator and the CLDR plural forms the language
// needs ("one", "many", "other"). Placeholders are named, "{{.version}}", so that a
// translation may put them in any order. A translator adds a language by copying en.json to
// xx.json, translating the texts and running the catalogue test (see the README).
//
// Numbers and percentages come from golang.org/x/text, so "41,7 %" in French and German and
// "41.7%" in English need no code of ours. The user's own text never passes through here:
// only the app's fixed words do.
package i18n

import (
	"embed"
	"fmt"
	"math"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Lang is an export language, as its ISO 639-1 code.
type Lang string

// The export languages.
const (
	English    Lang = "en"
	Spanish    Lang = "es"
	French     Lang = "fr"
	German     Lang = "de"
	Portuguese Lang = "pt"
)

// Pseudo is the pseudo-language of tests: every text is English marked and lengthened by a
// third, "[!! Ŝţéþ ţĥŕéé~~~ !!]", so that a test finds any text that does not come from the
// catalogue (it is not marked) and any layout that has no room for longer words. It is not
// in Langs and no menu offers it.
const Pseudo Lang = "en-XA"

// Langs lists the languages in the order menus show them: the five the app ships with, then
// any other catalogue file by its code, so that a translator's new file is a new language.
var Langs = langs()

func langs() []Lang {
	out := []Lang{English, Spanish, French, German, Portuguese}
	files, _ := catalogueFiles.ReadDir("catalogues")
	for _, f := range files {
		code, ok := strings.CutSuffix(f.Name(), ".json")
		if ok && !slices.Contains(out, Lang(code)) {
			out = append(out, Lang(code))
		}
	}
	return out
}

//go:embed catalogues/*.json
var catalogueFiles embed.FS

// catalogueSet is every catalogue, parsed: go-i18n's bundle, which chooses plural forms and
// fills placeholders, and each language's messages by key.
type catalogueSet struct {
	bundle   *goi18n.Bundle
	messages map[Lang]map[string]*goi18n.Message
	err      error // the first file that failed to parse; the catalogue test reports it
}

// catalogues parses every embedded catalogue once: the catalogue test and the languages'
// names (a menu) need them all; a printer needs only its own (see loadedFor). A file that
// fails to parse leaves its language out (its texts fall back to English) and is reported by
// the catalogue test.
var catalogues = sync.OnceValue(func() *catalogueSet {
	c := &catalogueSet{bundle: goi18n.NewBundle(language.English), messages: map[Lang]map[string]*goi18n.Message{}}
	for _, l := range Langs {
		m, err := parseCatalogue(c.bundle, l)
		if err == nil {
			c.messages[l] = m
		} else if c.err == nil {
			c.err = err
		}
	}
	if pseudo, msgs := pseudoMessages(c.messages[English]); c.bundle.AddMessages(language.Make(string(Pseudo)), msgs...) == nil {
		c.messages[Pseudo] = pseudo
	}
	return c
})

// parsed counts the catalogue files parsed so far (Parsed).
var parsed atomic.Int32

// Parsed is how many catalogue files the program has parsed so far. A test holds start-up to
// it: no package variable may parse one, since a program pays for that before its first line
// runs (English's, 10 ms when planner's defaults were variables).
func Parsed() int { return int(parsed.Load()) }

// parseCatalogue parses l's catalogue into b and returns its messages by key.
func parseCatalogue(b *goi18n.Bundle, l Lang) (map[string]*goi18n.Message, error) {
	parsed.Add(1)
	name := path.Join("catalogues", string(l)+".json")
	buf, err := catalogueFiles.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("catalogue %s: %w", name, err)
	}
	f, err := b.ParseMessageFileBytes(buf, name)
	if err != nil {
		return nil, fmt.Errorf("catalogue %s: %w", name, err)
	}
	m := make(map[string]*goi18n.Message, len(f.Messages))
	for _, msg := range f.Messages {
		m[msg.ID] = msg
	}
	return m, nil
}

// pseudoMessages are Pseudo's messages, made from English's: by key, and as a list.
func pseudoMessages(en map[string]*goi18n.Message) (map[string]*goi18n.Message, []*goi18n.Message) {
	pseudo := make(map[string]*goi18n.Message, len(en))
	msgs := make([]*goi18n.Message, 0, len(en))
	for id, m := range en {
		pm := &goi18n.Message{ID: id, Description: m.Description, One: pseudoText(m.One), Other: pseudoText(m.Other)}
		pseudo[id] = pm
		msgs = append(msgs, pm)
	}
	return pseudo, msgs
}

// oneLanguage is what a printer of one language needs: a bundle of English (every
// language's fallback) and that language alone, and English's messages by key.
type oneLanguage struct {
	bundle  *goi18n.Bundle
	english map[string]*goi18n.Message
}

// languages holds each language's oneLanguage once parsed, as a func made by
// sync.OnceValue.
var languages sync.Map // Lang → func() oneLanguage

// loadedFor parses English's and l's catalogues the first time a printer of l is made, and
// no other: the app's first window waits for the catalogue of its language, and starting
// the app parses two files rather than all of them (a fifth of the time, about 25 ms).
func loadedFor(l Lang) oneLanguage {
	f, _ := languages.LoadOrStore(l, sync.OnceValue(func() oneLanguage {
		one := oneLanguage{bundle: goi18n.NewBundle(language.English)}
		one.english, _ = parseCatalogue(one.bundle, English) // its error is the catalogue test's
		switch l {
		case English:
		case Pseudo:
			_, msgs := pseudoMessages(one.english)
			_ = one.bundle.AddMessages(language.Make(string(Pseudo)), msgs...)
		default:
			_, _ = parseCatalogue(one.bundle, l) // a file that fails falls back to English
		}
		return one
	}))
	return f.(func() oneLanguage)()
}

// pseudoAccents are the marked stand-ins of Pseudo's letters.
var pseudoAccents = strings.NewReplacer(
	"a", "á", "c", "ç", "e", "é", "g", "ĝ", "h", "ĥ", "i", "í", "j", "ĵ", "k", "ķ", "l", "ļ", "n", "ñ",
	"o", "ó", "p", "þ", "r", "ŕ", "s", "š", "t", "ţ", "u", "ú", "w", "ŵ", "y", "ý", "z", "ž",
	"A", "Á", "C", "Ç", "E", "É", "G", "Ĝ", "H", "Ĥ", "I", "Í", "J", "Ĵ", "K", "Ķ", "L", "Ļ", "N", "Ñ",
	"O", "Ó", "P", "Þ", "R", "Ŕ", "S", "Ŝ", "T", "Ţ", "U", "Ú", "W", "Ŵ", "Y", "Ý", "Z", "Ž")

// pseudoAction matches a placeholder, which Pseudo keeps as it is.
var pseudoAction = regexp.MustCompile(`\{\{.*?\}\}`)

// pseudoText marks an English text for Pseudo: its letters accented (placeholders kept), a
// third longer, between "[!! " and " !!]". "" stays "".
func pseudoText(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	last := 0
	for _, loc := range pseudoAction.FindAllStringIndex(s, -1) {
		b.WriteString(pseudoAccents.Replace(s[last:loc[0]]))
		b.WriteString(s[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(pseudoAccents.Replace(s[last:]))
	n := utf8.RuneCountInString(s)
	return PseudoOpen + b.String() + strings.Repeat("~", (n+2)/3) + PseudoClose
}

// Marked is a text in the printer's language that comes from elsewhere than the catalogue
// (CLDR's country names): as it is, but marked in the pseudo-language as a catalogue text is,
// so that the pseudo-language test tells it from a hard-coded one.
func (p *Printer) Marked(s string) string {
	if p.lang == Pseudo {
		return pseudoText(s)
	}
	return s
}

// PseudoOpen and PseudoClose mark each text of Pseudo.
const (
	PseudoOpen  = "[!! "
	PseudoClose = " !!]"
)

// Parse reads a language code such as "es" or "ES"; "" gives English. Anything else is an
// error that lists the codes known.
func Parse(s string) (Lang, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return English, nil
	}
	for _, l := range Langs {
		if string(l) == s {
			return l, nil
		}
	}
	codes := make([]string, len(Langs))
	for i, l := range Langs {
		codes[i] = string(l)
	}
	return "", fmt.Errorf("unknown language %q: use one of %s", s, strings.Join(codes, ", "))
}

// Valid reports whether l is one of Langs.
func (l Lang) Valid() bool { return slices.Contains(Langs, l) }

// Name is the language's name in itself, as a menu shows it: "Español".
func (l Lang) Name() string {
	if m, ok := catalogues().messages[l]["language.name"]; ok && m.Other != "" {
		return m.Other
	}
	return string(l)
}

// Printer gives the texts of one language and formats values for it.
type Printer struct {
	lang Lang
	num  *message.Printer
	loc  func() *goi18n.Localizer
}

// New returns the printer of l; an unknown or empty language gives English. Its catalogue is
// parsed on the first text asked of it (once per language), so that a printer made by a
// package's variables costs a program nothing until it speaks: the CLI and the window's
// first frame parse their one language, when they need it.
func New(l Lang) *Printer {
	if !l.Valid() && l != Pseudo {
		l = English
	}
	tag := language.Make(string(l))
	return &Printer{lang: l, num: message.NewPrinter(tag), loc: sync.OnceValue(func() *goi18n.Localizer {
		return goi18n.NewLocalizer(loadedFor(l).bundle, string(l))
	})}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang { return p.lang }

// Preload parses the printer's catalogue now rather than on its first text, so that a program
// can have it parsed on another goroutine while it does other work: the window's start parses
// it while Fyne opens its display.
func (p *Printer) Preload() { p.loc() }

// Has reports whether the catalogues know key (in English, which every language falls back to).
func Has(key string) bool {
	_, ok := loadedFor(English).english[key]
	return ok
}

// Keys lists the keys of the catalogues that start with prefix, sorted.
func Keys(prefix string) []string {
	var out []string
	for k := range loadedFor(English).english {
		if strings.HasPrefix(k, prefix) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// T is the text of key with its placeholders filled from args, given as name, value pairs:
// T("cover.version_of", "version", "1.0", "date", "1 December 2026"). Values are formatted
// with %v; format numbers with Number or Percent first. A key missing from the printer's
// language gives the English text; a key no catalogue has gives the key itself.
func (p *Printer) T(key string, args ...any) string {
	return p.localize(key, nil, data(args))
}

// N is the plural form of key for the count n, chosen by the language's CLDR plural rules,
// with {{.n}} filled by the formatted count and the other placeholders from args.
func (p *Printer) N(key string, n int, args ...any) string {
	d := data(args)
	d["n"] = p.Int(n)
	return p.localize(key, abs(n), d)
}

func (p *Printer) localize(key string, count any, d map[string]string) string {
	s, err := p.loc().Localize(&goi18n.LocalizeConfig{MessageID: key, TemplateData: d, PluralCount: count})
	if s == "" && err != nil {
		return key
	}
	return s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// data turns name, value pairs into a template's data.
func data(args []any) map[string]string {
	d := make(map[string]string, len(args)/2+1)
	for i := 0; i+1 < len(args); i += 2 {
		d[fmt.Sprint(args[i])] = fmt.Sprint(args[i+1])
	}
	return d
}

// Int formats a whole number with the language's grouping: "12,345", "12.345".
func (p *Printer) Int(n int) string {
	return p.num.Sprint(number.Decimal(n))
}

// Number formats v with at most maxFrac decimals and the language's separators.
func (p *Printer) Number(v float64, maxFrac int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	return p.num.Sprint(number.Decimal(v, number.MaxFractionDigits(maxFrac)))
}

// Percent formats a percentage given in percent units (41.7 for 41.7 %) with at most one
// decimal, the way the language writes it: "41.7%", "41,7 %".
func (p *Printer) Percent(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "—"
	}
	return p.num.Sprint(number.Percent(v/100, number.MaxFractionDigits(1)))
}

// Month is the name of a month: "diciembre".
func (p *Printer) Month(m time.Month) string {
	if m < time.January || m > time.December {
		return ""
	}
	return p.T("month." + strings.ToLower(m.String()))
}

// Weekday is the name of a weekday, as it stands alone: "Tuesday", "martes".
func (p *Printer) Weekday(d time.Weekday) string {
	if d < time.Sunday || d > time.Saturday {
		return p.T("weekday.day")
	}
	return p.T("weekday." + strings.ToLower(d.String()))
}

// Date writes a day in full: "1 December 2026", "1 de diciembre de 2026", "1. Dezember 2026".
// The zero time gives "".
func (p *Printer) Date(year int, month time.Month, day int) string {
	if year == 0 && month == 0 && day == 0 {
		return ""
	}
	return p.T("date.long", "day", day, "month", p.Month(month), "year", year)
}

// Time writes the day of t in full, in t's own location.
func (p *Printer) Time(t time.Time) string {
	y, m, d := t.Date()
	return p.Date(y, m, d)
}

// List joins items the way the language does: "a, b and c", "a, b y c".
func (p *Printer) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return p.T("list.and", "list", strings.Join(items[:len(items)-1], ", "), "last", items[len(items)-1])
}

// FromLocales picks the language for a user's locales, most preferred first, as operating
// systems give them ("de_DE.UTF-8", "pt-BR", "fr"): the first whose language is one of Langs,
// else English. "C", "POSIX" and tags of unknown languages are passed over.
func FromLocales(locales []string) Lang {
	for _, loc := range locales {
		code, _, _ := strings.Cut(strings.TrimSpace(loc), ".") // drop the encoding
		code, _, _ = strings.Cut(code, "@")                    // and the modifier
		parts := strings.FieldsFunc(code, func(r rune) bool { return r == '_' || r == '-' })
		if len(parts) == 0 {
			continue
		}
		if l := Lang(strings.ToLower(parts[0])); l.Valid() {
			return l
		}
	}
	return English
}
