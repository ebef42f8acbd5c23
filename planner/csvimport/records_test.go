package csvimport

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func TestReadRecordsSections(t *testing.T) {
	text := "1. Summary\nMeeting title\tWeekly\nStart time\t1/2/26, 10:00:00 AM\n\n2. Participants\nName\tEmail\nAna\ta@example.org\n"
	units := utf16.Encode([]rune(text))
	data := []byte{0xFF, 0xFE}
	for _, u := range units {
		data = append(data, byte(u), byte(u>>8))
	}
	rec, err := ReadRecords(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	// The first line has no delimiter: the tab is the one the other lines agree on, and the
	// blank line is dropped.
	want := [][]string{{"1. Summary"}, {"Meeting title", "Weekly"}, {"Start time", "1/2/26, 10:00:00 AM"},
		{"2. Participants"}, {"Name", "Email"}, {"Ana", "a@example.org"}}
	if len(rec.Rows) != len(want) {
		t.Fatalf("rows %q", rec.Rows)
	}
	for i := range want {
		if strings.Join(rec.Rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i, rec.Rows[i], want[i])
		}
	}
	if rec.Lines[4] != 6 || len(rec.Notes) != 1 {
		t.Errorf("lines %v notes %v", rec.Lines, rec.Notes)
	}
}

func TestReadRecordsErrors(t *testing.T) {
	for _, tt := range []struct {
		in string
		is error
	}{{"", ErrEmpty}, {" \n\n", ErrEmpty}, {"a\x00b", ErrNotText}} {
		if _, err := ReadRecords(strings.NewReader(tt.in)); !errors.Is(err, tt.is) {
			t.Errorf("ReadRecords(%q) = %v, want %v", tt.in, err, tt.is)
		}
	}
}
