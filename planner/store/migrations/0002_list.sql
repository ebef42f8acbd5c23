-- 0002: the plan library list. The current step and progress are cached on the plans row so
-- that listing 1,000 plans needs no plan loads, and the list's filter has an index. Response
-- keys get an index so a re-import finds duplicates quickly.
ALTER TABLE plans ADD COLUMN progress INTEGER NOT NULL DEFAULT 0;
ALTER TABLE plans ADD COLUMN step INTEGER NOT NULL DEFAULT 1;
CREATE INDEX plans_live ON plans(deleted_at, updated);
CREATE INDEX responses_key ON responses(plan_id, key);
