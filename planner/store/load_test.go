package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// TestLoadBothWays loads the same plans through both of Load's paths: one transaction (a
// Store without the one-GUI lock) and two connections (a Store holding it). Both must give
// back exactly the plan that was stored.
func TestLoadBothWays(t *testing.T) {
	plans := map[string]func() *planner.Plan{
		"full":  func() *planner.Plan { return fullPlan("Guild") },
		"demo":  func() *planner.Plan { return plantest.Demo(testNow) },
		"large": func() *planner.Plan { return plantest.Large(testNow) },
	}
	for name, build := range plans {
		t.Run(name, func(t *testing.T) {
			if name == "large" && testing.Short() {
				t.Skip("large plan")
			}
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "library.db")
			s := mustOpenAt(t, path, Options{Now: fixedClock()})
			p := build()
			if _, err := s.Create(ctx, p); err != nil {
				t.Fatal(err)
			}
			got, err := s.Load(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if s.rdb != nil {
				t.Error("a Store without the lock opened a second connection")
			}
			requireEqual(t, p, got)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}

			g := mustOpenAt(t, path, Options{Now: fixedClock(), Lock: true})
			got, err = g.Load(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			if g.rdb == nil {
				t.Error("a Store holding the lock loaded on one connection")
			}
			requireEqual(t, p, got)
		})
	}
}

// TestLoadTwoConnectionsNotFound: a missing or deleted plan is ErrNotFound on the two-connection
// path too, although the candidates' half finds no rows rather than no plan.
func TestLoadTwoConnectionsNotFound(t *testing.T) {
	ctx := context.Background()
	s := mustOpenAt(t, filepath.Join(t.TempDir(), "library.db"), Options{Now: fixedClock(), Lock: true})
	p := fullPlan("Guild")
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{p.ID, p.ID + 100} {
		if _, err := s.Load(ctx, id); !errors.Is(err, planner.ErrNotFound) {
			t.Errorf("Load(%d) = %v, want ErrNotFound", id, err)
		}
	}
}

// TestLoadTwoConnectionsSeeOneState edits a plan while loading it again and again on the
// two-connection path. Every edit sets a candidate's notes (read by one connection) and, in
// the same transaction, the plan's updated time (read by the other) to the same number: a load
// whose halves came from different moments would pair one edit's notes with another's time.
func TestLoadTwoConnectionsSeeOneState(t *testing.T) {
	ctx := context.Background()
	var n atomic.Int64
	base := testNow
	clock := func() time.Time { return base.Add(time.Duration(n.Load()) * time.Second) }
	s := mustOpenAt(t, filepath.Join(t.TempDir(), "library.db"), Options{Now: clock, Lock: true, Backups: -1})
	p := plantest.Demo(testNow)
	p.Candidates[0].Notes = "0"
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	c := p.Candidates[0]

	const edits = 150
	done := make(chan struct{})
	var wg sync.WaitGroup
	var werr error
	wg.Go(func() {
		defer close(done)
		for i := int64(1); i <= edits; i++ {
			n.Store(i)
			c.Notes = strconv.FormatInt(i, 10)
			if err := s.Put(ctx, p.ID, &c); err != nil {
				werr = err
				return
			}
		}
	})
	loads, mixed := 0, 0
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		got, err := s.Load(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		loads++
		edit := strconv.FormatInt(int64(got.Updated.Sub(base)/time.Second), 10)
		if got.Candidates[0].Notes != edit {
			mixed++
			t.Errorf("load %d: candidate notes %q beside the plan time of edit %s", loads, got.Candidates[0].Notes, edit)
		}
	}
	wg.Wait()
	if werr != nil {
		t.Fatal(werr)
	}
	t.Logf("%d loads during %d edits, %d mixed", loads, edits, mixed)
	if loads < 5 {
		t.Errorf("only %d loads ran during the edits", loads)
	}
}

// TestBlockRunsAreCapped: each record gets its own run of a block, nil for none, and appending
// to one run (as an edit adding an answer does) leaves the next run alone, also when a
// record is larger than a block.
func TestBlockRunsAreCapped(t *testing.T) {
	b := block[string]{size: 4}
	var got [][]string
	for _, v := range [][]string{{"a", "b"}, nil, {"c"}, {"d", "e"}, {"f", "g", "h", "i", "j"}, {"k"}} {
		got = append(got, b.take(v))
	}
	want := "[[a b] [] [c] [d e] [f g h i j] [k]]"
	if fmt.Sprint(got) != want || got[1] != nil {
		t.Fatalf("runs %v, want %v", got, want)
	}
	got[0] = append(got[0], "x")
	got[3] = append(got[3], "y")
	if got[2][0] != "c" || got[5][0] != "k" {
		t.Errorf("appending to one run overwrote the next: %v", got)
	}
}

// TestLoadAnswersOwnTheirChoices: answers with the same choices are decoded once, yet each
// loaded answer holds its own list, so that editing one answer's choices leaves the others'
// as they were; an empty list stays empty and not nil, and a history's repeated days load as
// they were saved.
func TestLoadAnswersOwnTheirChoices(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := fullPlan("Choices")
	p.Survey.Responses[2].Answers[2].Choices = []string{}
	for i := range p.Candidates {
		p.Candidates[i].History = []planner.StatusEntry{{Status: planner.Invited, On: planner.MustDate("2026-01-20")},
			{Status: planner.Accepted, On: planner.MustDate("2026-01-22")}}
	}
	if _, err := s.Create(ctx, p); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	requireEqual(t, p, got)
	rs := got.Survey.Responses
	rs[0].Answers[2].Choices[0] = "Slack" // response 1 has the same choices
	if c := rs[1].Answers[2].Choices; len(c) != 2 || c[0] != "Discord" {
		t.Fatalf("editing one answer's choices changed another's: %q", c)
	}
	rs[0].Answers[2].Choices[0] = "Discord"
	requireEqual(t, p, got)
}
