package csvimport

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

func TestCandidateFiles(t *testing.T) {
	tests := []struct {
		file    string
		want    []planner.Candidate
		skipped []Skip
		notes   []Skip
		flagged []Duplicate
	}{
		{
			file: "candidates.csv",
			want: []planner.Candidate{
				{Name: "Ana Lima", Handle: "@analima", Contact: "ana@example.com", Channel: planner.ChannelEmail,
					Source: planner.SourceNetwork, Experience: planner.Veteran, Activity: planner.ActivityHigh,
					RoleInterest: "Moderator", WillingToLead: true, Status: planner.Accepted, Notes: "Met at the meetup"},
				{Name: "Ben Okoro", Contact: "https://www.linkedin.com/in/benokoro/", Channel: planner.ChannelLinkedIn,
					Source: planner.SourceReferral, Experience: planner.Practitioner, Activity: planner.ActivityMedium,
					RoleInterest: "Host", Status: planner.Invited},
				{Name: "Ana L.", Contact: "Ana@Example.com", Channel: planner.ChannelEmail, Source: planner.SourceSurvey,
					Experience: planner.Newcomer, Activity: planner.ActivityLow, Status: planner.Prospect,
					Notes: "Second entry,\nsame person?"},
				{Name: "Cleo", Handle: "@cleo", Contact: "cleo@example.com", Channel: planner.ChannelOther, Status: planner.Prospect},
				{Name: "Dan", Handle: "@dan", Contact: "https://twitter.com/dan", Channel: planner.ChannelX, Status: planner.Prospect},
			},
			skipped: []Skip{{Row: 6, Reason: "blank row"}, {Row: 8, Reason: "no name, handle or contact"}},
			notes: []Skip{
				{Row: 7, Reason: "channel “Mastodon”"}, {Row: 7, Reason: "source “conference”"}, {Row: 7, Reason: "experience “guru”"},
				{Row: 7, Reason: "activity “sometimes”"}, {Row: 7, Reason: "status “ghosted”"}, {Row: 7, Reason: "willing to lead “maybe”"},
				{Row: 4, Reason: "same contact as row 2 (ana@example.com)"},
			},
			flagged: []Duplicate{{Contact: "ana@example.com", Incoming: []int{0, 2}}},
		},
		{
			file: "candidates_export.csv",
			want: []planner.Candidate{
				{Name: "Eve", Handle: "@eve", Contact: "eve@example.com", Channel: planner.ChannelInPerson,
					Source: planner.SourceNetwork, Experience: planner.Veteran, Activity: planner.ActivityHigh,
					RoleInterest: "Facilitator", WillingToLead: true, Status: planner.Joined, Notes: "Founding member"},
				{Name: "Finn", Handle: "@finn", Contact: "https://discord.gg/finn", Channel: planner.ChannelDiscord,
					Source: planner.SourceSurvey, Experience: planner.Newcomer, Activity: planner.ActivityMedium,
					Status: planner.Declined},
			},
		},
		{
			file: "candidates_alias.csv",
			want: []planner.Candidate{
				{Name: "Gus", Contact: "gus@example.com", Channel: planner.ChannelEmail, Experience: planner.Veteran,
					RoleInterest: "Moderator", WillingToLead: true, Status: planner.Prospect},
			},
		},
		{
			// A survey export has a name and an email column: it reads, leaving the rest out.
			file: "generic.csv",
			want: []planner.Candidate{
				{Name: "Gus", Contact: "gus@example.com", Channel: planner.ChannelEmail, Status: planner.Prospect},
				{Name: "Hana", Contact: "hana@example.com", Channel: planner.ChannelEmail, Status: planner.Prospect},
				{Name: "Ivo", Status: planner.Prospect},
			},
			notes: []Skip{{Row: 0, Reason: "columns left out: “Submitted At”"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			cs, rep, err := ReadCandidates(bytes.NewReader(readTestdata(t, tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(cs, tt.want) {
				t.Errorf("candidates\n%+v\nwant\n%+v", cs, tt.want)
			}
			if !reflect.DeepEqual(reasons(rep.Skipped), tt.skipped) {
				t.Errorf("skipped %v, want %v", rep.Skipped, tt.skipped)
			}
			for _, n := range tt.notes {
				if !hasNote(rep, n.Row, n.Reason) {
					t.Errorf("no note %v among %v", n, rep.Notes)
				}
			}
			if len(tt.notes) == 0 && len(rep.Notes) != 0 {
				t.Errorf("unexpected notes %v", rep.Notes)
			}
			if !reflect.DeepEqual(rep.Flagged, tt.flagged) {
				t.Errorf("flagged %+v, want %+v", rep.Flagged, tt.flagged)
			}
			if rep.Rows != rep.Added+rep.Duplicates+len(rep.Skipped) || rep.Added != len(cs) {
				t.Errorf("rows %d added %d duplicates %d skipped %d, %d candidates",
					rep.Rows, rep.Added, rep.Duplicates, len(rep.Skipped), len(cs))
			}
		})
	}
}

func TestReadCandidatesErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"no person column", "Timestamp,Which platform do you prefer?\n2026/03/01,Slack\n", "no name, handle or contact column"},
		{"empty", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs, _, err := ReadCandidates(strings.NewReader(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) || cs != nil {
				t.Errorf("err = %v, candidates %v; want an error with %q", err, cs, tt.want)
			}
		})
	}
	// Header only: no candidates, no error, a note saying so.
	cs, rep, err := ReadCandidates(strings.NewReader("name,contact\n"))
	if err != nil || len(cs) != 0 || !hasNote(rep, 0, "no data rows") {
		t.Errorf("header only: %v, %v, %v", cs, rep, err)
	}
}

func TestFlagDuplicates(t *testing.T) {
	existing := []planner.Candidate{
		{ID: 7, Name: "Ana", Contact: "mailto:ANA@example.com"},
		{ID: 3, Name: "Ana again", Contact: " ana@example.com "},
		{ID: 9, Name: "Ben", Contact: "http://linkedin.com/in/ben"},
		{ID: 11, Name: "No contact"},
	}
	incoming := []planner.Candidate{
		{Name: "Ana L.", Contact: "ana@Example.com"},
		{Name: "Ben", Contact: "https://www.linkedin.com/in/ben/"},
		{Name: "Cleo", Contact: "cleo@example.com"},
		{Name: "Nobody"},
		{Name: "Nobody else"},
		{Name: "Cleo twin", Contact: "CLEO@example.com"},
	}
	want := []Duplicate{
		{Contact: "ana@example.com", Existing: []int64{3, 7}, Incoming: []int{0}},
		{Contact: "linkedin.com/in/ben", Existing: []int64{9}, Incoming: []int{1}},
		{Contact: "cleo@example.com", Incoming: []int{2, 5}},
	}
	if got := FlagDuplicates(existing, incoming); !reflect.DeepEqual(got, want) {
		t.Errorf("FlagDuplicates\n%+v\nwant\n%+v", got, want)
	}
	if got := FlagDuplicates(existing, nil); got != nil {
		t.Errorf("nothing incoming: %+v", got)
	}
}
