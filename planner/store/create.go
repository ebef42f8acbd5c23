package store

import (
	"context"
	"fmt"

	"github.com/coplaunch/coplaunch/planner"
)

// Create adds a whole plan in one transaction. Every item gets a new ID, written back into p,
// and every reference between items (answers' questions, tags' and goals' themes, role
// holders, attendees, goal values, candidates' responses) is remapped to the new IDs;
// references to items the plan does not contain are dropped. The cached step and progress
// come from planner.Progress. A plan that breaks planner.CheckPlan is refused with its first
// problem.
func (s *Store) Create(ctx context.Context, p *planner.Plan) (int64, error) {
	if err := planner.CheckPlanName(p.Name); err != nil {
		return 0, err
	}
	if err := planner.CheckPlan(p); err != nil {
		return 0, fmt.Errorf("create plan %q: %w", p.Name, err)
	}
	now := s.now()
	q := *p // work on a copy so that a failed Create leaves p as it was
	deepCopyLists(&q)
	if q.Created.IsZero() {
		q.Created = now
	}
	q.Updated = now
	if q.Status == "" {
		q.Status = planner.StatusPlanning
	}
	err := s.tx(ctx, func(w *txw) error { return createPlan(w, &q) })
	if err != nil {
		return 0, fmt.Errorf("create plan %q: %w", p.Name, err)
	}
	*p = q
	return p.ID, nil
}

// Duplicate copies a plan under a new name and returns the copy's ID.
func (s *Store) Duplicate(ctx context.Context, id int64, name string) (int64, error) {
	p, err := s.Load(ctx, id)
	if err != nil {
		return 0, fmt.Errorf("duplicate plan %d: %w", id, err)
	}
	p.Name = name
	p.Created = s.now()
	if p.Status == planner.StatusArchived {
		p.Status = planner.StatusPlanning
	}
	newID, err := s.Create(ctx, p)
	if err != nil {
		return 0, fmt.Errorf("duplicate plan %d: %w", id, err)
	}
	return newID, nil
}

func createPlan(w *txw, p *planner.Plan) error {
	if err := attachClient(w, p); err != nil {
		return err
	}
	res, err := w.exec(planRow.with("created", "updated").insertSQL(),
		append(planValues(p), encTime(p.Created), encTime(p.Updated))...)
	if err != nil {
		return err
	}
	if p.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	planID := p.ID

	// insert adds one item at position pos and returns its new ID.
	insert := func(v any, pos int) (int64, error) {
		it, err := itemOf(v)
		if err != nil {
			return 0, err
		}
		if it.kind == planner.ItemQuestion || it.kind == planner.ItemTheme {
			w.refs = nil
		}
		res, err := w.exec(tables[it.kind].insertSQL(), append([]any{planID, pos}, it.values...)...)
		if err != nil {
			return 0, err
		}
		id, err := res.LastInsertId()
		if err != nil {
			return 0, err
		}
		if it.children != nil {
			if err := it.children(w, planID, id, false); err != nil {
				return 0, err
			}
		}
		*it.id = id
		return id, nil
	}

	sv := &p.Survey
	qmap := map[int64]int64{}
	for i := range sv.Questions {
		old := sv.Questions[i].ID
		id, err := insert(&sv.Questions[i], i+1)
		if err != nil {
			return err
		}
		qmap[old] = id
	}
	tmap := map[int64]int64{}
	for i := range sv.Themes {
		old := sv.Themes[i].ID
		id, err := insert(&sv.Themes[i], i+1)
		if err != nil {
			return err
		}
		tmap[old] = id
	}
	rmap := map[int64]int64{}
	for i := range sv.Responses {
		r := &sv.Responses[i]
		answers := r.Answers[:0:0]
		for _, a := range r.Answers {
			nq, ok := qmap[a.QuestionID]
			if !ok {
				continue
			}
			a.QuestionID = nq
			a.Tags = remapTags(a.Tags, tmap)
			answers = append(answers, a)
		}
		if r.Answers != nil {
			r.Answers = answers
		}
		old := r.ID
		id, err := insert(r, i+1)
		if err != nil {
			return err
		}
		rmap[old] = id
	}
	gmap := map[int64]int64{}
	for i := range p.Goals {
		g := &p.Goals[i]
		g.ThemeIDs = remapIDs(g.ThemeIDs, tmap)
		old := g.ID
		id, err := insert(g, i+1)
		if err != nil {
			return err
		}
		gmap[old] = id
	}
	cmap := map[int64]int64{}
	for i := range p.Candidates {
		c := &p.Candidates[i]
		c.ResponseID = rmap[c.ResponseID] // 0 when unlinked or dangling
		old := c.ID
		id, err := insert(c, i+1)
		if err != nil {
			return err
		}
		cmap[old] = id
	}
	for i := range p.Invites {
		if _, err := insert(&p.Invites[i], i+1); err != nil {
			return err
		}
	}

	ch := &p.Charter
	if err := writeCharter(w, planID, ch); err != nil {
		return err
	}
	for i := range ch.Roles {
		ch.Roles[i].HolderIDs = remapIDs(ch.Roles[i].HolderIDs, cmap)
		if _, err := insert(&ch.Roles[i], i+1); err != nil {
			return err
		}
	}
	for i := range ch.Norms {
		if _, err := insert(&ch.Norms[i], i+1); err != nil {
			return err
		}
	}
	pmap := map[int64]int64{}
	for i := range ch.Cadence {
		old := ch.Cadence[i].ID
		id, err := insert(&ch.Cadence[i], i+1)
		if err != nil {
			return err
		}
		pmap[old] = id
	}
	for i := range ch.Tools {
		if _, err := insert(&ch.Tools[i], i+1); err != nil {
			return err
		}
	}
	for i := range ch.Risks {
		if _, err := insert(&ch.Risks[i], i+1); err != nil {
			return err
		}
	}
	vmap := map[int64]int64{}
	for i := range ch.Versions {
		old := ch.Versions[i].ID
		id, err := insert(&ch.Versions[i], i+1)
		if err != nil {
			return err
		}
		vmap[old] = id
	}
	for i := range ch.SignOffs {
		ch.SignOffs[i].VersionID = vmap[ch.SignOffs[i].VersionID]
		if _, err := insert(&ch.SignOffs[i], i+1); err != nil {
			return err
		}
	}

	ev := &p.Event
	ev.AttendeeIDs = remapIDs(ev.AttendeeIDs, cmap)
	if err := writeEvent(w, planID, ev, false); err != nil {
		return err
	}
	for i := range ev.Agenda {
		if _, err := insert(&ev.Agenda[i], i+1); err != nil {
			return err
		}
	}
	for i := range ev.Checklist {
		if _, err := insert(&ev.Checklist[i], i+1); err != nil {
			return err
		}
	}

	for i := range p.Reviews {
		r := &p.Reviews[i]
		gvs := r.GoalValues[:0:0]
		for _, gv := range r.GoalValues {
			if ng, ok := gmap[gv.GoalID]; ok {
				gv.GoalID = ng
				gvs = append(gvs, gv)
			}
		}
		if r.GoalValues != nil {
			r.GoalValues = gvs
		}
		for j := range r.Actions {
			r.Actions[j].ID = 0
		}
		for j := range r.Stories {
			r.Stories[j].ID = 0
		}
		if _, err := insert(r, i+1); err != nil {
			return err
		}
	}

	if err := writeEvidence(w, planID, p, cmap, pmap); err != nil {
		return fmt.Errorf("evidence: %w", err)
	}

	done, current := planner.Progress(p)
	return writeProgress(w, planID, done, current)
}

// remapIDs maps references to new IDs, dropping those with no counterpart; nil stays nil.
func remapIDs(ids []int64, m map[int64]int64) []int64 {
	if ids == nil {
		return nil
	}
	out := make([]int64, 0, len(ids))
	for _, id := range ids {
		if n, ok := m[id]; ok {
			out = append(out, n)
		}
	}
	return out
}

func remapTags(tags []planner.Tag, m map[int64]int64) []planner.Tag {
	if tags == nil {
		return nil
	}
	out := make([]planner.Tag, 0, len(tags))
	for _, t := range tags {
		if n, ok := m[t.ThemeID]; ok {
			t.ThemeID = n
			out = append(out, t)
		}
	}
	return out
}

// clone copies a slice (nil stays nil) so that Create can write IDs without touching the
// caller's plan until it commits.
func clone[T any](v []T) []T {
	if v == nil {
		return nil
	}
	return append(make([]T, 0, len(v)), v...)
}

// deepCopyLists gives p its own copies of every list it shares with the plan it was copied
// from. Leaf slices that Create never writes into (options, keywords, choices, history,
// logo) stay shared.
func deepCopyLists(p *planner.Plan) {
	p.Survey.Questions = clone(p.Survey.Questions)
	p.Survey.Themes = clone(p.Survey.Themes)
	p.Survey.Responses = clone(p.Survey.Responses)
	for i := range p.Survey.Responses {
		r := &p.Survey.Responses[i]
		r.Answers = clone(r.Answers)
		for j := range r.Answers {
			r.Answers[j].Tags = clone(r.Answers[j].Tags)
		}
	}
	p.Goals = clone(p.Goals)
	for i := range p.Goals {
		p.Goals[i].ThemeIDs = clone(p.Goals[i].ThemeIDs)
	}
	p.Candidates = clone(p.Candidates)
	p.Invites = clone(p.Invites)
	ch := &p.Charter
	ch.Roles = clone(ch.Roles)
	for i := range ch.Roles {
		ch.Roles[i].HolderIDs = clone(ch.Roles[i].HolderIDs)
	}
	ch.Norms, ch.Cadence, ch.Tools = clone(ch.Norms), clone(ch.Cadence), clone(ch.Tools)
	ch.Risks, ch.Versions, ch.SignOffs = clone(ch.Risks), clone(ch.Versions), clone(ch.SignOffs)
	ev := &p.Event
	ev.Agenda, ev.Checklist, ev.AttendeeIDs = clone(ev.Agenda), clone(ev.Checklist), clone(ev.AttendeeIDs)
	p.Reviews = clone(p.Reviews)
	for i := range p.Reviews {
		r := &p.Reviews[i]
		r.GoalValues, r.Actions, r.Stories = clone(r.GoalValues), clone(r.Actions), clone(r.Stories)
	}
}
