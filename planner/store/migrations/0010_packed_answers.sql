-- 0010: a survey response's answers, with their theme tags, and a candidate's status history
-- are kept in the item's own row, packed as JSON arrays (see packed.go for the format):
--
--   responses.answers   [[question_id,"text",choices,[[theme_id,"state"],…]],…]
--   candidates.history  [["status","on_date"],…]
--
-- The large plan had eleven answer rows per response and three status rows per candidate,
-- and reading a row costs about the same whatever it holds: loading it read 51,000 rows, it
-- now reads 11,800. The rows are packed in the order the store loaded them (answers by
-- pos then id, tags and history by pos), then the old tables and their indexes are dropped.
-- What their foreign keys did the store now does: deleting a question or a theme rewrites
-- the answers that name it, and writing answers checks the plan has their questions and
-- themes. Dropping the tables with secure_delete on overwrites their pages.
ALTER TABLE responses ADD COLUMN answers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE candidates ADD COLUMN history TEXT NOT NULL DEFAULT '[]';

UPDATE responses SET answers = coalesce((
	SELECT json_group_array(json_array(a.question_id, a.text, json(a.choices), json(coalesce((
			SELECT json_group_array(json_array(t.theme_id, t.state) ORDER BY t.pos)
			FROM answer_tags t WHERE t.answer_id = a.id), '[]'))) ORDER BY a.pos, a.id)
	FROM answers a WHERE a.response_id = responses.id), '[]')
WHERE EXISTS (SELECT 1 FROM answers a WHERE a.response_id = responses.id);

UPDATE candidates SET history = coalesce((
	SELECT json_group_array(json_array(h.status, h.on_date) ORDER BY h.pos)
	FROM status_history h WHERE h.candidate_id = candidates.id), '[]')
WHERE EXISTS (SELECT 1 FROM status_history h WHERE h.candidate_id = candidates.id);

DROP TABLE answer_tags;
DROP TABLE answers;
DROP TABLE status_history;
