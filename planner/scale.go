package planner

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Scale is the range of a scale question: answers are whole points from Min to Max (0–10 for
// a "how likely are you to recommend" question, 1–5 for a Likert item, 1–7, 0–5, 1–10 …). Low
// and High optionally name the ends ("Not at all likely", "Extremely likely").
//
// The zero Scale is a question whose range was never set (every plan made before ranges
// existed): it reads as DefaultScale. Use Question.Range, never the field, to read a range.
type Scale struct {
	Min, Max  int
	Low, High string
}

// DefaultScale is the range of a scale question that states none: 1 to 10.
var DefaultScale = Scale{Min: 1, Max: 10}

// The limits of a scale's range: its ends lie within ±ScaleLimit, and it has at most
// MaxScalePoints points (a 0–100 slider is a number, not a scale).
const (
	ScaleLimit     = 100
	MaxScalePoints = 21
)

// IsZero reports whether the range was never set.
func (s Scale) IsZero() bool { return s.Min == 0 && s.Max == 0 }

// Range returns the question's scale, DefaultScale when it states none.
func (q Question) Range() Scale {
	if q.Scale.IsZero() {
		return DefaultScale
	}
	return q.Scale
}

// Points is the number of whole points on the scale.
func (s Scale) Points() int { return s.Max - s.Min + 1 }

// Contains reports whether v lies on the scale (from Min to Max, ends included).
func (s Scale) Contains(v float64) bool { return v >= float64(s.Min) && v <= float64(s.Max) }

// Position is v's share of the way from the scale's bottom to its top: 0 at Min, 1 at Max.
// A scale always spans at least one point (CheckScale), so this never divides by zero.
func (s Scale) Position(v float64) float64 {
	if s.Max <= s.Min {
		return 0
	}
	return (v - float64(s.Min)) / float64(s.Max-s.Min)
}

// IsNPS reports whether the scale is the 0–10 of a "how likely are you to recommend"
// question, whose answers split into promoters, passives and detractors.
func (s Scale) IsNPS() bool { return s.Min == 0 && s.Max == 10 }

// String writes the range as "1–10", or "-3 to 3" when it starts below zero ("-3–3" reads
// badly).
func (s Scale) String() string {
	if s.Min < 0 {
		return fmt.Sprintf("%d to %d", s.Min, s.Max)
	}
	return fmt.Sprintf("%d–%d", s.Min, s.Max)
}

// Describe writes the range with its end labels when it has any: "0–10 (0 = Not likely,
// 10 = Very likely)".
func (s Scale) Describe() string {
	if e := s.Ends(); e != "" {
		return s.String() + " (" + e + ")"
	}
	return s.String()
}

// Ends writes the end labels the scale has: "0 = Not likely, 10 = Very likely", or "".
func (s Scale) Ends() string {
	var ends []string
	if l := strings.TrimSpace(s.Low); l != "" {
		ends = append(ends, fmt.Sprintf("%d = %s", s.Min, l))
	}
	if h := strings.TrimSpace(s.High); h != "" {
		ends = append(ends, fmt.Sprintf("%d = %s", s.Max, h))
	}
	return strings.Join(ends, ", ")
}

// CheckScale is the rule for a scale's range: a bottom under its top, both within
// ±ScaleLimit, at most MaxScalePoints points.
func CheckScale(s Scale) error {
	var m Msg
	switch {
	case s.Min >= s.Max:
		m = msg("ui.survey.scale.bottom_over_top", "min", s.Min, "max", s.Max)
	case s.Min < -ScaleLimit || s.Max > ScaleLimit:
		m = msg("ui.survey.scale.limit", "min", -ScaleLimit, "max", ScaleLimit)
	case s.Points() > MaxScalePoints:
		m = msgN("ui.survey.scale.too_many_points", MaxScalePoints, "range", s.String(), "points", s.Points())
	default:
		return nil
	}
	return &ValidationError{Field: "scale", Msg: m.String(), Says: m}
}

// ParseScale reads a range as people write it: "0-10", "1–5", "1 to 7", "0..5", "-3 to 3".
// Its end labels are not part of it.
func ParseScale(text string) (Scale, error) {
	t := strings.TrimSpace(text)
	badMsg := msg("ui.survey.scale.not_range", "text", text)
	bad := &ValidationError{Field: "scale", Msg: badMsg.String(), Says: badMsg}
	if t == "" {
		return Scale{}, bad
	}
	// The first number may carry a minus sign; the separator is whatever lies between the
	// two numbers: a hyphen, an en or em dash, "to", "..".
	i := 0
	if t[0] == '-' || strings.HasPrefix(t, "−") {
		_, w := firstRune(t)
		i = w
	}
	j := i
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == i {
		return Scale{}, bad
	}
	lo, err := strconv.Atoi(strings.Replace(t[:j], "−", "-", 1))
	if err != nil {
		return Scale{}, bad
	}
	rest := t[j:]
	k := len(rest)
	for k > 0 && rest[k-1] >= '0' && rest[k-1] <= '9' {
		k--
	}
	if k == len(rest) {
		return Scale{}, bad
	}
	sep := strings.ToLower(strings.TrimSpace(rest[:k]))
	neg := false
	switch {
	case strings.HasSuffix(sep, "to -") || strings.HasSuffix(sep, "..-"):
		neg, sep = true, strings.TrimSpace(sep[:len(sep)-1])
	case strings.HasSuffix(sep, "to −"):
		neg, sep = true, strings.TrimSpace(strings.TrimSuffix(sep, "−"))
	}
	switch sep {
	case "-", "–", "—", "to", "..", "...", "…":
	default:
		return Scale{}, bad
	}
	hi, err := strconv.Atoi(rest[k:])
	if err != nil {
		return Scale{}, bad
	}
	if neg {
		hi = -hi
	}
	s := Scale{Min: lo, Max: hi}
	if err := CheckScale(s); err != nil {
		return Scale{}, err
	}
	return s, nil
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// CheckAnswer is the rule for a scale answer typed in: blank (not answered) or a whole number
// on the scale.
func (s Scale) CheckAnswer(t string) error {
	t = strings.TrimSpace(t)
	if t == "" {
		return nil
	}
	if n, err := strconv.Atoi(t); err != nil || !s.Contains(float64(n)) {
		m := msg("ui.survey.scale.answer", "min", s.Min, "max", s.Max)
		return &ValidationError{Field: "answer", Msg: m.String(), Says: m}
	}
	return nil
}

// Read reads a rating on the scale, allowing a label after the number as in Likert exports
// ("7 - confident", "4 – Agree") and a minus sign on scales that go below zero. A number off
// the scale is no rating.
func (s Scale) Read(text string) (float64, bool) {
	t := strings.TrimSpace(text)
	sign := 1.0
	if s.Min < 0 {
		switch {
		case strings.HasPrefix(t, "-"):
			sign, t = -1, t[1:]
		case strings.HasPrefix(t, "−"):
			sign, t = -1, t[len("−"):]
		}
	}
	end := 0
	for end < len(t) && (t[end] >= '0' && t[end] <= '9' || t[end] == '.' || t[end] == ',') {
		end++
	}
	if end == 0 {
		return 0, false
	}
	// "10a" is no rating; "7 - confident", "7/10" and "7." are.
	if end < len(t) {
		r, _ := firstRune(t[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimRight(t[:end], ".,"), ",", "."), 64)
	if err != nil {
		return 0, false
	}
	v *= sign
	if !s.Contains(v) {
		return 0, false
	}
	return v, true
}

// NPS is the Net Promoter split of the answers to a 0–10 question: promoters answered 9 or
// 10, passives 7 or 8, detractors 0 to 6. Score is the share of promoters less the share of
// detractors, in points from −100 to 100.
type NPS struct {
	Promoters, Passives, Detractors int
	Score                           float64
}

// npsOf splits a 0–10 distribution (Distribution[v] answers of v).
func npsOf(dist []int) NPS {
	var n NPS
	for v, c := range dist {
		switch {
		case v >= 9:
			n.Promoters += c
		case v >= 7:
			n.Passives += c
		default:
			n.Detractors += c
		}
	}
	if total := n.Promoters + n.Passives + n.Detractors; total > 0 {
		n.Score = float64(n.Promoters-n.Detractors) / float64(total) * 100
	}
	return n
}
