package csvimport

import (
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// AutoMap maps each non-meta column to the question whose title matches its header, and
// clears the mapping of the others. Headers and titles are compared normalized (case,
// accents, punctuation, white space, dashes and a trailing "?" do not count). An exact match
// wins; failing that, a header that starts with a title or contains it as whole words (or the
// other way round) maps to the closest such question, each question taken once. Grid columns
// "Q [Row]" map to the question made of that row (Grid Q, title Row) when the survey has
// one, else to question Q with Row kept; when a whole header such as "Rate [1-10]" is
// itself a question title, it maps as an ordinary column. Several columns may map to one
// question when their headers match it exactly: Google Forms repeats a header when a
// question was deleted and added again, and Responses takes the first non-empty cell.
func (f *SurveyFile) AutoMap(qs []planner.Question) {
	exact := make(map[string]int64, len(qs))
	qkeys := make([]string, len(qs))
	rows := map[string]int64{} // a grid row's question by its grid and row: "grid\x1frow"
	for i, q := range qs {
		if g := normKey(q.Grid); g != "" {
			if k := g + "\x1f" + normKey(q.Title); rows[k] == 0 {
				rows[k] = q.ID
			}
			qkeys[i] = "" // a row's label alone is no title to match a header with
			continue
		}
		qkeys[i] = normKey(q.Title)
		if _, dup := exact[qkeys[i]]; !dup && qkeys[i] != "" {
			exact[qkeys[i]] = q.ID
		}
	}
	taken := map[int64]bool{}
	// groups of unmatched columns by the text they are matched on; a grid's columns share one.
	groups := map[string][]int{}
	var order []string
	for i := range f.Columns {
		c := &f.Columns[i]
		c.QuestionID = 0
		if c.Meta != "" {
			continue
		}
		if c.Row != "" {
			// A grid's row answers the question made of that row by an earlier import.
			if id, ok := rows[normKey(c.Title())+"\x1f"+normKey(c.Row)]; ok {
				c.QuestionID = id
				taken[id] = true
				continue
			}
		}
		if id, ok := exact[normKey(c.Header)]; ok {
			c.QuestionID, c.Row, c.base = id, "", ""
			taken[id] = true
			continue
		}
		key := normKey(c.Title())
		if c.Row != "" || c.Option != "" {
			if id, ok := exact[key]; ok {
				c.QuestionID = id
				taken[id] = true
				continue
			}
		}
		if key == "" {
			continue
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], i)
	}

	type cand struct {
		key   string
		id    int64
		score float64
	}
	var cands []cand
	for _, key := range order {
		for i, q := range qs {
			if s := closeness(key, qkeys[i]); s > 0 {
				cands = append(cands, cand{key, q.ID, s})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	done := map[string]bool{}
	for _, c := range cands {
		if done[c.key] || taken[c.id] {
			continue
		}
		done[c.key], taken[c.id] = true, true
		for _, i := range groups[c.key] {
			f.Columns[i].QuestionID = c.id
		}
	}
}

// closeness scores how well a header key matches a title key when they are not equal: above
// 2 when one starts with the other, above 1 when one holds the other as whole words, 0 for no
// match. The shorter text must be specific enough (two words or six letters) to count, and
// the closer the lengths the higher the score.
func closeness(a, b string) float64 {
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if short == "" || (len(short) < 6 && !strings.Contains(short, " ")) {
		return 0
	}
	ratio := float64(len(short)) / float64(len(long))
	switch {
	case strings.HasPrefix(long, short+" "):
		return 2 + ratio
	case ratio >= 0.25 && strings.Contains(" "+long+" ", " "+short+" "):
		return 1 + ratio
	}
	return 0
}
