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

// Prompts returns what the stage asks of the organizer, as questions to work through.
func (s Stage) Prompts() []string {
	switch s {
	case StagePotential:
		return []string{
			"Have you found the people who share the domain, and what they struggle with?",
			"Can you say the domain in one sentence that practitioners recognise?",
			"Who are the 5–10 core members, and who among them could lead?",
		}
	case StageCoalescing:
		return []string{
			"Are members building trust: do they answer each other, not only you?",
			"Is there a rhythm of events people can count on?",
			"What quick wins show value early (a shared template, a solved problem)?",
			"Who will facilitate when you are away?",
		}
	case StageMaturing:
		return []string{
			"Is the domain still focused, or drifting into everything?",
			"Are roles rotating, and are new members stepping up?",
			"Is knowledge captured (pinned resources, a shared library) rather than lost in threads?",
			"Are you measuring against the goals, and reporting results to the sponsor?",
		}
	case StageStewardship:
		return []string{
			"How do you keep the practice fresh and relevant as members' needs change?",
			"Is the community member-led, with sub-groups where it has grown?",
			"Who will take over the organizer role, and are they being mentored?",
		}
	case StageTransformation:
		return []string{
			"Has the community's purpose been met, or has it changed shape?",
			"Should it merge, split, or close, and who decides?",
			"How will its knowledge and stories be archived and handed on?",
		}
	}
	return nil
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
