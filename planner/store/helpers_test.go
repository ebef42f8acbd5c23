package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// testNow is the fixed clock of the tests.
var testNow = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

func fixedClock() func() time.Time { return func() time.Time { return testNow } }

// mustOpen opens a new library in a temp folder.
func mustOpen(tb testing.TB) *Store {
	tb.Helper()
	return mustOpenAt(tb, filepath.Join(tb.TempDir(), "lib", "library.db"), Options{Now: fixedClock()})
}

func mustOpenAt(tb testing.TB, path string, opt Options) *Store {
	tb.Helper()
	s, err := Open(context.Background(), path, opt)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func f64(v float64) *float64 { return &v }

// fullPlan builds a plan that fills every field of every type, with references between items
// by in-memory IDs that Create must remap.
func fullPlan(name string) *planner.Plan {
	d := planner.MustDate
	p := &planner.Plan{
		Name: name, Client: "Acme Studios", PreparedBy: "Zoë Consultant", Audience: "YouTube creators",
		Template: "content-creators", Status: planner.StatusLaunched,
		Created:     time.Date(2026, 1, 2, 3, 4, 5, 600, time.UTC),
		AccentColor: "#336699", Logo: []byte{0x89, 'P', 'N', 'G', 0, 1, 2},
		Domain:      "Growing small channels through better thumbnails",
		Sponsor:     planner.Sponsor{Name: "Ana", Role: "Head of community", Expectations: "Retention up"},
		ReviewEvery: planner.Monthly,
		HealthWeights: planner.HealthWeights{WeeklyActive: 0.3, PollResponse: 0.2, SkillGain: 0.2,
			Stories: 0.15, Factors: 0.15},
		Stage: planner.StageCoalescing,
	}
	p.Survey = planner.Survey{
		Closed: true, TargetMin: 10, TargetMax: 20,
		Questions: []planner.Question{
			{ID: 11, Kind: planner.KindText, Title: "Biggest pain?", Help: "One sentence", Role: planner.RolePain},
			{ID: 12, Kind: planner.KindScale, Title: "Skill 1–10", Role: planner.RoleSkill},
			{ID: 13, Kind: planner.KindMulti, Title: "Platforms", Options: []string{"Discord", "Slack", "Circle"}, Role: planner.RolePlatform},
			{ID: 14, Kind: planner.KindSingle, Title: "Cadence", Options: []string{"weekly", "monthly"}, Role: planner.RoleCadence},
		},
		Themes: []planner.Theme{
			{ID: 21, Label: "Thumbnails", Keywords: []string{"thumbnail", "click"}},
			{ID: 22, Label: "Burnout", Keywords: []string{"tired", "burn"}},
		},
	}
	for i := 0; i < 3; i++ {
		p.Survey.Responses = append(p.Survey.Responses, planner.Response{
			ID: int64(31 + i), Respondent: fmt.Sprintf("Resp %d", i), Email: fmt.Sprintf("r%d@example.com", i),
			SubmittedAt: time.Date(2026, 1, 10+i, 12, 0, 0, 123456789, time.UTC), Source: "google-forms",
			Key: fmt.Sprintf("key-%d", i),
			Answers: []planner.Answer{
				{QuestionID: 11, Text: "My thumbnails get no click, I am tired",
					Tags: []planner.Tag{{ThemeID: 21, State: planner.TagAuto}, {ThemeID: 22, State: planner.TagManual}}},
				{QuestionID: 12, Text: fmt.Sprint(4 + i)},
				{QuestionID: 13, Choices: []string{"Discord", "Circle"}},
				{QuestionID: 14, Text: "weekly"},
			},
		})
	}
	p.Goals = []planner.Goal{
		{ID: 41, Title: "Double engagement", Metric: "engagement rate", Unit: "%", Baseline: f64(2), Target: f64(4),
			Due: d("2026-06-30"), ThemeIDs: []int64{21, 22},
			Smart: planner.SmartAnswers{Specific: true, Measurable: true, Achievable: true, Relevant: true, TimeBound: true}},
		{ID: 42, Title: "Less burnout", Metric: "self-rated stress", Target: f64(3), Due: d("2026-09-30"),
			ThemeIDs: []int64{22}, Smart: planner.SmartAnswers{Specific: true}},
	}
	p.Candidates = []planner.Candidate{
		{ID: 51, Name: "Ben Veteran", Handle: "@ben", Contact: "R0@Example.com", Channel: planner.ChannelX,
			Source: planner.SourceSurvey, Experience: planner.Veteran, Activity: planner.ActivityHigh,
			RoleInterest: "facilitator", WillingToLead: true, Status: planner.Accepted,
			History: []planner.StatusEntry{{Status: planner.Invited, On: d("2026-01-20")}, {Status: planner.Accepted, On: d("2026-01-22")}},
			Notes:   "met at VidCon", ResponseID: 31},
		{ID: 52, Name: "Cleo Newcomer", Handle: "cleo#1234", Contact: "https://x.com/cleo", Channel: planner.ChannelDiscord,
			Source: planner.SourceNetwork, Experience: planner.Newcomer, Activity: planner.ActivityMedium,
			Status: planner.Joined, History: []planner.StatusEntry{{Status: planner.Joined, On: d("2026-02-01")}}},
		{ID: 53, Name: "Dan Practitioner", Contact: "dan@example.com", Channel: planner.ChannelEmail,
			Source: planner.SourceReferral, Experience: planner.Practitioner, Activity: planner.ActivityLow,
			Status: planner.Prospect},
	}
	p.Invites = []planner.InviteTemplate{
		{ID: 61, Channel: planner.ChannelX, Text: "Hi {name}, join {community}!"},
		{ID: 62, Channel: planner.ChannelEmail, Text: "Dear {name}, on {event_date}…"},
	}
	p.Charter = planner.Charter{
		Name: "Thumbnail Guild", Purpose: "Better thumbnails together", ScopeIn: "design", ScopeOut: "sponsorships",
		WhoMayJoin: "creators under 10k", JoinMode: planner.JoinInvite, MixNote: "2 veterans per 5 newcomers",
		Roles: []planner.Role{
			{ID: 71, Name: "Facilitator", Responsibilities: "runs threads", HolderIDs: []int64{51, 52}, RotationWeeks: 4},
			{ID: 72, Name: "Moderator", Responsibilities: "pins", HolderIDs: []int64{52}},
		},
		RotationOn: d("2026-03-02"),
		Norms:      []planner.Norm{{ID: 81, Text: "Share one thing weekly"}, {ID: 82, Text: "Be kind"}},
		Conflicts:  "private chat first", Decisions: "group vote",
		Cadence: []planner.CadenceItem{
			{ID: 91, Practice: "Share thread", Frequency: planner.Weekly, Weekday: time.Monday, Time: "18:00", DurationMin: 30},
			{ID: 92, Practice: "AMA", Frequency: planner.Monthly, Weekday: time.Thursday, Week: -1, Time: "19:00", DurationMin: 60},
		},
		Platform: planner.Discord, PlatformWhy: "voice", TimeZone: "Europe/Berlin",
		Needs: planner.PlatformNeeds{Size: 40, Voice: true, Privacy: true}, NeedsStated: true,
		CadenceWhy:         "From the survey: 7 of 12 respondents can take part weekly.",
		Tools:              []planner.Tool{{ID: 101, Name: "Figma", Purpose: "design"}},
		TargetWeeklyActive: 30, TargetPollResponse: 40, TargetSkillGain: 40, MemberLedAt: 50, SubgroupsOver: 60,
		Risks:       []planner.Risk{{ID: 111, Risk: "Low activity", Likelihood: "medium", Impact: "high", Mitigation: "AMAs"}},
		Assumptions: "people have time",
		Versions:    []planner.CharterVersion{{ID: 121, Version: "1.0", On: d("2026-02-10"), Author: "Zoë", Changes: "first"}},
		ReviewOn:    d("2027-02-10"),
		SignOffs:    []planner.SignOff{{ID: 131, Name: "Ana", Role: "sponsor", On: d("2026-02-11")}},
	}
	p.Event = planner.Event{
		Format: planner.FormatAMA, Title: "Launch AMA", Description: "Meet the guild", Date: d("2026-03-15"),
		Time: "18:00", TimeZone: "Europe/Berlin", DurationMin: 60, Platform: "Discord", Link: "https://discord.gg/x",
		ScheduleWhy: "Thursday 18:00, the charter's session time.",
		Host:        "Ben Veteran", CoHosts: "Cleo", Recording: true,
		HolidayCountry: "FR", // set by hand: France's holidays for a plan on Berlin time
		Agenda: []planner.AgendaItem{
			{ID: 141, Title: "Welcome", Minutes: 5, Owner: "Ben Veteran", Notes: "smile"},
			{ID: 142, Title: "Q&A", Minutes: 45, Owner: "Cleo Newcomer"},
			{ID: 143, Title: "Wrap", Minutes: 10, Owner: "Ben Veteran"},
		},
		Checklist: []planner.ChecklistItem{
			{ID: 151, Task: "Announce", OffsetDays: -14, Done: true},
			{ID: 152, Task: "Share recording", OffsetDays: 1},
		},
		AttendeeIDs: []int64{52, 51}, Attendance: 12, RecordingLink: "https://youtu.be/x", Outcomes: "good start",
	}
	p.Reviews = []planner.Review{
		{ID: 161, Date: d("2026-04-01"), MembersTotal: 12, WeeklyActive: 5, NewMembers: 3, Left: 1, Posts: 40,
			Replies: 90, EventsHeld: 2, PollAsked: 12, PollResponses: 6, AvgSkill: 5.5,
			Factors: [planner.NumFactors]int{1, 2, 3, 4, 5, 4, 3, 2}, Worked: "AMA", Adjust: "shorter polls",
			GoalValues: []planner.GoalValue{{GoalID: 41, Value: 2.5}, {GoalID: 42, Value: 6}},
			Actions:    []planner.Action{{ID: 171, Text: "Pin guide", Owner: "Ben Veteran", Due: d("2026-04-08"), Done: true}},
			Stories:    []planner.Story{{ID: 181, Member: "Ben Veteran", Story: "CTR up 2 points", Cycle: planner.CycleApplied}}},
		{ID: 162, Date: d("2026-05-01"), MembersTotal: 15, WeeklyActive: 6,
			Actions: []planner.Action{{ID: 172, Text: "Invite Dan", Owner: "Cleo Newcomer"}},
			Stories: []planner.Story{{ID: 182, Member: "Cleo Newcomer", Story: "first video", Cycle: planner.CycleImmediate}}},
	}
	p.MinAttendMinutes = 10
	p.Sessions = []planner.Session{
		{ID: 191, Date: d("2026-04-06"), Title: "Share call", Source: "Teams attendance report", Minutes: 31, PracticeID: 91,
			Attendees: []planner.Attendee{
				{Person: planner.Person{Name: "Cleo Newcomer", Email: "cleo@example.com"}, Minutes: 30, Joins: 2, CandidateID: 52},
				{Person: planner.Person{Name: "Ben Veteran", Email: "r0@example.com"}, Minutes: 25, Joins: 1, Organizer: true, CandidateID: 51},
				{Person: planner.Person{Name: "Guest Gil"}, Minutes: -1, Joins: 1, Guest: true},
			}},
		{ID: 192, Date: d("2026-04-30"), Source: "attendance list"},
	}
	p.Activity = []planner.ActivityExport{{ID: 201, Source: "Slack member analytics", From: d("2026-04-01"), To: d("2026-04-30"),
		Estimate: true, Reason: "totals only",
		Members: []planner.MemberActivity{
			{Person: planner.Person{Name: "Cleo", Email: "cleo@example.com"}, DaysActive: 4, Messages: 9,
				LastActive: d("2026-04-28"), Joined: d("2026-02-01"), CandidateID: 52},
			{Person: planner.Person{Name: "Dan"}, Days: []planner.Date{d("2026-04-02")}, DaysActive: 1, Messages: -1, Left: d("2026-04-20")},
		},
		Weekly: []planner.WeekCount{{Date: d("2026-04-07"), Active: 3}}}}
	p.Matches = []planner.MatchDecision{
		{ID: 211, Key: "name:gil guest", Name: "Guest Gil", Action: planner.MatchNotMember},
		{ID: 212, Key: "email:cleo@example.com", Name: "Cleo", Email: "cleo@example.com", Action: planner.MatchMember, CandidateID: 52},
	}
	return p
}

// requireEqual compares two plans and shows the first differing line of their JSON on failure.
func requireEqual(t *testing.T, want, got *planner.Plan) {
	t.Helper()
	if reflect.DeepEqual(want, got) {
		return
	}
	wj, _ := json.MarshalIndent(want, "", " ")
	gj, _ := json.MarshalIndent(got, "", " ")
	wl, gl := strings.Split(string(wj), "\n"), strings.Split(string(gj), "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			t.Fatalf("plans differ at JSON line %d:\nwant %s\ngot  %s", i, wl[i], gl[i])
		}
	}
	t.Fatalf("plans differ (JSON lines %d vs %d, or in a nil/empty slice):\nwant %#v\ngot  %#v", len(wl), len(gl), want, got)
}

func fileSum(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// count returns the number of rows of a query on the store's database.
func count(t *testing.T, s *Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// wantMode checks path's permission bits. Windows has no POSIX modes (a library there is
// protected by the per-user %AppData% folder, and Go reports every writable file as 0666), so
// there the check is logged as not made.
func wantMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Logf("mode of %s not checked: Windows has no POSIX file modes", filepath.Base(path))
		return
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Error(err)
		return
	}
	if got := fi.Mode().Perm(); got != want {
		t.Errorf("%s: mode %v, want %v", path, got, want)
	}
}
