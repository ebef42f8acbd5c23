-- 0007: reserved for a migration written on another branch (issue 22). This empty step only
-- keeps the numbering in sequence until that migration takes its place.
SELECT 1;
