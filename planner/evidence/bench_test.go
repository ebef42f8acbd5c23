package evidence

import (
	"bytes"
	"fmt"
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
