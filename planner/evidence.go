package planner

// Evidence is what the community's own files say about its month: the sessions held (from
// meeting attendance reports) and members' activity on its platform (from the platform's
// exports). Only names, email addresses and counted figures are kept: never IP addresses,
// user agents or other columns, and never the files themselves.

// DefaultMinAttendMinutes is the time in a session under which a person is marked as
// dropping in rather than attending, and not counted.
const DefaultMinAttendMinutes = 5

// Person is someone named in a report: a display name and, when the report has one, an email
// address.
type Person struct {
	Name  string
	Email string
}

// Attendee is one person's attendance of a session, rejoins merged.
type Attendee struct {
	Person
	Minutes   int  // time attended, rounded to the minute; -1 when the report gives no time
	Joins     int  // how many times the person joined (1 without rejoins)
	Organizer bool // the meeting's organizer or host: marked, not counted
	Guest     bool // the report marks the person as a guest or external
	// CandidateID is the plan member the person was matched to; 0 when unmatched.
	CandidateID int64
}

// Counted reports whether the attendee counts as attending: not the organizer, and present
// at least min minutes (DefaultMinAttendMinutes when min is 0) or of unknown time.
func (a Attendee) Counted(min int) bool {
	if min <= 0 {
		min = DefaultMinAttendMinutes
	}
	return !a.Organizer && (a.Minutes < 0 || a.Minutes >= min)
}

// Session is one meeting of the community, read from its attendance report.
type Session struct {
	ID      int64
	Date    Date
	Title   string
	Source  string // the report's format, e.g. "Teams attendance report"
	Minutes int    // the meeting's length; 0 when the report does not say
	// PracticeID is the charter practice (cadence item) the session belongs to; 0 when none.
	PracticeID int64
	Attendees  []Attendee
}

// MemberActivity is one person's activity on the platform over an export's period.
type MemberActivity struct {
	Person
	// Days are the dates the person was active, when the export gives them (a generic
	// "member, date" file); nil when the export gives only totals.
	Days       []Date
	DaysActive int  // days active over the period (len(Days) when Days are given)
	Messages   int  // messages or posts over the period; -1 when the export does not say
	LastActive Date // the last day active, when known
	Joined     Date // when the person joined the platform, when the export says
	Left       Date // when the person's account was deactivated, when the export says
	// CandidateID is the plan member the person was matched to; 0 when unmatched.
	CandidateID int64
}

// WeekCount is a platform's own count of weekly active members on a day (Slack's overview).
type WeekCount struct {
	Date   Date
	Active int
}

// ActivityExport is a platform's member activity export over a period.
type ActivityExport struct {
	ID       int64
	Source   string // e.g. "Slack member analytics"
	From, To Date   // the period the figures cover
	Members  []MemberActivity
	Weekly   []WeekCount
	// Estimate is set when the export holds only totals for its period (days active, last
	// active), so week-by-week figures computed from it are estimates; Reason says why and
	// which export gives the exact figure.
	Estimate bool
	Reason   string
}

// MatchAction is what was decided about a person a report names and the plan does not.
type MatchAction string

// The decisions about an unmatched person.
const (
	// MatchMember: the person is the plan member CandidateID.
	MatchMember MatchAction = "member"
	// MatchNotMember: the person is not a member (a guest speaker, a colleague, a bot).
	MatchNotMember MatchAction = "not-member"
	// MatchAdded: the person was added to the plan as a new member (CandidateID).
	MatchAdded MatchAction = "added"
)

// MatchDecision is a remembered decision about a person, applied on every later import.
type MatchDecision struct {
	ID          int64
	Key         string // the person's match key (see PersonKey)
	Name, Email string // as first seen, for the list of decisions
	Action      MatchAction
	CandidateID int64
}
