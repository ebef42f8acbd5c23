package planner

// The words of the success factors live in the catalogues ("factor.facilitation.name",
// ".description", ".advice"); the methods below give the English ones.

// String returns the success factor's name, e.g. "Strong facilitation".
func (f SuccessFactor) String() string {
	if f.Key() == "" {
		return "Unknown factor"
	}
	return english.T("factor." + f.Key() + ".name")
}

// Description returns a one-line description of what the success factor means.
func (f SuccessFactor) Description() string {
	if f.Key() == "" {
		return ""
	}
	return english.T("factor." + f.Key() + ".description")
}

// Advice returns what to do when the success factor scores low.
func (f SuccessFactor) Advice() string {
	if f.Key() == "" {
		return ""
	}
	return english.T("factor." + f.Key() + ".advice")
}

// Key is the success factor's stable name, as catalogue keys ("factor.facilitation.name") and
// the reviews CSV's columns ("factor_facilitation") spell it; "" for an unknown factor.
func (f SuccessFactor) Key() string {
	if f >= 0 && f < NumFactors {
		return factorKeys[f]
	}
	return ""
}

var factorKeys = [NumFactors]string{
	FactorFacilitation: "facilitation",
	FactorEvents:       "events",
	FactorDiversity:    "diversity",
	FactorModeration:   "moderation",
	FactorValue:        "value",
	FactorFeedback:     "feedback",
	FactorRecognition:  "recognition",
	FactorTech:         "tech",
}
