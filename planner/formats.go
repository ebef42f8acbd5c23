package planner

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	// Time zones must resolve on Windows and minimal systems without a zoneinfo database too.
	_ "time/tzdata"
)

// The rules for the typed values that are neither numbers nor dates: a clock time, a time
// zone, an accent colour. The editors, the exports and the store all read them here.

// ParseClock reads a 24-hour clock time "HH:MM" such as 18:30 (surrounding blanks ignored).
func ParseClock(s string) (hour, minute int, err error) {
	s = strings.TrimSpace(s)
	t, perr := time.Parse("15:04", s)
	if perr != nil {
		return 0, 0, &ValidationError{Field: "time", Msg: fmt.Sprintf("%q is not a time like 18:30", s)}
	}
	return t.Hour(), t.Minute(), nil
}

// LoadZone resolves an IANA time zone name such as Europe/Berlin; empty means UTC.
func LoadZone(name string) (*time.Location, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, &ValidationError{Field: "time zone", Msg: fmt.Sprintf("%q is not a known time zone like Europe/Berlin", name)}
	}
	return loc, nil
}

// RGB is an sRGB colour.
type RGB struct{ R, G, B uint8 }

// ParseColor reads a colour written as "#RRGGBB" or the short "#RGB" (any case, the "#"
// optional, surrounding blanks ignored), as a plan's accent colour is.
func ParseColor(s string) (RGB, error) {
	s = strings.TrimSpace(s)
	hex := strings.TrimPrefix(s, "#")
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	v, err := strconv.ParseUint(hex, 16, 32)
	if len(hex) != 6 || err != nil {
		return RGB{}, &ValidationError{Field: "colour", Msg: fmt.Sprintf("%q is not a colour like #2E6F9E", s)}
	}
	return RGB{uint8(v >> 16), uint8(v >> 8), uint8(v)}, nil
}
