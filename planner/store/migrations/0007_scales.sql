-- 0007: a scale question's own range (0–10, 1–5, 1–7 …) with optional end labels, and the
-- grid (matrix) a question is a row of. Questions made before this read 1–10, the only range
-- there was; 0/0 stays the "never set" of the other kinds.
ALTER TABLE questions ADD COLUMN scale_min INTEGER NOT NULL DEFAULT 0;
ALTER TABLE questions ADD COLUMN scale_max INTEGER NOT NULL DEFAULT 0;
ALTER TABLE questions ADD COLUMN scale_low TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN scale_high TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN grid TEXT NOT NULL DEFAULT '';
UPDATE questions SET scale_min = 1, scale_max = 10 WHERE kind = 'scale';
