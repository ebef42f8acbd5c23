package planfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

var now = time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)

func encode(t *testing.T, p *planner.Plan, at time.Time) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, p, at); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		plan *planner.Plan
	}{
		{"demo", plantest.Demo(now)},
		{"blank", &planner.Plan{Name: "Blank"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := encode(t, tc.plan, now)
			p, err := Decode(bytes.NewReader(first))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			second := encode(t, p, now)
			if !bytes.Equal(first, second) {
				t.Fatalf("export → import → export differs:\n%s\n----\n%s", first, second)
			}
		})
	}
}

func TestEncodeRenumbersWithoutChangingInput(t *testing.T) {
	p := plantest.Demo(now)
	// Give items store-like IDs; the document must not depend on them.
	shifted := plantest.Demo(now)
	for i := range shifted.Candidates {
		shifted.Candidates[i].ID += 1000
	}
	for i := range shifted.Charter.Roles {
		for j := range shifted.Charter.Roles[i].HolderIDs {
			shifted.Charter.Roles[i].HolderIDs[j] += 1000
		}
	}
	for i := range shifted.Event.AttendeeIDs {
		shifted.Event.AttendeeIDs[i] += 1000
	}
	if !bytes.Equal(encode(t, p, now), encode(t, shifted, now)) {
		t.Fatal("documents differ by store IDs")
	}
	if shifted.Candidates[0].ID != 1001 {
		t.Fatalf("Encode changed its input: candidate ID %d", shifted.Candidates[0].ID)
	}
}

func TestDecodeRefuses(t *testing.T) {
	good := string(encode(t, plantest.Demo(now), now))
	cur := fmt.Sprintf(`"version": %d`, Version)
	cases := []struct {
		name, doc string
		want      error
		msg       string
	}{
		{"not json", "hello", ErrNotPlanFile, ""},
		{"empty", "", ErrNotPlanFile, ""},
		{"other format", `{"format":"something","version":1,"plan":{}}`, ErrNotPlanFile, "something"},
		{"newer version", strings.Replace(good, cur, fmt.Sprintf(`"version": %d`, Version+1), 1), ErrNewerVersion, fmt.Sprintf("version %d", Version+1)},
		{"version zero", strings.Replace(good, cur, `"version": 0`, 1), ErrNotPlanFile, ""},
		{"no plan", `{"format":"coplaunch-plan","version":1}`, ErrNotPlanFile, "no plan"},
		{"unknown field", strings.Replace(good, `"Name":`, `"Mystery":1,"Name":`, 1), nil, "Mystery"},
		{"no name", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"  "}}`, planner.ErrInvalid, "without a name"},
		{"dangling signed version", `{"format":"coplaunch-plan","version":3,"plan":{"Name":"x","Charter":{"SignOffs":[{"ID":1,"Name":"Ana","VersionID":4}]}}}`, planner.ErrInvalid, "version 4"},
		{"name too long", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"` + strings.Repeat("n", 5000) + `"}}`, planner.ErrInvalid, "Name: 5,000 characters is too long; shorten it to at most 200 characters."},
		{"purpose too long", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"x","Charter":{"Purpose":"` + strings.Repeat("p", 10001) + `"}}}`, planner.ErrInvalid, "Charter purpose: 10,001 characters"},
		{"weekly active over members", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"x","Reviews":[{"ID":1,"Date":"2026-05-01","MembersTotal":9,"WeeklyActive":50}]}}`, planner.ErrInvalid, "Weekly active: 50 is more than the 9 members"},
		{"skill off the scale", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"x","Reviews":[{"ID":1,"Date":"2026-05-01","MembersTotal":9,"AvgSkill":-5}]}}`, planner.ErrInvalid, "Avg. skill rating: -5 is outside the survey's skill scale"},
		{"dangling holder", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"x","Charter":{"Roles":[{"ID":1,"Name":"Facilitator","HolderIDs":[9]}]}}}`, planner.ErrInvalid, "candidate 9"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Decode(strings.NewReader(tc.doc))
			if err == nil {
				t.Fatalf("Decode accepted it: %+v", p)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not mention %q", err, tc.msg)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	if err := Encode(&buf, plantest.Demo(now), now); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"format":"coplaunch-plan","version":1,"plan":{"Name":"x"}}`))
	f.Add([]byte(`{"format":"coplaunch-plan","version":1,"plan":{"Name":"Zoë","Survey":{"Responses":[{"ID":1,"Answers":[{"QuestionID":1}]}]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		// Whatever decodes must encode, and the encoding must be stable.
		var a, b bytes.Buffer
		if err := Encode(&a, p, now); err != nil {
			t.Fatalf("decoded plan does not encode: %v", err)
		}
		q, err := Decode(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatalf("own output does not decode: %v\n%s", err, a.Bytes())
		}
		if err := Encode(&b, q, now); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("encoding not stable (err %v)", err)
		}
	})
}

// TestVersion1Imports reads a plan file of version 1, written before clients, languages and
// issued versions: its typed version notes come back as versions without snapshots.
func TestVersion1Imports(t *testing.T) {
	doc := `{"format":"coplaunch-plan","version":1,"exported":"2026-01-01T00:00:00Z","plan":{"Name":"Old plan","Client":"Acme",
"Charter":{"Versions":[{"ID":1,"Version":"1.0","On":"2025-10-13","Author":"Ana","Changes":"Agreed"}],
"SignOffs":[{"ID":1,"Name":"Jordan","Role":"Sponsor","On":"2025-10-14"}]}}}`
	p, err := Decode(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Charter.Versions) != 1 || p.Charter.Versions[0].Issued() || p.Charter.Versions[0].Changes != "Agreed" {
		t.Errorf("versions = %+v, want one typed note", p.Charter.Versions)
	}
	if p.ClientPreset != nil || p.Lang != "" || p.Charter.SignOffs[0].VersionID != 0 {
		t.Errorf("a version 1 file gained values: %+v %q %+v", p.ClientPreset, p.Lang, p.Charter.SignOffs)
	}
}

// TestClientAndRevisionsRoundTrip writes a plan made for a client, with an issued version that
// a signature names, and reads it back: the client travels without its library number, the
// snapshot and the signature's version survive renumbering.
func TestClientAndRevisionsRoundTrip(t *testing.T) {
	p := plantest.Demo(now)
	p.ClientID = 7
	p.ClientPreset = &planner.Client{ID: 7, Name: "Acme", Contact: "ops@acme.example", PreparedBy: "Ana", Lang: "es", Paper: planner.PaperLetter}
	p.Lang, p.Paper = "fr", planner.PaperA4
	v, err := planner.IssueVersion(p, "", planner.DateOf(now), "Ana", "First issue")
	if err != nil {
		t.Fatal(err)
	}
	v.ID = 500
	p.Charter.Versions = append(p.Charter.Versions, v)
	p.Charter.SignOffs[1].VersionID = 500
	q, err := Decode(bytes.NewReader(encode(t, p, now)))
	if err != nil {
		t.Fatal(err)
	}
	if q.ClientID != 0 || q.ClientPreset == nil || q.ClientPreset.ID != 0 || q.ClientPreset.Name != "Acme" || q.ClientPreset.Paper != planner.PaperLetter {
		t.Errorf("client = %d %+v", q.ClientID, q.ClientPreset)
	}
	if q.Lang != "fr" || q.Paper != planner.PaperA4 {
		t.Errorf("lang, paper = %q %q", q.Lang, q.Paper)
	}
	last := planner.LastIssued(q)
	if last == nil || last.Version != v.Version || len(last.Snapshot) != len(planner.CharterSections) {
		t.Fatalf("last issued = %+v", last)
	}
	if got := planner.VersionByID(q, q.Charter.SignOffs[1].VersionID); got == nil || got.Version != v.Version {
		t.Errorf("the signature names %+v, want version %s", got, v.Version)
	}
	if planner.CharterChanges(q).Changed() {
		t.Error("the charter changed in the round trip")
	}
}

// A version 1 file (the demo plan as the first format wrote it) still imports: its poll
// counts become members asked and responses with the same poll response figure, and the
// values version 2 added start empty.
func TestDecodeVersion1(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "v1-demo.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := Decode(f)
	if err != nil {
		t.Fatalf("Decode v1: %v", err)
	}
	if p.Name != "Creator Growth Circle" || len(p.Reviews) != 4 {
		t.Fatalf("plan %q with %d reviews", p.Name, len(p.Reviews))
	}
	// Version 1 counts: (polls, answers, members) = (2, 9, 8), (1, 4, 10), (1, 3, 11), (2, 10, 12).
	want := [][2]int{{8, 5}, {10, 4}, {11, 3}, {12, 5}}
	old := []float64{9.0 / 16, 4.0 / 10, 3.0 / 11, 10.0 / 24}
	figs := planner.ReviewFigures(p)
	for i, r := range p.Reviews {
		if got := [2]int{r.PollAsked, r.PollResponses}; got != want[i] {
			t.Errorf("review %d: asked, responses = %v, want %v", i+1, got, want[i])
		}
		// The figure stays within rounding of one response.
		if diff := figs[i].PollResponsePct - old[i]*100; !figs[i].HasPoll || diff > 100.0/float64(want[i][0]) || diff < -100.0/float64(want[i][0]) {
			t.Errorf("review %d: poll response %.1f%%, was %.1f%%", i+1, figs[i].PollResponsePct, old[i]*100)
		}
	}
	if p.Charter.NeedsStated || p.Charter.CadenceWhy != "" || p.Event.ScheduleWhy != "" {
		t.Error("version 2 values not empty after a version 1 import")
	}
	// Written again, it is a file of the current version that reads back the same.
	second := encode(t, p, now)
	if !bytes.Contains(second, []byte(fmt.Sprintf(`"version": %d`, Version))) || bytes.Contains(second, []byte("PollsSent")) {
		t.Errorf("re-export is not version %d", Version)
	}
	p2, err := Decode(bytes.NewReader(second))
	if err != nil || p2.Reviews[0].PollAsked != 8 {
		t.Fatalf("re-import: %v", err)
	}
}

func TestDecodeVersion1BadReviews(t *testing.T) {
	doc := `{"format":"coplaunch-plan","version":1,"plan":{"Name":"X","Reviews":[{"PollsSent":"two"}]}}`
	if _, err := Decode(strings.NewReader(doc)); err == nil || !strings.Contains(err.Error(), "PollsSent") {
		t.Errorf("err %v", err)
	}
	doc = `{"format":"coplaunch-plan","version":1,"plan":{"Name":"X","Reviews":null}}`
	if _, err := Decode(strings.NewReader(doc)); err != nil {
		t.Errorf("null reviews: %v", err)
	}
}

// A version 2 file (the demo plan as the format before clients wrote it) still imports: its
// poll counts and flow values are kept, the values version 3 added start empty, and its typed
// version notes are versions without snapshots.
func TestDecodeVersion2(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "v2-demo.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"version": 2`)) {
		t.Fatal("the fixture is not a version 2 file")
	}
	p, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Decode v2: %v", err)
	}
	want := plantest.Demo(now)
	if p.Name != want.Name || len(p.Reviews) != len(want.Reviews) || len(p.Candidates) != len(want.Candidates) {
		t.Fatalf("plan %q with %d reviews, %d candidates", p.Name, len(p.Reviews), len(p.Candidates))
	}
	for i, r := range p.Reviews {
		if r.PollAsked != want.Reviews[i].PollAsked || r.PollResponses != want.Reviews[i].PollResponses {
			t.Errorf("review %d: asked, responses = %d, %d; want %d, %d", i+1, r.PollAsked, r.PollResponses,
				want.Reviews[i].PollAsked, want.Reviews[i].PollResponses)
		}
	}
	if p.Charter.CadenceWhy != want.Charter.CadenceWhy || p.Charter.NeedsStated != want.Charter.NeedsStated {
		t.Errorf("cadence why %q, needs stated %v", p.Charter.CadenceWhy, p.Charter.NeedsStated)
	}
	if p.ClientPreset != nil || p.Lang != "" || p.Paper != "" {
		t.Errorf("a version 2 file gained values: %+v %q %q", p.ClientPreset, p.Lang, p.Paper)
	}
	for _, v := range p.Charter.Versions {
		if v.Issued() {
			t.Errorf("version %s has a snapshot", v.Version)
		}
	}
	for _, s := range p.Charter.SignOffs {
		if s.VersionID != 0 {
			t.Errorf("signature of %s names version %d", s.Name, s.VersionID)
		}
	}
	for _, q := range p.Survey.Questions {
		if q.Kind == planner.KindScale && q.Range() != planner.DefaultScale || q.Grid != "" {
			t.Errorf("question %q of a version 2 file: range %s, grid %q", q.Title, q.Range(), q.Grid)
		}
	}
}

// A scale's own range and end labels and a grid row's group travel in the file.
func TestScaleAndGridRoundTrip(t *testing.T) {
	p := &planner.Plan{Name: "Scales", Survey: planner.Survey{Questions: []planner.Question{
		{ID: 1, Kind: planner.KindScale, Title: "Recommend us?", Scale: planner.Scale{Min: 0, Max: 10, Low: "Not at all likely", High: "Extremely likely"}},
		{ID: 2, Kind: planner.KindScale, Title: "I can log in", Grid: "Give your confidence levels", Scale: planner.Scale{Min: 0, Max: 5}},
		{ID: 3, Kind: planner.KindNumber, Title: "Age"},
	}}}
	got, err := Decode(bytes.NewReader(encode(t, p, now)))
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range got.Survey.Questions {
		w := p.Survey.Questions[i]
		if q.Scale != w.Scale || q.Grid != w.Grid || q.Kind != w.Kind {
			t.Errorf("question %d: %+v %q %s, want %+v %q %s", i+1, q.Scale, q.Grid, q.Kind, w.Scale, w.Grid, w.Kind)
		}
	}
}

// An issued version freezes whole sections: a charter of many norms, each within its limit,
// has a snapshot section longer than any one text may be, and its plan file still imports.
func TestLongSnapshotImports(t *testing.T) {
	p := plantest.Demo(now)
	for i := 0; i < 40; i++ {
		p.Charter.Norms = append(p.Charter.Norms, planner.Norm{ID: int64(1000 + i), Text: strings.Repeat("Be kind and specific. ", 20)})
	}
	v, err := planner.IssueVersion(p, "", planner.DateOf(now), "Ana", "Many norms")
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(v.Snapshot.Text(planner.SectionNorms))); n <= planner.MaxLongText {
		t.Fatalf("the norms section has %d characters; the test needs more than %d", n, planner.MaxLongText)
	}
	p.Charter.Versions = append(p.Charter.Versions, v)
	q, err := Decode(bytes.NewReader(encode(t, p, now)))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if last := planner.LastIssued(q); last == nil || last.Snapshot.Text(planner.SectionNorms) != v.Snapshot.Text(planner.SectionNorms) {
		t.Error("the snapshot did not survive")
	}
}

// A version 3 file (the demo plan as the format before figure states wrote it) still imports:
// its reviews' states are inferred, so the filled reviews keep their zeros (no one left) as
// typed figures, and written again it is a version 4 file with the states.
func TestDecodeVersion3(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "v3-demo.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(`"version": 3`)) || bytes.Contains(data, []byte("FigureStates")) {
		t.Fatal("the fixture is not a version 3 file")
	}
	p, err := Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Decode v3: %v", err)
	}
	if len(p.Reviews) != 4 || p.Reviews[0].Left != 0 {
		t.Fatalf("%d reviews", len(p.Reviews))
	}
	for _, r := range p.Reviews {
		if r.FigureStates[planner.FigLeft] != planner.Typed || r.FigureStates[planner.FigMembersTotal] != planner.Typed {
			t.Errorf("review of %s: states %v", r.Date, r.FigureStates)
		}
	}
	if figs := planner.ReviewFigures(p); len(figs) != 4 || !figs[1].HasRetention || figs[1].RetentionPct != 100 {
		t.Errorf("retention of the second review: %+v", figs[1])
	}
	second := encode(t, p, now)
	if !bytes.Contains(second, fmt.Appendf(nil, `"version": %d`, Version)) || !bytes.Contains(second, []byte(`"FigureStates":["typed"`)) {
		t.Errorf("re-export is not the current version with states")
	}
	back, err := Decode(bytes.NewReader(second))
	if err != nil || back.Reviews[0].FigureStates != p.Reviews[0].FigureStates {
		t.Fatalf("re-import: %v", err)
	}
	// An empty figure stays empty through a version 4 file.
	p.Reviews[0].SetFigure(planner.FigPosts, 0, planner.NotGiven)
	back, err = Decode(bytes.NewReader(encode(t, p, now)))
	if err != nil || back.Reviews[0].Given(planner.FigPosts) {
		t.Errorf("an empty figure after a round trip: given %v, %v", back.Reviews[0].Given(planner.FigPosts), err)
	}
}

// TestEvidenceTravels: sessions, attendance, exports and decisions go through a plan file,
// their references to members and practices renumbered with the plan; a version 3 file
// (before evidence) reads as a plan without any.
func TestEvidenceTravels(t *testing.T) {
	d := planner.MustDate
	p := &planner.Plan{Name: "Evidence",
		Candidates: []planner.Candidate{{ID: 70, Name: "Ana", Status: planner.Joined}, {ID: 80, Name: "Olu", Status: planner.Joined}},
		Charter:    planner.Charter{Cadence: []planner.CadenceItem{{ID: 5, Practice: "Call", Frequency: planner.Weekly, DurationMin: 60}}},
		Sessions: []planner.Session{{ID: 40, Date: d("2026-12-03"), Source: "Teams attendance report", Minutes: 61, PracticeID: 5,
			Attendees: []planner.Attendee{{Person: planner.Person{Name: "Olu", Email: "olu@example.org"}, Minutes: 50, Joins: 2, CandidateID: 80},
				{Person: planner.Person{Name: "Sam"}, Minutes: 30, Joins: 1, Guest: true}}}},
		Activity: []planner.ActivityExport{{ID: 9, Source: "Slack member analytics", From: d("2026-12-01"), To: d("2026-12-31"), Estimate: true, Reason: "totals",
			Members: []planner.MemberActivity{{Person: planner.Person{Name: "Ana"}, DaysActive: 3, Messages: 4, LastActive: d("2026-12-20"), CandidateID: 70}}}},
		Matches:          []planner.MatchDecision{{ID: 3, Key: "name:sam", Name: "Sam", Action: planner.MatchNotMember}, {ID: 4, Key: "name:olu", Name: "Olu", Action: planner.MatchMember, CandidateID: 80}},
		MinAttendMinutes: 10,
	}
	var buf bytes.Buffer
	if err := Encode(&buf, p, time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(buf.Bytes(), []byte(`"version": 7`)) {
		t.Fatalf("not version 7:\n%s", buf.String()[:80])
	}
	q, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	s := q.Sessions[0]
	if s.PracticeID != 1 || s.Attendees[0].CandidateID != 2 || s.Attendees[1].CandidateID != 0 || s.Attendees[0].Joins != 2 {
		t.Errorf("session %+v", s)
	}
	if q.Activity[0].Members[0].CandidateID != 1 || !q.Activity[0].Estimate || q.Matches[1].CandidateID != 2 || q.MinAttendMinutes != 10 {
		t.Errorf("activity %+v, matches %+v", q.Activity, q.Matches)
	}
	if p.Sessions[0].Attendees[0].CandidateID != 80 {
		t.Error("Encode changed the plan it wrote")
	}

	old := `{"format":"coplaunch-plan","version":3,"plan":{"Name":"Before evidence"}}`
	r, err := Decode(strings.NewReader(old))
	if err != nil || r.Sessions != nil || r.Activity != nil || r.Matches != nil {
		t.Fatalf("version 3: %v %+v", err, r)
	}
	bad := `{"format":"coplaunch-plan","version":6,"plan":{"Name":"x","Sessions":[{"ID":1,"Date":"2026-12-03","Attendees":[{"Name":"Ana","CandidateID":7}]}]}}`
	if _, err := Decode(strings.NewReader(bad)); !errors.Is(err, planner.ErrInvalid) || !strings.Contains(err.Error(), "member 7") {
		t.Errorf("dangling member: %v", err)
	}
}

// TestHolidayCountryTravels: the country set for the launch date's holidays goes through a
// plan file; a version 6 file (before it) reads with none, so its holidays follow the zone.
func TestHolidayCountryTravels(t *testing.T) {
	p := &planner.Plan{Name: "Berlin CoP", Event: planner.Event{TimeZone: "Europe/Berlin", HolidayCountry: "FR"}}
	var buf bytes.Buffer
	if err := Encode(&buf, p, time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	q, err := Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if q.Event.HolidayCountry != "FR" || q.Event.TimeZone != "Europe/Berlin" {
		t.Errorf("event after the round trip %+v, want the country FR kept", q.Event)
	}
	old := `{"format":"coplaunch-plan","version":6,"plan":{"Name":"Before","Event":{"TimeZone":"Europe/Berlin"}}}`
	r, err := Decode(strings.NewReader(old))
	if err != nil || r.Event.HolidayCountry != "" || r.Event.TimeZone != "Europe/Berlin" {
		t.Fatalf("version 6: %v %+v", err, r)
	}
}

// failingWriter accepts n bytes, then fails every write.
type failingWriter struct {
	n   int
	got bytes.Buffer
}

func (f *failingWriter) Write(b []byte) (int, error) {
	if f.got.Len()+len(b) > f.n {
		return 0, errors.New("disk full")
	}
	return f.got.Write(b)
}

// TestEncodeReportsWhatFailed: a writer that fails at the header, in the plan or at the end
// gives a write error, a plan JSON cannot hold (a target of NaN) an encoding error; and what
// Encode writes in pieces is the document it wrote before in one piece.
func TestEncodeReportsWhatFailed(t *testing.T) {
	p := plantest.Demo(now)
	whole := encode(t, p, now)
	for _, n := range []int{0, 40, len(whole) / 2, len(whole) - 1} {
		err := Encode(&failingWriter{n: n}, p, now)
		if err == nil || !strings.Contains(err.Error(), "write plan file: disk full") {
			t.Errorf("failing after %d bytes: %v, want the write error", n, err)
		}
	}
	var ok failingWriter
	ok.n = len(whole)
	if err := Encode(&ok, p, now); err != nil || !bytes.Equal(ok.got.Bytes(), whole) {
		t.Errorf("a writer with just enough room: %v", err)
	}
	if !bytes.HasSuffix(whole, []byte("}\n}\n")) || !bytes.HasPrefix(whole, []byte("{\n  \"format\": \"coplaunch-plan\",\n")) {
		t.Errorf("document framing: %q … %q", whole[:40], whole[len(whole)-8:])
	}
	bad := plantest.Demo(now)
	bad.Charter.TargetWeeklyActive = math.NaN()
	err := Encode(io.Discard, bad, now)
	if err == nil || !strings.Contains(err.Error(), "encode plan") || !strings.Contains(err.Error(), "NaN") {
		t.Errorf("a NaN target: %v, want an encoding error", err)
	}
}

// TestDecodeReadsEveryKindOfReader: a plan file reads the same from a file (whose size is
// known), a bytes.Reader and a reader that tells nothing of its size, and a file over
// MaxSize is refused from each, unread past MaxSize.
func TestDecodeReadsEveryKindOfReader(t *testing.T) {
	data := encode(t, plantest.Demo(now), now)
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for name, r := range map[string]io.Reader{"file": f, "bytes": bytes.NewReader(data), "plain": io.MultiReader(bytes.NewReader(data))} {
		p, err := Decode(r)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if again := encode(t, p, now); !bytes.Equal(again, data) {
			t.Errorf("%s: the plan read back differs", name)
		}
	}
	spaces := &spaceReader{left: MaxSize + 10}
	for name, r := range map[string]io.Reader{"sized": &sizedReader{n: MaxSize + 1, t: t}, "plain": spaces} {
		if _, err := Decode(r); !errors.Is(err, ErrNotPlanFile) || !strings.Contains(err.Error(), "larger than") {
			t.Errorf("%s over MaxSize: %v", name, err)
		}
	}
	if spaces.left != 9 {
		t.Errorf("read %d bytes of a file over MaxSize, want MaxSize+1", MaxSize+10-spaces.left)
	}
}

// sizedReader says it holds n bytes and fails the test when read.
type sizedReader struct {
	n int
	t *testing.T
}

func (s *sizedReader) Len() int { return s.n }
func (s *sizedReader) Read([]byte) (int, error) {
	s.t.Error("a reader known to be over MaxSize was read")
	return 0, io.EOF
}

// spaceReader gives left spaces, made as they are read.
type spaceReader struct{ left int }

func (s *spaceReader) Read(b []byte) (int, error) {
	if s.left == 0 {
		return 0, io.EOF
	}
	n := min(len(b), s.left)
	for i := range n {
		b[i] = ' '
	}
	s.left -= n
	return n, nil
}
