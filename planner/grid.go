package planner

import (
	"slices"
	"strings"
)

// SummaryBlock is one block of the survey's summary: a question on its own, or a grid whose
// rows are summarised together as one table.
type SummaryBlock struct {
	// Question is set for a question on its own.
	Question *QuestionSummary
	// Grid is set for the rows of one grid.
	Grid *GridSummary
}

// GridSummary is a grid's table: its rows down, the answers across, with n and the mean per
// row. Columns are the points of the rows' scale, or the options of their choice (with
// "Other" last when any row has answers outside them).
type GridSummary struct {
	Title   string
	Columns []string
	Rows    []GridRow
	// HasMean is set when the rows have a mean: a scale, or options that are answer-scale
	// words counted by position (then the mean is a position, 1 for the first column).
	HasMean bool
}

// GridRow is one row of a grid's table.
type GridRow struct {
	Summary QuestionSummary
	// Counts holds the answers per column, in Columns' order.
	Counts []int
	Mean   float64
}

// SummarizeBlocks summarises the survey as SummarizeSurvey does, with the neighbouring rows of
// one grid (questions sharing a Grid title, kind, range and options) gathered into a table.
func SummarizeBlocks(s Survey) []SummaryBlock {
	sums := SummarizeSurvey(s)
	var out []SummaryBlock
	for i := 0; i < len(sums); {
		j := i + 1
		for j < len(sums) && sameGrid(sums[i].Question, sums[j].Question) {
			j++
		}
		if strings.TrimSpace(sums[i].Question.Grid) == "" || !griddable(sums[i].Question.Kind) {
			qs := sums[i]
			out = append(out, SummaryBlock{Question: &qs})
			i++
			continue
		}
		g := gridOf(sums[i:j])
		out = append(out, SummaryBlock{Grid: &g})
		i = j
	}
	return out
}

func griddable(k QuestionKind) bool { return k == KindScale || k == KindSingle }

// sameGrid reports whether b is a further row of a's grid.
func sameGrid(a, b Question) bool {
	return strings.TrimSpace(a.Grid) != "" && a.Grid == b.Grid && a.Kind == b.Kind &&
		a.Range() == b.Range() && strings.Join(a.Options, "\x1f") == strings.Join(b.Options, "\x1f")
}

func gridOf(rows []QuestionSummary) GridSummary {
	first := rows[0].Question
	g := GridSummary{Title: first.Grid}
	switch first.Kind {
	case KindScale:
		sc := first.Range()
		for v := sc.Min; v <= sc.Max; v++ {
			g.Columns = append(g.Columns, itoa(v))
		}
		g.HasMean = true
		for _, qs := range rows {
			g.Rows = append(g.Rows, GridRow{Summary: qs, Counts: qs.Distribution, Mean: qs.Scale.Mean})
		}
	default:
		other := false
		for _, qs := range rows {
			for _, c := range qs.Choices {
				other = other || c.Other && c.Count > 0 && !slices.Contains(first.Options, c.Label)
			}
		}
		g.Columns = append(g.Columns, first.Options...)
		if other {
			g.Columns = append(g.Columns, OtherLabel)
		}
		_, _, g.HasMean = OrderedOptions(first.Options)
		for _, qs := range rows {
			r := GridRow{Summary: qs, Counts: make([]int, len(g.Columns))}
			for _, c := range qs.Choices {
				for k, col := range g.Columns {
					if c.Label == col || c.Other && col == OtherLabel && !slices.Contains(first.Options, c.Label) {
						r.Counts[k] += c.Count
						break
					}
				}
			}
			r.Mean = qs.PositionMean
			g.Rows = append(g.Rows, r)
		}
	}
	return g
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	if v < 10 {
		return string(rune('0' + v))
	}
	return itoa(v/10) + string(rune('0'+v%10))
}
