package planner

// ItemKind names a kind of list item of a plan, for the store's per-item edits
// (delete, reorder) and for messages.
type ItemKind string

// Item kinds.
const (
	ItemQuestion  ItemKind = "question"
	ItemResponse  ItemKind = "response"
	ItemTheme     ItemKind = "theme"
	ItemGoal      ItemKind = "goal"
	ItemCandidate ItemKind = "candidate"
	ItemInvite    ItemKind = "invite"
	ItemRole      ItemKind = "role"
	ItemNorm      ItemKind = "norm"
	ItemCadence   ItemKind = "cadence"
	ItemTool      ItemKind = "tool"
	ItemRisk      ItemKind = "risk"
	ItemVersion   ItemKind = "version"
	ItemSignOff   ItemKind = "signoff"
	ItemAgenda    ItemKind = "agenda"
	ItemChecklist ItemKind = "checklist"
	ItemReview    ItemKind = "review"
)

// Change is one autosaved edit of an open plan: exactly one part of the plan, and the plan's
// progress after the edit, which the library stores with it in one transaction so that its
// list never disagrees with the plan.
type Change struct {
	// Exactly one of these is set.
	Plan    *Plan      // the plan's own fields (metadata, domain, sponsor, settings)
	Charter *Charter   // the charter's own fields, not its lists
	Event   *Event     // the launch event's own fields and attendees, not its lists
	Item    any        // one list item (a pointer into the plan); a new one (ID 0) gets its ID
	Delete  *ItemRef   // one list item to delete
	Reorder *ItemOrder // the new order of one list

	// Done and Current are the plan's progress after the edit (see Progress).
	Done    int
	Current Step
}

// ItemRef names one list item of a plan.
type ItemRef struct {
	Kind ItemKind
	ID   int64
}

// ItemOrder is the order of one list of a plan: each item's ID once.
type ItemOrder struct {
	Kind ItemKind
	IDs  []int64
}
