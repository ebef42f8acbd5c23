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
