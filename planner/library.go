package planner

import "strings"

// SortKey orders the plan list.
type SortKey string

// Sort keys of the plan list.
const (
	SortName     SortKey = "name"
	SortClient   SortKey = "client"
	SortUpdated  SortKey = "updated"
	SortProgress SortKey = "progress"
	SortStep     SortKey = "step"
)

// ListOptions filter and order the plan list.
type ListOptions struct {
	// Query keeps plans whose name, client or domain contains it, ignoring case.
	Query string
	// Sort is the order; "" means SortUpdated, newest first (Desc then gives oldest first).
	Sort SortKey
	Desc bool
	// Archived includes archived plans, hidden otherwise.
	Archived bool
}

// CheckPlanName is the rule for a plan's name: it must not be blank, and fits the limit of a
// one-line text.
func CheckPlanName(name string) error {
	if strings.TrimSpace(name) == "" {
		return &ValidationError{Field: "name", Msg: "a plan needs a name", Says: msg("ui.library.plan_name.blank")}
	}
	return CheckText("Name", "name", name)
}
