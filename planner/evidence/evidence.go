// Package evidence reads the files a community's facilitator can download without admin
// rights or with the platform's own admin pages: meeting attendance reports (Microsoft
// Teams, Zoom, Google Meet, or any list of names or emails with a date) and member activity
// exports (Slack's member list and overview, Discourse's user list, or any "member, date of
// activity" list). Each file's format is told from its content, never from its name.
//
// Reports come in the organiser's language: headers, dates and durations are read in the
// five app languages and in Polish, which the studied examples showed. A numeric date such as
// 04/05/2026 is read day first or month first as the report itself settles it (another date
// with a day over 12, a dotted date, a header in a language that writes the day first);
// when nothing settles it the reader returns an AmbiguousDateError, so the caller asks and
// reads again with Options.DateOrder. It never guesses.
//
// Only names, email addresses and counted figures come out of a file: IP addresses, user
// agents, device columns and the rest are never read into memory beyond the row being read.
// The readers change nothing: they return planner sessions and activity exports that the
// caller matches to the plan's members (planner.MatchPeople) and stores.
package evidence

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
)

// Errors the readers return, wrapped with detail; the csvimport errors (ErrEmpty, ErrNotText,
// ErrTooLarge) come through as they are.
var (
	// ErrUnknown: the file is a table, but not a report or export this package knows.
	ErrUnknown = errors.New("the file is not an attendance report or activity export this app knows")
	// ErrMalformed: the file looks like a known report but its content cannot be read.
	ErrMalformed = errors.New("the report cannot be read")
	// ErrNeedDate: the report gives times of day but no date (a Google Meet sheet saved
	// without its date): the caller asks for the meeting's date and reads it with Options.Date.
	ErrNeedDate = errors.New("the report gives times of day but not the meeting's date")
)

// Format names a report's or an export's layout.
type Format string

// The formats read.
const (
	TeamsReport       Format = "Teams attendance report"
	ZoomReport        Format = "Zoom participants report"
	MeetReport        Format = "Google Meet attendance report"
	AttendanceList    Format = "attendance list"
	SlackMembers      Format = "Slack member analytics"
	SlackOverview     Format = "Slack analytics overview"
	DiscourseUsers    Format = "Discourse user list"
	ActivityList      Format = "member activity list"
	maxPeopleInReport        = 50_000
)

// Options tune reading.
type Options struct {
	// DateOrder reads numeric dates day first or month first; Auto settles it from the report.
	DateOrder DateOrder
	// Date is the meeting's date, for a report whose times have none.
	Date planner.Date
	// Organizer is the email or name of the meeting's organiser, for reports without a role
	// column (Google Meet): that person is marked, not counted.
	Organizer string
	// From and To are the period an activity export covers when the file does not say it
	// (Slack's member list covers the range chosen in its dashboard).
	From, To planner.Date
}

// AttendanceReport is what an attendance report holds.
type AttendanceReport struct {
	Format   Format
	Lang     string // the headers' language when not English ("fr", "pl"…)
	Sessions []planner.Session
	Notes    []string // how the file was read, rows skipped and why
}

// ActivityReport is what a member activity export holds.
type ActivityReport struct {
	Format Format
	Export planner.ActivityExport
	Notes  []string
}

// table is a report's records, trimmed.
type table struct {
	rows  [][]string
	lines []int
	notes []string
}

func readTable(r io.Reader) (*table, error) {
	recs, err := csvimport.ReadRecords(r)
	if err != nil {
		return nil, err
	}
	t := &table{lines: recs.Lines, notes: recs.Notes}
	t.rows = make([][]string, len(recs.Rows))
	for i, row := range recs.Rows {
		cells := make([]string, len(row))
		for j, c := range row {
			cells[j] = strings.TrimSpace(strings.Trim(c, "\ufeff\u00a0"))
		}
		// Drop trailing empty cells: Zoom ends its rows with a comma.
		for len(cells) > 0 && cells[len(cells)-1] == "" {
			cells = cells[:len(cells)-1]
		}
		t.rows[i] = cells
	}
	return t, nil
}

// header is a row's cells read as column roles.
type header struct {
	row   int
	col   map[role]int
	lang  string
	roles int
}

// readHeader reads row i as a header: the roles of its cells and their language.
func readHeader(cells []string, i int) header {
	h := header{row: i, col: map[role]int{}}
	langs := map[string]int{}
	for j, c := range cells {
		w, ok := headerWords[norm(c)]
		if !ok {
			continue
		}
		if _, dup := h.col[w.role]; dup {
			continue
		}
		h.col[w.role] = j
		h.roles++
		if w.lang != "" {
			langs[w.lang]++
		}
	}
	best := 0
	for l, n := range langs {
		if n > best || n == best && l < h.lang {
			h.lang, best = l, n
		}
	}
	return h
}

func (h header) has(rs ...role) bool {
	for _, r := range rs {
		if _, ok := h.col[r]; !ok {
			return false
		}
	}
	return true
}

func (h header) any(rs ...role) bool {
	for _, r := range rs {
		if _, ok := h.col[r]; ok {
			return true
		}
	}
	return false
}

// cell returns row's cell of role r, or "".
func (h header) cell(row []string, r role) string {
	if j, ok := h.col[r]; ok && j < len(row) {
		return row[j]
	}
	return ""
}

// who returns the person a row names, with a guest suffix taken off the name.
func (h header) who(row []string) (planner.Person, bool) {
	name := h.cell(row, rName)
	if name == "" {
		name = strings.TrimSpace(h.cell(row, rFirst) + " " + h.cell(row, rLast))
	}
	if name == "" {
		name = h.cell(row, rUsername)
	}
	email := strings.ToLower(h.cell(row, rEmail))
	if !strings.Contains(email, "@") {
		email = ""
		if upn := strings.ToLower(h.cell(row, rUPN)); strings.Contains(upn, "@") {
			email = upn
		}
	}
	name, guest := planner.StripGuestSuffix(name)
	return planner.Person{Name: name, Email: email}, guest
}

// lineOf returns the file line of row i for a message.
func (t *table) lineOf(i int) int {
	if i < len(t.lines) && t.lines[i] > 0 {
		return t.lines[i]
	}
	return i + 1
}

func sentence(format string, args ...any) string { return fmt.Sprintf(format, args...) }
