package planner

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// ReadNumber reads the answer to a number question: a number, maybe with a decimal comma and
// a unit after it ("35", "2.5", "2,5 hours", "40 h"). A range ("5-10"), a number inside
// words ("about 5") or two numbers are not one number.
func ReadNumber(text string) (float64, bool) {
	t := strings.TrimSpace(text)
	i := 0
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
		i = 1
	}
	j := i
	digits := 0
	seps := 0
	for j < len(t) {
		c := t[j]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',':
			seps++
		default:
			goto done
		}
		j++
	}
done:
	if digits == 0 || seps > 1 {
		return 0, false
	}
	num := strings.TrimRight(t[:j], ".,")
	rest := strings.TrimSpace(t[j:])
	for _, r := range rest {
		if unicode.IsDigit(r) || r == '-' || r == '–' || r == '/' {
			return 0, false
		}
	}
	// A unit stands apart ("40 h", "2,5 hours"); a number run into letters is an ordinal
	// or a code ("9th", "7D10"), not an amount.
	if rest != "" && !unicode.IsSpace(rune(t[j])) && t[j] != '%' {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", "."), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// Bin is one bar of a number question's distribution: the answers from Lo up to (not
// including) Hi. Label writes the bin as a person would ("20–29" for whole numbers).
type Bin struct {
	Lo, Hi float64
	Count  int
	Label  string
}

// maxBins is the most bars a number's distribution is drawn with.
const maxBins = 8

// binsOf groups values into at most maxBins bins of a round width (1, 2 or 5 times a power
// of ten), starting at a multiple of the width. Whole numbers spanning few values get a bin
// each.
func binsOf(vals []float64) []Bin {
	if len(vals) == 0 {
		return nil
	}
	lo, hi := vals[0], vals[0]
	whole := true
	for _, v := range vals {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
		if v != math.Trunc(v) {
			whole = false
		}
	}
	width := 1.0
	if !(whole && hi-lo < maxBins) {
		span := hi - lo
		if span == 0 {
			span = math.Max(1, math.Abs(hi))
		}
		raw := span / maxBins
		p := math.Pow(10, math.Floor(math.Log10(raw)))
		width = 10 * p
		for _, m := range []float64{1, 2, 5, 10} {
			if m*p >= raw {
				width = m * p
				break
			}
		}
		// A bin of 1 for whole numbers can be too narrow only when it made too many bins.
		for math.Floor(hi/width)-math.Floor(lo/width)+1 > maxBins {
			width *= 2
		}
	}
	start := math.Floor(lo/width) * width
	n := int(math.Floor(hi/width)-math.Floor(lo/width)) + 1
	bins := make([]Bin, n)
	for i := range bins {
		b := &bins[i]
		b.Lo = start + float64(i)*width
		b.Hi = b.Lo + width
		b.Label = binLabel(b.Lo, b.Hi, whole && width == math.Trunc(width))
	}
	for _, v := range vals {
		i := int(math.Floor(v/width) - math.Floor(lo/width))
		bins[min(n-1, max(0, i))].Count++
	}
	return bins
}

func binLabel(lo, hi float64, whole bool) string {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	if whole {
		if hi-lo == 1 {
			return f(lo)
		}
		return f(lo) + "–" + f(hi-1)
	}
	return f(lo) + "–<" + f(hi)
}
