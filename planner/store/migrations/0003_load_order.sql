-- 0003: indexes in the order a plan is loaded. The child tables whose rows load grouped by
-- their parent (answers by response, tags by answer, status history by candidate, …) were
-- indexed on plan_id alone, so each of those queries sorted its rows in a temporary B-tree:
-- with 12,000 answers and 15,000 status changes that sort cost time and SQLite memory that
-- stays with the process. Each plan_id index becomes (plan_id, parent, pos); it still serves
-- every lookup by plan_id.
DROP INDEX answers_plan;
CREATE INDEX answers_plan ON answers(plan_id, response_id, pos);
DROP INDEX answer_tags_plan;
CREATE INDEX answer_tags_plan ON answer_tags(plan_id, answer_id, pos);
DROP INDEX goal_themes_plan;
CREATE INDEX goal_themes_plan ON goal_themes(plan_id, goal_id, pos);
DROP INDEX status_history_plan;
CREATE INDEX status_history_plan ON status_history(plan_id, candidate_id, pos);
DROP INDEX role_holders_plan;
CREATE INDEX role_holders_plan ON role_holders(plan_id, role_id, pos);
DROP INDEX attendees_plan;
CREATE INDEX attendees_plan ON attendees(plan_id, pos);
DROP INDEX goal_values_plan;
CREATE INDEX goal_values_plan ON goal_values(plan_id, review_id, pos);
DROP INDEX actions_plan;
CREATE INDEX actions_plan ON actions(plan_id, review_id, pos);
DROP INDEX stories_plan;
CREATE INDEX stories_plan ON stories(plan_id, review_id, pos);
