package store

import (
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// The columns of every table the store writes from a plan, stated once: the SQL that
// inserts, updates and reads them is built from these lists, and the values follow the same
// order (itemOf, planValues, charterValues, eventValues; the loaders' Scan calls).
// TestColumnSpecsMatchTheSchema checks them against the migrations.

// tableSpec describes a table of list items: its name and its columns besides id, plan_id and
// pos.
type tableSpec struct {
	table string
	cols  []string
}

var tables = map[planner.ItemKind]tableSpec{
	planner.ItemQuestion:  {"questions", []string{"kind", "title", "help", "options", "role"}},
	planner.ItemResponse:  {"responses", []string{"respondent", "email", "submitted_at", "source", "key"}},
	planner.ItemTheme:     {"themes", []string{"label", "keywords"}},
	planner.ItemGoal:      {"goals", []string{"title", "metric", "unit", "baseline", "target", "due", "smart_specific", "smart_measurable", "smart_achievable", "smart_relevant", "smart_time_bound"}},
	planner.ItemCandidate: {"candidates", []string{"name", "handle", "contact", "channel", "source", "experience", "activity", "role_interest", "willing_to_lead", "status", "notes", "response_id"}},
	planner.ItemInvite:    {"invites", []string{"channel", "text"}},
	planner.ItemRole:      {"roles", []string{"name", "responsibilities", "rotation_weeks"}},
	planner.ItemNorm:      {"norms", []string{"text"}},
	planner.ItemCadence:   {"cadence", []string{"practice", "frequency", "weekday", "week", "time", "duration_min"}},
	planner.ItemTool:      {"tools", []string{"name", "purpose"}},
	planner.ItemRisk:      {"risks", []string{"risk", "likelihood", "impact", "mitigation"}},
	planner.ItemVersion:   {"versions", []string{"version", "on_date", "author", "changes", "snapshot"}},
	planner.ItemSignOff:   {"signoffs", []string{"name", "role", "on_date", "version_id"}},
	planner.ItemAgenda:    {"agenda", []string{"title", "minutes", "owner", "notes"}},
	planner.ItemChecklist: {"checklist", []string{"task", "offset_days", "done"}},
	planner.ItemReview:    {"reviews", []string{"date", "members_total", "weekly_active", "new_members", "left_count", "posts", "replies", "events_held", "poll_asked", "poll_responses", "avg_skill", "factors", "worked", "adjust"}},
}

func (t tableSpec) insertSQL() string {
	return "INSERT INTO " + t.table + " (plan_id, pos, " + strings.Join(t.cols, ", ") + ") VALUES (?, ?" +
		strings.Repeat(", ?", len(t.cols)) + ")"
}

// appendSQL inserts at the end of the plan's list.
func (t tableSpec) appendSQL() string {
	return "INSERT INTO " + t.table + " (plan_id, pos, " + strings.Join(t.cols, ", ") + ") VALUES (?1, " +
		"(SELECT coalesce(max(pos), 0) + 1 FROM " + t.table + " WHERE plan_id = ?1)" +
		strings.Repeat(", ?", len(t.cols)) + ")"
}

// selectSQL reads the plan's items in list order: id, then the columns.
func (t tableSpec) selectSQL() string {
	return "SELECT id, " + strings.Join(t.cols, ", ") + " FROM " + t.table + " WHERE plan_id = ? ORDER BY pos, id"
}

func (t tableSpec) updateSQL() string {
	return "UPDATE " + t.table + " SET " + strings.Join(t.cols, " = ?, ") + " = ? WHERE id = ? AND plan_id = ?"
}

// rowSpec describes a table with one row per plan: plans (keyed by id), and the charter and
// the event (keyed by plan_id). cols are its editable columns.
type rowSpec struct {
	table, key string
	cols       []string
}

var (
	planRow = rowSpec{"plans", "id", []string{"name", "client", "prepared_by", "audience", "template", "status",
		"accent", "logo", "domain", "sponsor_name", "sponsor_role", "sponsor_expectations",
		"survey_closed", "target_min", "target_max", "review_every",
		"hw_weekly_active", "hw_poll_response", "hw_skill_gain", "hw_stories", "hw_factors", "stage",
		"client_id", "lang", "paper"}}
	charterRow = rowSpec{"charter", "plan_id", []string{"name", "purpose", "scope_in", "scope_out", "who_may_join",
		"join_mode", "mix_note", "rotation_on", "conflicts", "decisions", "platform", "platform_why", "time_zone",
		"target_weekly_active", "target_poll_response", "target_skill_gain", "member_led_at", "subgroups_over",
		"assumptions", "review_on", "needs_stated", "needs", "cadence_why"}}
	eventRow = rowSpec{"event", "plan_id", []string{"format", "title", "description", "date", "time", "time_zone",
		"duration_min", "platform", "link", "host", "co_hosts", "recording", "attendance", "recording_link", "outcomes", "schedule_why"}}
)

// with is the spec with more columns after the editable ones (e.g. created, updated).
func (r rowSpec) with(extra ...string) rowSpec {
	return rowSpec{r.table, r.key, append(append([]string(nil), r.cols...), extra...)}
}

// insertSQL inserts a row. The plans table makes its own id; the others take their plan_id
// as the first argument, before the columns.
func (r rowSpec) insertSQL() string {
	cols := r.cols
	if r.key != "id" {
		cols = append([]string{r.key}, cols...)
	}
	return "INSERT INTO " + r.table + " (" + strings.Join(cols, ", ") + ") VALUES (?" +
		strings.Repeat(", ?", len(cols)-1) + ")"
}

// upsertSQL inserts the row of a plan_id table or, when it exists, updates it; the key is
// the first argument.
func (r rowSpec) upsertSQL() string {
	set := make([]string, len(r.cols))
	for i, c := range r.cols {
		set[i] = c + " = excluded." + c
	}
	return r.insertSQL() + " ON CONFLICT (" + r.key + ") DO UPDATE SET " + strings.Join(set, ", ")
}

// updateSQL updates the columns of the row whose key is the last argument.
func (r rowSpec) updateSQL() string {
	return "UPDATE " + r.table + " SET " + strings.Join(r.cols, " = ?, ") + " = ? WHERE " + r.key + " = ?"
}

// selectSQL reads the columns of the row whose key is the argument.
func (r rowSpec) selectSQL() string {
	return "SELECT " + strings.Join(r.cols, ", ") + " FROM " + r.table + " WHERE " + r.key + " = ?"
}

// charterValues are the charter row's values in charterRow's order.
func charterValues(c *planner.Charter) []any {
	return []any{c.Name, c.Purpose, c.ScopeIn, c.ScopeOut, c.WhoMayJoin, string(c.JoinMode), c.MixNote,
		encDate(c.RotationOn), c.Conflicts, c.Decisions, string(c.Platform), c.PlatformWhy, c.TimeZone,
		c.TargetWeeklyActive, c.TargetPollResponse, c.TargetSkillGain, c.MemberLedAt, c.SubgroupsOver,
		c.Assumptions, encDate(c.ReviewOn), c.NeedsStated, encNeeds(c.Needs), c.CadenceWhy}
}

// eventValues are the event row's values in eventRow's order.
func eventValues(e *planner.Event) []any {
	return []any{string(e.Format), e.Title, e.Description, encDate(e.Date), e.Time, e.TimeZone, e.DurationMin,
		e.Platform, e.Link, e.Host, e.CoHosts, e.Recording, e.Attendance, e.RecordingLink, e.Outcomes, e.ScheduleWhy}
}
