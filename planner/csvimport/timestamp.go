package csvimport

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// timeLayouts are the date-time shapes survey tools write, zone removed (see splitZone).
// "1/2/2006" is month first as in the US locale; a file whose dates show a first field over
// 12 is read day first instead (see dayFirst).
var (
	dateLayouts     = []string{"2006/1/2", "2006-1-2", "1/2/2006", "2.1.2006", "1/2/06", "2.1.06"}
	dayDateLayouts  = []string{"2006/1/2", "2006-1-2", "2/1/2006", "2.1.2006", "2/1/06", "2.1.06"}
	clockLayouts    = []string{"15:04:05", "3:04:05 PM", "15:04", "3:04 PM", "15:04:05.999999999"}
	errNotTimestamp = errors.New("not a date and time")
)

// timeParser parses a file's timestamps, remembering the layout that worked last: a file
// uses one layout throughout, so each row then costs one parse.
type timeParser struct {
	loc     *time.Location // for times without a zone
	layouts []string
	last    string
	zones   map[string]*time.Location // by name: one per file, not one per row
}

// newTimeParser returns a parser for times in loc, reading slashed dates day first when
// dayFirst is set.
func newTimeParser(loc *time.Location, dayFirst bool) *timeParser {
	dates := dateLayouts
	if dayFirst {
		dates = dayDateLayouts
	}
	p := &timeParser{loc: loc, zones: map[string]*time.Location{}}
	for _, d := range dates {
		for _, c := range clockLayouts {
			p.layouts = append(p.layouts, d+" "+c)
		}
		p.layouts = append(p.layouts, d)
	}
	return p
}

// parse reads one timestamp such as "2026/03/01 10:15:00 AM GMT+1", "3/1/2026 10:15:00",
// "2026-03-01 10:15:00" or RFC 3339.
func (p *timeParser) parse(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && s[10] == 'T' {
		// ISO 8601: RFC 3339, or without a zone ("2026-03-01T10:15:00").
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			return t, nil
		}
		s = strings.TrimSpace(s[:10] + " " + s[11:])
	}
	rest, loc, err := splitZone(s, p.loc, p.zones)
	if err != nil {
		return time.Time{}, err
	}
	if strings.ContainsAny(rest, "apm") {
		rest = strings.ToUpper(rest)
	}
	if p.last != "" {
		if t, err := time.ParseInLocation(p.last, rest, loc); err == nil {
			return t, nil
		}
	}
	for _, l := range p.layouts {
		if t, err := time.ParseInLocation(l, rest, loc); err == nil {
			p.last = l
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: %w", s, errNotTimestamp)
}

// splitZone removes a trailing zone ("GMT+1", "GMT+5:30", "UTC", "Z", "+01:00", "-0300") and
// returns the rest with the zone's location, or def when there is none. Zones are kept in
// cache by name.
func splitZone(s string, def *time.Location, cache map[string]*time.Location) (string, *time.Location, error) {
	i := strings.LastIndexByte(s, ' ')
	var zone, rest string
	switch {
	case strings.HasSuffix(s, "Z"):
		return strings.TrimSpace(s[:len(s)-1]), time.UTC, nil
	case i < 0:
		return s, def, nil
	default:
		zone, rest = s[i+1:], strings.TrimSpace(s[:i])
	}
	if zone == "" {
		return s, def, nil
	}
	if loc, ok := cache[zone]; ok {
		return rest, loc, nil
	}
	upper := strings.ToUpper(zone)
	switch {
	case upper == "UTC" || upper == "GMT" || upper == "Z":
		return rest, time.UTC, nil
	case strings.HasPrefix(upper, "GMT") || strings.HasPrefix(upper, "UTC"):
		off, ok := parseOffset(zone[3:])
		if !ok {
			return "", nil, fmt.Errorf("%q: unknown time zone %q", s, zone)
		}
		loc := time.FixedZone(upper, off)
		cache[zone] = loc
		return rest, loc, nil
	case zone[0] == '+' || (zone[0] == '-' && strings.Contains(rest, ":")):
		if off, ok := parseOffset(zone); ok {
			loc := time.FixedZone(zone, off)
			cache[zone] = loc
			return rest, loc, nil
		}
	}
	return s, def, nil
}

// parseOffset reads "+1", "-3", "+5:30", "+05:30" or "+0530" as seconds east of UTC.
func parseOffset(s string) (int, bool) {
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = s[1:]
	hh, mm := s, ""
	if h, m, ok := strings.Cut(s, ":"); ok {
		hh, mm = h, m
	} else if len(s) == 4 {
		hh, mm = s[:2], s[2:]
	}
	h, err := strconv.Atoi(hh)
	if err != nil || h < 0 || h > 14 {
		return 0, false
	}
	m := 0
	if mm != "" {
		if m, err = strconv.Atoi(mm); err != nil || m < 0 || m > 59 || len(mm) != 2 {
			return 0, false
		}
	}
	return sign * (h*3600 + m*60), true
}

// dayFirst reports whether the slashed dates among values are written day first: some
// value's first field is over 12 and none's second field is.
func dayFirst(values []string) bool {
	first, second := false, false
	for _, v := range values {
		a, rest, ok := strings.Cut(strings.TrimSpace(v), "/")
		if !ok {
			continue
		}
		b, rest, ok := strings.Cut(rest, "/")
		if !ok {
			continue
		}
		year := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
		if year != 2 && year != 4 || len(strings.TrimSpace(a)) > 2 {
			continue // year first: 2026/03/01
		}
		if n, err := strconv.Atoi(a); err == nil && n > 12 {
			first = true
		}
		if n, err := strconv.Atoi(b); err == nil && n > 12 {
			second = true
		}
	}
	return first && !second
}
