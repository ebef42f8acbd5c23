package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// timeLayout stores instants as fixed-width UTC text, so that they sort as text and load back
// exactly (to the nanosecond).
const timeLayout = "2006-01-02 15:04:05.000000000Z"

func encTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

func decTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(timeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad time %q: %w", s, err)
	}
	return t, nil
}

func encDate(d planner.Date) string { return d.String() }

func decDate(s string) (planner.Date, error) { return planner.ParseDate(s) }

// encStrings stores a string slice as JSON text; nil stays NULL so that nil and empty slices
// load back as they were.
func encStrings(v []string) (any, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

func decStrings(s sql.NullString) ([]string, error) {
	if !s.Valid {
		return nil, nil
	}
	var v []string
	if err := json.Unmarshal([]byte(s.String), &v); err != nil {
		return nil, fmt.Errorf("bad list %q: %w", s.String, err)
	}
	return v, nil
}

func encFloatPtr(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func decFloatPtr(f sql.NullFloat64) *float64 {
	if !f.Valid {
		return nil
	}
	v := f.Float64
	return &v
}

// encFigureStates writes a review's figure states in figure order, comma-separated; "" when
// none is set. (A value set without a state reads as typed: see Review.StateOf.)
func encFigureStates(r *planner.Review) string {
	names := make([]string, planner.NumFigures)
	given := false
	for f := planner.Figure(0); f < planner.NumFigures; f++ {
		s := r.FigureStates[f]
		given = given || s != planner.NotGiven
		names[f] = s.String()
	}
	if !given {
		return ""
	}
	return strings.Join(names, ",")
}

// decFigureStates reads encFigureStates' text.
func decFigureStates(s string) ([planner.NumFigures]planner.FigureState, error) {
	var out [planner.NumFigures]planner.FigureState
	if s == "" {
		return out, nil
	}
	parts := strings.Split(s, ",")
	if len(parts) > int(planner.NumFigures) {
		return out, fmt.Errorf("bad figure states %q", s)
	}
	for i, p := range parts {
		if err := out[i].UnmarshalText([]byte(p)); err != nil {
			return out, fmt.Errorf("bad figure states %q: %w", s, err)
		}
	}
	return out, nil
}

func encFactors(f [planner.NumFactors]int) string {
	b, _ := json.Marshal(f) // an int array always marshals
	return string(b)
}

func decFactors(s string) ([planner.NumFactors]int, error) {
	var f [planner.NumFactors]int
	if s == "" {
		return f, nil
	}
	var v []int
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		return f, fmt.Errorf("bad factor scores %q: %w", s, err)
	}
	copy(f[:], v)
	return f, nil
}

// encSnapshot stores an issued version's snapshot as JSON; a typed note (no snapshot) is "".
func encSnapshot(s planner.Snapshot) (string, error) {
	if len(s) == 0 {
		return "", nil
	}
	b, err := json.Marshal(s)
	return string(b), err
}

func decSnapshot(s string) (planner.Snapshot, error) {
	if s == "" {
		return nil, nil
	}
	var out planner.Snapshot
	if err := json.Unmarshal([]byte(s), &out); err != nil {
		return nil, fmt.Errorf("version snapshot: %w", err)
	}
	return out, nil
}

// encNeeds stores the platform needs as a JSON object.
func encNeeds(n planner.PlatformNeeds) string {
	b, _ := json.Marshal(n) // a struct of ints and bools always marshals
	return string(b)
}

// decNeeds reads the platform needs; "" or "{}" is no needs.
func decNeeds(s string) (planner.PlatformNeeds, error) {
	var n planner.PlatformNeeds
	if strings.TrimSpace(s) == "" {
		return n, nil
	}
	if err := json.Unmarshal([]byte(s), &n); err != nil {
		return n, fmt.Errorf("platform needs %q: %w", s, err)
	}
	return n, nil
}
