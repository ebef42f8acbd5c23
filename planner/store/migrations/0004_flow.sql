-- 0004: what each step learns carries into the next.
-- The charter keeps the platform needs the organizer states (needs_stated 0: not stated,
-- the recommendation guesses them from the plan's text) as a JSON object, and why the
-- cadence is what it is; the event keeps why its date and time were chosen.
ALTER TABLE charter ADD COLUMN needs_stated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE charter ADD COLUMN needs TEXT NOT NULL DEFAULT '{}';
ALTER TABLE charter ADD COLUMN cadence_why TEXT NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN schedule_why TEXT NOT NULL DEFAULT '';

-- Poll response was poll_responses / (polls_sent × members_total): all answers over every
-- possible answer, which reads 6% where an organizer who sent 9 polls and got 5 answers
-- expects 55%. It is now responses to the last poll over the members asked. The old counts
-- become members asked = members_total and responses = answers per poll, rounded, which keeps
-- the figure (as planner.MigratePollCounts does for version 1 plan files). All right-hand
-- sides read the row as it was.
UPDATE reviews SET
	poll_responses = CASE WHEN polls_sent > 0 AND members_total > 0
		THEN CAST(round(CAST(poll_responses AS REAL) / polls_sent) AS INTEGER) ELSE 0 END,
	polls_sent = CASE WHEN polls_sent > 0 AND members_total > 0 THEN members_total ELSE 0 END;
ALTER TABLE reviews RENAME COLUMN polls_sent TO poll_asked;
