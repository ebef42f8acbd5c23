package planner

// Defaults every new plan starts from, blank or from a template.

// DefaultNorms are the norms every charter starts with.
var DefaultNorms = []string{"Share one thing weekly", "No spam or self-promotion", "Give feedback kindly"}

// DefaultConflicts is the default conflict-handling text of a charter.
const DefaultConflicts = "Raise a concern with the person in a private conversation first. If that does not settle it, bring it to a moderator, who talks to both sides privately. If it is still open, the core group decides by a group vote."

// DefaultDecisions is the default decision-making text of a charter.
const DefaultDecisions = "Day-to-day choices are made by whoever holds the role. Changes to the charter, norms or platform are proposed in the community for a week and decided by consent of the core group, with a group vote if needed."

// DefaultSurveyTargetMax is the upper end of the default respondent target (10–20).
const DefaultSurveyTargetMax = 20

// idGen hands out the small positive local IDs of a plan built in memory; the store remaps
// them on create.
type idGen struct{ n int64 }

func (g *idGen) next() int64 { g.n++; return g.n }

// defaultPlatforms are the options of the platform question of a blank plan: community
// platforms, and the work chats people inside organisations meet in.
var defaultPlatforms = []string{"Discord", "Slack", "Microsoft Teams", "LinkedIn Groups", "Circle", "Mighty Networks", "Other"}

// defaultQuestions is the default survey: biggest pain, skill self-rating, preferred platform
// and preferred cadence.
func defaultQuestions(ids *idGen, painHelp string) []Question {
	return []Question{
		{ID: ids.next(), Kind: KindText, Role: RolePain, Title: "What is your biggest pain or frustration in your work right now?", Help: painHelp},
		{ID: ids.next(), Kind: KindScale, Role: RoleSkill, Title: "How would you rate your current skill, from 1 (beginner) to 10 (expert)?"},
		{ID: ids.next(), Kind: KindSingle, Role: RolePlatform, Title: "Where would you prefer the community to meet?",
			Options: append([]string(nil), defaultPlatforms...)},
		{ID: ids.next(), Kind: KindSingle, Role: RoleCadence, Title: "How often could you take part?",
			Options: []string{"Weekly", "Every two weeks", "Monthly", "Whenever I can (async)"}},
	}
}

// defaultRoles are the facilitator, sharer and moderator roles; facilitation rotates monthly
// (four weeks) and the weekly sharer prompt weekly, to spread the load.
func defaultRoles(ids *idGen) []Role {
	return []Role{
		{ID: ids.next(), Name: "Facilitator", Responsibilities: "Hosts events, keeps conversations going, welcomes new members", RotationWeeks: 4},
		{ID: ids.next(), Name: "Sharer", Responsibilities: "Posts the weekly \"best tip\" prompt and shares one resource", RotationWeeks: 1},
		{ID: ids.next(), Name: "Moderator", Responsibilities: "Pins key resources weekly, keeps the space on topic and kind, handles reports", RotationWeeks: 4},
	}
}

// defaultCadence is the weekly share thread, the monthly AMA or workshop and the quarterly
// review.
func defaultCadence(ids *idGen, monthly string) []CadenceItem {
	return []CadenceItem{
		{ID: ids.next(), Practice: "Weekly share thread: one tip, win or question", Frequency: Weekly, Weekday: 1, Time: "09:00", DurationMin: 0},
		{ID: ids.next(), Practice: monthly, Frequency: Monthly, Weekday: 4, Week: 2, Time: "18:00", DurationMin: 60},
		{ID: ids.next(), Practice: "Quarterly review of goals, norms and roles", Frequency: Quarterly, Weekday: 3, Week: -1, Time: "17:00", DurationMin: 45},
	}
}

// DefaultChecklist returns the launch checklist: announce T−14, send invitations T−7,
// reminder T−1, test the tech T−1, record T0, share the recording T+1, feedback poll T+1,
// thank contributors T+2. IDs are left at zero.
func DefaultChecklist() []ChecklistItem {
	return []ChecklistItem{
		{Task: "Announce the launch event", OffsetDays: -14},
		{Task: "Send invitations to the core group", OffsetDays: -7},
		{Task: "Send a reminder with the link", OffsetDays: -1},
		{Task: "Test the tech: link, audio, screen sharing, recording", OffsetDays: -1},
		{Task: "Record the session", OffsetDays: 0},
		{Task: "Share the recording for async viewers", OffsetDays: 1},
		{Task: "Send the feedback poll", OffsetDays: 1},
		{Task: "Thank contributors publicly", OffsetDays: 2},
	}
}

// defaultAgenda is a 60-minute run of show.
func defaultAgenda(ids *idGen, main string) []AgendaItem {
	return []AgendaItem{
		{ID: ids.next(), Title: "Welcome and why this community", Minutes: 10, Owner: "Host"},
		{ID: ids.next(), Title: "Round of introductions: name and one challenge", Minutes: 10, Owner: "Facilitator"},
		{ID: ids.next(), Title: main, Minutes: 25, Owner: "Host"},
		{ID: ids.next(), Title: "Open Q&A", Minutes: 10, Owner: "Facilitator"},
		{ID: ids.next(), Title: "Next steps: norms, cadence, feedback poll", Minutes: 5, Owner: "Host"},
	}
}

// DefaultInvites returns invitation templates for the main channels, with the {name},
// {community}, {domain} and {event_date} placeholders. The domain statement stands on its
// own (after a colon or as a sentence), so that any wording of it reads right. IDs are left
// at zero.
func DefaultInvites() []InviteTemplate {
	return []InviteTemplate{
		{Channel: ChannelEmail, Text: "Hi {name},\n\nI am starting {community}, a small community of practice. What brings us together: {domain}\n\nWe begin with 5–10 people who learn from each other, with no spam. The launch session is on {event_date}.\n\nWould you like to be one of the founding members?\n\nThanks,\n"},
		{Channel: ChannelLinkedIn, Text: "Hi {name}, I am gathering a few practitioners for {community}. Our focus: {domain}. Small, practical and ad-free; first session {event_date}. Would you like to join as a founding member?"},
		{Channel: ChannelX, Text: "Hi {name}! Starting {community}, a small peer group. Focus: {domain}. First session {event_date}. Want in as a founding member?"},
		{Channel: ChannelDiscord, Text: "Hey {name}! I'm starting {community}, a small community of practice. {domain}. We kick off on {event_date}. Want to be one of the first members?"},
		{Channel: ChannelDM, Text: "Hi {name}, I'm starting {community} and thought of you. {domain}. Launch session {event_date}. Interested?"},
	}
}

// defaultRisks are the risks every community faces.
func defaultRisks(ids *idGen) []Risk {
	return []Risk{
		{ID: ids.next(), Risk: "Activity fades after the launch", Likelihood: "high", Impact: "high", Mitigation: "Keep the weekly prompt and monthly event; rotate facilitation; review monthly"},
		{ID: ids.next(), Risk: "The organizer burns out", Likelihood: "medium", Impact: "high", Mitigation: "Rotate roles; name a backup facilitator"},
	}
}

func num(v float64) *float64 { return &v }
