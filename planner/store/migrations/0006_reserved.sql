-- 0006: reserved for the review figure states, which are written on another branch. This
-- empty step only keeps the numbering in sequence until that migration takes its place.
SELECT 1;
