package store

import (
	"context"
	"fmt"

	"github.com/coplaunch/coplaunch/planner"
)

// Save writes one autosaved change of an open plan and the plan's progress in one
// transaction: the edit and the library list's progress never disagree, and a pause in
// typing costs one trip to the file. A saved plan gets its Updated time, a new item its ID.
// A change that adds a problem planner.CheckChange finds is refused with that problem (an
// error wrapping planner.ErrInvalid), and nothing is written.
func (s *Store) Save(ctx context.Context, planID int64, ch planner.Change) error {
	now := s.now()
	var put item
	newID := int64(0)
	if ch.Item != nil {
		it, err := itemOf(ch.Item)
		if err != nil {
			return fmt.Errorf("save item of plan %d: %w", planID, err)
		}
		put = it
	}
	err := s.edit(ctx, planID, fmt.Sprintf("save %s of plan %d", changeWhat(ch), planID), func(w *txw) error {
		if err := checkChange(w, planID, ch); err != nil {
			return err
		}
		var err error
		switch {
		case ch.Plan != nil:
			if ch.Plan.ID != planID {
				return &planner.ValidationError{Field: "plan", Msg: fmt.Sprintf("plan %d saved as plan %d", ch.Plan.ID, planID)}
			}
			err = writePlan(w, ch.Plan, now)
		case ch.Charter != nil:
			err = writeCharter(w, planID, ch.Charter)
		case ch.Event != nil:
			err = writeEvent(w, planID, ch.Event, true)
		case ch.Item != nil:
			newID, err = putItem(w, planID, put)
		case ch.Delete != nil:
			spec, ok := tables[ch.Delete.Kind]
			if !ok {
				return &planner.ValidationError{Field: "kind", Msg: fmt.Sprintf("unknown item kind %q", ch.Delete.Kind)}
			}
			err = deleteItem(w, planID, spec, ch.Delete.Kind, ch.Delete.ID)
		case ch.Reorder != nil:
			spec, ok := tables[ch.Reorder.Kind]
			if !ok {
				return &planner.ValidationError{Field: "kind", Msg: fmt.Sprintf("unknown item kind %q", ch.Reorder.Kind)}
			}
			err = reorder(w, planID, spec, ch.Reorder.Kind, ch.Reorder.IDs)
		}
		if err != nil {
			return err
		}
		return writeProgress(w, planID, ch.Done, ch.Current)
	})
	if err != nil {
		return err
	}
	switch {
	case ch.Plan != nil:
		ch.Plan.Updated = now
	case ch.Item != nil:
		*put.id = newID
	}
	return nil
}

// writeProgress stores a plan's completed steps and current step, which List shows.
func writeProgress(w *txw, planID int64, done int, current planner.Step) error {
	_, err := w.exec("UPDATE plans SET progress = ?, step = ? WHERE id = ?", done, int(current), planID)
	return err
}

// storeProgress stores the progress of the plan as the transaction leaves it, for the writes
// whose outcome the caller cannot know beforehand (a person erased everywhere, a bulk add that
// skips rows already there): the plan is read back in the same transaction, and returned so
// that the caller need not load it again.
func storeProgress(w *txw, planID int64) (*planner.Plan, error) {
	p, err := loadIn(w.ctx, w.tx, planID)
	if err != nil {
		return nil, err
	}
	done, current := planner.Progress(p)
	if err := writeProgress(w, planID, done, current); err != nil {
		return nil, err
	}
	return p, nil
}

// changeWhat names what a change saves, for error messages.
func changeWhat(ch planner.Change) string {
	switch {
	case ch.Plan != nil:
		return "the plan"
	case ch.Charter != nil:
		return "the charter"
	case ch.Event != nil:
		return "the event"
	case ch.Item != nil:
		return "an item"
	case ch.Delete != nil:
		return fmt.Sprintf("deletion of %s %d", ch.Delete.Kind, ch.Delete.ID)
	case ch.Reorder != nil:
		return fmt.Sprintf("order of the %ss", ch.Reorder.Kind)
	}
	return "progress"
}
