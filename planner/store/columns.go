package store

import (
	"database/sql"
	"fmt"
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
	planner.ItemQuestion:  {"questions", []string{"kind", "title", "help", "options", "role", "scale_min", "scale_max", "scale_low", "scale_high", "grid"}},
	planner.ItemResponse:  {"responses", []string{"respondent", "email", "submitted_at", "source", "key", "answers"}},
	planner.ItemTheme:     {"themes", []string{"label", "keywords"}},
	planner.ItemGoal:      {"goals", []string{"title", "metric", "unit", "baseline", "target", "due", "smart_specific", "smart_measurable", "smart_achievable", "smart_relevant", "smart_time_bound"}},
	planner.ItemCandidate: {"candidates", []string{"name", "handle", "contact", "channel", "source", "experience", "activity", "role_interest", "willing_to_lead", "status", "notes", "response_id", "history"}},
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
	planner.ItemReview:    {"reviews", []string{"date", "members_total", "weekly_active", "new_members", "left_count", "posts", "replies", "events_held", "poll_asked", "poll_responses", "avg_skill", "figure_states", "factors", "worked", "adjust"}},
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
		"duration_min", "platform", "link", "host", "co_hosts", "recording", "attendance", "recording_link", "outcomes", "schedule_why",
		"holiday_country"}}
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
		e.Platform, e.Link, e.Host, e.CoHosts, e.Recording, e.Attendance, e.RecordingLink, e.Outcomes, e.ScheduleWhy,
		e.HolidayCountry}
}

// childSpec describes a table of an item's parts (a goal's themes, a review's actions, …),
// each row with its plan_id and pos. parent is the column naming the item the
// row belongs to (plan_id itself for the event's attendees); ref, when set, names another
// item of the plan, in refTable, which an insert checks belongs to the plan; ownID says the
// rows have IDs of their own; cols are the other columns. The SQL is built once, here.
type childSpec struct {
	table, parent, ref, refTable string
	ownID                        bool
	cols                         []string

	insertSQL, deleteSQL, selectSQL string
}

var (
	goalThemeRows = child(childSpec{table: "goal_themes", parent: "goal_id", ref: "theme_id", refTable: "themes"})
	holderRows    = child(childSpec{table: "role_holders", parent: "role_id", ref: "candidate_id", refTable: "candidates"})
	attendeeRows  = child(childSpec{table: "attendees", parent: "plan_id", ref: "candidate_id", refTable: "candidates"})
	goalValueRows = child(childSpec{table: "goal_values", parent: "review_id", ref: "goal_id", refTable: "goals", cols: []string{"value"}})
	actionRows    = child(childSpec{table: "actions", parent: "review_id", ownID: true, cols: []string{"text", "owner", "due", "done"}})
	storyRows     = child(childSpec{table: "stories", parent: "review_id", ownID: true, cols: []string{"member", "story", "cycle"}})

	// The evidence's parts (migration 0008). candidate_id is a plain column here: 0 (an
	// unmatched person) is written as NULL, and a member's rows go with the member.
	sessionAttendeeRows = child(childSpec{table: "session_attendees", parent: "session_id", cols: []string{"name", "email", "minutes", "joins", "organizer", "guest", "candidate_id"}})
	activityMemberRows  = child(childSpec{table: "activity_members", parent: "export_id", cols: []string{"name", "email", "days", "days_active", "messages", "last_active", "joined_on", "left_on", "candidate_id"}})
	activityWeekRows    = child(childSpec{table: "activity_weekly", parent: "export_id", cols: []string{"date", "active"}})

	childTables = []childSpec{goalThemeRows, holderRows, attendeeRows, goalValueRows, actionRows, storyRows,
		sessionAttendeeRows, activityMemberRows, activityWeekRows}
)

// The evidence's tables of items (migration 0008), written whole by SaveEvidence, and its
// one row of settings per plan.
var (
	sessionTable   = tableSpec{"sessions", []string{"date", "title", "source", "minutes", "practice_id"}}
	exportTable    = tableSpec{"activity_exports", []string{"source", "from_date", "to_date", "estimate", "reason"}}
	decisionTable  = tableSpec{"match_decisions", []string{"key", "name", "email", "action", "candidate_id"}}
	evidenceTables = []tableSpec{sessionTable, exportTable, decisionTable}
	evidenceRow    = rowSpec{"evidence_settings", "plan_id", []string{"min_attend_minutes"}}
)

// child builds a childSpec's SQL.
//
// The insert takes, in order: the row's ID if it has its own (nil for a new one), the
// parent, the plan (unless that is the parent), pos, the cols; then, with a ref, the referred
// item's ID and the plan again. childSpec.args puts them in that order.
//
// The select reads the plan's rows grouped by parent in list order (the order of the
// tables' (plan_id, parent, pos) indexes): the parent (unless it is the plan), the row's ID
// if it has one, the ref, then the cols.
func child(c childSpec) childSpec {
	var names, vals, read []string
	if c.ownID {
		names, vals = append(names, "id"), append(vals, "?")
	}
	names, vals = append(names, c.parent), append(vals, "?")
	if c.parent != "plan_id" {
		names, vals = append(names, "plan_id"), append(vals, "?")
		read = append(read, c.parent)
	}
	if c.ownID {
		read = append(read, "id")
	}
	if c.ref != "" {
		names, vals = append(names, c.ref), append(vals, "id")
		read = append(read, c.ref)
	}
	names, vals = append(names, "pos"), append(vals, "?")
	for _, col := range c.cols {
		names, vals = append(names, col), append(vals, "?")
	}
	read = append(read, c.cols...)
	c.insertSQL = "INSERT INTO " + c.table + " (" + strings.Join(names, ", ") + ")"
	if c.ref != "" {
		c.insertSQL += " SELECT " + strings.Join(vals, ", ") + " FROM " + c.refTable + " WHERE id = ? AND plan_id = ?"
	} else {
		c.insertSQL += " VALUES (" + strings.Join(vals, ", ") + ")"
	}
	c.deleteSQL = "DELETE FROM " + c.table + " WHERE " + c.parent + " = ?"
	order := "pos"
	if c.parent != "plan_id" {
		order = c.parent + ", pos"
	}
	if c.ownID {
		order += ", id"
	}
	c.selectSQL = "SELECT " + strings.Join(read, ", ") + " FROM " + c.table + " WHERE plan_id = ? ORDER BY " + order
	return c
}

// columns are all the columns the spec states (all but plan_id and pos).
func (c childSpec) columns() []string {
	var out []string
	if c.ownID {
		out = append(out, "id")
	}
	out = append(out, c.parent)
	if c.ref != "" {
		out = append(out, c.ref)
	}
	return append(out, c.cols...)
}

// args are insertSQL's arguments: id is the row's own ID (nil for a new one; unused without
// ownID), ref the referred item's ID (unused without a ref), vals the cols' values.
func (c childSpec) args(planID, parent int64, pos int, id any, ref int64, vals ...any) []any {
	out := make([]any, 0, 6+len(vals))
	if c.ownID {
		out = append(out, id)
	}
	out = append(out, parent)
	if c.parent != "plan_id" {
		out = append(out, planID)
	}
	out = append(out, pos)
	out = append(out, vals...)
	if c.ref != "" {
		out = append(out, ref, planID)
	}
	return out
}

// insert adds one row; with a ref, a referred item not in the plan is planner.ErrNotFound.
func (c childSpec) insert(w *txw, planID, parent int64, pos int, id any, ref int64, vals ...any) (sql.Result, error) {
	args := c.args(planID, parent, pos, id, ref, vals...)
	if c.ref == "" {
		return w.exec(c.insertSQL, args...)
	}
	return w.execOne(fmt.Sprintf("%s %d", strings.TrimSuffix(c.refTable, "s"), ref), c.insertSQL, args...)
}

// clear deletes the parent's rows, before new ones are written, when replacing is true.
func (c childSpec) clear(w *txw, parent int64, replacing bool) error {
	if !replacing {
		return nil
	}
	_, err := w.exec(c.deleteSQL, parent)
	return err
}
