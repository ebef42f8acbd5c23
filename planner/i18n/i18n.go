// Package i18n holds the fixed texts of the exports in each language a plan can be exported
// in, and formats dates, numbers and percentages the way readers of that language expect.
//
// Each language has one catalogue (catalogue_xx.go): a map from a message key to its text.
// Texts name their placeholders in braces, "{version}", so that a translation may put them in
// any order; a key ending in "|one", "|many" or "|other" is a plural form chosen by the CLDR
// plural rules of the language. Numbers and percentages come from golang.org/x/text, so
// "41,7 %" in French and German and "41.7%" in English need no code of ours.
//
// The user's own text never passes through here: only the documents' fixed words do.
package i18n

import (
	"fmt"
	"math"
	"strings"
	"time"

	"golang.org/x/text/feature/plural"
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

// Langs lists the export languages in the order menus show them.
var Langs = []Lang{English, Spanish, French, German, Portuguese}

// catalogues maps each language to its texts.
var catalogues = map[Lang]map[string]string{
	English:    en,
	Spanish:    es,
	French:     fr,
	German:     de,
	Portuguese: pt,
}

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
func (l Lang) Valid() bool {
	_, ok := catalogues[l]
	return ok
}

// Name is the language's name in itself, as a menu shows it: "Español".
func (l Lang) Name() string {
	switch l {
	case English:
		return "English"
	case Spanish:
		return "Español"
	case French:
		return "Français"
	case German:
		return "Deutsch"
	case Portuguese:
		return "Português"
	}
	return string(l)
}

// Printer gives the texts of one language and formats values for it.
type Printer struct {
	lang Lang
	tag  language.Tag
	num  *message.Printer
	cat  map[string]string
}

// New returns the printer of l; an unknown or empty language gives English.
func New(l Lang) *Printer {
	if !l.Valid() {
		l = English
	}
	tag := language.Make(string(l))
	return &Printer{lang: l, tag: tag, num: message.NewPrinter(tag), cat: catalogues[l]}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang { return p.lang }

// lookup finds key in the printer's catalogue, then in English; the key itself when neither
// has it (the catalogue test makes that impossible for the keys in use).
func (p *Printer) lookup(key string) string {
	if s, ok := p.cat[key]; ok {
		return s
	}
	if s, ok := en[key]; ok {
		return s
	}
	return key
}

// T is the text of key with its placeholders filled from args, given as name, value pairs:
// T("cover.version_of", "version", "1.0", "date", "1 December 2026"). Values are formatted
// with %v; format numbers with Number or Percent first.
func (p *Printer) T(key string, args ...any) string {
	return fill(p.lookup(key), args)
}

// N is the plural form of key for the count n, chosen by the language's plural rules, with
// "{n}" filled by the formatted count and the other placeholders from args.
func (p *Printer) N(key string, n int, args ...any) string {
	form := "other"
	switch plural.Cardinal.MatchPlural(p.tag, abs(n), 0, 0, 0, 0) {
	case plural.One:
		form = "one"
	case plural.Many:
		form = "many"
	}
	s, ok := p.cat[key+"|"+form]
	if !ok {
		s, ok = p.cat[key+"|other"]
	}
	if !ok {
		s = p.lookup(key + "|other")
	}
	return fill(s, append([]any{"n", p.Int(n)}, args...))
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// fill replaces each {name} in s by its value in args.
func fill(s string, args []any) string {
	if len(args) < 2 || !strings.Contains(s, "{") {
		return s
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+fmt.Sprint(args[i])+"}", fmt.Sprint(args[i+1]))
	}
	return strings.NewReplacer(pairs...).Replace(s)
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
	return p.lookup(fmt.Sprintf("month.%d", int(m)))
}

// Weekday is the name of a weekday, as it stands alone: "Tuesday", "martes".
func (p *Printer) Weekday(d time.Weekday) string {
	if d < time.Sunday || d > time.Saturday {
		return p.lookup("weekday.day")
	}
	return p.lookup(fmt.Sprintf("weekday.%d", int(d)))
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
