package planner

import "github.com/coplaunch/coplaunch/planner/i18n"

// In is the lifecycle stage's name in tr's language; "Not assessed" when unset.
func (s Stage) In(tr *i18n.Printer) string {
	if s == "" {
		return tr.T("stage.none")
	}
	return codeLabel(tr, "stage", string(s))
}

// Label is the lifecycle stage's name in English.
func (s Stage) Label() string { return s.In(english) }

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
