package evidence

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
)

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// want is an attendee as a test expects it: "Name <email> minutes joins [O][G]".
type want struct {
	name, email      string
	minutes, joins   int
	organizer, guest bool
}

func TestReadAttendanceFixtures(t *testing.T) {
	tests := []struct {
		file    string
		format  Format
		lang    string
		date    string
		title   string
		minutes int
		people  []want
	}{
		{"teams_fr_2026-12-03.csv", TeamsReport, "fr", "2026-12-03", "Atelier du jeudi", 61, []want{
			{"Inés Moreau", "ines.moreau@example.org", 61, 1, true, false},
			{"Ana Ruiz", "ana.ruiz@example.org", 58, 1, false, false},
			{"Herrera, Tomás", "tomas.h@example.org", 45, 1, false, false},
			{"García Simón, Pedro", "pedro.gs@example.org", 57, 1, false, true},
			{"Mei Chen", "mei.chen@example.org", 3, 1, false, false},
			{"Jordan Blake", "", 30, 1, false, true},
		}},
		{"teams_pl_2026-12-10.csv", TeamsReport, "pl", "2026-12-10", "Warsztat czwartkowy", 62, []want{
			{"Inés Moreau", "ines.moreau@example.org", 62, 1, true, false},
			{"Ana Ruiz", "ana.ruiz@example.org", 60, 1, false, false},
			{"Zoë Laurent", "zoe.laurent@example.org", 50, 1, false, false},
			{"NOWAK Katarzyna", "k.nowak@example.org", 40, 1, false, false},
			{"Olu Adeyemi", "olu@example.org", 4, 1, false, false},
		}},
		// English: 12/17/26 settles month first. The participants section gives Tomás's
		// merged time (47 min), not the span from first join to last leave (57 min).
		{"teams_en_2026-12-17.csv", TeamsReport, "", "2026-12-17", "Thursday share", 62, []want{
			{"Inés Moreau", "ines.moreau@example.org", 62, 1, true, false},
			{"Ana Ruiz", "ana.ruiz@example.org", 61, 1, false, false},
			{"Herrera, Tomás", "tomas.h@example.org", 47, 1, false, false},
			{"Liam O'Brien", "liam.obrien@example.org", 30, 1, false, false},
			{"CHEN Mei", "mei.chen@example.org", 35, 1, false, false},
			{"Sam", "", 30, 1, false, true},
		}},
		// Spanish: 7/1/2027 is settled by the header's language (day first), "(Invitado)" is a
		// guest suffix, "Organizador" the organiser.
		{"teams_es_2027-01-07.csv", TeamsReport, "es", "2027-01-07", "Taller de los jueves", 60, []want{
			{"Inés Moreau", "ines.moreau@example.org", 60, 1, true, false},
			{"Ruiz, Ana", "ana.ruiz@example.org", 57, 1, false, false},
			{"Tomás Herrera", "", 4, 1, false, true},
		}},
		{"teams_pt_2027-01-14.csv", TeamsReport, "pt", "2027-01-14", "Oficina de quinta-feira", 45, []want{
			{"Inés Moreau", "ines.moreau@example.org", 45, 1, true, false},
			{"Zoë Laurent", "zoe.laurent@example.org", 43, 1, false, false},
		}},
		// Two stays of Ana: 28 + 24 minutes, one attendee with two joins.
		{"teams_de_summary_be.csv", TeamsReport, "de", "2026-11-05", "Methodensprechstunde", 60, []want{
			{"Inés Moreau", "ines.moreau@example.org", 60, 1, true, false},
			{"Ana Ruiz", "ana.ruiz@example.org", 52, 2, false, false},
			{"Olu Adeyemi", "olu@example.org", 40, 1, false, false},
		}},
		// The join/leave log: Ana 10:00:10–10:20:10 and 10:25:10–10:55:10 = 50 minutes.
		{"teams_log_2020.csv", TeamsReport, "", "2020-11-13", "", 62, []want{
			{"Inés Moreau", "", 62, 1, false, false},
			{"Ana Ruiz", "", 50, 2, false, false},
			{"Tomás Herrera", "", 3, 1, false, false},
		}},
		// Zoom: Olu 20 + 37 min; Zoë 17:01–17:41 and 17:30–17:51 overlap: 50 min, not 61.
		// The host (the block's User Email) is the organiser.
		{"zoom_participants.csv", ZoomReport, "", "2026-12-22", "Methods clinic", 66, []want{
			{"Inés Moreau", "ines.moreau@example.org", 66, 1, true, false},
			{"Olu Adeyemi", "olu@example.org", 56, 2, false, false},
			{"Zoë Laurent", "zoe.laurent@example.org", 50, 2, false, false},
			{"Mei Chen", "mei.chen@example.org", 2, 1, false, false},
			{"River Stone", "", 45, 1, false, true},
			{"Kat's iPad (Katarzyna Nowak)", "", 30, 1, false, true},
		}},
		// Zoom's "unique users" variant: one row per person with the total duration only; a
		// total that sums overlapping stays (Zoë's 61) cannot be told apart and is taken as is.
		{"zoom_unique_users.csv", ZoomReport, "", "2026-12-22", "Methods clinic", 66, []want{
			{"Inés Moreau", "ines.moreau@example.org", 66, 1, true, false},
			{"Olu Adeyemi", "olu@example.org", 57, 1, false, false},
			{"Zoë Laurent", "zoe.laurent@example.org", 61, 1, false, false},
			{"River Stone", "", 45, 1, false, true},
		}},
		{"meet_attendance.csv", MeetReport, "", "2026-12-08", "", 62, []want{
			{"Inés Moreau", "ines.moreau@example.org", 60, 1, false, false},
			{"Ana Ruiz", "ana.ruiz@example.org", 55, 1, false, false},
			{"Tomás Herrera", "tomas.h@example.org", 62, 1, false, false},
			{"Pedro García Simón", "pedro.gs@example.org", 4, 1, false, false},
		}},
		{"meet_attendance.xlsx", MeetReport, "", "2026-12-08", "", 62, []want{
			{"Inés Moreau", "ines.moreau@example.org", 60, 1, false, false},
			{"Ana Ruiz", "ana.ruiz@example.org", 55, 1, false, false},
			{"Tomás Herrera", "tomas.h@example.org", 62, 1, false, false},
			{"Pedro García Simón", "pedro.gs@example.org", 4, 1, false, false},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rep, err := ReadAttendance(open(t, tt.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Format != tt.format || rep.Lang != tt.lang {
				t.Errorf("format %q lang %q, want %q %q", rep.Format, rep.Lang, tt.format, tt.lang)
			}
			if len(rep.Sessions) != 1 {
				t.Fatalf("%d sessions, want 1", len(rep.Sessions))
			}
			s := rep.Sessions[0]
			if s.Date.String() != tt.date || s.Title != tt.title || s.Minutes != tt.minutes {
				t.Errorf("session %s %q %d min, want %s %q %d", s.Date, s.Title, s.Minutes, tt.date, tt.title, tt.minutes)
			}
			if len(s.Attendees) != len(tt.people) {
				t.Fatalf("%d attendees, want %d: %+v", len(s.Attendees), len(tt.people), s.Attendees)
			}
			for i, w := range tt.people {
				a := s.Attendees[i]
				got := want{a.Name, a.Email, a.Minutes, a.Joins, a.Organizer, a.Guest}
				if got != w {
					t.Errorf("attendee %d = %+v, want %+v", i, got, w)
				}
			}
		})
	}
}

func TestReadAttendanceOrganizerOption(t *testing.T) {
	rep, err := ReadAttendance(open(t, "meet_attendance.csv"), Options{Organizer: "INES.moreau@example.org"})
	if err != nil {
		t.Fatal(err)
	}
	if a := rep.Sessions[0].Attendees[0]; !a.Organizer || a.Counted(0) {
		t.Errorf("organizer %+v not marked", a)
	}
	if a := rep.Sessions[0].Attendees[3]; a.Counted(0) || !a.Counted(4) {
		t.Errorf("Pedro's 4 minutes: counted at 5 = %v, at 4 = %v", a.Counted(0), a.Counted(4))
	}
}

func TestReadAttendanceList(t *testing.T) {
	rep, err := ReadAttendance(open(t, "attendance_list_fr.csv"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Format != AttendanceList || len(rep.Sessions) != 2 {
		t.Fatalf("format %q, %d sessions", rep.Format, len(rep.Sessions))
	}
	if d := rep.Sessions[1].Date.String(); d != "2026-12-16" {
		t.Errorf("second session on %s (16/12 read month first?)", d)
	}
	for _, s := range rep.Sessions {
		for _, a := range s.Attendees {
			if a.Minutes != -1 || !a.Counted(0) {
				t.Errorf("%+v: a list without times counts everyone named", a)
			}
		}
	}
}

func TestAmbiguousDatesAreAsked(t *testing.T) {
	_, err := ReadAttendance(open(t, "ambiguous_dates.csv"), Options{})
	var amb *AmbiguousDateError
	if !errors.As(err, &amb) || !strings.Contains(amb.Sample, "04/05/2026") {
		t.Fatalf("err = %v, want an AmbiguousDateError", err)
	}
	for order, date := range map[DateOrder]string{DayFirst: "2026-05-04", MonthFirst: "2026-04-05"} {
		rep, err := ReadAttendance(open(t, "ambiguous_dates.csv"), Options{DateOrder: order})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Sessions[0].Date.String(); got != date {
			t.Errorf("order %d: %s, want %s", order, got, date)
		}
	}
}

func TestReadAttendanceErrors(t *testing.T) {
	big := bytes.Repeat([]byte("Name,Email,Duration\n"), 1)
	big = append(big, bytes.Repeat([]byte("x,y,1\n"), csvimport.MaxFileSize/6+1)...)
	tests := []struct {
		name string
		data []byte
		is   error
		says string
	}{
		{"truncated", read(t, "truncated_teams.csv"), ErrUnknown, "no row names the participants"},
		{"odd UTF-16", read(t, "odd_utf16.csv"), csvimport.ErrNotText, "odd number of bytes"},
		{"binary", []byte("PNG\x00\x01\x02\x03"), csvimport.ErrNotText, "binary"},
		{"empty", nil, csvimport.ErrEmpty, "empty"},
		{"huge", big, csvimport.ErrTooLarge, "too large"},
		{"no participants", []byte("Name\tFirst Join\tIn-Meeting Duration\n"), ErrMalformed, "lists no participants"},
		{"bad duration", []byte("Name,Email,Duration,Date\nAna,a@example.org,soon,2026-01-02\n"), ErrMalformed, `"soon" is not a duration`},
		{"bad date", []byte("Name,Join Time,Leave Time\nAna,31/02/2026 10:00,31/02/2026 11:00\n"), ErrMalformed, "is not a date"},
		{"left before joining", []byte("Name,Join Time,Leave Time\nAna,2026-02-03 10:00,2026-02-03 09:00\n"), ErrMalformed, "left before joining"},
		{"mixed orders", []byte("Name,Date\nAna,13/02/2026\nOlu,02/13/2026\n"), ErrMalformed, "mix day-first and month-first"},
		{"not a report", []byte("Question,Answer\nWhy,Because\n"), ErrUnknown, "not an attendance report"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAttendance(bytes.NewReader(tt.data), Options{})
			if !errors.Is(err, tt.is) || !strings.Contains(err.Error(), tt.says) {
				t.Fatalf("err = %v, want %v saying %q", err, tt.is, tt.says)
			}
		})
	}
}

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadActivityFixtures(t *testing.T) {
	t.Run("slack members", func(t *testing.T) {
		from, to := planner.MustDate("2026-12-01"), planner.MustDate("2026-12-31")
		rep, err := ReadActivity(open(t, "slack_members.csv"), Options{From: from, To: to})
		if err != nil {
			t.Fatal(err)
		}
		ex := rep.Export
		if rep.Format != SlackMembers || !ex.Estimate || !strings.Contains(ex.Reason, "overview export") {
			t.Fatalf("format %q estimate %v reason %q", rep.Format, ex.Estimate, ex.Reason)
		}
		if ex.From != from || ex.To != to || len(ex.Members) != 7 {
			t.Fatalf("period %s–%s, %d members", ex.From, ex.To, len(ex.Members))
		}
		a := ex.Members[0]
		if a.Email != "ana.ruiz@example.org" || a.DaysActive != 12 || a.Messages != 30 ||
			a.LastActive.String() != "2026-12-29" || a.Joined.String() != "2026-10-01" {
			t.Errorf("Ana = %+v", a)
		}
	})
	t.Run("slack members without a period", func(t *testing.T) {
		rep, err := ReadActivity(open(t, "slack_members.csv"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := rep.Export.From.String() + " " + rep.Export.To.String(); got != "2026-12-01 2026-12-30" {
			t.Errorf("period %s, want the 30 days to the latest activity", got)
		}
		if len(rep.Notes) == 0 || !strings.Contains(rep.Notes[len(rep.Notes)-1], "does not say its period") {
			t.Errorf("notes %v do not say the period was assumed", rep.Notes)
		}
	})
	t.Run("slack overview", func(t *testing.T) {
		rep, err := ReadActivity(open(t, "slack_overview.csv"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		ex := rep.Export
		if rep.Format != SlackOverview || ex.Estimate || len(ex.Weekly) != 31 || ex.Weekly[14].Active != 6 {
			t.Fatalf("format %q estimate %v weekly %v", rep.Format, ex.Estimate, ex.Weekly)
		}
	})
	t.Run("discourse", func(t *testing.T) {
		rep, err := ReadActivity(open(t, "discourse_users.csv"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		ex := rep.Export
		if rep.Format != DiscourseUsers || !ex.Estimate || len(ex.Members) != 3 {
			t.Fatalf("format %q estimate %v %d members", rep.Format, ex.Estimate, len(ex.Members))
		}
		l := ex.Members[2]
		if l.Name != "Liam O'Brien" || l.Messages != 0 || l.DaysActive != -1 || l.Joined.String() != "2026-12-10" || l.LastActive.String() != "2026-12-18" {
			t.Errorf("Liam = %+v", l)
		}
	})
	t.Run("generic list", func(t *testing.T) {
		rep, err := ReadActivity(open(t, "activity_list.csv"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		ex := rep.Export
		if rep.Format != ActivityList || ex.Estimate || len(ex.Members) != 3 {
			t.Fatalf("format %q estimate %v %d members", rep.Format, ex.Estimate, len(ex.Members))
		}
		a := ex.Members[0]
		if len(a.Days) != 2 || a.DaysActive != 2 || a.Messages != 8 || a.LastActive.String() != "2026-12-29" {
			t.Errorf("Ana = %+v (two rows of 1 December are one day, 3 + 1 + 4 messages)", a)
		}
	})
}

func TestParseMinutes(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"66", 66, true},
		{"1h 5m 3s", 65.05, true},
		{"2\u00a0h 44\u00a0m", 164, true},
		{"1 godz. 5 min 3 sek.", 65.05, true},
		{"1 Std. 5 Min. 30 Sek.", 65.5, true},
		{"1 hr 2 min", 62, true},
		{"45 s", 0.75, true},
		{"1:05:03", 65.05, true},
		{"soon", 0, false},
		{"5 parsecs", 0, false},
		{"", 0, false},
		{"-3", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseMinutes(tt.in)
		if ok != tt.ok || ok && (got-tt.want > 0.001 || tt.want-got > 0.001) {
			t.Errorf("parseMinutes(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestScanStamp(t *testing.T) {
	tests := []struct {
		in    string
		order DateOrder
		want  string
	}{
		{"13/04/2021 à 09:01:31", DayFirst, "2021-04-13 09:01:31"},
		{"05.12.2026, 18:02:11", DayFirst, "2026-12-05 18:02:11"},
		{"12/22/2026 04:58:12 PM", MonthFirst, "2026-12-22 16:58:12"},
		{"12/17/26, 12:05:00 AM", MonthFirst, "2026-12-17 00:05:00"},
		{"Aug 12, 2026 10:00 AM", DayFirst, "2026-08-12 10:00:00"},
		{"12 déc. 2026 18:00", MonthFirst, "2026-12-12 18:00:00"},
		{"3 de dezembro de 2026", MonthFirst, "2026-12-03 00:00:00"},
		{"2026-12-30 10:00:00 UTC", MonthFirst, "2026-12-30 10:00:00"},
		{"3/12/2026 6:05 p. m.", DayFirst, "2026-12-03 18:05:00"},
		{"10.12.2026 um 18:01", DayFirst, "2026-12-10 18:01:00"},
		{"03/12/2026 às 09:05:00", DayFirst, "2026-12-03 09:05:00"},
	}
	for _, tt := range tests {
		st, ok := scanStamp(tt.in)
		if !ok {
			t.Errorf("scanStamp(%q) failed", tt.in)
			continue
		}
		tm, err := st.at(tt.order)
		if err != nil || tm.Format("2006-01-02 15:04:05") != tt.want {
			t.Errorf("scanStamp(%q) = %v, %v; want %s", tt.in, tm, err, tt.want)
		}
	}
	if _, ok := scanStamp("next Thursday"); ok {
		t.Error("a phrase read as a date")
	}
}

// TestMeetTimesOnly: a Meet sheet giving times of day alone needs the meeting's date, and
// says so; with it, the times are read on that day.
func TestMeetTimesOnly(t *testing.T) {
	_, err := ReadAttendance(open(t, "meet_times_only.csv"), Options{})
	if !errors.Is(err, ErrNeedDate) || !strings.Contains(err.Error(), `"6:00 PM"`) {
		t.Fatalf("err = %v, want ErrNeedDate naming the time", err)
	}
	rep, err := ReadAttendance(open(t, "meet_times_only.csv"), Options{Date: planner.MustDate("2026-12-08")})
	if err != nil {
		t.Fatal(err)
	}
	s := rep.Sessions[0]
	if s.Date.String() != "2026-12-08" || s.Minutes != 60 || s.Attendees[1].Minutes != 55 || s.Attendees[2].Minutes != 1 {
		t.Errorf("session %+v", s)
	}
	if _, ok := clockOf("25:00"); ok {
		t.Error("25:00 read as a time")
	}
}
