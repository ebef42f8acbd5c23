package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/coplaunch/coplaunch/planner"
)

// sortColumns are the SQL orders of the sort keys. Names and clients are read in id order and
// sorted afterwards by sortByText: SQLite's NOCASE folds ASCII letters only, which put
// "Émile" after "Zoe" and "ørsted" after everything.
var sortColumns = map[planner.SortKey]string{
	planner.SortName:     "id",
	planner.SortClient:   "id",
	planner.SortUpdated:  "updated",
	planner.SortProgress: "progress",
	planner.SortStep:     "step",
}

// List returns the library's plans (deleted ones never, archived ones on request), with the
// cached step and progress.
func (s *Store) List(ctx context.Context, opt planner.ListOptions) ([]planner.PlanSummary, error) {
	// A plan made for a client and naming no client organisation of its own shows the client's.
	q := `SELECT plans.id, plans.name, coalesce(nullif(plans.client, ''), clients.name, ''), domain, status, step, progress, updated
		FROM plans LEFT JOIN clients ON clients.id = plans.client_id WHERE deleted_at IS NULL`
	var args []any
	if !opt.Archived {
		q += " AND plans.status <> ?"
		args = append(args, string(planner.StatusArchived))
	}
	key, desc := opt.Sort, opt.Desc
	if key == "" {
		key, desc = planner.SortUpdated, !desc
	}
	col, ok := sortColumns[key]
	if !ok {
		return nil, &planner.ValidationError{Field: "sort", Msg: fmt.Sprintf("unknown sort key %q", key)}
	}
	dir := " ASC"
	if desc {
		dir = " DESC"
	}
	if col == "id" {
		q += " ORDER BY plans.id" + dir
	} else {
		q += " ORDER BY " + col + dir + ", plans.id" + dir
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list plans: %w", err)
	}
	defer rows.Close()
	// The search runs here rather than in SQL: LIKE ignores case for ASCII only, and people
	// search "zoe" for "Zoë". A thousand rows fold in about a millisecond.
	query := strings.TrimSpace(opt.Query)
	var out []planner.PlanSummary
	for rows.Next() {
		var ps planner.PlanSummary
		var status, updated string
		var step int
		if err := rows.Scan(&ps.ID, &ps.Name, &ps.Client, &ps.Domain, &status, &step, &ps.Progress, &updated); err != nil {
			return nil, fmt.Errorf("list plans: %w", err)
		}
		ps.Status, ps.Step = planner.Status(status), planner.Step(step)
		if ps.Updated, err = decTime(updated); err != nil {
			return nil, fmt.Errorf("list plans: plan %d: %w", ps.ID, err)
		}
		if query != "" && !planner.ContainsFold(ps.Name, query) && !planner.ContainsFold(ps.Client, query) &&
			!planner.ContainsFold(ps.Domain, query) && !planner.ContainsFold(ps.StepLabel(), query) {
			continue
		}
		out = append(out, ps)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list plans: %w", err)
	}
	switch key {
	case planner.SortName:
		sortByText(out, func(ps *planner.PlanSummary) string { return ps.Name }, desc)
	case planner.SortClient:
		sortByText(out, func(ps *planner.PlanSummary) string { return ps.Client }, desc)
	}
	return out, nil
}

// sortByText sorts plans, already in id order, by a text in the Unicode collation order
// (the root locale: accents and case only break ties, so "adam", "Émile", "zoë" and "Zoe"
// sort as a reader expects), keeping id order among equal texts; desc reverses both.
func sortByText(ps []planner.PlanSummary, text func(*planner.PlanSummary) string, desc bool) {
	c := collate.New(language.Und)
	var buf collate.Buffer
	type keyed struct {
		key []byte
		ps  planner.PlanSummary
	}
	ks := make([]keyed, len(ps))
	for i := range ps {
		ks[i] = keyed{c.KeyFromString(&buf, text(&ps[i])), ps[i]}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		if desc {
			return bytes.Compare(b.key, a.key)
		}
		return bytes.Compare(a.key, b.key)
	})
	for i := range ks {
		ps[i] = ks[i].ps
	}
}

// PlanID returns the ID of the live plan with this ID or, failing that, this exact name (as
// the command line names plans). Two plans with that name give planner.ErrConflict.
func (s *Store) PlanID(ctx context.Context, idOrName string) (int64, error) {
	if id, err := strconv.ParseInt(strings.TrimSpace(idOrName), 10, 64); err == nil {
		var got int64
		err := s.db.QueryRowContext(ctx, "SELECT id FROM plans WHERE id = ? AND deleted_at IS NULL", id).Scan(&got)
		if err == nil {
			return got, nil
		}
		if err != sql.ErrNoRows {
			return 0, fmt.Errorf("find plan %q: %w", idOrName, err)
		}
	}
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM plans WHERE name = ? AND deleted_at IS NULL", idOrName)
	if err != nil {
		return 0, fmt.Errorf("find plan %q: %w", idOrName, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return 0, fmt.Errorf("find plan %q: %w", idOrName, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("find plan %q: %w", idOrName, err)
	}
	switch len(ids) {
	case 0:
		return 0, fmt.Errorf("find plan %q: %w", idOrName, planner.ErrNotFound)
	case 1:
		return ids[0], nil
	}
	return 0, fmt.Errorf("find plan %q: %d plans have that name, use the ID: %w", idOrName, len(ids), planner.ErrConflict)
}

// Rename renames a plan.
func (s *Store) Rename(ctx context.Context, id int64, name string) error {
	if err := planner.CheckPlanName(name); err != nil {
		return err
	}
	return s.edit(ctx, id, fmt.Sprintf("rename plan %d", id), func(w *txw) error {
		_, err := w.exec("UPDATE plans SET name = ? WHERE id = ?", name, id)
		return err
	})
}

// SetStatus changes a plan's status (archiving is status archived).
func (s *Store) SetStatus(ctx context.Context, id int64, st planner.Status) error {
	return s.edit(ctx, id, fmt.Sprintf("set status of plan %d", id), func(w *txw) error {
		_, err := w.exec("UPDATE plans SET status = ? WHERE id = ?", string(st), id)
		return err
	})
}

// Delete hides a plan at once; it stays restorable with Undelete until the library is next
// opened for writing, which purges it.
func (s *Store) Delete(ctx context.Context, id int64) error {
	err := s.tx(ctx, func(w *txw) error {
		_, err := w.execOne(fmt.Sprintf("plan %d", id),
			"UPDATE plans SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", encTime(s.now()), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete plan %d: %w", id, err)
	}
	return nil
}

// Undelete restores a plan deleted in this session.
func (s *Store) Undelete(ctx context.Context, id int64) error {
	err := s.tx(ctx, func(w *txw) error {
		_, err := w.execOne(fmt.Sprintf("deleted plan %d", id),
			"UPDATE plans SET deleted_at = NULL, updated = ? WHERE id = ? AND deleted_at IS NOT NULL", encTime(s.now()), id)
		return err
	})
	if err != nil {
		return fmt.Errorf("undelete plan %d: %w", id, err)
	}
	return nil
}

// purge removes plans deleted before this Store was opened; secure_delete zeroes their pages.
func (s *Store) purge(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, "DELETE FROM plans WHERE deleted_at IS NOT NULL AND deleted_at <= ?", encTime(s.opened))
	if err != nil {
		return fmt.Errorf("purge deleted plans: %w", err)
	}
	return nil
}

// writePlan updates the plans row's editable columns: metadata, domain, sponsor, survey
// settings, accent colour, logo, review cadence, health weights, stage, client, export
// language and paper. p.ClientPreset is not saved (clients are saved with SaveClient).
func writePlan(w *txw, p *planner.Plan, now time.Time) error {
	_, err := w.exec(planRow.with("updated").updateSQL(), append(planValues(p), encTime(now), p.ID)...)
	return err
}

// planValues are the plans row's editable values in planRow's order.
func planValues(p *planner.Plan) []any {
	var logo any
	if p.Logo != nil {
		logo = p.Logo
	}
	hw := p.HealthWeights
	var client any
	if p.ClientID != 0 {
		client = p.ClientID
	}
	return []any{p.Name, p.Client, p.PreparedBy, p.Audience, p.Template, string(p.Status),
		p.AccentColor, logo, p.Domain, p.Sponsor.Name, p.Sponsor.Role, p.Sponsor.Expectations,
		p.Survey.Closed, p.Survey.TargetMin, p.Survey.TargetMax, string(p.ReviewEvery),
		hw.WeeklyActive, hw.PollResponse, hw.SkillGain, hw.Stories, hw.Factors, string(p.Stage),
		client, p.Lang, string(p.Paper)}
}
