package planner

import (
	"strings"
	"testing"
)

func TestSummarizeRecruitment(t *testing.T) {
	today := d("2026-03-20")
	vet := func(c Candidate) Candidate { c.Experience = Veteran; return c }
	lead := func(c Candidate) Candidate { c.WillingToLead = true; return c }
	invited := func(on string) Candidate {
		return Candidate{Status: Invited, History: []StatusEntry{{Prospect, d("2026-03-01")}, {Invited, d(on)}}}
	}
	tests := []struct {
		name     string
		status   Status
		cs       []Candidate
		core     int
		leaders  int
		waiting  int
		wait     int
		warnings []string // substrings, in order
	}{
		{"empty", StatusPlanning, nil, 0, 0, 0, 0, nil},
		{"healthy", StatusPlanning, []Candidate{
			vet(lead(Candidate{Status: Accepted})), lead(Candidate{Status: Joined}),
			{Status: Accepted, Experience: Newcomer}, invited("2026-03-05"), invited("2026-03-15"),
		}, 3, 2, 2, 15, nil},
		{"no veteran, one leader", StatusPlanning, []Candidate{
			lead(Candidate{Status: Accepted}), {Status: Joined}, vet(Candidate{Status: Declined}),
		}, 2, 1, 0, 0, []string{"No veteran", "1 of the core group is willing to lead"}},
		{"too big before launch", StatusPlanning, append(candidates(repeat(Joined, 11)...), vet(lead(Candidate{Status: Joined})), lead(Candidate{Status: Joined})),
			13, 2, 0, 0, []string{"13 members, over 10 before launch: quality over quantity"}},
		{"big after launch", StatusLaunched, append(candidates(repeat(Joined, 11)...), vet(lead(Candidate{Status: Joined})), lead(Candidate{Status: Joined})),
			13, 2, 0, 0, nil},
		{"invited without history", StatusPlanning, []Candidate{vet(lead(Candidate{Status: Invited})), lead(Candidate{Status: Accepted}), lead(Candidate{Status: Accepted})},
			2, 2, 1, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := SummarizeRecruitment(&Plan{Status: tt.status, Candidates: tt.cs}, today)
			if s.Core != tt.core || s.Leaders != tt.leaders || s.Waiting != tt.waiting || s.LongestWaitDays != tt.wait {
				t.Errorf("core %d leaders %d waiting %d wait %d; want %d %d %d %d", s.Core, s.Leaders, s.Waiting, s.LongestWaitDays, tt.core, tt.leaders, tt.waiting, tt.wait)
			}
			if len(s.Warnings) != len(tt.warnings) {
				t.Fatalf("warnings %q, want %q", s.Warnings, tt.warnings)
			}
			for i, w := range tt.warnings {
				if !strings.Contains(s.Warnings[i].String(), w) {
					t.Errorf("warning %q lacks %q", s.Warnings[i], w)
				}
			}
			total := 0
			for _, st := range CandidateStatuses {
				n, ok := s.ByStatus[st]
				if !ok {
					t.Errorf("ByStatus lacks %s", st)
				}
				total += n
			}
			if total != len(tt.cs) {
				t.Errorf("ByStatus sums to %d of %d", total, len(tt.cs))
			}
		})
	}
	s := SummarizeRecruitment(nil, today)
	if s.ByStatus == nil || s.Experience == nil || s.Activity == nil || len(s.Warnings) != 0 {
		t.Errorf("nil plan: %+v", s)
	}
}

func TestRecruitMixLeavesOutDeclined(t *testing.T) {
	p := &Plan{Candidates: []Candidate{
		{Status: Accepted, Experience: Newcomer, Activity: ActivityHigh},
		{Status: Declined, Experience: Veteran, Activity: ActivityLow},
		{Status: Prospect},
	}}
	s := SummarizeRecruitment(p, d("2026-01-01"))
	equal(t, "experience", s.Experience, map[Experience]int{Newcomer: 1})
	equal(t, "activity", s.Activity, map[Activity]int{ActivityHigh: 1})
}

func TestNormalizeAndDuplicates(t *testing.T) {
	for in, want := range map[string]string{
		"  Ana@Example.COM ":                      "ana@example.com",
		"mailto:ana@example.com":                  "ana@example.com",
		"https://www.linkedin.com/in/ana/":        "linkedin.com/in/ana",
		"http://linkedin.com/in/ana?utm_source=x": "linkedin.com/in/ana",
		"@AnaEdits":      "@anaedits",
		"":               "",
		"Zoë@Exämple.de": "zoë@exämple.de",
	} {
		if got := NormalizeContact(in); got != want {
			t.Errorf("NormalizeContact(%q) = %q, want %q", in, got, want)
		}
	}
	cs := []Candidate{
		{ID: 1, Contact: "ana@example.com"},
		{ID: 2, Contact: "ANA@example.com "},
		{ID: 3, Contact: "https://linkedin.com/in/bo"},
		{ID: 4, Contact: "linkedin.com/in/bo/"},
		{ID: 5, Contact: ""},
		{ID: 6, Contact: ""},
		{ID: 7, Contact: "cy@example.com"},
	}
	equal(t, "duplicates", DuplicateContacts(cs), map[string][]int64{
		"ana@example.com":    {1, 2},
		"linkedin.com/in/bo": {3, 4},
	})
	if len(DuplicateContacts(nil)) != 0 {
		t.Error("duplicates in nothing")
	}
}

func TestSetCandidateStatus(t *testing.T) {
	var c Candidate
	SetCandidateStatus(&c, Prospect, d("2026-01-01"))
	SetCandidateStatus(&c, Invited, d("2026-01-05"))
	SetCandidateStatus(&c, Invited, d("2026-01-06")) // no change: not recorded
	SetCandidateStatus(&c, Accepted, d("2026-01-09"))
	equal(t, "history", c.History, []StatusEntry{{Prospect, d("2026-01-01")}, {Invited, d("2026-01-05")}, {Accepted, d("2026-01-09")}})
	if c.Status != Accepted {
		t.Errorf("status %s", c.Status)
	}
	SetCandidateStatus(nil, Joined, Date{}) // must not panic
}

func TestCandidatesFromResponses(t *testing.T) {
	p := &Plan{Survey: testSurvey()}
	p.Survey.Responses = []Response{
		{ID: 1, Respondent: "Ana", Email: "ana@example.com", Answers: []Answer{{QuestionID: 2, Text: "9"}}},
		{ID: 2, Respondent: "Bo", Email: "BO@example.com"}, // already a candidate by contact
		{ID: 3, Email: "cy@example.com", Answers: []Answer{{QuestionID: 2, Text: "2"}}},
		{ID: 4}, // anonymous
		{ID: 5, Respondent: "Ana again", Email: "ana@example.com"}, // duplicate within the batch
		{ID: 6, Respondent: "Dée"},                                 // name only, new
		{ID: 7, Respondent: "dee"},                                 // same name folded
		{ID: 8, Respondent: "Eve", Email: "eve@example.com"},       // already linked by response
	}
	p.Candidates = []Candidate{
		{ID: 10, Name: "Bo", Contact: "bo@example.com"},
		{ID: 11, Name: "Eve (old)", ResponseID: 8},
	}
	on := d("2026-02-02")
	got := CandidatesFromResponses(p, on)
	names := []string{}
	for _, c := range got {
		names = append(names, c.Name)
		if c.ID != 0 || c.ResponseID == 0 || c.Source != SourceSurvey || c.Status != Prospect || len(c.History) != 1 || c.History[0].On != on {
			t.Errorf("candidate %+v", c)
		}
	}
	equal(t, "names", names, []string{"Ana", "cy", "Dée"})
	if got[0].Experience != Veteran || got[1].Experience != Newcomer || got[2].Experience != "" {
		t.Errorf("experience %s %s %q", got[0].Experience, got[1].Experience, got[2].Experience)
	}
	if got[0].Channel != ChannelEmail || got[2].Channel != "" {
		t.Errorf("channels %q %q", got[0].Channel, got[2].Channel)
	}
	if CandidatesFromResponses(nil, on) != nil {
		t.Error("nil plan")
	}
	equal(t, "note", got[0].Notes, "From the domain survey")
	// The note is text of the plan: in the plan's language.
	p.Lang = "es"
	equal(t, "Spanish note", CandidatesFromResponses(p, on)[0].Notes, "De la encuesta sobre el dominio")
}

func TestInvitees(t *testing.T) {
	p := &Plan{Candidates: candidates(Prospect, Accepted, Declined, Joined, Invited)}
	got := Invitees(p)
	if len(got) != 2 || got[0].Status != Accepted || got[1].Status != Joined {
		t.Errorf("invitees %+v", got)
	}
	if Invitees(nil) != nil || Invitees(&Plan{}) != nil {
		t.Error("invitees of nothing")
	}
}
