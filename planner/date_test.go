package planner

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func TestParseDateIn(t *testing.T) {
	dec7 := Date{2026, time.December, 7}
	tests := []struct {
		lang i18n.Lang
		in   string
		want Date
		ok   bool
	}{
		{i18n.English, "2026-12-07", dec7, true},
		{i18n.English, "", Date{}, true},
		{i18n.English, "7/12/2026", Date{}, false}, // 7 December or 12 July: English takes ISO alone
		{i18n.English, "7.12.2026", Date{}, false},
		{i18n.German, "2026-12-07", dec7, true},
		{i18n.German, "7.12.2026", dec7, true},
		{i18n.German, "07.12.2026", dec7, true},
		{i18n.German, " 7. 12. 2026 ", dec7, true},
		{i18n.German, "7/12/2026", Date{}, false},
		{i18n.German, "31.2.2026", Date{}, false}, // no 31 February
		{i18n.German, "7.13.2026", Date{}, false},
		{i18n.German, "7.12.26", Date{}, false}, // a two-digit year is refused, not guessed
		{i18n.German, "0.12.2026", Date{}, false},
		{i18n.German, "7.12.2026.", Date{}, false},
		{i18n.German, "7..2026", Date{}, false},
		{i18n.German, "29.2.2028", Date{2028, time.February, 29}, true},
		{i18n.French, "7/12/2026", dec7, true},
		{i18n.French, "07/12/2026", dec7, true},
		{i18n.French, "7.12.2026", Date{}, false},
		{i18n.Spanish, "7/12/2026", dec7, true},
		{i18n.Portuguese, "7/12/2026", dec7, true},
		{i18n.Portuguese, "12/31/2026", Date{}, false}, // month first is not Portuguese
		{i18n.Pseudo, "7/12/2026", Date{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDateIn(tt.lang, tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseDateIn(%s, %q) = %v, %v; want %v, ok %v", tt.lang, tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("ParseDateIn(%s, %q): %v is not a validation error", tt.lang, tt.in, err)
		}
	}
}

// TestShortDateRoundTrip: each language writes a date in the form it reads back, and its
// message names the forms it accepts.
func TestShortDateRoundTrip(t *testing.T) {
	d := Date{2026, time.March, 1}
	want := map[i18n.Lang]string{i18n.English: "2026-03-01", i18n.German: "01.03.2026", i18n.French: "01/03/2026",
		i18n.Spanish: "01/03/2026", i18n.Portuguese: "01/03/2026"}
	for _, l := range []i18n.Lang{i18n.English, i18n.Spanish, i18n.French, i18n.German, i18n.Portuguese} {
		s := d.ShortIn(l)
		if s != want[l] {
			t.Errorf("%s: ShortIn = %q, want %q", l, s, want[l])
		}
		if back, err := ParseDateIn(l, s); err != nil || back != d {
			t.Errorf("%s: %q reads back as %v, %v", l, s, back, err)
		}
		if (Date{}).ShortIn(l) != "" {
			t.Errorf("%s: the zero date is written", l)
		}
	}
	_, err := ParseDateIn(i18n.German, "Montag")
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("error %v", err)
	}
	if got := ve.Says.In(i18n.New(i18n.German)); !strings.Contains(got, "„Montag“") || !strings.Contains(got, "07.12.2026") || !strings.Contains(got, "2026-12-07") {
		t.Errorf("German message %q", got)
	}
	_, err = ParseDateIn(i18n.English, "7/12/2026")
	if err == nil || !strings.Contains(err.Error(), "2026-12-07 (year-month-day)") {
		t.Errorf("English message %v", err)
	}
}

// TestDateBefore: Before compares dates as their days in the calendar, as time does, for
// dates of every length of month and for out-of-range fields that time.Date carries over
// (31 April is 1 May; day 0 is the month's last day before it; the zero Date), in leap
// years and not (2000 is one, 2100 is not).
func TestDateBefore(t *testing.T) {
	var dates []Date
	for _, y := range []int{0, 2000, 2023, 2024, 2100} {
		for m := time.Month(0); m <= 13; m++ {
			for _, day := range []int{0, 1, 2, 27, 28, 29, 30, 31, 32} {
				dates = append(dates, Date{y, m, day})
			}
		}
	}
	for _, a := range dates {
		for _, b := range dates {
			if got, want := a.Before(b), a.Time().Before(b.Time()); got != want {
				t.Fatalf("%+v.Before(%+v) = %v, want %v", a, b, got, want)
			}
		}
	}
	if !(Date{2024, time.February, 29}).Before(Date{2024, time.March, 1}) || (Date{2023, time.April, 31}).Before(Date{2023, time.May, 1}) {
		t.Error("Before misreads the ends of months")
	}
}
