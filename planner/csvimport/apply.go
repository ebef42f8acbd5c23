package csvimport

import (
	"context"
	"fmt"

	"github.com/coplaunch/coplaunch/planner"
)

// Target is where an import writes: the plan library (planner/store satisfies it).
type Target interface {
	Put(ctx context.Context, planID int64, item any) error
	AddResponses(ctx context.Context, planID int64, rs []planner.Response) (int, error)
}

// Outcome is what an import wrote.
type Outcome struct {
	// Added counts the responses stored; Known those skipped because the plan already had
	// them (the same file imported again).
	Added, Known int
}

// Import writes the file's responses into plan p, the whole import flow in one place for the
// CLI and the GUI: new questions are stored first and the answers moved to their IDs, the
// responses are tagged with the plan's themes (planner.AutoTag), then stored in one batch.
// p.Survey.Questions gains the new questions; p.Survey.Responses is left as it was (reload it
// to see the new responses with their IDs).
func (f *SurveyFile) Import(ctx context.Context, t Target, p *planner.Plan, opt SurveyOptions) (Outcome, Report, error) {
	rs, rep := f.Responses(p.Survey, opt)
	ids := make(map[int64]int64, len(rep.NewQuestions))
	for _, q := range rep.NewQuestions {
		old := q.ID
		q.ID = 0
		if err := t.Put(ctx, p.ID, &q); err != nil {
			return Outcome{}, rep, fmt.Errorf("add question %q: %w", q.Title, err)
		}
		ids[old] = q.ID
		p.Survey.Questions = append(p.Survey.Questions, q)
	}
	RemapQuestions(rs, ids)
	if len(rs) == 0 {
		return Outcome{}, rep, nil
	}
	tagged := p.Survey
	tagged.Responses = rs
	planner.AutoTag(&tagged)
	n, err := t.AddResponses(ctx, p.ID, tagged.Responses)
	if err != nil {
		return Outcome{}, rep, fmt.Errorf("add %d responses: %w", len(rs), err)
	}
	return Outcome{Added: n, Known: len(rs) - n}, rep, nil
}

// ImportAll imports the whole file into plan p as proposed, with no mapping edited: the CLI
// does this, and the GUI does the same when the organizer leaves its mapping as shown. Columns
// are mapped by AutoMap, every other column with answers becomes a new question (meta columns
// never do), and the rest is Import.
func ImportAll(ctx context.Context, t Target, p *planner.Plan, f *SurveyFile, opt SurveyOptions) (Outcome, Report, error) {
	f.AutoMap(p.Survey.Questions)
	opt.CreateQuestions = true
	return f.Import(ctx, t, p, opt)
}
