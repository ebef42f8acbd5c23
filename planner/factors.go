package planner

// String returns the success factor's name, e.g. "Strong facilitation".
func (f SuccessFactor) String() string {
	if f >= 0 && f < NumFactors {
		return factorInfo[f].name
	}
	return "Unknown factor"
}

// Description returns a one-line description of what the success factor means.
func (f SuccessFactor) Description() string {
	if f >= 0 && f < NumFactors {
		return factorInfo[f].desc
	}
	return ""
}

// Advice returns what to do when the success factor scores low.
func (f SuccessFactor) Advice() string {
	if f >= 0 && f < NumFactors {
		return factorInfo[f].advice
	}
	return ""
}

// Key is the success factor's stable name, as catalogue keys ("factor.facilitation.name") and
// the reviews CSV's columns ("factor_facilitation") spell it; "" for an unknown factor.
func (f SuccessFactor) Key() string {
	if f >= 0 && f < NumFactors {
		return factorInfo[f].key
	}
	return ""
}

var factorInfo = [NumFactors]struct{ key, name, desc, advice string }{
	FactorFacilitation: {"facilitation", "Strong facilitation",
		"Someone keeps conversations going, and the role rotates so nobody burns out",
		"Name a backup facilitator and rotate the role"},
	FactorEvents: {"events", "Regular events",
		"Monthly themed AMAs or workshops give members a reason to show up",
		"Put a monthly themed AMA or workshop on the calendar"},
	FactorDiversity: {"diversity", "Diverse membership",
		"Newcomers and veterans mix, so questions meet experience",
		"Invite a few veterans and pair them with newcomers"},
	FactorModeration: {"moderation", "Active moderation",
		"Moderators pin key resources weekly and keep the space on topic and kind",
		"Pin the week's key resources and answer unanswered posts"},
	FactorValue: {"value", "Clear value proposition",
		"Members can say in one sentence what they get from the community",
		"Restate the community's value in one sentence and pin it"},
	FactorFeedback: {"feedback", "Feedback loops",
		"A short poll after every session, and members see their feedback acted on",
		"Send a two-question poll right after every session and report back what changed"},
	FactorRecognition: {"recognition", "Recognition",
		"Shout-outs for top shares and helpful answers",
		"Give weekly shout-outs for the best shares"},
	FactorTech: {"tech", "Scalable tech",
		"The platform fits the community's size and needs, with a plan to migrate as it grows",
		"Check the platform still fits and plan a migration if it does not"},
}
