// Package planner is the domain of CoP Launch Planner: a plan for launching a Community of
// Practice in five steps, and the rules that derive figures, checks and advice from it.
// It uses the standard library only; storage, files and the GUI live elsewhere.
package planner

import "time"

// Status is where a plan is in its life.
type Status string

// Plan statuses.
const (
	StatusPlanning Status = "planning"
	StatusLaunched Status = "launched"
	StatusActive   Status = "active"
	StatusArchived Status = "archived"
)

// Statuses lists the plan statuses in order.
var Statuses = []Status{StatusPlanning, StatusLaunched, StatusActive, StatusArchived}

// Plan is one Community of Practice launch plan: metadata plus the content of the five steps.
//
// IDs of list items are assigned by the store. A plan built in memory (template, fixture,
// plan file) may use any distinct positive IDs; references between items (role holders,
// goal themes, answers' questions…) use the same IDs and the store remaps them on create.
type Plan struct {
	ID         int64
	Name       string
	Client     string // client organisation
	PreparedBy string // consultant or organizer
	Audience   string // who the community is for, free text
	Template   string // key of the template the plan started from, "" for blank
	Status     Status
	Created    time.Time
	Updated    time.Time

	// AccentColor is the exports' accent colour as "#RRGGBB"; "" means the default.
	AccentColor string
	// Logo is an optional client logo (PNG or JPEG bytes) for the exports' cover.
	Logo []byte

	// ClientID refers to the client preset the plan was made for; 0 when none.
	ClientID int64
	// ClientPreset is that client as loaded with the plan (nil when none). Client,
	// PreparedBy, AccentColor, Logo, Lang and Paper left empty take its values: see EffectiveBranding.
	ClientPreset *Client
	// Lang is the exports' language code (see ExportLangs); "" follows the client.
	Lang string
	// Paper is the PDFs' paper size; "" follows the client.
	Paper Paper

	// Step 1.
	Domain  string // the domain statement
	Survey  Survey
	Goals   []Goal
	Sponsor Sponsor

	// Step 2.
	Candidates []Candidate
	Invites    []InviteTemplate

	// Step 3.
	Charter Charter

	// Step 4.
	Event Event

	// Step 5.
	ReviewEvery   Frequency // review cadence, monthly by default
	HealthWeights HealthWeights
	Stage         Stage // lifecycle stage self-check
	Reviews       []Review

	// Evidence of the reviews: sessions read from attendance reports, platform activity
	// exports, and the remembered decisions about people they name (see evidence.go).
	Sessions []Session
	Activity []ActivityExport
	Matches  []MatchDecision
	// MinAttendMinutes is the time in a session under which a person is not counted as
	// attending; 0 means DefaultMinAttendMinutes.
	MinAttendMinutes int
}

// ---- Step 1: domain survey ----

// QuestionKind is how a survey question is answered.
type QuestionKind string

// Question kinds.
const (
	KindText   QuestionKind = "text"
	KindScale  QuestionKind = "scale"  // a whole point on the question's Range
	KindSingle QuestionKind = "single" // one of Options
	KindMulti  QuestionKind = "multi"  // any of Options
	KindNumber QuestionKind = "number" // a number that is not a rating (an age, hours a week)
)

// QuestionKinds lists the question kinds in display order.
var QuestionKinds = []QuestionKind{KindText, KindScale, KindSingle, KindMulti, KindNumber}

// QuestionRole marks a question whose answers a rule reads.
type QuestionRole string

// Question roles.
const (
	RoleNone     QuestionRole = ""
	RolePain     QuestionRole = "pain"     // biggest pain: open text, tagged into themes
	RoleSkill    QuestionRole = "skill"    // current skill self-rating on a scale: the baseline
	RolePlatform QuestionRole = "platform" // preferred platform
	RoleCadence  QuestionRole = "cadence"  // preferred cadence or availability
	RoleAbout    QuestionRole = "about"    // about the respondent (team, location, role): never tagged into themes
)

// Survey is step 1's questionnaire, its responses and the pain themes.
type Survey struct {
	Questions []Question
	Responses []Response
	Themes    []Theme
	// Closed is set when the organizer closes the survey with fewer than the target responses.
	Closed bool
	// TargetMin and TargetMax are the respondent target (10–20 by default).
	TargetMin int
	TargetMax int
}

// Question is one survey question.
type Question struct {
	ID      int64
	Kind    QuestionKind
	Title   string
	Help    string
	Options []string // choices for single and multi, in the order they are shown
	Role    QuestionRole
	// Scale is a scale question's range; the zero Scale reads as DefaultScale (see Range).
	Scale Scale
	// Grid is the title of the grid (matrix) this question is a row of, "" when it stands
	// alone: the rows of one grid share it, and their Titles are the row labels.
	Grid string
}

// Response is one respondent's answers.
type Response struct {
	ID          int64
	Respondent  string // name, may be empty
	Email       string
	SubmittedAt time.Time
	// Source says where the response came from: "manual", "csv" (a generic file), or the
	// survey tool: "google-forms", "microsoft-forms", "surveymonkey", "typeform", "jotform",
	// "tally".
	Source string
	// Key identifies an imported row so that importing the same file again adds nothing.
	Key     string
	Answers []Answer
}

// TagState is how a theme tag on an answer came about.
type TagState string

// Tag states. A rejected tag is an automatic match the organizer removed by hand: it is kept
// so that re-tagging does not bring it back, and it does not count.
const (
	TagAuto     TagState = "auto"
	TagManual   TagState = "manual"
	TagRejected TagState = "rejected"
)

// Tag links an answer to a theme.
type Tag struct {
	ThemeID int64
	State   TagState
}

// Answer is a response's answer to one question.
type Answer struct {
	QuestionID int64
	Text       string   // open text, the scale number, or the single choice
	Choices    []string // multi-choice answers
	Tags       []Tag    // theme tags of open-text answers
}

// Theme is a pain-point theme: answers containing any keyword are tagged with it.
type Theme struct {
	ID       int64
	Label    string
	Keywords []string
}

// Goal is a measurable goal of the community (step 1), e.g. "double engagement rate:
// 2% → 4% by 2026-06-30".
type Goal struct {
	ID       int64
	Title    string
	Metric   string   // what is measured, e.g. "engagement rate"
	Unit     string   // e.g. "%"
	Baseline *float64 // nil when unknown
	Target   *float64 // nil when unset
	Due      Date
	ThemeIDs []int64 // themes the goal answers
	Smart    SmartAnswers
}

// SmartAnswers are the organizer's yes/no answers to the SMART questions of a goal.
type SmartAnswers struct {
	Specific   bool
	Measurable bool
	Achievable bool
	Relevant   bool
	TimeBound  bool
}

// Sponsor is who backs the community and what they expect (optional).
type Sponsor struct {
	Name         string
	Role         string
	Expectations string
}

// ---- Step 2: recruitment ----

// Channel is how a candidate is reached.
type Channel string

// Channels.
const (
	ChannelX        Channel = "x"
	ChannelLinkedIn Channel = "linkedin"
	ChannelDiscord  Channel = "discord"
	ChannelEmail    Channel = "email"
	ChannelDM       Channel = "dm"
	ChannelInPerson Channel = "in-person"
	ChannelOther    Channel = "other"
)

// Channels lists the channels in display order.
var Channels = []Channel{ChannelX, ChannelLinkedIn, ChannelDiscord, ChannelEmail, ChannelDM, ChannelInPerson, ChannelOther}

// Source is where a candidate was found.
type Source string

// Sources.
const (
	SourceNetwork  Source = "own-network"
	SourceSurvey   Source = "survey"
	SourceReferral Source = "referral"
)

// Sources lists the sources in display order.
var Sources = []Source{SourceNetwork, SourceSurvey, SourceReferral}

// Experience is a candidate's level in the craft.
type Experience string

// Experience levels.
const (
	Newcomer     Experience = "newcomer"
	Practitioner Experience = "practitioner"
	Veteran      Experience = "veteran"
)

// Experiences lists the levels in order.
var Experiences = []Experience{Newcomer, Practitioner, Veteran}

// Activity is how active a candidate is where they are found.
type Activity string

// Activity levels.
const (
	ActivityLow    Activity = "low"
	ActivityMedium Activity = "medium"
	ActivityHigh   Activity = "high"
)

// Activities lists the levels in order.
var Activities = []Activity{ActivityLow, ActivityMedium, ActivityHigh}

// CandidateStatus is where a candidate is in recruitment.
type CandidateStatus string

// Candidate statuses: prospect → invited → accepted / declined → joined.
const (
	Prospect CandidateStatus = "prospect"
	Invited  CandidateStatus = "invited"
	Accepted CandidateStatus = "accepted"
	Declined CandidateStatus = "declined"
	Joined   CandidateStatus = "joined"
)

// CandidateStatuses lists the statuses in order.
var CandidateStatuses = []CandidateStatus{Prospect, Invited, Accepted, Declined, Joined}

// StatusEntry records when a candidate reached a status.
type StatusEntry struct {
	Status CandidateStatus
	On     Date
}

// Candidate is a potential core member.
type Candidate struct {
	ID            int64
	Name          string
	Handle        string
	Contact       string // email or URL
	Channel       Channel
	Source        Source
	Experience    Experience
	Activity      Activity
	RoleInterest  string
	WillingToLead bool
	Status        CandidateStatus
	History       []StatusEntry
	Notes         string
	// ResponseID links a candidate added from a survey response; 0 otherwise.
	ResponseID int64
}

// InviteTemplate is the invitation text for a channel, with {name}, {community}, {domain}
// and {event_date} placeholders.
type InviteTemplate struct {
	// ID is assigned by the store (added for the store's per-item Put, DeleteItem and Reorder).
	ID      int64
	Channel Channel
	Text    string
}

// ---- Step 3: charter ----

// JoinMode is how people join the community.
type JoinMode string

// Join modes.
const (
	JoinOpen        JoinMode = "open"
	JoinInvite      JoinMode = "invite"
	JoinApplication JoinMode = "application"
)

// JoinModes lists the join modes.
var JoinModes = []JoinMode{JoinOpen, JoinInvite, JoinApplication}

// Frequency is how often a practice recurs.
type Frequency string

// Frequencies.
const (
	Weekly    Frequency = "weekly"
	Biweekly  Frequency = "biweekly"
	Monthly   Frequency = "monthly"
	Quarterly Frequency = "quarterly"
)

// Frequencies lists the frequencies in order.
var Frequencies = []Frequency{Weekly, Biweekly, Monthly, Quarterly}

// Charter is step 3: the community's founding document.
type Charter struct {
	Name        string // community name
	Purpose     string
	ScopeIn     string
	ScopeOut    string
	WhoMayJoin  string
	JoinMode    JoinMode
	MixNote     string // the intended newcomer–veteran mix
	Roles       []Role
	RotationOn  Date // when the rotation schedule starts
	Norms       []Norm
	Conflicts   string // how conflicts are handled
	Decisions   string // how decisions are made
	Cadence     []CadenceItem
	Platform    Platform
	PlatformWhy string
	// Needs are what the community needs from its platform, as the organizer set them; the
	// platform recommendation reads them. Until NeedsStated is set they are not used: the
	// recommendation guesses the needs from the plan's text (NeedsFromPlan) and says so.
	Needs       PlatformNeeds
	NeedsStated bool
	// CadenceWhy says where the cadence came from, e.g. the survey's answers.
	CadenceWhy string
	Tools      []Tool
	TimeZone   string // IANA zone of the community's events, e.g. "Europe/Berlin"

	// Success measures (percentages).
	TargetWeeklyActive float64 // default 30
	TargetPollResponse float64 // default 40
	TargetSkillGain    float64 // % of the skill scale gained over the baseline; default DefaultTargetSkillGain (20)

	// Growth rules.
	MemberLedAt   int // go member-led at this many members (default 50)
	SubgroupsOver int // split into sub-groups above this many members (default 50)

	Risks       []Risk
	Assumptions string
	Versions    []CharterVersion
	ReviewOn    Date // next review of the norms (at least yearly)
	SignOffs    []SignOff
}

// Role is a community role and who holds it.
type Role struct {
	ID               int64
	Name             string
	Responsibilities string
	HolderIDs        []int64 // candidates, in rotation order
	RotationWeeks    int     // 0: no rotation
}

// Norm is one community norm.
type Norm struct {
	ID   int64
	Text string
}

// CadenceItem is a recurring practice such as a weekly share thread or a monthly AMA.
type CadenceItem struct {
	ID        int64
	Practice  string
	Frequency Frequency
	Weekday   time.Weekday
	// Week is the week of the month for monthly and quarterly practices: 1–4, or -1 for the last.
	Week        int
	Time        string // local start "HH:MM"
	DurationMin int
}

// Platform is one of the community platforms the app knows.
type Platform string

// Platforms.
const (
	PlatformNone   Platform = ""
	Discord        Platform = "discord"
	Slack          Platform = "slack"
	LinkedInGroups Platform = "linkedin-groups"
	Circle         Platform = "circle"
	MightyNetworks Platform = "mighty-networks"
	PlatformOther  Platform = "other"
)

// Platforms lists the five known platforms.
var Platforms = []Platform{Discord, Slack, LinkedInGroups, Circle, MightyNetworks}

// Tool is a tool the community uses besides its platform.
type Tool struct {
	ID      int64
	Name    string
	Purpose string
}

// Risk is a risk to the community and its mitigation.
type Risk struct {
	ID         int64
	Risk       string
	Likelihood string // low / medium / high
	Impact     string // low / medium / high
	Mitigation string
}

// CharterVersion is one entry of the charter's version history: an issued version, which froze
// every section of the charter (see IssueVersion), or, from plans made before versions were
// issued, a typed note with no snapshot.
type CharterVersion struct {
	ID      int64
	Version string
	On      Date
	Author  string
	Changes string // the author's note on what changed
	// Snapshot is the charter as issued; empty for a typed note.
	Snapshot Snapshot
}

// SignOff is one signature line of the charter.
type SignOff struct {
	ID   int64
	Name string
	Role string
	On   Date
	// VersionID is the issued version signed (a CharterVersion's ID); 0 when the signature
	// names no version.
	VersionID int64
}

// ---- Step 4: launch event ----

// EventFormat is the launch event's kind.
type EventFormat string

// Event formats.
const (
	FormatAMA      EventFormat = "ama"
	FormatWorkshop EventFormat = "workshop"
	FormatVoice    EventFormat = "live-voice"
	FormatOther    EventFormat = "other"
)

// EventFormats lists the formats.
var EventFormats = []EventFormat{FormatAMA, FormatWorkshop, FormatVoice, FormatOther}

// Event is step 4: the launch event.
type Event struct {
	Format      EventFormat
	Title       string
	Description string
	Date        Date
	Time        string // local start "HH:MM"
	TimeZone    string // IANA zone
	DurationMin int
	Platform    string
	Link        string
	// ScheduleWhy says where the date and time came from, e.g. the survey and the charter.
	ScheduleWhy string
	Host        string
	CoHosts     string
	Recording   bool // a recording is planned for async viewers
	// HolidayCountry is the calendar code of the country whose public holidays the suggested
	// date avoids, as the organizer set it ("FR", "AU-NSW"; see planner/holidays); "" takes
	// the country of the event's time zone.
	HolidayCountry string

	Agenda    []AgendaItem
	Checklist []ChecklistItem

	// After the event.
	AttendeeIDs   []int64 // candidates who attended
	Attendance    int     // head count, including people who are not candidates
	RecordingLink string
	Outcomes      string
}

// AgendaItem is one item of the run of show.
type AgendaItem struct {
	ID      int64
	Title   string
	Minutes int
	Owner   string
	Notes   string
}

// ChecklistItem is a task due a number of days before (negative) or after the event.
type ChecklistItem struct {
	ID         int64
	Task       string
	OffsetDays int
	Done       bool
}

// ---- Step 5: iteration reviews ----

// SuccessFactor is one of the eight success factors scored in every review.
type SuccessFactor int

// The eight success factors.
const (
	FactorFacilitation SuccessFactor = iota
	FactorEvents
	FactorDiversity
	FactorModeration
	FactorValue
	FactorFeedback
	FactorRecognition
	FactorTech
	NumFactors
)

// ValueCycle is the kind of value a member story shows.
type ValueCycle string

// Value cycles.
const (
	CycleImmediate ValueCycle = "immediate"
	CyclePotential ValueCycle = "potential"
	CycleApplied   ValueCycle = "applied"
	CycleRealized  ValueCycle = "realized"
	CycleReframing ValueCycle = "reframing"
)

// ValueCycles lists the cycles in order.
var ValueCycles = []ValueCycle{CycleImmediate, CyclePotential, CycleApplied, CycleRealized, CycleReframing}

// Review is one iteration review (monthly by default).
type Review struct {
	ID           int64
	Date         Date
	MembersTotal int
	WeeklyActive int
	NewMembers   int
	Left         int
	Posts        int
	Replies      int
	EventsHeld   int
	// PollAsked is how many members the last poll before the review was sent to, and
	// PollResponses how many of them answered it: poll response is their ratio. (Until plan
	// file version 2 these were polls sent and all answers to them; see MigratePollCounts.)
	PollAsked     int
	PollResponses int
	AvgSkill      float64 // average skill self-rating on the skill question's scale; 0 when not measured
	// FigureStates says, per Figure, whether each figure above was given (typed or filled
	// from evidence) or not: an empty figure is not 0. Read it through StateOf and Given,
	// and set figures with SetFigure.
	FigureStates [NumFigures]FigureState
	// Factors holds a 1–5 score per success factor; 0 means not scored.
	Factors    [NumFactors]int
	Worked     string
	Adjust     string
	GoalValues []GoalValue
	Actions    []Action
	Stories    []Story
}

// GoalValue is a goal's metric as measured at a review.
type GoalValue struct {
	GoalID int64
	Value  float64
}

// Action is something to do after a review.
type Action struct {
	ID    int64
	Text  string
	Owner string
	Due   Date
	Done  bool
}

// Story is a member value story: what a member learned and applied.
type Story struct {
	ID     int64
	Member string
	Story  string
	Cycle  ValueCycle
}

// Stage is a lifecycle stage of a community.
type Stage string

// Lifecycle stages.
const (
	StagePotential      Stage = "potential"
	StageCoalescing     Stage = "coalescing"
	StageMaturing       Stage = "maturing"
	StageStewardship    Stage = "stewardship"
	StageTransformation Stage = "transformation"
)

// Stages lists the lifecycle stages in order.
var Stages = []Stage{StagePotential, StageCoalescing, StageMaturing, StageStewardship, StageTransformation}

// HealthWeights are the adjustable weights of the health score. They need not sum to 1:
// the score divides by their sum.
type HealthWeights struct {
	WeeklyActive float64
	PollResponse float64
	SkillGain    float64
	Stories      float64
	Factors      float64
}

// PlanSummary is one row of the plan library.
type PlanSummary struct {
	ID       int64
	Name     string
	Client   string
	Domain   string
	Status   Status
	Step     Step // the first step not yet complete (StepExport when all are)
	Progress int  // steps complete out of 5
	Updated  time.Time
}
