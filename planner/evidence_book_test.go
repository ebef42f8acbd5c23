package planner_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// largeMonths are the months of the large plan's year of sessions.
func largeMonths(p *planner.Plan) []planner.Period {
	var out []planner.Period
	for _, s := range p.Sessions {
		m := planner.MonthPeriod(s.Date.Year, s.Date.Month)
		if len(out) == 0 || out[len(out)-1] != m {
			out = append(out, m)
		}
	}
	return out
}

// TestEvidenceBookLargePlan: the book proposes for each month of the large plan's year
// what FiguresFromEvidence does, its guests left unmatched.
func TestEvidenceBookLargePlan(t *testing.T) {
	p := plantest.Large(time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC))
	months := largeMonths(p)
	if len(months) < 12 {
		t.Fatalf("the large plan's sessions span %d months, want a year", len(months))
	}
	book := planner.NewEvidenceBook(p)
	for _, m := range months {
		got, want := book.Figures(m, nil), planner.FiguresFromEvidence(p, m, nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the book proposes %+v, FiguresFromEvidence %+v", m.Label(), got, want)
		}
		if got.Reports > 0 && len(got.Unmatched) != 5*got.Reports {
			t.Errorf("%s: %d unmatched in %d sessions, want the 5 guests of each", m.Label(), len(got.Unmatched), got.Reports)
		}
	}
}

// BenchmarkEvidenceFiguresYear is the figures of every month of the large plan's year of
// sessions, as the plan PDF's records need them: once through FiguresFromEvidence per month
// (the members indexed once a month), once through one EvidenceBook.
func BenchmarkEvidenceFiguresYear(b *testing.B) {
	p := plantest.Large(time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC))
	months := largeMonths(p)
	b.Run("per-month", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, m := range months {
				planner.FiguresFromEvidence(p, m, nil)
			}
		}
	})
	b.Run("book", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			book := planner.NewEvidenceBook(p)
			for _, m := range months {
				book.Figures(m, nil)
			}
		}
	})
}
