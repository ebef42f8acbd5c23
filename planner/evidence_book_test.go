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

// TestEvidenceBookCounts: Counts proposes what Figures does, without the people left to
// decide about.
func TestEvidenceBookCounts(t *testing.T) {
	p := plantest.Large(time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC))
	book := planner.NewEvidenceBook(p)
	for _, m := range largeMonths(p) {
		got, want := book.Counts(m, nil), book.Figures(m, nil)
		if got.Unmatched != nil {
			t.Errorf("%s: Counts lists %d unmatched people", m.Label(), len(got.Unmatched))
		}
		want.Unmatched = nil
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Counts proposes %+v, Figures %+v", m.Label(), got, want)
		}
	}
}

// TestEvidenceBookQuietMembers: one book answers who was quiet on every week of the large
// plan's year and the months after it, asked in any order, as the rule says when worked out
// afresh for each date: the joined members (not joined within the window) with no counted
// attendance and no platform activity in the NudgeWeeks weeks up to the date.
func TestEvidenceBookQuietMembers(t *testing.T) {
	p := plantest.Large(time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC))
	p.Sessions[3].Attendees[2].Minutes = 1 // an attendance too short to count
	// Platform activity after the sessions end: days for some members, a last visit only
	// for others, someone unmatched.
	end := p.Sessions[len(p.Sessions)-1].Date
	export := planner.ActivityExport{Source: "member activity list", From: end, To: end.AddDays(60)}
	for i := range 300 {
		c := p.Candidates[i*13]
		m := planner.MemberActivity{Person: planner.Person{Name: c.Name}, CandidateID: c.ID, Messages: -1}
		if i%2 == 0 {
			m.Days = []planner.Date{end.AddDays(i % 60), end.AddDays(i % 29)}
		} else {
			m.LastActive = end.AddDays(i % 45)
		}
		export.Members = append(export.Members, m)
	}
	export.Members = append(export.Members, planner.MemberActivity{Person: planner.Person{Name: "Visitor"}, Days: []planner.Date{end}})
	p.Activity = append(p.Activity, export)
	var dates []planner.Date
	for d := p.Sessions[0].Date.AddDays(-14); !p.Sessions[len(p.Sessions)-1].Date.AddDays(120).Before(d); d = d.AddDays(7) {
		dates = append(dates, d)
	}
	book := planner.NewEvidenceBook(p)
	check := func(asOf planner.Date) {
		t.Helper()
		got, want := book.QuietMembers(asOf), quietWorkedOut(p, asOf)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %d quiet members, worked out afresh %d", asOf, len(got), len(want))
		}
	}
	quiet := 0
	for i := len(dates) - 1; i >= 0; i-- {
		check(dates[i])
		quiet += len(book.QuietMembers(dates[i]))
	}
	for _, d := range dates {
		check(d)
	}
	if quiet == 0 {
		t.Fatal("nobody was ever quiet: the test checks nothing")
	}
}

// quietWorkedOut is QuietMembers worked out from the plan for one date, the long way.
func quietWorkedOut(p *planner.Plan, asOf planner.Date) []planner.Quiet {
	window := planner.Period{From: asOf.AddDays(-7*planner.NudgeWeeks(p.Charter) + 1), To: asOf}
	covered := false
	last := map[int64]planner.Date{}
	sessions := map[int64]int{}
	seen := func(id int64, d planner.Date) {
		if id != 0 && !asOf.Before(d) && last[id].Before(d) {
			last[id] = d
		}
	}
	for _, s := range p.Sessions {
		covered = covered || window.Contains(s.Date)
		for _, a := range s.Attendees {
			if a.CandidateID != 0 && a.Counted(p.MinAttendMinutes) && !asOf.Before(s.Date) {
				sessions[a.CandidateID]++
				seen(a.CandidateID, s.Date)
			}
		}
	}
	for _, e := range p.Activity {
		covered = covered || (planner.Period{From: e.From, To: e.To}).Overlaps(window)
		for _, m := range e.Members {
			seen(m.CandidateID, m.LastActive)
			for _, d := range m.Days {
				seen(m.CandidateID, d)
			}
		}
	}
	if !covered {
		return nil
	}
	var out []planner.Quiet
	for _, c := range p.Candidates {
		var joined planner.Date
		for _, h := range c.History {
			if h.Status == planner.Joined {
				joined = h.On
			}
		}
		if c.Status != planner.Joined || !joined.IsZero() && window.From.Before(joined) {
			continue
		}
		if l := last[c.ID]; l.IsZero() || l.Before(window.From) {
			out = append(out, planner.Quiet{CandidateID: c.ID, Name: c.Name, LastSeen: l, Sessions: sessions[c.ID]})
		}
	}
	return out
}
