-- 0006: reserved for the review figure states, written on another branch (issue 27). This
-- empty step only keeps the numbering in sequence until that migration takes its place.
SELECT 1;
