package evidence

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// seed adds every fixture to f's corpus.
func seed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.csv"))
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// FuzzReadAttendance checks that no input makes the attendance reader panic, and that what
// it returns keeps its promises: a session with a date and attendees of whole non-negative
// minutes (or -1 for a list without times).
func FuzzReadAttendance(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := ReadAttendance(bytes.NewReader(data), Options{})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a sentence")
			}
			return
		}
		if len(rep.Sessions) == 0 {
			t.Fatal("no error and no session")
		}
		for _, s := range rep.Sessions {
			if s.Date.IsZero() {
				t.Fatal("a session without a date")
			}
			for _, a := range s.Attendees {
				if a.Minutes < -1 || a.Joins < 1 || a.Name == "" && a.Email == "" {
					t.Fatalf("bad attendee %+v", a)
				}
			}
		}
	})
}

// FuzzReadActivity checks the activity reader the same way.
func FuzzReadActivity(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := ReadActivity(bytes.NewReader(data), Options{})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a sentence")
			}
			return
		}
		ex := rep.Export
		if len(ex.Members) == 0 && len(ex.Weekly) == 0 {
			t.Fatal("no error and nothing read")
		}
		if ex.To.Before(ex.From) {
			t.Fatalf("period %s–%s runs backwards", ex.From, ex.To)
		}
		for _, m := range ex.Members {
			if m.DaysActive < -1 || m.Messages < -1 {
				t.Fatalf("bad member %+v", m)
			}
		}
	})
}

// FuzzParseMinutes checks durations never come out negative or not a number.
func FuzzParseMinutes(f *testing.F) {
	for _, s := range []string{"1h 5m 3s", "2\u00a0h 44\u00a0m", "1 godz. 5 min 3 sek.", "66", "1:05:03"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := parseMinutes(s); ok && (m < 0 || m != m) {
			t.Fatalf("parseMinutes(%q) = %v", s, m)
		}
	})
}

// FuzzReadPoll checks the poll reader never panics and never counts more skill answers
// than answers.
func FuzzReadPoll(f *testing.F) {
	seed(f)
	s := planner.Survey{Questions: []planner.Question{{ID: 1, Kind: planner.KindScale, Title: "How would you rate your skill today? (1-10)", Role: planner.RoleSkill}}}
	f.Fuzz(func(t *testing.T, data []byte) {
		poll, err := ReadPoll(bytes.NewReader(data), s)
		if err != nil {
			return
		}
		if len(poll.Skill) > len(poll.Respondents) {
			t.Fatalf("%d skill answers from %d answers", len(poll.Skill), len(poll.Respondents))
		}
	})
}
