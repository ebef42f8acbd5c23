-- 0005: client presets, export language and paper, issued charter versions.
-- A client is kept once and shared by the plans made for it; a plan's own client, prepared_by,
-- accent and logo override the client's when set. Deleting a client leaves its plans without
-- one (their own values stay).
CREATE TABLE clients (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL,
	logo        BLOB,
	accent      TEXT NOT NULL DEFAULT '',
	contact     TEXT NOT NULL DEFAULT '',
	prepared_by TEXT NOT NULL DEFAULT '',
	lang        TEXT NOT NULL DEFAULT '',
	paper       TEXT NOT NULL DEFAULT ''
);

ALTER TABLE plans ADD COLUMN client_id INTEGER REFERENCES clients ON DELETE SET NULL;
ALTER TABLE plans ADD COLUMN lang TEXT NOT NULL DEFAULT '';
ALTER TABLE plans ADD COLUMN paper TEXT NOT NULL DEFAULT '';
CREATE INDEX plans_client ON plans(client_id);

-- An issued version keeps the charter as it stood, as JSON; the typed notes of older plans
-- keep '' and show as versions recorded by hand, without a snapshot.
ALTER TABLE versions ADD COLUMN snapshot TEXT NOT NULL DEFAULT '';

-- The issued version a signature applies to; NULL when it names none.
ALTER TABLE signoffs ADD COLUMN version_id INTEGER REFERENCES versions ON DELETE SET NULL;
