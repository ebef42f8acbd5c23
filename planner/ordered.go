package planner

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// The answer scales people write as words, lowest first, in the languages survey tools
// export in (English, German, French, Spanish, Portuguese). A choice question whose options
// all come from one of them is ordered: its options keep this order, and an answer counts by
// its position (1 for the first) for a mean. Each entry is folded (see fold) when compared.
var labelScales = [][]string{
	// Agreement.
	{"strongly disagree", "disagree", "somewhat disagree", "neither agree nor disagree", "neutral", "somewhat agree", "agree", "strongly agree"},
	{"stimme gar nicht zu", "stimme nicht zu", "stimme eher nicht zu", "teils teils", "neutral", "stimme eher zu", "stimme zu", "stimme voll zu", "stimme voll und ganz zu"},
	{"pas du tout d accord", "pas d accord", "plutot pas d accord", "ni d accord ni pas d accord", "neutre", "plutot d accord", "d accord", "tout a fait d accord"},
	{"totalmente en desacuerdo", "muy en desacuerdo", "en desacuerdo", "ni de acuerdo ni en desacuerdo", "neutral", "de acuerdo", "muy de acuerdo", "totalmente de acuerdo"},
	{"discordo totalmente", "discordo", "nem concordo nem discordo", "neutro", "concordo", "concordo totalmente"},
	// Frequency.
	{"never", "rarely", "once or twice a term", "occasionally", "sometimes", "about half the time", "often", "most of the time", "usually", "very often", "almost always", "always"},
	{"never", "less than once a month", "every few months", "a few times a year", "once or twice a term", "once a month", "monthly", "a few times a month", "every two weeks", "weekly", "once a week", "several times a week", "multiple times a week", "almost daily", "daily", "several times a day"},
	{"nie", "selten", "manchmal", "gelegentlich", "oft", "haufig", "meistens", "immer"},
	{"jamais", "rarement", "parfois", "de temps en temps", "souvent", "la plupart du temps", "toujours"},
	{"nunca", "casi nunca", "raramente", "a veces", "algunas veces", "a menudo", "frecuentemente", "casi siempre", "siempre"},
	{"nunca", "raramente", "as vezes", "frequentemente", "quase sempre", "sempre"},
	// Likelihood.
	{"very unlikely", "extremely unlikely", "unlikely", "somewhat unlikely", "neutral", "neither likely nor unlikely", "somewhat likely", "likely", "very likely", "extremely likely"},
	// Importance.
	{"not important", "not at all important", "of little importance", "slightly important", "somewhat important", "moderately important", "important", "very important", "extremely important"},
	// Satisfaction.
	{"very dissatisfied", "dissatisfied", "somewhat dissatisfied", "neutral", "neither satisfied nor dissatisfied", "somewhat satisfied", "satisfied", "very satisfied"},
	// Quality.
	{"very poor", "poor", "fair", "average", "good", "very good", "excellent"},
	// Concern.
	{"not at all concerned", "not concerned", "not very concerned", "somewhat concerned", "neutral", "concerned", "very concerned", "extremely concerned"},
	// Experience.
	{"none", "none at all", "complete novice", "beginner", "novice", "intermediate", "advanced", "expert"},
	// Size.
	{"very small", "small", "medium", "large", "very large"},
}

// labelKey folds an option for comparing with labelScales: accents, case, punctuation and a
// trailing full stop ("Weekly.", "(2) Minor.") do not count.
func labelKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range fold(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		default:
			space = true
		}
	}
	return b.String()
}

// OrderedOptions puts the options of a choice question in the order a person reads them,
// when they have one, and reports how:
//   - labelled: all of them are words of one known answer scale (Never … Always, Strongly
//     disagree … Strongly agree, in five languages): that scale's order, and each answer
//     counts by its position for a mean (positional is true);
//   - ranged: most of them start with, or hold, a number ("< 2 years", "2–5 years", "10+
//     years", "$50 - 100k", "Less than 10"): by that number, "less than" and "under" before
//     it, "more than" and "+" after it, options without a number last;
//   - otherwise ordered is false and the options are returned as given.
func OrderedOptions(opts []string) (out []string, ordered, positional bool) {
	if len(opts) < 2 {
		return opts, false, false
	}
	if order, ok := labelOrder(opts); ok {
		out = append([]string(nil), opts...)
		sort.SliceStable(out, func(i, j int) bool { return order[out[i]] < order[out[j]] })
		return out, true, true
	}
	keys := make(map[string]float64, len(opts))
	numbered := 0
	for _, o := range opts {
		if k, ok := rangeKey(o); ok {
			keys[o] = k
			numbered++
		}
	}
	if numbered >= 3 && numbered*10 >= len(opts)*6 || numbered >= 2 && numbered == len(opts) {
		out = append([]string(nil), opts...)
		sort.SliceStable(out, func(i, j int) bool {
			ki, iok := keys[out[i]]
			kj, jok := keys[out[j]]
			switch {
			case iok && jok:
				return ki < kj
			case iok != jok:
				return iok
			}
			return false
		})
		return out, true, false
	}
	return opts, false, false
}

// labelOrder returns each option's position in the known answer scale that holds them all.
func labelOrder(opts []string) (map[string]int, bool) {
	for _, sc := range labelScales {
		pos := make(map[string]int, len(sc))
		for i, l := range sc {
			pos[labelKey(l)] = i
		}
		order := make(map[string]int, len(opts))
		all := true
		for _, o := range opts {
			k := labelKey(stripBrackets(stripNumberLabel(o)))
			p, ok := pos[k]
			if !ok {
				all = false
				break
			}
			order[o] = p
		}
		if all {
			return order, true
		}
	}
	return nil, false
}

// stripBrackets drops what is in brackets: "Beginner (one term)" → "Beginner".
func stripBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	if strings.TrimSpace(b.String()) == "" {
		return s
	}
	return b.String()
}

// stripNumberLabel drops a number that leads a label: "(2) Minor." → "Minor.", "4 - Agree" →
// "Agree".
func stripNumberLabel(s string) string {
	t := strings.TrimSpace(s)
	t = strings.TrimLeft(t, "(")
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i == len(t) {
		return s
	}
	return strings.TrimLeft(t[i:], " )-–—:.=")
}

// rangeKey is the number an option is ordered by: its first number, a little lower after
// "less than", "under", "<", a little higher after "more than", "over", "above", ">" or with
// a "+" after it. Thousands separators ("2,40,000", "80.000") and a "k" are read.
func rangeKey(o string) (float64, bool) {
	s := strings.ToLower(strings.TrimSpace(o))
	i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if i < 0 {
		return 0, false
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		j++
	}
	num := s[i:j]
	// A separator that occurs twice groups digits ("2,40,000", "1.000.000"), and so does one
	// followed by exactly three digits ("80.000", "1,500"); else it is a decimal mark ("2.5").
	var digits strings.Builder
	for k := 0; k < len(num); k++ {
		c := num[k]
		if c == ',' || c == '.' {
			if strings.Count(num, string(c)) >= 2 || len(num)-k-1 == 3 {
				continue
			}
			digits.WriteByte('.')
			continue
		}
		digits.WriteByte(c)
	}
	v, err := strconv.ParseFloat(digits.String(), 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, false
	}
	if j < len(s) && s[j] == 'k' {
		v *= 1000
	}
	before := s[:i]
	after := strings.TrimSpace(s[j:])
	switch {
	case strings.Contains(before, "less than"), strings.Contains(before, "under"), strings.Contains(before, "<"),
		strings.Contains(before, "fewer than"), strings.Contains(before, "below"), strings.Contains(before, "up to"):
		v -= 0.5
	case strings.Contains(before, "more than"), strings.Contains(before, "over"), strings.Contains(before, "above"),
		strings.Contains(before, ">"), strings.HasPrefix(after, "+"), strings.Contains(after, "or more"):
		v += 0.5
	}
	return v, true
}

// PositionalMean is the mean of a choice question's answers counted by their position in the
// order of its options (1 for the lowest), counts being the answers per option in the
// question's option order, for a question whose options are answer-scale words
// (OrderedOptions' positional). ok is false for any other question or without answers.
func PositionalMean(q Question, counts []int) (mean float64, ok bool) {
	order, _, positional := OrderedOptions(q.Options)
	if !positional {
		return 0, false
	}
	rank := make(map[string]int, len(order))
	for i, o := range order {
		rank[o] = i + 1
	}
	n, sum := 0, 0
	for i, c := range counts {
		if i >= len(q.Options) {
			break
		}
		n += c
		sum += rank[q.Options[i]] * c
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), true
}
