package export

import "github.com/coplaunch/coplaunch/planner"

// ahead is what the plan PDF needs from planner that takes it longest for a large plan (the
// survey's summaries, a year of reviews' evidence), worked out on another goroutine while
// the document is set up and its first chapters drawn. The plan must not change meanwhile:
// the PDF reads it, nothing writes it.
type ahead struct {
	blocks func() []planner.SummaryBlock // the survey chapter's, first
	later  func() *reviewFacts           // the event and reviews chapters'
}

// reviewFacts is what the event and reviews chapters need: the invitees, every review's
// figures, each review's month's evidence and the suggestions.
type reviewFacts struct {
	invitees    []planner.Candidate
	figs        []planner.Figures
	months      []monthEvidence // by figs' index; nil when the plan has no sessions or activity
	suggestions []planner.Suggestion
}

// monthEvidence is what a review's month's records show: its counts and who was quiet at its
// end.
type monthEvidence struct {
	counts planner.EvidenceFigures
	quiet  []planner.Quiet
}

// aheadOf starts working out p's ahead, in the order the chapters need it.
func aheadOf(p *planner.Plan) *ahead {
	a := &ahead{}
	a.blocks = background(func() []planner.SummaryBlock { return planner.SummarizeBlocks(p.Survey) })
	a.later = background(func() *reviewFacts {
		a.blocks() // the survey's summaries first: the chapters need them first
		figs := planner.ReviewFigures(p)
		return &reviewFacts{invitees: planner.Invitees(p), figs: figs, months: monthsOf(p, figs), suggestions: planner.Suggestions(p)}
	})
	return a
}

// monthsOf is the evidence of each review's month, read once for them all; nil when the plan
// has no sessions or activity. No one is matched: the PDF lists no one to decide about.
func monthsOf(p *planner.Plan, figs []planner.Figures) []monthEvidence {
	if len(p.Sessions) == 0 && len(p.Activity) == 0 {
		return nil
	}
	book := planner.NewEvidenceBook(p)
	months := make([]monthEvidence, len(figs))
	for i, f := range figs {
		period := planner.MonthPeriod(f.Review.Date.Year, f.Review.Date.Month)
		months[i].counts = book.Counts(period, nil)
		if months[i].counts.Reports > 0 || len(months[i].counts.Exports) > 0 {
			months[i].quiet = book.QuietMembers(period.To)
		}
	}
	return months
}

// background runs f on a goroutine of its own and returns what waits for its result. A panic
// of f's is raised again in the goroutine that waits, where writePDF turns it into an error
// rather than ending the program.
func background[T any](f func() T) func() T {
	done := make(chan struct{})
	var v T
	var failed any
	go func() {
		defer close(done)
		defer func() { failed = recover() }()
		v = f()
	}()
	return func() T {
		<-done
		if failed != nil {
			panic(failed)
		}
		return v
	}
}
