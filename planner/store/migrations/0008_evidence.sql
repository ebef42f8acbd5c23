-- 0008: the evidence of the reviews: sessions read from meeting attendance reports, member
-- activity read from platform exports, and the remembered decisions about the people they
-- name. Only names, email addresses and counted figures are kept. A member's rows go with
-- the member (ON DELETE CASCADE), and the store also deletes the unmatched rows that carry
-- the member's email: erasing a person erases their attendance.
CREATE TABLE evidence_settings (
	plan_id            INTEGER PRIMARY KEY REFERENCES plans ON DELETE CASCADE,
	min_attend_minutes INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
	id          INTEGER PRIMARY KEY,
	plan_id     INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	date        TEXT NOT NULL,
	title       TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	minutes     INTEGER NOT NULL DEFAULT 0,
	practice_id INTEGER REFERENCES cadence ON DELETE SET NULL
);
CREATE INDEX sessions_plan ON sessions(plan_id, pos);

CREATE TABLE session_attendees (
	session_id   INTEGER NOT NULL REFERENCES sessions ON DELETE CASCADE,
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	name         TEXT NOT NULL DEFAULT '',
	email        TEXT NOT NULL DEFAULT '',
	minutes      INTEGER NOT NULL DEFAULT 0,
	joins        INTEGER NOT NULL DEFAULT 1,
	organizer    INTEGER NOT NULL DEFAULT 0,
	guest        INTEGER NOT NULL DEFAULT 0,
	candidate_id INTEGER REFERENCES candidates ON DELETE CASCADE
);
CREATE INDEX session_attendees_plan ON session_attendees(plan_id, session_id, pos);
CREATE INDEX session_attendees_candidate ON session_attendees(candidate_id);

CREATE TABLE activity_exports (
	id        INTEGER PRIMARY KEY,
	plan_id   INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	source    TEXT NOT NULL DEFAULT '',
	from_date TEXT NOT NULL DEFAULT '',
	to_date   TEXT NOT NULL DEFAULT '',
	estimate  INTEGER NOT NULL DEFAULT 0,
	reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_exports_plan ON activity_exports(plan_id, pos);

-- days is the list of active dates as JSON ('' when the export gives totals only).
CREATE TABLE activity_members (
	export_id    INTEGER NOT NULL REFERENCES activity_exports ON DELETE CASCADE,
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	name         TEXT NOT NULL DEFAULT '',
	email        TEXT NOT NULL DEFAULT '',
	days         TEXT NOT NULL DEFAULT '',
	days_active  INTEGER NOT NULL DEFAULT 0,
	messages     INTEGER NOT NULL DEFAULT -1,
	last_active  TEXT NOT NULL DEFAULT '',
	joined_on    TEXT NOT NULL DEFAULT '',
	left_on      TEXT NOT NULL DEFAULT '',
	candidate_id INTEGER REFERENCES candidates ON DELETE CASCADE
);
CREATE INDEX activity_members_plan ON activity_members(plan_id, export_id, pos);
CREATE INDEX activity_members_candidate ON activity_members(candidate_id);

CREATE TABLE activity_weekly (
	export_id INTEGER NOT NULL REFERENCES activity_exports ON DELETE CASCADE,
	plan_id   INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	date      TEXT NOT NULL,
	active    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activity_weekly_plan ON activity_weekly(plan_id, export_id, pos);

CREATE TABLE match_decisions (
	id           INTEGER PRIMARY KEY,
	plan_id      INTEGER NOT NULL REFERENCES plans ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	key          TEXT NOT NULL,
	name         TEXT NOT NULL DEFAULT '',
	email        TEXT NOT NULL DEFAULT '',
	action       TEXT NOT NULL,
	candidate_id INTEGER REFERENCES candidates ON DELETE CASCADE
);
CREATE INDEX match_decisions_plan ON match_decisions(plan_id, pos);
CREATE INDEX match_decisions_candidate ON match_decisions(candidate_id);
