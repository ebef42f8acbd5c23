package planner

import "fmt"

// GoalsWarning returns "" when there are 2–3 goals, else a short flag saying what to change.
func GoalsWarning(goals []Goal) string {
	switch n := len(goals); {
	case n < 2:
		return fmt.Sprintf("Add %d more %s (%d of 2–3)", 2-n, plural(2-n, "goal", "goals"), n)
	case n > 3:
		return fmt.Sprintf("Keep to 3 goals: %d is too many to track", n)
	}
	return ""
}
