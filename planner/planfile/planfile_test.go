package planfile

import (
	"bytes"
	"errors"
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
	cases := []struct {
		name, doc string
		want      error
		msg       string
	}{
		{"not json", "hello", ErrNotPlanFile, ""},
		{"empty", "", ErrNotPlanFile, ""},
		{"other format", `{"format":"something","version":1,"plan":{}}`, ErrNotPlanFile, "something"},
		{"newer version", strings.Replace(good, `"version": 2`, `"version": 7`, 1), ErrNewerVersion, "version 7"},
		{"version zero", strings.Replace(good, `"version": 2`, `"version": 0`, 1), ErrNotPlanFile, ""},
		{"no plan", `{"format":"coplaunch-plan","version":1}`, ErrNotPlanFile, "no plan"},
		{"unknown field", strings.Replace(good, `"Name":`, `"Mystery":1,"Name":`, 1), nil, "Mystery"},
		{"no name", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"  "}}`, planner.ErrInvalid, "without a name"},
		{"name too long", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"` + strings.Repeat("n", 5000) + `"}}`, planner.ErrInvalid, "Name: 5,000 characters is too long; shorten it to at most 200 characters."},
		{"purpose too long", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"x","Charter":{"Purpose":"` + strings.Repeat("p", 10001) + `"}}}`, planner.ErrInvalid, "Charter purpose: 10,001 characters"},
		{"weekly active over members", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"x","Reviews":[{"ID":1,"Date":"2026-05-01","MembersTotal":9,"WeeklyActive":50}]}}`, planner.ErrInvalid, "Weekly active: 50 is more than the 9 members"},
		{"skill off the scale", `{"format":"coplaunch-plan","version":1,"plan":{"Name":"x","Reviews":[{"ID":1,"Date":"2026-05-01","MembersTotal":9,"AvgSkill":-5}]}}`, planner.ErrInvalid, "Avg. skill rating: -5 is outside the survey's scale"},
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
	// Written again, it is a version 2 file that reads back the same.
	second := encode(t, p, now)
	if !bytes.Contains(second, []byte(`"version": 2`)) || bytes.Contains(second, []byte("PollsSent")) {
		t.Errorf("re-export is not version 2")
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
