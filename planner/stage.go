package planner

// Label returns the lifecycle stage's display name.
func (s Stage) Label() string {
	switch s {
	case StagePotential:
		return "Potential"
	case StageCoalescing:
		return "Coalescing"
	case StageMaturing:
		return "Maturing"
	case StageStewardship:
		return "Stewardship"
	case StageTransformation:
		return "Transformation"
	case "":
		return "Not assessed"
	}
	return string(s)
}

// Prompts returns what the stage asks of the organizer, as questions to work through, in
// English (PromptKeys name them in the catalogues).
func (s Stage) Prompts() []string {
	keys := s.PromptKeys()
	if len(keys) == 0 {
		return nil
	}
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = english.T(k)
	}
	return out
}

// PromptKeys name the stage's questions in the catalogues ("prompt.potential.peers"), in the
// order Prompts gives them, so that a document can ask them in its own language.
func (s Stage) PromptKeys() []string {
	ids := map[Stage][]string{
		StagePotential:      {"peers", "domain_sentence", "core_members"},
		StageCoalescing:     {"trust", "rhythm", "quick_wins", "backup_facilitator"},
		StageMaturing:       {"focus", "roles_rotating", "knowledge_captured", "measuring"},
		StageStewardship:    {"fresh", "member_led", "succession"},
		StageTransformation: {"purpose_met", "merge_split_close", "archive"},
	}[s]
	keys := make([]string, len(ids))
	for i, id := range ids {
		keys[i] = "prompt." + string(s) + "." + id
	}
	return keys
}
