package planner

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Date is a calendar day with no time of day or zone, stored and shown as ISO 8601 (2026-03-01).
// The zero Date means "not set".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads an ISO date (YYYY-MM-DD). Empty text gives the zero Date and no error.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date like 2026-03-01", s)
	}
	return DateOf(t), nil
}

// shortDateSeps is the separator of each language's short date form, day first: "7.12.2026"
// in German, "7/12/2026" in Spanish, French and Portuguese. English has none: "7/12/2026"
// is 7 December to a British reader and 12 July to an American one, so an English field
// takes the ISO form alone, as it always has.
var shortDateSeps = map[i18n.Lang]string{
	i18n.German:     ".",
	i18n.Spanish:    "/",
	i18n.French:     "/",
	i18n.Portuguese: "/",
}

// ParseDateIn reads a date typed by a person who writes in lang: the ISO form (2026-12-07)
// in every language, and the language's short form, day, month and a four-digit year
// ("7.12.2026", "07.12.2026" in German; "7/12/2026" in Spanish, French and Portuguese).
// Empty text gives the zero Date and no error. A text that is neither, or names a day the
// calendar lacks (31.2.2026), is a *ValidationError whose sentence (Says) shows the forms
// the language accepts.
func ParseDateIn(lang i18n.Lang, s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	if d, err := ParseDate(s); err == nil {
		return d, nil
	}
	if sep, ok := shortDateSeps[lang]; ok {
		if d, ok := parseDayFirst(s, sep); ok {
			return d, nil
		}
	}
	example := Date{2026, time.December, 7}
	m := msg("ui.common.date.invalid", "text", s, "example", example.ShortIn(lang), "iso", example.String())
	if _, ok := shortDateSeps[lang]; !ok {
		m = msg("ui.common.date.invalid_iso", "text", s, "iso", example.String())
	}
	return Date{}, &ValidationError{Msg: m.String(), Says: m}
}

// parseDayFirst reads day, month and a four-digit year separated by sep (spaces around the
// separators allowed: "7. 12. 2026"), checking that the day exists.
func parseDayFirst(s, sep string) (Date, bool) {
	parts := strings.Split(s, sep)
	if len(parts) != 3 {
		return Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 4 || (i < 2 && len(p) > 2) || (i == 2 && len(p) != 4) {
			return Date{}, false
		}
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return Date{}, false
		}
		n[i] = v
	}
	d := Date{n[2], time.Month(n[1]), n[0]}
	if n[1] < 1 || n[1] > 12 || n[0] < 1 || DateOf(d.Time()) != d {
		return Date{}, false
	}
	return d, true
}

// ShortIn writes the date in lang's short form, the one ParseDateIn reads back: "07.12.2026"
// in German, "07/12/2026" in Spanish, French and Portuguese, ISO (2026-12-07) in English and
// any language without a short form. The zero Date gives "".
func (d Date) ShortIn(lang i18n.Lang) string {
	if d.IsZero() {
		return ""
	}
	sep, ok := shortDateSeps[lang]
	if !ok {
		return d.String()
	}
	return fmt.Sprintf("%02d%s%02d%s%04d", d.Day, sep, int(d.Month), sep, d.Year)
}

// MustDate is ParseDate for literals in templates and fixtures; it panics on a bad literal.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// Time returns midnight UTC of the day.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String formats the date as YYYY-MM-DD, or "" when unset.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool {
	if d.normal() && e.normal() { // the same answer without building two times
		switch {
		case d.Year != e.Year:
			return d.Year < e.Year
		case d.Month != e.Month:
			return d.Month < e.Month
		}
		return d.Day < e.Day
	}
	return d.Time().Before(e.Time())
}

// normal reports whether d names a day of the calendar as it is, with no month or day out
// of range for time.Date to carry over.
func (d Date) normal() bool {
	if d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	switch d.Month {
	case time.February:
		if d.Year%4 == 0 && (d.Year%100 != 0 || d.Year%400 == 0) {
			return d.Day <= 29
		}
		return d.Day <= 28
	case time.April, time.June, time.September, time.November:
		return d.Day <= 30
	}
	return d.Day <= 31
}

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.Time().Sub(d.Time()).Hours() / 24) }

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
