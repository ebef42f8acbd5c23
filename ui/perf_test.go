package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
	"github.com/coplaunch/coplaunch/planner/store"
)

// The GUI at consultant scale (issue 7): the large plan (plantest.Large) opened with Fyne's
// test driver in a 1280×800 window. Step-switch times are reported by BenchmarkPerfStep
// (make bench); the tests here assert structure, never time.

// perfWindowSize is the window the benchmarks lay pages out in: the screenshots' size.
var perfWindowSize = fyne.NewSize(1280, 800)

// largeSession stores the large plan in a fresh library and opens a session on it, as the
// app does when the plan is opened from the library.
func largeSession(tb testing.TB) *session {
	tb.Helper()
	test.NewTempApp(tb)
	st, err := store.Open(context.Background(), filepath.Join(tb.TempDir(), "lib.db"), store.Options{Now: fixedNow, Backups: -1})
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	id, err := st.Create(context.Background(), plantest.Large(testNow))
	if err != nil {
		tb.Fatalf("create the large plan: %v", err)
	}
	p, err := st.Load(context.Background(), id)
	if err != nil {
		tb.Fatalf("load the large plan: %v", err)
	}
	return newSession(st, p, fixedNow)
}

// candidateRows returns the texts of the candidate rows the list has built.
func candidateRows(l *widget.List) []string {
	var rows []string
	for _, o := range test.LaidOutObjects(l) {
		if lb, ok := o.(*widget.Label); ok && lb.Visible() && lb.Text != "" {
			rows = append(rows, lb.Text)
		}
	}
	return rows
}

func TestLargePlanCandidateListVirtualized(t *testing.T) {
	if testing.Short() {
		t.Skip("large plan")
	}
	s := largeSession(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(perfWindowSize)
	z := newWizard(s, w)
	z.show(planner.StepRecruit)
	v := z.pages[planner.StepRecruit].(*recruitStep)
	l := v.candidates.list
	if n := l.Length(); n != plantest.LargeCandidates {
		t.Fatalf("list length %d, want %d", n, plantest.LargeCandidates)
	}
	// A row widget per candidate would be 5,000 labels; a virtualized list builds the visible
	// rows (10 are shown) and a few spare.
	const maxRows = 40
	for _, at := range []struct {
		name   string
		scroll func()
		want   string // a candidate that must be among the rows built
	}{
		{"top", l.ScrollToTop, s.plan.Candidates[0].Name + " — "},
		{"bottom", l.ScrollToBottom, s.plan.Candidates[plantest.LargeCandidates-1].Name + " — "},
	} {
		t.Run(at.name, func(t *testing.T) {
			at.scroll()
			rows := candidateRows(l)
			if len(rows) == 0 || len(rows) > maxRows {
				t.Fatalf("%d candidate rows built for %d candidates, want 1..%d", len(rows), l.Length(), maxRows)
			}
			found := false
			for _, r := range rows {
				found = found || strings.HasPrefix(r, at.want)
			}
			if !found {
				t.Errorf("no row for %q among the %d built: %q…", at.want, len(rows), rows[0])
			}
			t.Logf("%d candidate rows built for %d candidates", len(rows), l.Length())
		})
	}
}

// BenchmarkPerfStep reports, for each step of the large plan, the time from choosing it to
// its page being laid out: "first" builds the page (a new plan window per iteration, opened
// on the overview), "again" switches back to a page already built.
func BenchmarkPerfStep(b *testing.B) {
	s := largeSession(b)
	names := map[planner.Step]string{planner.StepOverview: "overview", planner.StepSurvey: "survey",
		planner.StepRecruit: "recruitment", planner.StepCharter: "charter", planner.StepEvent: "event",
		planner.StepReviews: "reviews", planner.StepExport: "export"}
	for _, row := range stepPages {
		st := row.step
		name := names[st]
		b.Run(name+"/first", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				w := test.NewWindow(widget.NewLabel(""))
				w.Resize(perfWindowSize)
				z := newWizard(s, w)
				if st == planner.StepOverview {
					z.pages = map[planner.Step]page{} // rebuild the overview too
				}
				b.StartTimer()
				z.show(st)
				b.StopTimer()
				if z.current != st {
					b.Fatalf("at %v after choosing %v", z.current, st)
				}
				w.Close()
				b.StartTimer()
			}
		})
		b.Run(name+"/again", func(b *testing.B) {
			w := test.NewWindow(widget.NewLabel(""))
			defer w.Close()
			w.Resize(perfWindowSize)
			z := newWizard(s, w)
			other := planner.StepOverview
			if st == other {
				other = planner.StepExport
			}
			z.show(st)
			b.ResetTimer() // the first showing is the "first" row's
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				z.show(other)
				b.StartTimer()
				z.show(st)
			}
		})
	}
}

// BenchmarkPerfLongCharter reports the charter page of a plan whose texts are as long as an
// organizer's get (plantest.LongTexts: 5,000-character paragraphs, each with an unbroken
// 300-character run): "first" builds the page, "again" switches back to it.
func BenchmarkPerfLongCharter(b *testing.B) {
	test.NewTempApp(b)
	st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "lib.db"), store.Options{Now: fixedNow, Backups: -1})
	if err != nil {
		b.Fatalf("open store: %v", err)
	}
	b.Cleanup(func() { _ = st.Close() })
	p := plantest.Demo(testNow)
	plantest.LongTexts(p)
	id, err := st.Create(context.Background(), p)
	if err != nil {
		b.Fatalf("create the plan of long texts: %v", err)
	}
	if p, err = st.Load(context.Background(), id); err != nil {
		b.Fatalf("load the plan of long texts: %v", err)
	}
	s := newSession(st, p, fixedNow)
	b.Run("first", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			w := test.NewWindow(widget.NewLabel(""))
			w.Resize(perfWindowSize)
			z := newWizard(s, w)
			b.StartTimer()
			z.show(planner.StepCharter)
			b.StopTimer()
			w.Close()
			b.StartTimer()
		}
	})
	b.Run("again", func(b *testing.B) {
		w := test.NewWindow(widget.NewLabel(""))
		defer w.Close()
		w.Resize(perfWindowSize)
		z := newWizard(s, w)
		z.show(planner.StepCharter)
		b.ResetTimer() // the first showing is the "first" row's
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			z.show(planner.StepOverview)
			b.StartTimer()
			z.show(planner.StepCharter)
		}
	})
}

// BenchmarkPerfKeystroke reports the work one keystroke in a text field of the large plan
// does on the UI goroutine: the entry's own update, the binding (line ends, length check,
// applying the text to the plan), the validation and the autosave's debounce bookkeeping.
// The save itself runs once typing pauses, not per keystroke: the benchmark's delay keeps it
// out, and flushes it at the end. Each round of 200 keystrokes types another letter, so that
// no text is one already typed: Fyne caches the width of every string it measured, and
// wrapping a text seen before (the same 200 texts again and again) measured nothing, where
// a person's typing always makes a text never seen (about a tenth of the allocations).
func BenchmarkPerfKeystroke(b *testing.B) {
	s := largeSession(b)
	s.delay = time.Hour
	w := test.NewWindow(widget.NewLabel(""))
	defer w.Close()
	w.Resize(perfWindowSize)
	z := newWizard(s, w)
	z.show(planner.StepCharter)
	e := z.pages[planner.StepCharter].(*charterStep).purpose
	w.Canvas().Focus(e)
	start := e.Text
	letter := 'a'
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if i%200 == 0 { // keep the text near its size in the plan
			b.StopTimer()
			e.SetText(start)
			e.CursorColumn = len([]rune(start))
			letter = 'a' + rune(i/200%26)
			b.StartTimer()
		}
		e.TypedRune(letter)
	}
	b.StopTimer()
	if want := start + string(letter); !strings.HasPrefix(s.plan.Charter.Purpose, want) {
		b.Fatalf("typing did not reach the plan: %.40q…", s.plan.Charter.Purpose)
	}
	s.flush()
}
