package store

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// item is a list item taken apart for storage.
type item struct {
	kind     planner.ItemKind
	id       *int64
	values   []any
	children func(w *txw, planID, id int64, replace bool) error
}

// itemOf takes a pointer to a list item apart.
func itemOf(v any) (item, error) {
	switch x := v.(type) {
	case *planner.Question:
		opts, err := encStrings(x.Options)
		return item{planner.ItemQuestion, &x.ID, []any{string(x.Kind), x.Title, x.Help, opts, string(x.Role),
			x.Scale.Min, x.Scale.Max, x.Scale.Low, x.Scale.High, x.Grid}, nil}, err
	case *planner.Response:
		return item{planner.ItemResponse, &x.ID, []any{x.Respondent, x.Email, encTime(x.SubmittedAt), x.Source, x.Key, encAnswers(x.Answers)},
			func(w *txw, planID, _ int64, _ bool) error { return checkAnswerRefs(w, planID, x.Answers) }}, nil
	case *planner.Theme:
		kw, err := encStrings(x.Keywords)
		return item{planner.ItemTheme, &x.ID, []any{x.Label, kw}, nil}, err
	case *planner.Goal:
		sm := x.Smart
		return item{planner.ItemGoal, &x.ID, []any{x.Title, x.Metric, x.Unit, encFloatPtr(x.Baseline), encFloatPtr(x.Target), encDate(x.Due),
			sm.Specific, sm.Measurable, sm.Achievable, sm.Relevant, sm.TimeBound},
			func(w *txw, planID, id int64, replace bool) error {
				return writeGoalThemes(w, planID, id, x.ThemeIDs, replace)
			}}, nil
	case *planner.Candidate:
		var resp any
		if x.ResponseID != 0 {
			resp = x.ResponseID
		}
		return item{planner.ItemCandidate, &x.ID, []any{x.Name, x.Handle, x.Contact, string(x.Channel), string(x.Source),
			string(x.Experience), string(x.Activity), x.RoleInterest, x.WillingToLead, string(x.Status), x.Notes, resp,
			encHistory(x.History)}, nil}, nil
	case *planner.InviteTemplate:
		return item{planner.ItemInvite, &x.ID, []any{string(x.Channel), x.Text}, nil}, nil
	case *planner.Role:
		return item{planner.ItemRole, &x.ID, []any{x.Name, x.Responsibilities, x.RotationWeeks},
			func(w *txw, planID, id int64, replace bool) error {
				return writeHolders(w, planID, id, x.HolderIDs, replace)
			}}, nil
	case *planner.Norm:
		return item{planner.ItemNorm, &x.ID, []any{x.Text}, nil}, nil
	case *planner.CadenceItem:
		return item{planner.ItemCadence, &x.ID, []any{x.Practice, string(x.Frequency), int(x.Weekday), x.Week, x.Time, x.DurationMin}, nil}, nil
	case *planner.Tool:
		return item{planner.ItemTool, &x.ID, []any{x.Name, x.Purpose}, nil}, nil
	case *planner.Risk:
		return item{planner.ItemRisk, &x.ID, []any{x.Risk, x.Likelihood, x.Impact, x.Mitigation}, nil}, nil
	case *planner.CharterVersion:
		snap, err := encSnapshot(x.Snapshot)
		return item{planner.ItemVersion, &x.ID, []any{x.Version, encDate(x.On), x.Author, x.Changes, snap}, nil}, err
	case *planner.SignOff:
		var version any
		if x.VersionID != 0 {
			version = x.VersionID
		}
		return item{planner.ItemSignOff, &x.ID, []any{x.Name, x.Role, encDate(x.On), version}, nil}, nil
	case *planner.AgendaItem:
		return item{planner.ItemAgenda, &x.ID, []any{x.Title, x.Minutes, x.Owner, x.Notes}, nil}, nil
	case *planner.ChecklistItem:
		return item{planner.ItemChecklist, &x.ID, []any{x.Task, x.OffsetDays, x.Done}, nil}, nil
	case *planner.Review:
		return item{planner.ItemReview, &x.ID, []any{encDate(x.Date), x.MembersTotal, x.WeeklyActive, x.NewMembers, x.Left,
			x.Posts, x.Replies, x.EventsHeld, x.PollAsked, x.PollResponses, x.AvgSkill, encFigureStates(x), encFactors(x.Factors), x.Worked, x.Adjust},
			func(w *txw, planID, id int64, replace bool) error { return writeReviewParts(w, planID, id, x, replace) }}, nil
	}
	return item{}, &planner.ValidationError{Field: "item", Msg: fmt.Sprintf("the store cannot save a %T", v)}
}

// Put saves one list item of a plan. With ID 0 it is added at the end of its list and its ID
// set; otherwise the item with that ID (which must belong to the plan) is updated and its
// parts (role holders, goal themes, review goal values, actions and stories) replaced; a
// response's answers and a candidate's status history are part of its row. IDs the item refers to must belong to the plan too, and the
// item passes planner.CheckChange like a Save.
func (s *Store) Put(ctx context.Context, planID int64, v any) error {
	it, err := itemOf(v)
	if err != nil {
		return fmt.Errorf("save item of plan %d: %w", planID, err)
	}
	newID := *it.id
	err = s.edit(ctx, planID, fmt.Sprintf("save %s %d of plan %d", it.kind, *it.id, planID), func(w *txw) error {
		if err := checkChange(w, planID, planner.Change{Item: v}); err != nil {
			return err
		}
		id, err := putItem(w, planID, it)
		newID = id
		return err
	})
	if err != nil {
		return err
	}
	*it.id = newID
	return nil
}

// putItem inserts (ID 0, at the end) or updates an item and writes its parts. It returns the
// item's ID and leaves the item itself untouched, so that a rolled-back Put changes nothing.
func putItem(w *txw, planID int64, it item) (int64, error) {
	spec := tables[it.kind]
	if c, ok := candidateResponse(it); ok && c != 0 {
		if err := mustBelong(w, "responses", planID, c); err != nil {
			return 0, err
		}
	}
	if it.kind == planner.ItemSignOff {
		if v, ok := it.values[len(it.values)-1].(int64); ok && v != 0 {
			if err := mustBelong(w, "versions", planID, v); err != nil {
				return 0, err
			}
		}
	}
	id := *it.id
	replace := id != 0
	if it.kind == planner.ItemQuestion || it.kind == planner.ItemTheme {
		w.refs = nil
	}
	if id == 0 {
		res, err := w.exec(spec.appendSQL(), append([]any{planID}, it.values...)...)
		if err != nil {
			return 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	} else if _, err := w.execOne(fmt.Sprintf("%s %d", it.kind, id), spec.updateSQL(), append(it.values, id, planID)...); err != nil {
		return 0, err
	}
	if it.children != nil {
		if err := it.children(w, planID, id, replace); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// candidateResponse returns the response a candidate links, if the item is a candidate.
func candidateResponse(it item) (int64, bool) {
	if it.kind != planner.ItemCandidate {
		return 0, false
	}
	if r, ok := it.values[candidateResponseCol].(int64); ok {
		return r, true
	}
	return 0, true
}

// candidateResponseCol is the place of response_id among the candidates' columns.
var candidateResponseCol = slices.Index(tables[planner.ItemCandidate].cols, "response_id")

// mustBelong checks that row id of table belongs to the plan.
func mustBelong(w *txw, table string, planID, id int64) error {
	var one int
	err := w.queryRow("SELECT 1 FROM "+table+" WHERE id = ? AND plan_id = ?", id, planID).Scan(&one)
	if err != nil {
		return fmt.Errorf("%s %d: %w", strings.TrimSuffix(table, "s"), id, notFound(err))
	}
	return nil
}

func writeGoalThemes(w *txw, planID, goalID int64, themeIDs []int64, replace bool) error {
	if err := goalThemeRows.clear(w, goalID, replace); err != nil {
		return err
	}
	for i, t := range themeIDs {
		if _, err := goalThemeRows.insert(w, planID, goalID, i, nil, t); err != nil {
			return err
		}
	}
	return nil
}

func writeHolders(w *txw, planID, roleID int64, holders []int64, replace bool) error {
	if err := holderRows.clear(w, roleID, replace); err != nil {
		return err
	}
	for i, c := range holders {
		if _, err := holderRows.insert(w, planID, roleID, i, nil, c); err != nil {
			return err
		}
	}
	return nil
}

// writeReviewParts writes a review's goal values, actions and stories. Actions and stories
// that already belonged to the review keep their IDs; new ones get fresh IDs, written back.
func writeReviewParts(w *txw, planID, reviewID int64, r *planner.Review, replace bool) error {
	keep := map[int64]bool{}
	if replace {
		for _, t := range []childSpec{actionRows, storyRows} {
			rows, err := w.tx.QueryContext(w.ctx, "SELECT id FROM "+t.table+" WHERE "+t.parent+" = ?", reviewID)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id int64
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				keep[id] = true
			}
			if err := rows.Close(); err != nil {
				return err
			}
		}
		for _, t := range []childSpec{goalValueRows, actionRows, storyRows} {
			if err := t.clear(w, reviewID, true); err != nil {
				return err
			}
		}
	}
	for i, gv := range r.GoalValues {
		if _, err := goalValueRows.insert(w, planID, reviewID, i, nil, gv.GoalID, gv.Value); err != nil {
			return err
		}
	}
	idOrNew := func(id int64) any {
		if keep[id] {
			return id
		}
		return nil // a new row ID
	}
	for i := range r.Actions {
		a := &r.Actions[i]
		res, err := actionRows.insert(w, planID, reviewID, i, idOrNew(a.ID), 0, a.Text, a.Owner, encDate(a.Due), a.Done)
		if err != nil {
			return err
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	for i := range r.Stories {
		st := &r.Stories[i]
		res, err := storyRows.insert(w, planID, reviewID, i, idOrNew(st.ID), 0, st.Member, st.Story, string(st.Cycle))
		if err != nil {
			return err
		}
		if st.ID, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	return nil
}

// deleteItem deletes one list item of a plan with everything that hangs off it (a question's
// answers, a theme's tags, a candidate's role holdings…). The tables' foreign keys delete
// the rows that name the item; the answers and tags packed in the responses are dropped here.
func deleteItem(w *txw, planID int64, spec tableSpec, kind planner.ItemKind, id int64) error {
	_, err := w.execOne(fmt.Sprintf("%s %d", kind, id), "DELETE FROM "+spec.table+" WHERE id = ? AND plan_id = ?", id, planID)
	if err != nil {
		return err
	}
	switch kind {
	case planner.ItemQuestion:
		return dropFromAnswers(w, planID, id, func(a *planner.Answer) bool { return a.QuestionID == id }, nil)
	case planner.ItemTheme:
		return dropFromAnswers(w, planID, id, nil, func(t planner.Tag) bool { return t.ThemeID == id })
	}
	return nil
}

// dropFromAnswers rewrites the plan's responses without the answers dropAnswer picks and the
// tags dropTag picks (either may be nil), which name item id; responses left as they were are
// not written. Only the responses whose packed text holds `[id,"` are read: an answer and a
// tag both start so (a '"' inside a text is escaped), so no other can name it.
func dropFromAnswers(w *txw, planID, id int64, dropAnswer func(*planner.Answer) bool, dropTag func(planner.Tag) bool) error {
	rows, err := w.query("SELECT id, answers FROM responses WHERE plan_id = ? AND instr(answers, ?) > 0", planID, fmt.Sprintf("[%d,\"", id))
	if err != nil {
		return err
	}
	type fix struct {
		id      int64
		answers string
	}
	var fixes []fix
	u := newUnpacker()
	for rows.Next() {
		var id int64
		var packed string
		if err := rows.Scan(&id, &packed); err != nil {
			rows.Close()
			return err
		}
		as, err := u.unpackAnswers(packed)
		if err != nil {
			rows.Close()
			return fmt.Errorf("response %d: %w", id, err)
		}
		changed := false
		kept := as[:0]
		for _, a := range as {
			if dropAnswer != nil && dropAnswer(&a) {
				changed = true
				continue
			}
			if dropTag != nil {
				tags := a.Tags[:0:0]
				for _, t := range a.Tags {
					if dropTag(t) {
						changed = true
					} else {
						tags = append(tags, t)
					}
				}
				a.Tags = tags
			}
			kept = append(kept, a)
		}
		if changed {
			fixes = append(fixes, fix{id, encAnswers(kept)})
		}
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, f := range fixes {
		if _, err := w.exec("UPDATE responses SET answers = ? WHERE id = ?", f.answers, f.id); err != nil {
			return err
		}
	}
	return nil
}

// checkAnswerRefs checks that the questions and themes the answers name are the plan's, as
// the foreign keys of the answer and tag rows did: one that is not is planner.ErrNotFound.
func checkAnswerRefs(w *txw, planID int64, as []planner.Answer) error {
	if len(as) == 0 {
		return nil
	}
	refs, err := w.planRefs(planID)
	if err != nil {
		return err
	}
	for _, a := range as {
		if !refs.questions[a.QuestionID] {
			return fmt.Errorf("question %d: %w", a.QuestionID, planner.ErrNotFound)
		}
		for _, t := range a.Tags {
			if !refs.themes[t.ThemeID] {
				return fmt.Errorf("theme %d: %w", t.ThemeID, planner.ErrNotFound)
			}
		}
	}
	return nil
}

// answerRefs are the IDs of a plan's questions and themes.
type answerRefs struct {
	planID            int64
	questions, themes map[int64]bool
}

// planRefs reads the IDs of the plan's questions and themes, once per transaction (putItem
// forgets them when it adds a question or a theme).
func (w *txw) planRefs(planID int64) (*answerRefs, error) {
	if w.refs != nil && w.refs.planID == planID {
		return w.refs, nil
	}
	refs := &answerRefs{planID: planID, questions: map[int64]bool{}, themes: map[int64]bool{}}
	for table, set := range map[string]map[int64]bool{"questions": refs.questions, "themes": refs.themes} {
		rows, err := w.query("SELECT id FROM "+table+" WHERE plan_id = ?", planID)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			set[id] = true
		}
		if err := rows.Close(); err != nil {
			return nil, err
		}
	}
	w.refs = refs
	return refs, nil
}

// reorder puts a plan's items of one kind in the order of ids, which must list each of them
// once.
func reorder(w *txw, planID int64, spec tableSpec, kind planner.ItemKind, ids []int64) error {
	var n int
	if err := w.queryRow("SELECT count(*) FROM "+spec.table+" WHERE plan_id = ?", planID).Scan(&n); err != nil {
		return err
	}
	seen := make(map[int64]bool, len(ids))
	for _, id := range ids {
		seen[id] = true
	}
	if n != len(ids) || len(seen) != len(ids) {
		return &planner.ValidationError{Field: "ids", Msg: fmt.Sprintf("the new order must list each of the %d %ss once", n, kind)}
	}
	for i, id := range ids {
		if _, err := w.execOne(fmt.Sprintf("%s %d", kind, id),
			"UPDATE "+spec.table+" SET pos = ? WHERE id = ? AND plan_id = ?", i+1, id, planID); err != nil {
			return err
		}
	}
	return nil
}

// writeCharter saves the charter's own fields; its lists are items.
func writeCharter(w *txw, planID int64, c *planner.Charter) error {
	_, err := w.exec(charterRow.upsertSQL(), append([]any{planID}, charterValues(c)...)...)
	return err
}

// writeEvent saves the launch event's own fields and its attendees; agenda and checklist
// are items.
func writeEvent(w *txw, planID int64, e *planner.Event, replace bool) error {
	_, err := w.exec(eventRow.upsertSQL(), append([]any{planID}, eventValues(e)...)...)
	if err != nil {
		return err
	}
	if err := attendeeRows.clear(w, planID, replace); err != nil {
		return err
	}
	for i, c := range e.AttendeeIDs {
		if _, err := attendeeRows.insert(w, planID, planID, i, nil, c); err != nil {
			return err
		}
	}
	return nil
}
