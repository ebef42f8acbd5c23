package store

import (
	"context"
	"encoding/json"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner"
)

// packedTexts are texts a packed record must carry exactly: escapes of every kind, text
// beyond the BMP, and bytes that are not UTF-8.
var packedTexts = []string{"", "plain", `"quoted" and back\slash`, "line\nbreak\r\ttab\b\f", "\x00\x01\x1f\x7f",
	"é 中 😀 \u2028\u2029 <&>", "caf\xe9 \xff\xfe", "\\u00e9 is not an escape here", "[1,\"x\"]"}

func packedAnswers() []planner.Answer {
	var as []planner.Answer
	for i, s := range packedTexts {
		a := planner.Answer{QuestionID: int64(i*1000 + 1), Text: s}
		switch i % 3 {
		case 1:
			a.Choices = []string{}
		case 2:
			a.Choices = []string{s, "b", ""}
		}
		if i%2 == 0 {
			a.Tags = []planner.Tag{{ThemeID: int64(i + 7), State: planner.TagAuto}, {ThemeID: 1 << 40, State: planner.TagState(s)}}
		}
		as = append(as, a)
	}
	return as
}

// TestPackedRoundTrip: answers and histories load back exactly as they were packed; no
// answers or history is "[]" and loads as nil, as the rows did.
func TestPackedRoundTrip(t *testing.T) {
	as := packedAnswers()
	u := newUnpacker()
	got, err := u.unpackAnswers(encAnswers(as))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, as) {
		t.Errorf("answers\n%#v\nwant\n%#v", got, as)
	}
	for _, none := range [][]planner.Answer{nil, {}} {
		if s := encAnswers(none); s != "[]" {
			t.Errorf("no answers packed as %q", s)
		}
	}
	if got, err := u.unpackAnswers("[]"); got != nil || err != nil {
		t.Errorf("[] = %v, %v", got, err)
	}
	h := []planner.StatusEntry{{Status: planner.Invited, On: planner.MustDate("2026-01-02")}, {Status: planner.Joined},
		{Status: planner.CandidateStatus("odd \"one\"")}}
	gh, err := u.unpackHistory(encHistory(h))
	if err != nil || !reflect.DeepEqual(gh, h) {
		t.Errorf("history %v, %v; want %v", gh, err, h)
	}
	if s := encHistory(nil); s != "[]" {
		t.Errorf("no history packed as %q", s)
	}
	if gh, err := u.unpackHistory("[]"); gh != nil || err != nil {
		t.Errorf("[] = %v, %v", gh, err)
	}
}

// TestPackedIsJSON: what the encoder writes is the JSON that SQLite's json_array writes for
// the same values (migration 0010 packs with it), and encoding/json reads it as the same
// values; the decoder reads SQLite's and encoding/json's JSON of a record alike.
func TestPackedIsJSON(t *testing.T) {
	s := mustOpen(t)
	for _, text := range packedTexts {
		var lite string
		if err := s.db.QueryRow("SELECT json_array(?, json_array(json_array(?, ?)))", text, 3, "auto").Scan(&lite); err != nil {
			t.Fatal(err)
		}
		ours := string(appendJSONString(nil, text)) + `,[[3,"auto"]]`
		if lite != "["+ours+"]" {
			t.Errorf("%q: SQLite packs %s, the encoder %s", text, lite, "["+ours+"]")
		}
	}
	as := packedAnswers()
	packed := encAnswers(as)
	var generic []any
	if err := json.Unmarshal([]byte(packed), &generic); err != nil {
		t.Fatalf("encoding/json cannot read %s: %v", packed, err)
	}
	for i, a := range as {
		rec := generic[i].([]any)
		if utf8.ValidString(a.Text) && a.Text != rec[1] {
			t.Errorf("answer %d: encoding/json reads %q, want %q", i, rec[1], a.Text)
		}
	}
	// encoding/json escapes <, >, & and U+2028 as \u00XX; the decoder reads them.
	var std []any
	for _, a := range as {
		if utf8.ValidString(a.Text) { // encoding/json replaces bytes that are not UTF-8
			std = append(std, []any{a.QuestionID, a.Text, a.Choices, []any{}})
		}
	}
	b, _ := json.Marshal(std)
	got, err := newUnpacker().unpackAnswers(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(std) {
		t.Fatalf("%d answers read of %d", len(got), len(std))
	}
	for i := range got {
		if want := std[i].([]any)[1].(string); got[i].Text != want {
			t.Errorf("answer %d: %q, want %q", i, got[i].Text, want)
		}
	}
	// Surrogates: a pair is one character, a lone one is U+FFFD.
	got, err = newUnpacker().unpackAnswers(`[[1,"\ud83d\ude00 \ud83d x \ude00 \ud83d\u0041",null,[]]]`)
	if err != nil || got[0].Text != "😀 \ufffd x \ufffd \ufffdA" {
		t.Errorf("surrogates: %+v, %v", got, err)
	}
}

// TestPackedRejectsDamage: a damaged packed text is an error naming where it broke, never a
// wrong plan or a panic.
func TestPackedRejectsDamage(t *testing.T) {
	good := encAnswers(packedAnswers())
	for _, bad := range []string{"", "[", "[[1,\"x\",null,[]]", `[[1,"x",null,[]],]`, `[[1,"x",null]]`, `[["1","x",null,[]]]`,
		`[[1,"x",nul,[]]]`, `[[1,"x",null,[]]] x`, `[[1,"\q",null,[]]]`, `[[1,"\u12",null,[]]]`, `{"a":1}`, good[:len(good)-1], good[:len(good)/2]} {
		if got, err := newUnpacker().unpackAnswers(bad); err == nil {
			t.Errorf("%q read as %v", bad, got)
		}
	}
	for _, bad := range []string{"", `[["joined"]]`, `[["joined","2026-13-01"]]`, `[["joined","x"]`} {
		if got, err := newUnpacker().unpackHistory(bad); err == nil {
			t.Errorf("%q read as %v", bad, got)
		}
	}
}

// FuzzUnpackAnswers: any text either decodes to answers that pack and decode back to the
// same, or is an error; nothing panics.
func FuzzUnpackAnswers(f *testing.F) {
	f.Add(encAnswers(packedAnswers()))
	f.Add(`[[1,"a",["x"],[[2,"auto"]]]]`)
	f.Fuzz(func(t *testing.T, s string) {
		as, err := newUnpacker().unpackAnswers(s)
		if err != nil {
			return
		}
		again, err := newUnpacker().unpackAnswers(encAnswers(as))
		if err != nil || !reflect.DeepEqual(again, as) {
			t.Fatalf("%q: %v then %v (%v)", s, as, again, err)
		}
	})
}

// BenchmarkUnpackAnswers decodes a large plan's response (six answers, one with tags, one
// with choices) with the unpacker and, for comparison, with encoding/json into the same
// shape.
func BenchmarkUnpackAnswers(b *testing.B) {
	as := []planner.Answer{
		{QuestionID: 101, Text: "Getting feedback on my thumbnails before I publish is hard, nobody answers", Tags: []planner.Tag{{ThemeID: 7, State: planner.TagAuto}}},
		{QuestionID: 102, Text: "7"}, {QuestionID: 103, Choices: []string{"Discord", "YouTube comments"}},
		{QuestionID: 104, Text: "weekly"}, {QuestionID: 105, Text: "I can lead a session"}, {QuestionID: 106, Text: "4"},
	}
	packed := encAnswers(as)
	b.Run("unpacker", func(b *testing.B) {
		u := newUnpacker()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := u.unpackAnswers(packed); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var raw [][]json.RawMessage
			if err := json.Unmarshal([]byte(packed), &raw); err != nil {
				b.Fatal(err)
			}
			out := make([]planner.Answer, len(raw))
			for i, r := range raw {
				a := &out[i]
				var tags [][]json.RawMessage
				if json.Unmarshal(r[0], &a.QuestionID) != nil || json.Unmarshal(r[1], &a.Text) != nil ||
					json.Unmarshal(r[2], &a.Choices) != nil || json.Unmarshal(r[3], &tags) != nil {
					b.Fatal("bad record")
				}
				for _, t := range tags {
					var tg planner.Tag
					if json.Unmarshal(t[0], &tg.ThemeID) != nil || json.Unmarshal(t[1], &tg.State) != nil {
						b.Fatal("bad tag")
					}
					a.Tags = append(a.Tags, tg)
				}
			}
		}
	})
}

// TestPutWritesOneRow: saving a response (answers, tags and all) or a candidate (a status
// change too) writes its own row and the plan's updated time, nothing else; saving them again
// unchanged loads back the same plan.
func TestPutWritesOneRow(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	p := created(t, s, "Rows")
	changes := func() int { return count(t, s, "SELECT total_changes()") }
	r := p.Survey.Responses[1]
	r.Answers = append(r.Answers[:1:1], planner.Answer{QuestionID: p.Survey.Questions[0].ID, Text: "new",
		Tags: []planner.Tag{{ThemeID: p.Survey.Themes[1].ID, State: planner.TagManual}}})
	c := p.Candidates[2]
	c.History = append(c.History, planner.StatusEntry{Status: planner.Invited, On: planner.MustDate("2026-02-20")})
	c.Status = planner.Invited
	for _, item := range []any{&r, &c} {
		before := changes()
		if err := s.Put(ctx, p.ID, item); err != nil {
			t.Fatal(err)
		}
		if n := changes() - before; n != 2 {
			t.Errorf("Put of %T changed %d rows, want 2 (the item and the plan's updated time)", item, n)
		}
	}
	p.Survey.Responses[1], p.Candidates[2] = r, c
	got := load(t, s, p.ID)
	p.Updated = got.Updated
	requireEqual(t, p, got)
}
