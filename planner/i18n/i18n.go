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
	"encoding/json"
	"errors"
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
	gotemplate "github.com/nicksnyder/go-i18n/v2/i18n/template"
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

// The forms a text may have, by CLDR plural category; most texts have only "other".
const (
	formZero = iota
	formOne
	formTwo
	formFew
	formMany
	formOther
	numForms
)

// formNames are the forms' names in the catalogue files and in go-i18n's plural rules.
var formNames = [numForms]string{"zero", "one", "two", "few", "many", "other"}

// entry is one text of a catalogue: its plural forms, "" where the text has none.
type entry struct{ forms [numForms]string }

// catalogue is one language's texts by key, and the rules that pick a count's plural form.
type catalogue struct {
	msgs   map[string]*entry
	plural *goi18n.Localizer // go-i18n's CLDR rules for lang, through a one-text bundle
}

// parsed counts the catalogue files parsed so far (Parsed).
var parsed atomic.Int32

// Parsed is how many catalogue files the program has parsed so far. A test holds start-up to
// it: no package variable may parse one, since a program pays for that before its first line
// runs (English's, 10 ms when planner's defaults were variables).
func Parsed() int { return int(parsed.Load()) }

// readCatalogue reads l's file: a JSON object of keys, each a text or an object of its plural
// forms and a "description" for translators (go-i18n's format, flat). A value of another kind
// is an error, and the language then falls back to English. The texts alone are kept:
// go-i18n's own parser kept a message and a template holder per text and form, 1.6 MB for
// English's 2,150 texts where this keeps 0.4 MB, and allocated 40% less to read them.
func readCatalogue(l Lang) (map[string]*entry, error) {
	parsed.Add(1)
	name := path.Join("catalogues", string(l)+".json")
	buf, err := catalogueFiles.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("catalogue %s: %w", name, err)
	}
	var raw map[string]catalogueValue
	if err := json.Unmarshal(buf, &raw); err != nil {
		return nil, fmt.Errorf("catalogue %s: %w", name, err)
	}
	msgs := make(map[string]*entry, len(raw))
	for key, v := range raw {
		if v.forms != ([numForms]string{}) { // a text with no form is missing, as in go-i18n
			msgs[key] = &entry{forms: v.forms}
		}
	}
	return msgs, nil
}

// catalogueValue is a key's value in a catalogue file: a text, or an object of its plural
// forms (and a description, which only translators read).
type catalogueValue struct{ forms [numForms]string }

func (v *catalogueValue) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		return json.Unmarshal(b, &v.forms[formOther])
	}
	var f struct{ Zero, One, Two, Few, Many, Other string }
	if err := json.Unmarshal(b, &f); err != nil {
		return errors.New("neither a text nor an object of plural forms")
	}
	v.forms = [numForms]string{f.Zero, f.One, f.Two, f.Few, f.Many, f.Other}
	return nil
}

// pluralRules is go-i18n's CLDR plural rules for l, as a localizer of one text whose forms are
// the forms' names; nil when go-i18n has no rules for l.
func pluralRules(l Lang) *goi18n.Localizer {
	b := goi18n.NewBundle(language.English)
	tag := language.Make(string(l))
	forms := &goi18n.Message{ID: "form"}
	forms.Zero, forms.One, forms.Two, forms.Few, forms.Many, forms.Other = formNames[0], formNames[1], formNames[2], formNames[3], formNames[4], formNames[5]
	if b.AddMessages(tag, forms) != nil {
		return nil
	}
	return goi18n.NewLocalizer(b, tag.String())
}

// form is the plural form the count n takes in the catalogue's language.
func (c *catalogue) form(n int) int {
	name, err := c.plural.Localize(&goi18n.LocalizeConfig{MessageID: "form", PluralCount: n})
	if err == nil {
		if i := slices.Index(formNames[:], name); i >= 0 {
			return i
		}
	}
	return formOther
}

// loaded holds each language's catalogue once read, as a func made by sync.OnceValue:
// a program reads the catalogues of the languages it speaks (English, every language's
// fallback, and the user's), not all of them.
var loaded sync.Map // Lang → func() *catalogue

// catalogueOf is l's catalogue, read the first time it is asked for; nil when l's file is
// missing or fails to read (its texts then fall back to English's; the catalogue test
// reports the file).
func catalogueOf(l Lang) *catalogue {
	f, _ := loaded.LoadOrStore(l, sync.OnceValue(func() *catalogue {
		var msgs map[string]*entry
		if l == Pseudo {
			en := catalogueOf(English)
			if en == nil {
				return nil
			}
			msgs = make(map[string]*entry, len(en.msgs))
			for k, m := range en.msgs {
				pm := &entry{}
				for i, s := range m.forms {
					pm.forms[i] = pseudoText(s)
				}
				msgs[k] = pm
			}
		} else {
			var err error
			if msgs, err = readCatalogue(l); err != nil {
				return nil
			}
		}
		rules := pluralRules(l)
		if rules == nil {
			return nil
		}
		return &catalogue{msgs: msgs, plural: rules}
	}))
	return f.(func() *catalogue)()
}

// templates holds the texts with placeholders, each parsed once it is first used, by its
// message and form.
var templates sync.Map // templateKey → gotemplate.ParsedTemplate

type templateKey struct {
	m    *entry
	form int
}

// text is form of m filled from d, with go-i18n's own template parser (text/template, "{{"
// and "}}", a missing value written "<no value>"). A form m lacks is an error.
func (m *entry) text(form int, d map[string]string) (string, error) {
	src := m.forms[form]
	if src == "" {
		return "", fmt.Errorf("no %q form", formNames[form])
	}
	if !strings.Contains(src, "{{") {
		return src, nil
	}
	k := templateKey{m, form}
	t, ok := templates.Load(k)
	if !ok {
		pt, err := (&gotemplate.TextParser{}).Parse(src, "", "")
		if err != nil {
			return "", err
		}
		t, _ = templates.LoadOrStore(k, pt)
	}
	return t.(gotemplate.ParsedTemplate).Execute(d)
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
	if c := catalogueOf(l); c != nil {
		if m, ok := c.msgs["language.name"]; ok && m.forms[formOther] != "" {
			return m.forms[formOther]
		}
	}
	return string(l)
}

// Printer gives the texts of one language and formats values for it.
type Printer struct {
	lang Lang
	num  *message.Printer
	cat  func() *catalogue // nil when the language's file cannot be read: English then
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
	return &Printer{lang: l, num: message.NewPrinter(tag), cat: sync.OnceValue(func() *catalogue {
		catalogueOf(English) // every language's fallback
		return catalogueOf(l)
	})}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang { return p.lang }

// Preload parses the printer's catalogue now rather than on its first text, so that a program
// can have it parsed on another goroutine while it does other work: the window's start parses
// it while Fyne opens its display.
func (p *Printer) Preload() { p.cat() }

// Has reports whether the catalogues know key (in English, which every language falls back to).
func Has(key string) bool {
	en := catalogueOf(English)
	if en == nil {
		return false
	}
	_, ok := en.msgs[key]
	return ok
}

// Keys lists the keys of the catalogues that start with prefix, sorted.
func Keys(prefix string) []string {
	var out []string
	en := catalogueOf(English)
	if en == nil {
		return nil
	}
	for k := range en.msgs {
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
	return p.localize(key, -1, data(args))
}

// N is the plural form of key for the count n, chosen by the language's CLDR plural rules,
// with {{.n}} filled by the formatted count and the other placeholders from args.
func (p *Printer) N(key string, n int, args ...any) string {
	d := data(args)
	d["n"] = p.Int(n)
	return p.localize(key, abs(n), d)
}

// localize is key's text in the printer's language, else in English (with English's plural
// rules), else the key itself; with the plural form of count (-1: none, "other"), and that
// form's "other" when the text lacks it, as go-i18n's Localizer did.
func (p *Printer) localize(key string, count int, d map[string]string) string {
	var m *entry
	ok := false
	c := p.cat()
	if c != nil {
		m, ok = c.msgs[key]
	}
	if !ok {
		if c = catalogueOf(English); c != nil {
			m, ok = c.msgs[key]
		}
		if !ok {
			return key
		}
	}
	form := formOther
	if count >= 0 {
		form = c.form(count)
	}
	s, err := m.text(form, d)
	if err != nil && form != formOther {
		if s2, err2 := m.text(formOther, d); err2 == nil {
			s = s2
		}
	}
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
