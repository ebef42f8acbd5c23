package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// DeletePerson removes a candidate from everywhere in the plan in one transaction, which also
// stores the progress of the plan it leaves: the candidate (with their status history, kept
// in their row, role holdings and attendance), the survey responses they gave (email equal to their contact as
// planner.NormalizeContact compares them, or the response they were added from), the member
// stories told under their name, and their name as owner of review actions and agenda items:
// planner.ErasureOfCandidate lists the same. secure_delete keeps the data out of free pages.
func (s *Store) DeletePerson(ctx context.Context, planID, candidateID int64) error {
	_, err := s.DeletePersonAndLoad(ctx, planID, candidateID)
	return err
}

// DeletePersonAndLoad is DeletePerson, returning the plan as the transaction left it (read back
// in it for the progress), so that an open window need not load it a second time.
func (s *Store) DeletePersonAndLoad(ctx context.Context, planID, candidateID int64) (*planner.Plan, error) {
	var fresh *planner.Plan
	err := s.edit(ctx, planID, fmt.Sprintf("delete person %d of plan %d", candidateID, planID), func(w *txw) error {
		if err := deletePerson(w, planID, candidateID); err != nil {
			return err
		}
		var err error
		fresh, err = storeProgress(w, planID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return fresh, nil
}

// DeleteRespondent removes a survey response in one transaction (with the plan's progress
// after it) and, with it, every candidate who is the same person (made from the response, or
// whose contact is its email), each as DeletePerson does: so no half of a person is left
// behind. planner.ErasureOfResponse lists what goes.
func (s *Store) DeleteRespondent(ctx context.Context, planID, responseID int64) error {
	_, err := s.DeleteRespondentAndLoad(ctx, planID, responseID)
	return err
}

// DeleteRespondentAndLoad is DeleteRespondent, returning the plan as the transaction left it.
func (s *Store) DeleteRespondentAndLoad(ctx context.Context, planID, responseID int64) (*planner.Plan, error) {
	var fresh *planner.Plan
	err := s.edit(ctx, planID, fmt.Sprintf("delete respondent %d of plan %d", responseID, planID), func(w *txw) error {
		var email string
		if err := w.queryRow("SELECT email FROM responses WHERE id = ? AND plan_id = ?", responseID, planID).Scan(&email); err != nil {
			return fmt.Errorf("response %d: %w", responseID, notFound(err))
		}
		key := planner.NormalizeContact(email)
		rows, err := w.tx.QueryContext(w.ctx, "SELECT id, contact, coalesce(response_id, 0) FROM candidates WHERE plan_id = ?", planID)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id, resp int64
			var contact string
			if err := rows.Scan(&id, &contact, &resp); err != nil {
				rows.Close()
				return err
			}
			if resp == responseID || key != "" && planner.NormalizeContact(contact) == key {
				ids = append(ids, id)
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
		for _, id := range ids {
			if err := deletePerson(w, planID, id); err != nil {
				return err
			}
		}
		if _, err := w.exec("DELETE FROM responses WHERE id = ? AND plan_id = ?", responseID, planID); err != nil {
			return err
		}
		fresh, err = storeProgress(w, planID)
		return err
	})
	if err != nil {
		return nil, err
	}
	return fresh, nil
}

// deletePerson is DeletePerson's work inside a transaction.
func deletePerson(w *txw, planID, candidateID int64) error {
	var name, handle, contact string
	var resp *int64
	if err := w.queryRow("SELECT name, handle, contact, response_id FROM candidates WHERE id = ? AND plan_id = ?",
		candidateID, planID).Scan(&name, &handle, &contact, &resp); err != nil {
		return fmt.Errorf("candidate %d: %w", candidateID, notFound(err))
	}
	shown := planner.Candidate{ID: candidateID, Name: name, Handle: handle}.DisplayName()
	if err := scrubVersions(w, planID, shown); err != nil {
		return err
	}
	if _, err := w.exec("DELETE FROM candidates WHERE id = ?", candidateID); err != nil {
		return err
	}
	if resp != nil {
		if _, err := w.exec("DELETE FROM responses WHERE id = ? AND plan_id = ?", *resp, planID); err != nil {
			return err
		}
	}
	// The member's attendance, activity and decisions go with the candidate row (ON DELETE
	// CASCADE); the unmatched ones under their email go here.
	if err := deleteEvidenceOf(w, planID, strings.ToLower(planner.NormalizeContact(contact))); err != nil {
		return err
	}
	if c := planner.NormalizeContact(contact); c != "" {
		// lower() in SQLite folds ASCII only, so compare in Go.
		rows, err := w.tx.QueryContext(w.ctx, "SELECT id, email FROM responses WHERE plan_id = ? AND email <> ''", planID)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			var email string
			if err := rows.Scan(&id, &email); err != nil {
				rows.Close()
				return err
			}
			if planner.NormalizeContact(email) == c {
				ids = append(ids, id)
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
		for _, id := range ids {
			if _, err := w.exec("DELETE FROM responses WHERE id = ?", id); err != nil {
				return err
			}
		}
	}
	if strings.TrimSpace(name) != "" {
		for _, q := range []string{
			"DELETE FROM stories WHERE plan_id = ? AND member = ?",
			"UPDATE actions SET owner = '' WHERE plan_id = ? AND owner = ?",
			"UPDATE agenda SET owner = '' WHERE plan_id = ? AND owner = ?",
		} {
			if _, err := w.exec(q, planID, name); err != nil {
				return err
			}
		}
	}
	return nil
}

// scrubVersions replaces name by planner.ErasedName in the snapshots of the plan's issued
// charter versions, where it stands as a role holder.
func scrubVersions(w *txw, planID int64, name string) error {
	rows, err := w.tx.QueryContext(w.ctx, "SELECT id, snapshot FROM versions WHERE plan_id = ? AND snapshot <> ''", planID)
	if err != nil {
		return err
	}
	type fix struct {
		id   int64
		snap string
	}
	var fixes []fix
	for rows.Next() {
		var id int64
		var raw string
		if err := rows.Scan(&id, &raw); err != nil {
			rows.Close()
			return err
		}
		snap, err := decSnapshot(raw)
		if err != nil {
			rows.Close()
			return fmt.Errorf("version %d: %w", id, err)
		}
		if out, ok := planner.ScrubSnapshot(snap, name); ok {
			enc, err := encSnapshot(out)
			if err != nil {
				rows.Close()
				return err
			}
			fixes = append(fixes, fix{id, enc})
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, f := range fixes {
		if _, err := w.exec("UPDATE versions SET snapshot = ? WHERE id = ?", f.snap, f.id); err != nil {
			return err
		}
	}
	return nil
}

// AddResponses adds survey responses at the end of the plan's list in one transaction (with
// the plan's progress after it), skipping those whose non-empty Key is already in the plan
// (or earlier in rs), so that importing the same file twice adds nothing. Added responses get
// their IDs set in rs.
func (s *Store) AddResponses(ctx context.Context, planID int64, rs []planner.Response) (int, error) {
	n, _, err := s.AddResponsesAndLoad(ctx, planID, rs)
	return n, err
}

// AddResponsesAndLoad is AddResponses, also returning the plan as the transaction left it (read
// back in it for the progress), so that an open window need not load it a second time.
func (s *Store) AddResponsesAndLoad(ctx context.Context, planID int64, rs []planner.Response) (int, *planner.Plan, error) {
	ids := make([]int64, len(rs))
	added := 0
	for i := range rs {
		if err := checkNew(&rs[i]); err != nil {
			return 0, nil, fmt.Errorf("add responses to plan %d: response %d: %w", planID, i+1, err)
		}
	}
	var fresh *planner.Plan
	err := s.edit(ctx, planID, fmt.Sprintf("add responses to plan %d", planID), func(w *txw) error {
		keys := map[string]bool{}
		rows, err := w.tx.QueryContext(w.ctx, "SELECT key FROM responses WHERE plan_id = ? AND key <> ''", planID)
		if err != nil {
			return err
		}
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return err
			}
			keys[k] = true
		}
		if err := rows.Close(); err != nil {
			return err
		}
		pos, err := maxPos(w, "responses", planID)
		if err != nil {
			return err
		}
		spec := tables[planner.ItemResponse]
		for i := range rs {
			r := &rs[i]
			if r.Key != "" {
				if keys[r.Key] {
					continue
				}
				keys[r.Key] = true
			}
			pos++
			it, _ := itemOf(r) // a *Response always takes apart
			if err := it.children(w, planID, 0, false); err != nil {
				return fmt.Errorf("response %d: %w", i+1, err)
			}
			res, err := w.exec(spec.insertSQL(), append([]any{planID, pos}, it.values...)...)
			if err != nil {
				return err
			}
			if ids[i], err = res.LastInsertId(); err != nil {
				return err
			}
			added++
		}
		fresh, err = storeProgress(w, planID)
		return err
	})
	if err != nil {
		return 0, nil, err
	}
	for i, id := range ids {
		if id != 0 {
			rs[i].ID = id
		}
	}
	return added, fresh, nil
}

// AddCandidates adds candidates at the end of the plan's list in one transaction (with the
// plan's progress after it) and sets their IDs in cs.
func (s *Store) AddCandidates(ctx context.Context, planID int64, cs []planner.Candidate) (int, error) {
	n, _, err := s.AddCandidatesAndLoad(ctx, planID, cs)
	return n, err
}

// AddCandidatesAndLoad is AddCandidates, also returning the plan as the transaction left it.
func (s *Store) AddCandidatesAndLoad(ctx context.Context, planID int64, cs []planner.Candidate) (int, *planner.Plan, error) {
	ids := make([]int64, len(cs))
	for i := range cs {
		if err := checkNew(&cs[i]); err != nil {
			return 0, nil, fmt.Errorf("add candidates to plan %d: candidate %d: %w", planID, i+1, err)
		}
	}
	var fresh *planner.Plan
	err := s.edit(ctx, planID, fmt.Sprintf("add candidates to plan %d", planID), func(w *txw) error {
		pos, err := maxPos(w, "candidates", planID)
		if err != nil {
			return err
		}
		spec := tables[planner.ItemCandidate]
		for i := range cs {
			c := cs[i]
			c.ID = 0
			it, _ := itemOf(&c) // a *Candidate always takes apart
			if r, _ := candidateResponse(it); r != 0 {
				if err := mustBelong(w, "responses", planID, r); err != nil {
					return err
				}
			}
			pos++
			res, err := w.exec(spec.insertSQL(), append([]any{planID, pos}, it.values...)...)
			if err != nil {
				return err
			}
			if ids[i], err = res.LastInsertId(); err != nil {
				return err
			}
		}
		fresh, err = storeProgress(w, planID)
		return err
	})
	if err != nil {
		return 0, nil, err
	}
	for i := range cs {
		cs[i].ID = ids[i]
	}
	return len(cs), fresh, nil
}

func maxPos(w *txw, table string, planID int64) (int, error) {
	var pos int
	err := w.queryRow("SELECT coalesce(max(pos), 0) FROM "+table+" WHERE plan_id = ?", planID).Scan(&pos)
	return pos, err
}
