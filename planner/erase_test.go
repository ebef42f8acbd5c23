package planner

import (
	"strings"
	"testing"
	"time"
)

func TestErasureLines(t *testing.T) {
	p := &Plan{
		Candidates: []Candidate{
			{ID: 1, Name: "Maya Patel", Contact: "maya@example.com", ResponseID: 10},
			{ID: 2, Name: "Li Wei", Contact: "li@example.com"},
		},
		Survey: Survey{Responses: []Response{
			{ID: 10, Respondent: "Maya Patel", Email: "maya@example.com", SubmittedAt: time.Date(2023, 6, 1, 9, 0, 0, 0, time.UTC)},
			{ID: 11, Respondent: "Maya", Email: "MAYA@example.com"},
			{ID: 12, Respondent: "Li", Email: "li@example.com"},
			{ID: 13, Respondent: "Anon"},
		}},
		Charter: Charter{Roles: []Role{{Name: "Facilitator", HolderIDs: []int64{2, 1}}}},
		Event:   Event{AttendeeIDs: []int64{1}, Agenda: []AgendaItem{{Owner: "Maya Patel"}}},
		Reviews: []Review{{Actions: []Action{{Owner: "Maya Patel"}}, Stories: []Story{{Member: "Maya Patel"}, {Member: "Li Wei"}}}},
	}
	e := ErasureOfResponse(p, 11) // by email, not by link
	want := []string{
		"the candidate “Maya Patel” <maya@example.com>, with their status history",
		"the survey response of “Maya Patel” <maya@example.com>, submitted 1 June 2023",
		"the survey response of “Maya” <MAYA@example.com>",
		"their place as “Facilitator” in the charter's roles",
		"their attendance at the launch event",
		"1 member story told under their name",
		"their name as owner of 2 actions and agenda items (the items stay)",
	}
	if got := e.Lines(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if e := ErasureOfResponse(p, 13); e.Linked() || len(e.Lines()) != 1 {
		t.Errorf("an anonymous response: %+v %q", e, e.Lines())
	}
	if e := ErasureOfCandidate(p, 2); len(e.Responses) != 1 || e.Responses[0].ID != 12 || e.Attended || e.Stories != 1 {
		t.Errorf("Li's erasure: %+v", e)
	}
	if e := ErasureOfCandidate(p, 99); len(e.Lines()) != 0 {
		t.Errorf("unknown candidate: %q", e.Lines())
	}
}
