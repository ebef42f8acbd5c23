package store

import (
	"github.com/coplaunch/coplaunch/planner"
)

// The store is the one gate every write passes, whichever door it comes through (the window,
// a plan file, the command line, a CSV import): a whole plan (Create, and so Duplicate and
// the plan-file import) must pass planner.CheckPlan, and each single change (Save, Put,
// AddResponses, AddCandidates) planner.CheckChange, the same rules for what it changes. A
// plan saved before a rule existed stays editable: a change is refused only for a problem
// it adds. Rename runs planner.CheckPlanName and SaveClient Client.Validate (whose texts a
// plan made for the client takes).
//
// Restore is the one whole-library write that runs no plan rule: it brings back the user's
// own library as it was (perhaps from before a rule existed, perhaps in an older schema that
// Open then migrates), and refusing it would lock the user out of their own data. Its plans
// are like any of an old library: editable, with the overview naming what to fix.

// checkChange applies planner.CheckChange to a change of the plan inside w's transaction,
// reading the stored plan (or only its reviews) when the check needs it.
func checkChange(w *txw, planID int64, ch planner.Change) error {
	return planner.CheckChange(ch, func(reviewsOnly bool) (*planner.Plan, error) {
		if !reviewsOnly {
			return loadIn(w.ctx, w.tx, planID)
		}
		p := &planner.Plan{ID: planID}
		l := newLoader(w.ctx, w.tx, planID)
		return p, l.reviews(p)
	})
}

// checkNew applies planner.CheckChange to items being added (they have no stored version).
func checkNew(items ...any) error {
	for _, it := range items {
		if err := planner.CheckChange(planner.Change{Item: it}, func(bool) (*planner.Plan, error) { return &planner.Plan{}, nil }); err != nil {
			return err
		}
	}
	return nil
}
