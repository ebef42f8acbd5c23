package evidence

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// DateOrder says how to read a numeric date such as 04/05/2026.
type DateOrder int

// The date orders. Auto settles the order from the report itself and asks (an
// AmbiguousDateError) when the report cannot say.
const (
	Auto DateOrder = iota
	DayFirst
	MonthFirst
)

// AmbiguousDateError says a report's dates can be read two ways and nothing in the report
// settles which: the caller asks the person and reads the file again with Options.DateOrder.
type AmbiguousDateError struct {
	Sample string // a date of the report, as written
}

func (e *AmbiguousDateError) Error() string {
	return fmt.Sprintf("the report's dates, such as %q, can be read day first or month first, and nothing in the report says which", e.Sample)
}

// stamp is a date and time as a report writes it, before the day and month are told apart.
type stamp struct {
	raw      string
	a, b, y  int  // the numbers of a numeric date in written order; y the year
	named    bool // the month was written as a word: a is the day, b the month
	iso      bool // year first: b is the month, a the day
	dot      bool // dotted date (05.12.2026): day first in every language that writes it
	hasTime  bool
	h, m, s  int
	hasClock bool
}

var (
	reISO     = regexp.MustCompile(`(\d{4})-(\d{1,2})-(\d{1,2})`)
	reNumeric = regexp.MustCompile(`(\d{1,2})([./-])(\d{1,2})[./-](\d{2,4})`)
	reNamedMD = regexp.MustCompile(`([a-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})`)
	reNamedDM = regexp.MustCompile(`(\d{1,2})\.?\s+(?:de\s+)?([a-z]{3,})\.?,?\s+(?:de\s+)?(\d{4})`)
	reClock   = regexp.MustCompile(`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?`)
)

// months maps the folded first letters of month names in the app's languages (and Polish
// abbreviations) to months.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	for mon, names := range map[time.Month][]string{
		time.January:   {"jan", "ene", "janv", "sty"},
		time.February:  {"feb", "fev", "fevr", "lut"},
		time.March:     {"mar", "mars", "marz", "maerz"},
		time.April:     {"apr", "abr", "avr", "kwi"},
		time.May:       {"may", "mai", "maj"},
		time.June:      {"jun", "juin", "cze"},
		time.July:      {"jul", "juil", "lip"},
		time.August:    {"aug", "ago", "aout", "sie"},
		time.September: {"sep", "set", "sept", "wrz"},
		time.October:   {"oct", "okt", "out", "paz"},
		time.November:  {"nov", "lis"},
		time.December:  {"dec", "dez", "dic", "gru"},
	} {
		for _, n := range names {
			m[n] = mon
		}
	}
	return m
}()

func monthOf(word string) (time.Month, bool) {
	for _, n := range []int{4, 3} {
		if len(word) >= n {
			if m, ok := months[word[:n]]; ok {
				return m, true
			}
		}
	}
	return 0, false
}

// scanStamp finds a date (and a time of day, if any) in s.
func scanStamp(s string) (stamp, bool) {
	st := stamp{raw: strings.TrimSpace(s)}
	txt := foldKeep(s)
	if f, ok := fastStamp(txt); ok {
		f.raw = st.raw
		return f, true
	}
	switch {
	case reISO.MatchString(txt):
		m := reISO.FindStringSubmatch(txt)
		st.y, st.b, st.a = atoi(m[1]), atoi(m[2]), atoi(m[3])
		st.iso = true
		txt = strings.Replace(txt, m[0], " ", 1)
	case reNumeric.MatchString(txt):
		m := reNumeric.FindStringSubmatch(txt)
		st.a, st.b, st.y = atoi(m[1]), atoi(m[3]), atoi(m[4])
		st.dot = m[2] == "."
		txt = strings.Replace(txt, m[0], " ", 1)
	case reNamedMD.MatchString(txt) && namedMonth(reNamedMD.FindStringSubmatch(txt)[1]):
		m := reNamedMD.FindStringSubmatch(txt)
		mon, _ := monthOf(m[1])
		st.a, st.b, st.y, st.named = atoi(m[2]), int(mon), atoi(m[3]), true
		txt = strings.Replace(txt, m[0], " ", 1)
	case reNamedDM.MatchString(txt) && namedMonth(reNamedDM.FindStringSubmatch(txt)[2]):
		m := reNamedDM.FindStringSubmatch(txt)
		mon, _ := monthOf(m[2])
		st.a, st.b, st.y, st.named = atoi(m[1]), int(mon), atoi(m[3]), true
		txt = strings.Replace(txt, m[0], " ", 1)
	default:
		return st, false
	}
	if st.y < 100 {
		st.y += 2000
	}
	if c := reClock.FindStringSubmatch(txt); c != nil {
		st.hasClock = true
		st.h, st.m = atoi(c[1]), atoi(c[2])
		if c[3] != "" {
			st.s = atoi(c[3])
		}
		switch {
		case c[4] == "p" && st.h < 12:
			st.h += 12
		case c[4] == "a" && st.h == 12:
			st.h = 0
		}
	}
	return st, st.y >= 1990 && st.y <= 2100
}

func namedMonth(w string) bool { _, ok := monthOf(w); return ok }

// fastStamp reads the common numeric forms without regular expressions (a report holds
// thousands of them): "2026-12-03 18:02:11", "03/12/2026 à 18:02:11", "05.12.2026, 18:02",
// "12/22/2026 04:58:12 PM". Anything else is left to scanStamp's patterns.
func fastStamp(t string) (stamp, bool) {
	var st stamp
	i := 0
	for i < len(t) && t[i] == ' ' {
		i++
	}
	num := func() (int, int) { // value, digits
		v, n := 0, 0
		for i < len(t) && t[i] >= '0' && t[i] <= '9' && n < 5 {
			v = v*10 + int(t[i]-'0')
			i++
			n++
		}
		return v, n
	}
	a, na := num()
	if na == 0 || i >= len(t) {
		return st, false
	}
	sep := t[i]
	if sep != '/' && sep != '.' && sep != '-' {
		return st, false
	}
	i++
	b, nb := num()
	if nb == 0 || nb > 2 || i >= len(t) || t[i] != sep {
		return st, false
	}
	i++
	c, nc := num()
	switch {
	case na == 4 && (nc == 1 || nc == 2):
		st.y, st.b, st.a, st.iso = a, b, c, true
	case na <= 2 && (nc == 2 || nc == 4):
		st.a, st.b, st.y, st.dot = a, b, c, sep == '.'
	default:
		return st, false
	}
	if st.y < 100 {
		st.y += 2000
	}
	// The rest: nothing, or separators and words ("à", "um", ",", "t") then a clock.
	rest := t[i:]
	if strings.TrimSpace(rest) == "" {
		return st, st.y >= 1990 && st.y <= 2100
	}
	j := strings.IndexByte(rest, ':')
	if j < 1 {
		return st, false
	}
	k := j
	for k > 0 && rest[k-1] >= '0' && rest[k-1] <= '9' {
		k--
	}
	if j-k < 1 || j-k > 2 || strings.ContainsAny(rest[:k], "0123456789") {
		return st, false
	}
	c2, ok := clockOf(strings.TrimSuffix(strings.TrimSpace(rest[k:]), " utc"))
	if !ok {
		return st, false
	}
	st.hasClock = true
	st.h, st.m, st.s = int(c2/time.Hour), int(c2%time.Hour/time.Minute), int(c2%time.Minute/time.Second)
	return st, st.y >= 1990 && st.y <= 2100
}

// foldKeep lower-cases s and folds its accents but keeps punctuation; no-break spaces become
// spaces.
func foldKeep(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case '\u00a0', '\u202f', '\u2009':
			b.WriteByte(' ')
			continue
		}
		if base, ok := planner.FoldLetter(r); ok {
			b.WriteString(base)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// dateOrder settles the order of a report's numeric dates: from a number over 12 in either
// place, dotted dates, or the header's language (every app language but English writes the
// day first), else from opt; otherwise it returns an AmbiguousDateError.
func dateOrder(stamps []stamp, lang string, opt DateOrder) (DateOrder, error) {
	if opt != Auto {
		return opt, nil
	}
	dayFirst, monthFirst, ambiguous := false, false, ""
	for _, st := range stamps {
		if st.named || st.iso {
			continue
		}
		switch {
		case st.dot:
			dayFirst = true
		case st.a > 12:
			dayFirst = true
		case st.b > 12:
			monthFirst = true
		case st.a != st.b && ambiguous == "":
			ambiguous = st.raw
		}
	}
	switch {
	case dayFirst && monthFirst:
		return Auto, fmt.Errorf("%w: its dates mix day-first and month-first forms", ErrMalformed)
	case dayFirst:
		return DayFirst, nil
	case monthFirst:
		return MonthFirst, nil
	case ambiguous == "":
		return DayFirst, nil // no numeric date is ambiguous: the order does not matter
	case lang != "" && lang != "en":
		return DayFirst, nil
	}
	return Auto, &AmbiguousDateError{Sample: ambiguous}
}

// at returns the stamp as a time in order o (UTC: reports give local times, and only the
// date and the differences between times are used).
func (st stamp) at(o DateOrder) (time.Time, error) {
	day, mon := st.a, st.b
	if !st.named && !st.iso && o == MonthFirst {
		day, mon = st.b, st.a
	}
	if mon < 1 || mon > 12 || day < 1 || day > 31 || st.h > 23 || st.m > 59 || st.s > 59 {
		return time.Time{}, fmt.Errorf("%w: %q is not a date", ErrMalformed, st.raw)
	}
	t := time.Date(st.y, time.Month(mon), day, st.h, st.m, st.s, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, fmt.Errorf("%w: %q is not a date", ErrMalformed, st.raw)
	}
	return t, nil
}

var reDurPart = regexp.MustCompile(`(\d+(?:[.,]\d+)?)\s*([a-z]+)?`)

// parseMinutes reads a duration as reports write it: a number of minutes (Zoom), "1:05:03",
// or number-and-unit pairs in any of the studied languages ("1h 5m 3s", "2 h 44 m" with
// no-break spaces, "1 godz. 5 min 3 sek.", "1 Std. 5 Min.", "1 hr 5 min", "45 s").
func parseMinutes(s string) (float64, bool) {
	t := strings.TrimSpace(foldKeep(s))
	if t == "" {
		return 0, false
	}
	if v, err := strconv.ParseFloat(strings.Replace(t, ",", ".", 1), 64); err == nil {
		return v, v >= 0 && !math.IsInf(v, 0) && !math.IsNaN(v)
	}
	if parts := strings.Split(t, ":"); len(parts) >= 2 && len(parts) <= 3 {
		var n [3]int
		for i, p := range parts {
			v, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || v < 0 {
				return 0, false
			}
			n[i] = v
		}
		if len(parts) == 2 {
			return float64(n[0]*60 + n[1]), true
		}
		return float64(n[0]*60+n[1]) + float64(n[2])/60, true
	}
	total, found := 0.0, false
	rest := t
	for _, m := range reDurPart.FindAllStringSubmatch(t, -1) {
		v, err := strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64)
		if err != nil {
			return 0, false
		}
		unit := m[2]
		switch {
		case unit == "":
			return 0, false
		case strings.HasPrefix(unit, "d") || strings.HasPrefix(unit, "j") || strings.HasPrefix(unit, "tag"):
			total += v * 24 * 60
		case strings.HasPrefix(unit, "h") || strings.HasPrefix(unit, "std") || strings.HasPrefix(unit, "stu") || strings.HasPrefix(unit, "godz") || unit == "g":
			total += v * 60
		case strings.HasPrefix(unit, "m"):
			total += v
		case strings.HasPrefix(unit, "s"):
			total += v / 60
		default:
			return 0, false
		}
		found = true
		rest = strings.Replace(rest, m[0], "", 1)
	}
	if !found || strings.Trim(rest, " .,") != "" {
		return 0, false
	}
	return total, true
}
