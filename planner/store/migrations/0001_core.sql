-- 0001: the core tables of a plan library. Every child table carries plan_id so that a
-- whole plan loads with one query per table, and pos so that lists keep their order.
PRAGMA application_id = 1131368524; -- "CoPL"

CREATE TABLE plans (
	id                   INTEGER PRIMARY KEY,
	name                 TEXT NOT NULL,
	client               TEXT NOT NULL DEFAULT '',
	prepared_by          TEXT NOT NULL DEFAULT '',
	audience             TEXT NOT NULL DEFAULT '',
	template             TEXT NOT NULL DEFAULT '',
	status               TEXT NOT NULL DEFAULT 'planning',
	created              TEXT NOT NULL DEFAULT '',
	updated              TEXT NOT NULL DEFAULT '',
	deleted_at           TEXT,
	accent               TEXT NOT NULL DEFAULT '',
	logo                 BLOB,
	domain               TEXT NOT NULL DEFAULT '',
	sponsor_name         TEXT NOT NULL DEFAULT '',
	sponsor_role         TEXT NOT NULL DEFAULT '',
	sponsor_expectations TEXT NOT NULL DEFAULT '',
	survey_closed        INTEGER NOT NULL DEFAULT 0,
	target_min           INTEGER NOT NULL DEFAULT 0,
	target_max           INTEGER NOT NULL DEFAULT 0,
	review_every         TEXT NOT NULL DEFAULT '',
	hw_weekly_active     REAL NOT NULL DEFAULT 0,
	hw_poll_response     REAL NOT NULL DEFAULT 0,
	hw_skill_gain        REAL NOT NULL DEFAULT 0,
	hw_stories           REAL NOT NULL DEFAULT 0,
	hw_factors           REAL NOT NULL DEFAULT 0,
	stage                TEXT NOT NULL DEFAULT ''
);

-- Step 1.
CREATE TABLE questions (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	kind    TEXT NOT NULL,
	title   TEXT NOT NULL,
	help    TEXT NOT NULL,
	options TEXT, -- JSON array of strings
	role    TEXT NOT NULL
);
CREATE INDEX questions_plan ON questions(plan_id, pos);

CREATE TABLE responses (
	id           INTEGER PRIMARY KEY,
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	respondent   TEXT NOT NULL,
	email        TEXT NOT NULL,
	submitted_at TEXT NOT NULL,
	source       TEXT NOT NULL,
	key          TEXT NOT NULL
);
CREATE INDEX responses_plan ON responses(plan_id, pos);

CREATE TABLE themes (
	id       INTEGER PRIMARY KEY,
	plan_id  INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos      INTEGER NOT NULL,
	label    TEXT NOT NULL,
	keywords TEXT -- JSON array of strings
);
CREATE INDEX themes_plan ON themes(plan_id, pos);

CREATE TABLE answers (
	id          INTEGER PRIMARY KEY,
	plan_id     INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	response_id INTEGER NOT NULL REFERENCES responses ON DELETE CASCADE,
	question_id INTEGER NOT NULL REFERENCES questions ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	text        TEXT NOT NULL,
	choices     TEXT -- JSON array of strings
);
CREATE INDEX answers_plan ON answers(plan_id);
CREATE INDEX answers_response ON answers(response_id);
CREATE INDEX answers_question ON answers(question_id);

CREATE TABLE answer_tags (
	answer_id INTEGER NOT NULL REFERENCES answers ON DELETE CASCADE,
	plan_id   INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	theme_id  INTEGER NOT NULL REFERENCES themes ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	state     TEXT NOT NULL
);
CREATE INDEX answer_tags_plan ON answer_tags(plan_id);
CREATE INDEX answer_tags_answer ON answer_tags(answer_id);
CREATE INDEX answer_tags_theme ON answer_tags(theme_id);

CREATE TABLE goals (
	id               INTEGER PRIMARY KEY,
	plan_id          INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos              INTEGER NOT NULL,
	title            TEXT NOT NULL,
	metric           TEXT NOT NULL,
	unit             TEXT NOT NULL,
	baseline         REAL,
	target           REAL,
	due              TEXT NOT NULL,
	smart_specific   INTEGER NOT NULL,
	smart_measurable INTEGER NOT NULL,
	smart_achievable INTEGER NOT NULL,
	smart_relevant   INTEGER NOT NULL,
	smart_time_bound INTEGER NOT NULL
);
CREATE INDEX goals_plan ON goals(plan_id, pos);

CREATE TABLE goal_themes (
	goal_id  INTEGER NOT NULL REFERENCES goals ON DELETE CASCADE,
	plan_id  INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	theme_id INTEGER NOT NULL REFERENCES themes ON DELETE CASCADE,
	pos      INTEGER NOT NULL
);
CREATE INDEX goal_themes_plan ON goal_themes(plan_id);
CREATE INDEX goal_themes_goal ON goal_themes(goal_id);
CREATE INDEX goal_themes_theme ON goal_themes(theme_id);

-- Step 2.
CREATE TABLE candidates (
	id              INTEGER PRIMARY KEY,
	plan_id         INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos             INTEGER NOT NULL,
	name            TEXT NOT NULL,
	handle          TEXT NOT NULL,
	contact         TEXT NOT NULL,
	channel         TEXT NOT NULL,
	source          TEXT NOT NULL,
	experience      TEXT NOT NULL,
	activity        TEXT NOT NULL,
	role_interest   TEXT NOT NULL,
	willing_to_lead INTEGER NOT NULL,
	status          TEXT NOT NULL,
	notes           TEXT NOT NULL,
	response_id     INTEGER REFERENCES responses ON DELETE SET NULL
);
CREATE INDEX candidates_plan ON candidates(plan_id, pos);
CREATE INDEX candidates_response ON candidates(response_id);

CREATE TABLE status_history (
	candidate_id INTEGER NOT NULL REFERENCES candidates ON DELETE CASCADE,
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	status       TEXT NOT NULL,
	on_date      TEXT NOT NULL
);
CREATE INDEX status_history_plan ON status_history(plan_id);
CREATE INDEX status_history_candidate ON status_history(candidate_id);

CREATE TABLE invites (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	channel TEXT NOT NULL,
	text    TEXT NOT NULL
);
CREATE INDEX invites_plan ON invites(plan_id, pos);

-- Step 3.
CREATE TABLE charter (
	plan_id              INTEGER PRIMARY KEY REFERENCES plans ON DELETE CASCADE,
	name                 TEXT NOT NULL,
	purpose              TEXT NOT NULL,
	scope_in             TEXT NOT NULL,
	scope_out            TEXT NOT NULL,
	who_may_join         TEXT NOT NULL,
	join_mode            TEXT NOT NULL,
	mix_note             TEXT NOT NULL,
	rotation_on          TEXT NOT NULL,
	conflicts            TEXT NOT NULL,
	decisions            TEXT NOT NULL,
	platform             TEXT NOT NULL,
	platform_why         TEXT NOT NULL,
	time_zone            TEXT NOT NULL,
	target_weekly_active REAL NOT NULL,
	target_poll_response REAL NOT NULL,
	target_skill_gain    REAL NOT NULL,
	member_led_at        INTEGER NOT NULL,
	subgroups_over       INTEGER NOT NULL,
	assumptions          TEXT NOT NULL,
	review_on            TEXT NOT NULL
);

CREATE TABLE roles (
	id               INTEGER PRIMARY KEY,
	plan_id          INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos              INTEGER NOT NULL,
	name             TEXT NOT NULL,
	responsibilities TEXT NOT NULL,
	rotation_weeks   INTEGER NOT NULL
);
CREATE INDEX roles_plan ON roles(plan_id, pos);

CREATE TABLE role_holders (
	role_id      INTEGER NOT NULL REFERENCES roles ON DELETE CASCADE,
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	candidate_id INTEGER NOT NULL REFERENCES candidates ON DELETE CASCADE,
	pos          INTEGER NOT NULL
);
CREATE INDEX role_holders_plan ON role_holders(plan_id);
CREATE INDEX role_holders_role ON role_holders(role_id);
CREATE INDEX role_holders_candidate ON role_holders(candidate_id);

CREATE TABLE norms (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	text    TEXT NOT NULL
);
CREATE INDEX norms_plan ON norms(plan_id, pos);

CREATE TABLE cadence (
	id           INTEGER PRIMARY KEY,
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	practice     TEXT NOT NULL,
	frequency    TEXT NOT NULL,
	weekday      INTEGER NOT NULL,
	week         INTEGER NOT NULL,
	time         TEXT NOT NULL,
	duration_min INTEGER NOT NULL
);
CREATE INDEX cadence_plan ON cadence(plan_id, pos);

CREATE TABLE tools (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	name    TEXT NOT NULL,
	purpose TEXT NOT NULL
);
CREATE INDEX tools_plan ON tools(plan_id, pos);

CREATE TABLE risks (
	id         INTEGER PRIMARY KEY,
	plan_id    INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos        INTEGER NOT NULL,
	risk       TEXT NOT NULL,
	likelihood TEXT NOT NULL,
	impact     TEXT NOT NULL,
	mitigation TEXT NOT NULL
);
CREATE INDEX risks_plan ON risks(plan_id, pos);

CREATE TABLE versions (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	version TEXT NOT NULL,
	on_date TEXT NOT NULL,
	author  TEXT NOT NULL,
	changes TEXT NOT NULL
);
CREATE INDEX versions_plan ON versions(plan_id, pos);

CREATE TABLE signoffs (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	name    TEXT NOT NULL,
	role    TEXT NOT NULL,
	on_date TEXT NOT NULL
);
CREATE INDEX signoffs_plan ON signoffs(plan_id, pos);

-- Step 4.
CREATE TABLE event (
	plan_id        INTEGER PRIMARY KEY REFERENCES plans ON DELETE CASCADE,
	format         TEXT NOT NULL,
	title          TEXT NOT NULL,
	description    TEXT NOT NULL,
	date           TEXT NOT NULL,
	time           TEXT NOT NULL,
	time_zone      TEXT NOT NULL,
	duration_min   INTEGER NOT NULL,
	platform       TEXT NOT NULL,
	link           TEXT NOT NULL,
	host           TEXT NOT NULL,
	co_hosts       TEXT NOT NULL,
	recording      INTEGER NOT NULL,
	attendance     INTEGER NOT NULL,
	recording_link TEXT NOT NULL,
	outcomes       TEXT NOT NULL
);

CREATE TABLE agenda (
	id      INTEGER PRIMARY KEY,
	plan_id INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos     INTEGER NOT NULL,
	title   TEXT NOT NULL,
	minutes INTEGER NOT NULL,
	owner   TEXT NOT NULL,
	notes   TEXT NOT NULL
);
CREATE INDEX agenda_plan ON agenda(plan_id, pos);

CREATE TABLE checklist (
	id          INTEGER PRIMARY KEY,
	plan_id     INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	task        TEXT NOT NULL,
	offset_days INTEGER NOT NULL,
	done        INTEGER NOT NULL
);
CREATE INDEX checklist_plan ON checklist(plan_id, pos);

CREATE TABLE attendees (
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	candidate_id INTEGER NOT NULL REFERENCES candidates ON DELETE CASCADE,
	pos          INTEGER NOT NULL
);
CREATE INDEX attendees_plan ON attendees(plan_id);
CREATE INDEX attendees_candidate ON attendees(candidate_id);

-- Step 5.
CREATE TABLE reviews (
	id             INTEGER PRIMARY KEY,
	plan_id        INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos            INTEGER NOT NULL,
	date           TEXT NOT NULL,
	members_total  INTEGER NOT NULL,
	weekly_active  INTEGER NOT NULL,
	new_members    INTEGER NOT NULL,
	left_count     INTEGER NOT NULL,
	posts          INTEGER NOT NULL,
	replies        INTEGER NOT NULL,
	events_held    INTEGER NOT NULL,
	polls_sent     INTEGER NOT NULL,
	poll_responses INTEGER NOT NULL,
	avg_skill      REAL NOT NULL,
	factors        TEXT NOT NULL, -- JSON array of the eight 1–5 scores
	worked         TEXT NOT NULL,
	adjust         TEXT NOT NULL
);
CREATE INDEX reviews_plan ON reviews(plan_id, pos);

CREATE TABLE goal_values (
	review_id INTEGER NOT NULL REFERENCES reviews ON DELETE CASCADE,
	plan_id   INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	goal_id   INTEGER NOT NULL REFERENCES goals ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	value     REAL NOT NULL
);
CREATE INDEX goal_values_plan ON goal_values(plan_id);
CREATE INDEX goal_values_review ON goal_values(review_id);
CREATE INDEX goal_values_goal ON goal_values(goal_id);

CREATE TABLE actions (
	id        INTEGER PRIMARY KEY,
	review_id INTEGER NOT NULL REFERENCES reviews ON DELETE CASCADE,
	plan_id   INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	text      TEXT NOT NULL,
	owner     TEXT NOT NULL,
	due       TEXT NOT NULL,
	done      INTEGER NOT NULL
);
CREATE INDEX actions_plan ON actions(plan_id);
CREATE INDEX actions_review ON actions(review_id);

CREATE TABLE stories (
	id        INTEGER PRIMARY KEY,
	review_id INTEGER NOT NULL REFERENCES reviews ON DELETE CASCADE,
	plan_id   INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	member    TEXT NOT NULL,
	story     TEXT NOT NULL,
	cycle     TEXT NOT NULL
);
CREATE INDEX stories_plan ON stories(plan_id);
CREATE INDEX stories_review ON stories(review_id);
