package evidence

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// largeZoom is a Zoom participants report of n join rows by n/2 people (everyone rejoins).
func largeZoom(n int) []byte {
	var b bytes.Buffer
	b.WriteString("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\n")
	b.WriteString("\"861 2345 6789\",Town hall,12/22/2026 04:00:00 PM,12/22/2026 07:00:00 PM,host@example.org,180,5000,\n\n")
	b.WriteString("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,\n")
	for i := 0; i < n; i++ {
		p := i / 2
		from, to := "04:10:00 PM", "05:00:00 PM"
		if i%2 == 1 {
			from, to = "05:10:00 PM", "06:40:00 PM"
		}
		fmt.Fprintf(&b, "Person %d,p%d@example.org,12/22/2026 %s,12/22/2026 %s,50,No,\n", p, p, from, to)
	}
	return b.Bytes()
}

// BenchmarkReadAttendanceLarge reads a 20,000-row Zoom report (10,000 people who rejoined).
func BenchmarkReadAttendanceLarge(b *testing.B) {
	data := largeZoom(20_000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		rep, err := ReadAttendance(bytes.NewReader(data), Options{})
		if err != nil || len(rep.Sessions[0].Attendees) != 10_000 || rep.Sessions[0].Attendees[0].Minutes != 140 {
			b.Fatalf("%v %+v", err, rep.Sessions[0].Attendees[0])
		}
	}
}

// yearOfReports are the files of a year of meetings (make bench): 100 attendance reports,
// ten of each layout the reader knows (Teams in five languages and its two older layouts,
// Zoom with and without unique users, Google Meet), one in ten a 100-row Zoom report of a
// large session where everyone rejoined.
func yearOfReports(tb testing.TB) [][]byte {
	tb.Helper()
	names := []string{"teams_en_2026-12-17.csv", "teams_fr_2026-12-03.csv", "teams_es_2027-01-07.csv",
		"teams_pt_2027-01-14.csv", "teams_pl_2026-12-10.csv", "teams_de_summary_be.csv", "teams_log_2020.csv",
		"zoom_participants.csv", "meet_attendance.csv"}
	var files [][]byte
	for len(files) < 100 {
		for _, n := range names {
			data, err := os.ReadFile(filepath.Join("testdata", n))
			if err != nil {
				tb.Fatal(err)
			}
			files = append(files, data)
		}
		files = append(files, largeZoom(100))
	}
	return files[:100]
}

// BenchmarkPerfAttendance100 reads a year's 100 attendance reports, one after the other as
// the review's import does. Budget: 1 s for the hundred (make bench).
func BenchmarkPerfAttendance100(b *testing.B) {
	files := yearOfReports(b)
	b.ReportAllocs()
	for b.Loop() {
		people := 0
		for i, data := range files {
			rep, err := ReadAttendance(bytes.NewReader(data), Options{})
			if err != nil {
				b.Fatalf("report %d: %v", i, err)
			}
			for _, s := range rep.Sessions {
				people += len(s.Attendees)
			}
		}
		if people == 0 {
			b.Fatal("no attendee read")
		}
	}
}
