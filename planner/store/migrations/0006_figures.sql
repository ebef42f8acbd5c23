-- 0006: whether each review figure was given. figure_states holds one state per figure, in
-- the order of planner.Figure (members total, weekly active, new members, left, posts,
-- replies, events held, poll asked, poll answered, average skill), comma-separated: "none"
-- (not given), "typed" or "evidence"; '' means none was given.
--
-- Reviews kept before this migration had no way to say a figure was empty, so they are read
-- as planner.InferFigureStates reads an old plan file: a review whose figures are all 0 was
-- never filled in, and none of its figures is given (it becomes a draft, which neither
-- completes step 5 nor enters a trend); in any other review the person filled the form, so
-- its counts are typed, zeros included, except a poll of 0 asked and 0 answered (no poll was
-- sent) and an average skill of 0, which the form always called "not measured".
ALTER TABLE reviews ADD COLUMN figure_states TEXT NOT NULL DEFAULT '';

UPDATE reviews SET figure_states =
	'typed,typed,typed,typed,typed,typed,typed,' ||
	CASE WHEN poll_asked = 0 AND poll_responses = 0 THEN 'none,none' ELSE 'typed,typed' END || ',' ||
	CASE WHEN avg_skill = 0 THEN 'none' ELSE 'typed' END
WHERE members_total <> 0 OR weekly_active <> 0 OR new_members <> 0 OR left_count <> 0 OR posts <> 0
	OR replies <> 0 OR events_held <> 0 OR poll_asked <> 0 OR poll_responses <> 0 OR avg_skill <> 0;
