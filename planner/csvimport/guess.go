package csvimport

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner"
)

// Guess is what a column's answers say about the question they answer, as a person reading
// them would tell: the kind, the options of a choice (in the order they are read), the
// range of a scale. The import dialog shows it, the CLI prints it, and a new question is
// made from it unless the user chose otherwise (SurveyOptions.Kinds).
type Guess struct {
	Kind planner.QuestionKind
	// Options are a choice question's options: for an ordered set in its order, else by
	// how often they were given. Answers given once that are none of them (write-ins) are
	// not among them: the summary groups them under "Other", keeping their text.
	Options []string
	// Scale is a scale question's range.
	Scale planner.Scale
	// Ordered is set when the options have an order of their own (ranges, answer-scale
	// words); Positional when they are answer-scale words that count by position for a mean.
	Ordered, Positional bool
	// Answers counts the non-blank answers; Weak is set when there are too few (under
	// MinSureAnswers) for the guess to be more than a first reading.
	Answers int
	Weak    bool
	// Samples are up to three distinct answers, as given.
	Samples []string
	// Codes maps answers written as codes to the options they stand for, when the header
	// explains them ("N - Never   S - Sometimes   A - Always"): the options are then the words.
	Codes map[string]string
}

// MinSureAnswers is the number of answers under which a guess is weak.
const MinSureAnswers = 8

// Limits of a choice: at most maxOptions options; with more, answers are open text.
const maxOptions = 30

// GuessColumn guesses the kind of the question answered by values (one cell each, blanks
// allowed) under header, in a file of format f. It is the one guess the GUI and the CLI
// make. In order of what it looks for:
//
//  1. A scale: whole numbers, or numbers before a label ("(4) Critical", "4 - Agree"), on a
//     range of at most planner.MaxScalePoints points. The range is the one the header states
//     ("(1-5)", "0 to 10", "(10 is the highest)", "1 - Extremely simple … 5 - Very
//     difficult") or else the one the answers reach: 0 or 1 at the bottom, 5, 7 or 10 at
//     the top. A header that asks how many or how much makes them a number instead.
//  2. A multiple choice: answers that join options which are also given alone (or recur in
//     other joins), with ";", a line break or ", ". A separator inside brackets never
//     splits, and an answer whose parts are not options stays whole, so an option
//     containing ", " is never split.
//  3. A single choice: a small set of answers that covers most of the column, whatever their
//     length, digits or punctuation; spellings that differ only in case or accents count
//     together, and answers given once are write-ins grouped under Other.
//  4. A number: an age, hours a week ("35", "2,5 hours").
//  5. Open text, the last resort.
func GuessColumn(header string, values []string, f Format) Guess {
	var as answerSet
	for _, v := range values {
		as.add(v)
	}
	return as.guess(header, f)
}

// guess is GuessColumn on the answers collected in as.
func (as *answerSet) guess(header string, f Format) Guess {
	g := Guess{Kind: planner.KindText, Answers: as.total, Weak: as.total < MinSureAnswers}
	for _, d := range as.vals[:min(3, len(as.vals))] {
		g.Samples = append(g.Samples, d.v)
	}
	if as.total == 0 {
		return g
	}
	if sc, ok := scaleOf(header, as); ok {
		g.Kind, g.Scale = planner.KindScale, sc
		return g
	}
	if opts, ok := multiOf(as, f); ok {
		g.Kind = planner.KindMulti
		g.Options, g.Ordered, g.Positional = planner.OrderedOptions(opts)
		return g
	}
	numeric := numberShare(as)
	if asksQuantity(header) && numeric >= 0.6 || numeric >= 0.8 && distinctShare(as) > 0.3 && !asksCode(header) {
		g.Kind = planner.KindNumber
		return g
	}
	if opts, writeIns, ok := singleOf(as); ok {
		g.Kind = planner.KindSingle
		if words, codes, ok := legendOf(header, opts); ok {
			opts, writeIns, g.Codes = words, nil, codes
		}
		g.Options, g.Ordered, g.Positional = planner.OrderedOptions(opts)
		if g.Ordered {
			// An answer given once that belongs to the order (the top band, the rarest
			// frequency) is an option, not a write-in.
			for _, w := range writeIns {
				cand := append(append([]string(nil), g.Options...), w)
				out, ordered, positional := planner.OrderedOptions(cand)
				if ordered && positional == g.Positional && (positional || strings.IndexFunc(w, unicode.IsDigit) >= 0) {
					g.Options = out
				}
			}
		}
		return g
	}
	if numeric >= 0.8 && !asksCode(header) {
		g.Kind = planner.KindNumber
	}
	return g
}

// guessKind guesses a new question from the answers in cols (the columns of one question);
// ok is false when they hold no answer.
func guessKind(f *SurveyFile, cols []int) (Guess, bool) {
	var as answerSet
	for _, row := range f.Rows {
		for _, c := range cols {
			if c < len(row) {
				as.add(row[c])
			}
		}
	}
	header := ""
	if len(cols) > 0 && cols[0] < len(f.Columns) {
		header = f.Columns[cols[0]].Title()
	}
	g := as.guess(header, f.Format)
	return g, g.Answers > 0
}

// ---- scales ----

// scaleValue reads a scale answer on sc: a whole number on the range and nothing else,
// written "7", "7.0" or "7,0", with a label a tool shows beside it ("7 – Good", "7 (good)",
// "(4) Critical.") or the scale's top ("7/10"). A date ("5/31/23"), a time, a fraction
// ("7.5"), a number run into a word or unit ("7th", "7%") or off the range is no answer.
func scaleValue(v string, sc planner.Scale) (int, bool) {
	n, _, ok := numberAndLabel(v)
	return n, ok && sc.Contains(float64(n))
}

// numberAndLabel splits a rating into its whole number and the label beside it: "7", "7 -
// Good", "(4) Critical.", "7/10", "-2". ok is false for anything else.
func numberAndLabel(v string) (int, string, bool) {
	v = strings.TrimSpace(v)
	paren := false
	if strings.HasPrefix(v, "(") {
		paren, v = true, v[1:]
	}
	neg := false
	if strings.HasPrefix(v, "-") && len(v) > 1 && v[1] >= '0' && v[1] <= '9' {
		neg, v = true, v[1:]
	}
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return 0, "", false
	}
	n, _ := strconv.Atoi(v[:i])
	if neg {
		n = -n
	}
	rest := v[i:]
	if paren {
		if !strings.HasPrefix(rest, ")") {
			return 0, "", false
		}
		rest = rest[1:]
		if strings.TrimSpace(rest) == "" {
			return 0, "", false
		}
	}
	if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') && rest[1] >= '0' && rest[1] <= '9' {
		// A decimal: "7.0" is seven, "7.5" is no whole number.
		j := 1
		for j < len(rest) && rest[j] == '0' {
			j++
		}
		if j < len(rest) && rest[j] >= '1' && rest[j] <= '9' {
			return 0, "", false
		}
		rest = rest[j:]
	}
	switch {
	case rest == "":
		return n, "", true
	case strings.HasPrefix(rest, "/") && strings.Trim(rest, "/ 0123456789") == "":
		return n, "", true
	case rest[0] == ' ' || rest[0] == '(' || rest[0] == '-' || rest[0] == '.' || rest[0] == ':' || rest[0] == '=' ||
		strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—"):
		// A label: after the separators there must be a word, not more figures ("7 15:26").
		label := strings.TrimLeft(rest, " -–—(.:=")
		if label == "" {
			return n, "", rest == "."
		}
		r, _ := utf8.DecodeRuneInString(label)
		if !unicode.IsLetter(r) {
			return 0, "", false
		}
		return n, strings.TrimRight(strings.TrimSpace(label), ")"), true
	}
	return 0, "", false
}

// scaleOf reads a column as a scale when every answer is a rating (a whole number, maybe
// with a label) on a short range.
func scaleOf(header string, as *answerSet) (planner.Scale, bool) {
	stated, hasStated := headerScale(header)
	lo, hi := 1<<30, -(1 << 30)
	labels := map[int]string{}
	labelled, off := 0, 0
	for _, d := range as.vals {
		n, label, ok := numberAndLabel(d.v)
		if !ok || hasStated && !stated.Contains(float64(n)) {
			// A header that states its range allows a few answers off it ("12" on 1–10),
			// which the import then leaves out with a note.
			if off += d.n; !hasStated || off*5 > as.total {
				return planner.Scale{}, false
			}
			continue
		}
		lo, hi = min(lo, n), max(hi, n)
		if label != "" {
			labelled += d.n
			if _, seen := labels[n]; !seen {
				labels[n] = label
			}
		}
	}
	if labelled == 0 && asksQuantity(header) {
		return planner.Scale{}, false // "How many clubs are you a member of?": a count
	}
	switch {
	case hasStated:
		sc := stated
		if sc.Low == "" {
			sc.Low = labels[sc.Min]
		}
		if sc.High == "" {
			sc.High = labels[sc.Max]
		}
		return sc, true
	case lo < -10 || hi > 10 || labelled == 0 && lo < 0:
		return planner.Scale{}, false
	}
	sc := planner.Scale{Min: 1, Max: 10}
	if lo <= 0 {
		sc.Min = min(lo, 0)
	}
	switch {
	case labelled > 0:
		sc.Max = hi // labelled points name the range they use: "(0) … (4)"
	case hi <= 5:
		sc.Max = 5
	case hi <= 7:
		sc.Max = 7
	}
	if sc.Max <= sc.Min {
		return planner.Scale{}, false
	}
	sc.Low, sc.High = labels[sc.Min], labels[sc.Max]
	return sc, planner.CheckScale(sc) == nil
}

var (
	rangeInHeader = regexp.MustCompile(`(?i)(?:^|[^\d])(-?\d{1,2})\s*(?:-|–|—|to|a|bis|à|\.\.)\s*(-?\d{1,2})(?:[^\d]|$)`)
	topInHeader   = regexp.MustCompile(`(?i)\(?\b(10|7|5)\b (?:is|=) (?:the )?(?:highest|best|most|top)`)
	endLabel      = regexp.MustCompile(`(?m)^\s*(-?\d{1,2})\s*(?:-|–|=|:)\s*(\S.*?)\s*$`)
	// inlineEnds is end labels in a header whose line breaks were folded into spaces: "…
	// 1 - Very easy 5 - Very hard".
	inlineEnds = regexp.MustCompile(`(?:^|\s)(-?\d{1,2})\s*(?:-|–|=|:)\s*([^\d]+?)\s+(-?\d{1,2})\s*(?:-|–|=|:)\s*([^\d]+?)\s*$`)
)

// headerScale reads the range a question's header states: "(1-10)", "[0 to 5]", "on a scale
// of 1 to 7", "(10 is the highest)", or end labels on lines of their own ("1 - Extremely
// simple" … "5 - Very difficult").
func headerScale(h string) (planner.Scale, bool) {
	if ms := endLabel.FindAllStringSubmatch(h, -1); len(ms) >= 2 {
		lo, _ := strconv.Atoi(ms[0][1])
		hi, _ := strconv.Atoi(ms[len(ms)-1][1])
		sc := planner.Scale{Min: lo, Max: hi, Low: ms[0][2], High: ms[len(ms)-1][2]}
		if planner.CheckScale(sc) == nil {
			return sc, true
		}
	}
	if m := inlineEnds.FindStringSubmatch(h); m != nil {
		lo, _ := strconv.Atoi(m[1])
		hi, _ := strconv.Atoi(m[3])
		sc := planner.Scale{Min: lo, Max: hi, Low: m[2], High: m[4]}
		if planner.CheckScale(sc) == nil {
			return sc, true
		}
	}
	if m := rangeInHeader.FindStringSubmatch(h); m != nil {
		if sc, err := planner.ParseScale(m[1] + "-" + m[2]); err == nil && sc.Min >= -10 && sc.Min <= 1 {
			return sc, true
		}
	}
	if m := topInHeader.FindStringSubmatch(h); m != nil {
		top, _ := strconv.Atoi(m[1])
		return planner.Scale{Min: 1, Max: top}, true
	}
	return planner.Scale{}, false
}

// ---- numbers ----

// quantityWords in a header mean its answers are amounts, not ratings or choices.
var quantityWords = []string{"how many", "how much", "how old", "number of", "age", "hours", "minutes",
	"years", "year", "born", "birth", "how long", "average grade", "salary", "income", "cost", "price", "wie viele", "combien",
	"cuantos", "cuantas", "quantos", "quantas", "anos", "jahre", "annees"}

// codeWords in a header mean its answers are codes that happen to be digits (a postcode, an
// ID), never amounts.
var codeWords = []string{"postcode", "post code", "zip", "postal", "code", "id", "phone", "telephone", "number plate", "version"}

func asksQuantity(h string) bool { return hasWord(h, quantityWords) }
func asksCode(h string) bool     { return hasWord(h, codeWords) }

// hasWord reports whether the header, normalized, holds one of words as whole words.
func hasWord(h string, words []string) bool {
	k := " " + normKey(h) + " "
	for _, w := range words {
		if strings.Contains(k, " "+w+" ") {
			return true
		}
	}
	return false
}

// numberShare is the share of values that read as a number.
func numberShare(as *answerSet) float64 {
	n := 0
	for _, d := range as.vals {
		if _, ok := planner.ReadNumber(d.v); ok {
			n += d.n
		}
	}
	return float64(n) / float64(as.total)
}

// distinctShare is the share of distinct values (by their normalized key) among the values.
func distinctShare(as *answerSet) float64 {
	as.needKeys()
	seen := len(as.keys)
	if as.blankKeys > 0 {
		// Answers of punctuation alone ("?", "--") all have the key "": one value.
		seen -= as.blankKeys - 1
	}
	return float64(seen) / float64(as.total)
}

// ---- the answers of a column ----

// answerSet is a column's non-blank answers, each distinct answer once in the order first
// given, with how often it was given. A guess reads each distinct answer once however many
// rows give it, so the 10,000 rows of an export cost what their distinct answers cost.
type answerSet struct {
	vals  []distinctAnswer
	index map[string]int // answer → its place in vals
	total int            // the answers, repeats included
	// keys are the distinct tally keys (see tallyKey) in the order first given, firsts
	// the place in vals of the first answer of each, and blankKeys the number of them that
	// are answers of punctuation alone (whose normKey is blank). They are made by
	// needKeys, when a guess first needs them: a scale never does.
	keys      []string
	firsts    []int
	blankKeys int
	hasKeys   bool
	// normKeys[i] is normKey(vals[i].v) and keyOf[i] the place of its tally key in keys,
	// once needKeys has run.
	normKeys []string
	keyOf    []int
}

// distinctAnswer is one distinct answer of a column.
type distinctAnswer struct {
	v string // the answer, cleaned
	n int    // how often it was given
}

// add adds a cell; a blank one is no answer.
func (as *answerSet) add(v string) {
	if v = cleanCell(v); v == "" {
		return
	}
	as.total++
	if i, ok := as.index[v]; ok {
		as.vals[i].n++
		return
	}
	if as.index == nil {
		as.index = map[string]int{}
	}
	as.index[v] = len(as.vals)
	as.vals = append(as.vals, distinctAnswer{v: v, n: 1})
}

// needKeys makes the normalized and tally keys of the answers, once.
func (as *answerSet) needKeys() {
	if as.hasKeys {
		return
	}
	as.hasKeys = true
	keyIndex := make(map[string]int, len(as.vals)) // tally key → its place in keys
	as.normKeys, as.keyOf = make([]string, len(as.vals)), make([]int, len(as.vals))
	for i, d := range as.vals {
		k := normKey(d.v)
		as.normKeys[i] = k
		tk := tallyKey(d.v, k)
		ki, ok := keyIndex[tk]
		if !ok {
			ki = len(as.keys)
			keyIndex[tk] = ki
			as.keys = append(as.keys, tk)
			as.firsts = append(as.firsts, i)
			if k == "" {
				as.blankKeys++
			}
		}
		as.keyOf[i] = ki
	}
}

// ---- choices ----

// tally counts values by their tally key, keeping the spelling given most often (the first
// on a tie) and the order first given.
type tally struct {
	keys    []string
	entries []tallyEntry   // one a key, in the order of keys
	index   map[string]int // key → its place in keys (nil for a tally made by tallyOf)
}

// tallyEntry is one key of a tally: how often it was given, its first spelling and how
// often that was given, and its other spellings.
type tallyEntry struct {
	count  int
	first  string
	firstN int
	others []spelling
}

type spelling struct {
	s string
	n int
}

func newTally() *tally { return &tally{index: map[string]int{}} }

// tallyKey is the key a value v with the normalized key k is counted under: k, or v itself
// when it is punctuation alone.
func tallyKey(v, k string) string {
	if k == "" {
		return v
	}
	return k
}

// tallyOf is the tally of a column's answers.
func tallyOf(as *answerSet) *tally {
	as.needKeys()
	t := &tally{keys: as.keys, entries: make([]tallyEntry, len(as.keys))}
	for i, d := range as.vals {
		t.entries[as.keyOf[i]].addSpelling(d.v, d.n)
	}
	return t
}

// addN counts v, whose normalized key is k, n times.
func (t *tally) addN(v, k string, n int) {
	k = tallyKey(v, k)
	i, ok := t.index[k]
	if !ok {
		i = len(t.keys)
		t.index[k] = i
		t.keys = append(t.keys, k)
		t.entries = append(t.entries, tallyEntry{})
	}
	t.entries[i].addSpelling(v, n)
}

func (e *tallyEntry) addSpelling(v string, n int) {
	e.count += n
	switch {
	case e.first == "":
		e.first, e.firstN = v, n
		return
	case v == e.first:
		e.firstN += n
		return
	}
	for j := range e.others {
		if e.others[j].s == v {
			e.others[j].n += n
			return
		}
	}
	e.others = append(e.others, spelling{v, n})
}

// label is the spelling of the i-th key given most often: its first spelling when no other
// was given more often, else the first in sort order of those given most often.
func (t *tally) label(i int) string {
	e := &t.entries[i]
	best, n := e.first, e.firstN
	for _, sp := range e.others {
		if sp.n > n || sp.n == n && sp.s < best && best != e.first {
			best, n = sp.s, sp.n
		}
	}
	return best
}

// ranked returns the places of the keys by count, then in the order first given.
func (t *tally) ranked() []int {
	out := make([]int, len(t.keys))
	for i := range out {
		out[i] = i
	}
	sort.SliceStable(out, func(i, j int) bool { return t.entries[out[i]].count > t.entries[out[j]].count })
	return out
}

// placeholders are answers that say there is nothing to say; they do not make open text a
// choice by repeating.
var placeholders = map[string]bool{"n a": true, "na": true, "none": true, "no": true, "nothing": true,
	"": true, "nil": true, "no comment": true, "no comments": true, "not applicable": true, "nope": true}

// singleOf reads the values as a single choice: a small set of answers given more than once
// that covers most of them. The answers given once are write-ins (Other) and must be few or
// short; open text, where most answers are said once, is no choice however many "N/A" it has.
func singleOf(as *answerSet) (opts, writeIns []string, ok bool) {
	t := tallyOf(as)
	if len(t.keys) > 2 {
		// The options are the keys given twice or more: none, or too many, is no choice.
		repeated := 0
		for i := range t.entries {
			if t.entries[i].count >= 2 {
				repeated++
			}
		}
		if repeated == 0 || repeated > maxOptions {
			return nil, nil, false
		}
	}
	covered, once, onceRunes, substantive := 0, 0, 0, 0
	for _, i := range t.ranked() {
		k, e := t.keys[i], &t.entries[i]
		c := e.count
		if !placeholders[k] {
			substantive += c
		}
		if c >= 2 || len(t.keys) <= 2 {
			opts = append(opts, t.label(i))
			if !placeholders[k] {
				covered += c
			}
			continue
		}
		once++
		onceRunes += utf8.RuneCountInString(e.first)
		writeIns = append(writeIns, e.first)
	}
	if len(opts) == 0 || len(opts) > maxOptions || substantive == 0 {
		return nil, nil, false
	}
	// With few answers every answer may be an option: short answers that repeat at all are
	// a choice (a weak guess), each of them an option.
	if as.total < MinSureAnswers {
		if len(t.keys) == as.total {
			return nil, nil, false
		}
		for i := range t.entries {
			first := t.entries[i].first
			if utf8.RuneCountInString(first) > 40 || len(strings.Fields(first)) > 5 || strings.Contains(first, "\n") {
				return nil, nil, false
			}
		}
		opts = opts[:0]
		for _, i := range t.ranked() {
			opts = append(opts, t.label(i))
		}
		return opts, nil, true
	}
	share := float64(covered) / float64(substantive)
	switch {
	case share >= 0.75:
	case share >= 0.5 && once > 0 && onceRunes/once <= 40:
	default:
		return nil, nil, false
	}
	if len(opts)*3 > as.total*2 {
		return nil, nil, false // nearly every answer its own: open text
	}
	return opts, writeIns, true
}

// joiners are the separators a tool joins the choices of a multiple-choice answer with, in
// the order they are tried: Jotform puts each on its own line, Microsoft Forms and
// SurveyMonkey join with ";", Google Forms and Tally with ", ". A line break elsewhere is
// a paragraph of open text, never a join.
func joiners(f Format) []string {
	if f == Jotform {
		return []string{"\n", ";", ", "}
	}
	return []string{";", ", "}
}

// multiOf reads the values as a multiple choice when a good share of the answers that hold
// a separator join two or more options. An option is an answer also given alone, or a part
// that recurs in two or more different answers (a checkbox option nobody ticks alone); an
// answer whose parts are not options ("Yes, engineering" where "engineering" is no option)
// stays whole, so an option containing ", " is never split.
//
// Each distinct answer is split and judged once, and counts as often as it was given.
func multiOf(as *answerSet, f Format) ([]string, bool) {
	seps := joiners(f)
	if !slices.ContainsFunc(as.vals, func(d distinctAnswer) bool { return splitsInTwo(d.v, seps) }) {
		return nil, false // no answer joins two parts
	}
	as.needKeys()
	// Each distinct answer (by its tally key, in its first spelling) split on each
	// separator; an answer no separator splits in two is given alone.
	splitKeys := make([][][]string, len(as.keys)) // nil for an answer given alone
	partIn := map[string]int{}                    // part → distinct answers it is a part of
	anySplit := false
	for i := range as.keys {
		v := as.vals[as.firsts[i]].v
		var per [][]string
		var seen map[string]bool
		whole := true
		for si, sep := range seps {
			if !strings.Contains(v, sep) {
				continue // no split: as good as one part
			}
			ps := splitOutside(v, sep)
			if len(ps) < 2 {
				continue
			}
			if per == nil {
				per = make([][]string, len(seps))
				seen = map[string]bool{}
			}
			per[si] = ps
			whole = false
			for _, p := range ps {
				if pk := normKey(p); !seen[pk] {
					seen[pk] = true
					partIn[pk]++
				}
			}
		}
		if !whole {
			splitKeys[i], anySplit = per, true
		}
	}
	if !anySplit {
		return nil, false // no answer joins two parts
	}
	alone := make(map[string]bool, len(as.keys))
	splits := map[string][][]string{}
	for i, k := range as.keys {
		if splitKeys[i] == nil {
			alone[k] = true
		} else {
			splits[k] = splitKeys[i]
		}
	}
	isOption := func(p string) bool { k := normKey(p); return alone[k] || partIn[k] >= 2 }
	// Each distinct answer's parts: its split on the first separator that joins two
	// options, or itself whole.
	chosen := make([][]string, len(as.vals))
	chosenSep := make([]string, len(as.vals))
	counts := make([]int, len(as.vals))
	withSep := 0
	for i, d := range as.vals {
		chosen[i], counts[i] = []string{d.v}, d.n
		k := as.normKeys[i]
		if alone[k] {
			continue
		}
		withSep += d.n
		for si, ps := range splits[k] {
			known := 0
			for _, p := range ps {
				if isOption(p) {
					known++
				}
			}
			if len(ps) >= 2 && known >= 2 {
				chosen[i], chosenSep[i] = ps, seps[si]
				break
			}
		}
	}
	mergeAdjacent(chosen, chosenSep, counts)
	joins, strays, total := 0, 0, 0
	for i, ps := range chosen {
		if len(ps) < 2 {
			continue
		}
		joins += counts[i]
		for _, p := range ps {
			total += counts[i]
			if !isOption(p) {
				strays += counts[i]
			}
		}
	}
	if joins == 0 || joins*5 < withSep*2 || strays*3 > total {
		return nil, false
	}
	parts := newTally()
	for i, ps := range chosen {
		if len(ps) == 1 && ps[0] == as.vals[i].v {
			parts.addN(ps[0], as.normKeys[i], counts[i])
			continue
		}
		for _, p := range ps {
			parts.addN(p, normKey(p), counts[i])
		}
	}
	var opts []string
	for _, i := range parts.ranked() {
		if parts.entries[i].count >= 2 || as.total < MinSureAnswers {
			opts = append(opts, parts.label(i))
		}
	}
	if len(opts) < 2 || len(opts) > maxOptions {
		return nil, false
	}
	return opts, true
}

// splitsInTwo reports whether v splits in two or more parts on one of seps.
func splitsInTwo(v string, seps []string) bool {
	for _, sep := range seps {
		if strings.Contains(v, sep) && len(splitOutside(v, sep)) >= 2 {
			return true
		}
	}
	return false
}

// mergeAdjacent joins back parts that were one option holding the separator: two parts that
// only ever occur together, one right after the other ("The chair only sees the front
// rows" always followed by "near the microphones"). chosen are the parts of the distinct
// answers, seps their separators and counts how often each was given.
func mergeAdjacent(chosen [][]string, seps []string, counts []int) {
	for {
		// Only the parts of answers that join two or more are ever merged: the figures
		// are kept for them alone (an answer given whole counts when it is such a part).
		inJoin := map[string]bool{}
		for _, ps := range chosen {
			if len(ps) >= 2 {
				for _, p := range ps {
					inJoin[normKey(p)] = true
				}
			}
		}
		if len(inJoin) == 0 {
			return
		}
		next := map[string]map[string]bool{} // part → parts right after it
		prev := map[string]map[string]bool{}
		occurs := map[string]int{}
		for i, ps := range chosen {
			if len(ps) == 1 && !inJoin[normKey(ps[0])] {
				continue
			}
			for j, p := range ps {
				k := normKey(p)
				occurs[k] += counts[i]
				if next[k] == nil {
					next[k], prev[k] = map[string]bool{}, map[string]bool{}
				}
				if j+1 < len(ps) {
					next[k][normKey(ps[j+1])] = true
				} else {
					next[k][""] = true
				}
				if j > 0 {
					prev[k][normKey(ps[j-1])] = true
				} else {
					prev[k][""] = true
				}
			}
		}
		merged := false
		for i, ps := range chosen {
			for j := 0; j+1 < len(ps); j++ {
				a, b := normKey(ps[j]), normKey(ps[j+1])
				if len(next[a]) == 1 && len(prev[b]) == 1 && occurs[a] == occurs[b] && occurs[a] >= 2 {
					joined := ps[j] + seps[i] + ps[j+1]
					chosen[i] = append(append(append([]string(nil), ps[:j]...), joined), ps[j+2:]...)
					merged = true
					break
				}
			}
		}
		if !merged {
			return
		}
	}
}

// splitOutside splits v on sep where sep is not inside brackets, trimming the parts and
// dropping empty ones ("AGOL;Cartography;" has two).
func splitOutside(v, sep string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 && strings.HasPrefix(v[i:], sep) {
			if p := strings.TrimSpace(v[start:i]); p != "" {
				out = append(out, p)
			}
			start = i + len(sep)
			i += len(sep) - 1
		}
	}
	if p := strings.TrimSpace(v[start:]); p != "" {
		out = append(out, p)
	}
	return out
}

// legendCode finds "N - " in a header's legend: a short code, a dash, colon or equals sign.
var legendCode = regexp.MustCompile(`(?:^|[\s(])([A-Za-z0-9]{1,3})\s*(?:-|–|=|:)\s+`)

// legendOf reads the legend a header gives for answers written as codes ("N - Never   S -
// Sometimes   A - Always"): when every option is one of its codes, it returns the words in
// the legend's order and the code of each (upper case) → its word.
func legendOf(header string, opts []string) ([]string, map[string]string, bool) {
	ms := legendCode.FindAllStringSubmatchIndex(header, -1)
	if len(ms) < 2 {
		return nil, nil, false
	}
	codes := map[string]string{}
	var words []string
	for i, m := range ms {
		end := len(header)
		if i+1 < len(ms) {
			end = ms[i+1][0]
		}
		word := strings.TrimSpace(header[m[1]:end])
		if word == "" {
			return nil, nil, false
		}
		code := strings.ToUpper(header[m[2]:m[3]])
		codes[code] = word
		words = append(words, word)
	}
	for _, o := range opts {
		if _, ok := codes[strings.ToUpper(strings.TrimSpace(o))]; !ok {
			return nil, nil, false
		}
	}
	return words, codes, true
}
