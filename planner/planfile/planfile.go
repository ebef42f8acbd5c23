// Package planfile reads and writes the plan file: one plan as a versioned JSON document, for
// moving a plan between libraries, machines and people.
//
// The document is {"format": "coplaunch-plan", "version": 7, "exported": <time>, "plan": {…}}.
// The plan is written with its list items renumbered 1, 2, 3… per kind (see planner.Renumber),
// empty lists as [] rather than null, and in a fixed field order, so that export → import →
// export gives the same document apart from the timestamps. A file of a newer version is
// refused, never half-read, and so is a field this version does not know: importing must not
// silently lose what a newer app wrote.
//
// Versions:
//   - 1: the first format.
//   - 2: the charter's stated platform needs (Needs, NeedsStated) and CadenceWhy, the event's
//     ScheduleWhy; a review's poll counts are the members asked in the last poll and its
//     responses (PollAsked, PollResponses) instead of polls sent and all answers (PollsSent,
//     PollResponses). A version 1 file is upgraded as it is read (see upgradeV1).
//   - 3: the client preset the plan was made for (ClientPreset; its library number is not
//     written), the export language and paper size, issued charter versions' snapshots and the
//     version each signature names. A file of version 1 or 2 reads as a plan with none of
//     these; its typed version notes are versions without snapshots.
//   - 4: whether each review figure was given (FigureStates: "none", "typed" or "evidence" per
//     planner.Figure). A file of versions 1–3 has none: its reviews' states are inferred as
//     the store's migration 0006 does (planner.InferFigureStates), so a review of zeros is a
//     draft and a filled one keeps its zeros as typed.
//   - 5: a scale question's own range and end labels (Scale) and the grid a question is a
//     row of (Grid). A file of an earlier version reads with neither: its scale questions
//     are on 1–10, the only range there was, and no question is a grid row.
//   - 6: the evidence of the reviews (Sessions with their Attendees, Activity exports,
//     remembered Matches, MinAttendMinutes); their references to members and practices are
//     renumbered with the plan. An older file reads as a plan with no evidence.
//   - 7: the country whose public holidays the suggested launch date avoids, when the
//     organizer set it (the event's HolidayCountry, a calendar code such as "FR"). An older
//     file reads with none: its holidays are those of the event's time zone, as before.
package planfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// Format is the document's "format" value.
const Format = "coplaunch-plan"

// Version is the plan file version this package writes and the newest it reads. Every
// earlier version reads too; what each added is listed in the package comment.
const Version = 7

// MaxSize is the largest plan file Decode reads (a plan with a big client logo fits easily).
const MaxSize = 128 << 20

// ErrNewerVersion means the file was written by a newer CoP Launch Planner.
var ErrNewerVersion = errors.New("plan file is from a newer version of CoP Launch Planner")

// ErrNotPlanFile means the input is not a plan file at all.
var ErrNotPlanFile = errors.New("not a CoP Launch Planner plan file")

type document struct {
	Format   string          `json:"format"`
	Version  int             `json:"version"`
	Exported time.Time       `json:"exported"`
	Plan     json.RawMessage `json:"plan"`
}

// Encode writes p as a plan file, stamped with exported. p itself is not changed. The plan
// is encoded straight to w, not into a buffer first: when encoding fails, w may have the
// start of the file, so write to a file that is kept only once Encode has succeeded (as the
// app's exports do).
func Encode(w io.Writer, p *planner.Plan, exported time.Time) error {
	c := clone(p)
	planner.Renumber(c)
	c.ID = 0
	normalize(reflect.ValueOf(c).Elem())
	stamp, err := json.Marshal(exported.UTC().Truncate(time.Second))
	if err != nil {
		return fmt.Errorf("encode plan %q: %w", p.Name, err)
	}
	// The header is indented for people and tools that peek at a file; the plan itself is
	// compact: indenting it doubled the file (6.1 MB against 3.5 MB for a 5,000-candidate
	// plan) and made export + import 2.5 times encoding/json's own cost instead of 1.4. An
	// Encoder writes the plan as Marshal would, with a newline after it, without copying
	// a large plan's 4.6 MB out of its buffer.
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "{\n  \"format\": %q,\n  \"version\": %d,\n  \"exported\": %s,\n  \"plan\": ", Format, Version, stamp)
	if ew.err == nil {
		if err := json.NewEncoder(ew).Encode(c); err != nil && ew.err == nil {
			return fmt.Errorf("encode plan %q: %w", p.Name, err)
		}
	}
	if ew.err == nil {
		io.WriteString(ew, "}\n")
	}
	if ew.err != nil {
		return fmt.Errorf("write plan file: %w", ew.err)
	}
	return nil
}

// errWriter keeps the first error of w's writes and writes nothing after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

// Decode reads a plan file. The returned plan has ID 0 and local item IDs; the store assigns
// its own when the plan is created.
func Decode(r io.Reader) (*planner.Plan, error) {
	data, err := readAll(r)
	if err != nil && !errors.Is(err, errTooLarge) {
		return nil, fmt.Errorf("read plan file: %w", err)
	}
	if err != nil || len(data) > MaxSize {
		return nil, fmt.Errorf("%w: larger than %d MiB", ErrNotPlanFile, MaxSize>>20)
	}
	p, ok := decodeStrict(data)
	if !ok {
		var err error
		if p, err = decodeChecked(data); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(p.Name) == "" {
		return nil, &planner.ValidationError{Field: "name", Msg: "the plan file has a plan without a name"}
	}
	if err := planner.CheckReferences(p); err != nil {
		return nil, fmt.Errorf("read plan %q: %w", p.Name, err)
	}
	if err := planner.CheckPlan(p); err != nil {
		return nil, fmt.Errorf("read plan %q: %w", shortName(p.Name), err)
	}
	p.ID = 0
	return p, nil
}

// errTooLarge is readAll's answer for a reader that says it holds more than MaxSize bytes.
var errTooLarge = errors.New("larger than MaxSize")

// readAll reads r, up to MaxSize+1 bytes, into a buffer of the size r says it has when it
// says so (a file, a bytes.Reader): io.ReadAll's buffer, grown from 512 bytes, would copy a
// large plan's 4.6 MB several times over as it grew. A reader that says it holds more than
// MaxSize is not read at all (errTooLarge).
func readAll(r io.Reader) ([]byte, error) {
	size := int64(-1)
	switch s := r.(type) {
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := s.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	case interface{ Len() int }:
		size = int64(s.Len())
	}
	if size > MaxSize {
		return nil, errTooLarge
	}
	if size < 0 {
		return io.ReadAll(io.LimitReader(r, MaxSize+1))
	}
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(r, MaxSize+1))
	return buf.Bytes(), err
}

// decodeStrict is the fast path of Decode: one strict pass over a well-formed document of
// this version (no unknown field anywhere, nothing after it). It reports false for anything
// else, and decodeChecked, which checks the header before reading the plan, then gives the
// precise error (or accepts what only the strict pass refuses, such as an unknown top-level
// key).
func decodeStrict(data []byte) (*planner.Plan, bool) {
	var doc struct {
		Format   string        `json:"format"`
		Version  int           `json:"version"`
		Exported time.Time     `json:"exported"`
		Plan     *planner.Plan `json:"plan"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil || doc.Format != Format || doc.Version != Version || doc.Plan == nil {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return doc.Plan, true
}

// decodeChecked reads the document's header first, then the plan, so that a file of another
// format or a newer version is refused before its plan is read.
func decodeChecked(data []byte) (*planner.Plan, error) {
	var doc document
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotPlanFile, err)
	}
	if doc.Format != Format {
		return nil, fmt.Errorf("%w (format %q, want %q)", ErrNotPlanFile, doc.Format, Format)
	}
	switch {
	case doc.Version > Version:
		return nil, fmt.Errorf("%w: file version %d, this app reads up to %d; update CoP Launch Planner to open it",
			ErrNewerVersion, doc.Version, Version)
	case doc.Version < 1:
		return nil, fmt.Errorf("%w: version %d", ErrNotPlanFile, doc.Version)
	}
	if len(doc.Plan) == 0 || string(doc.Plan) == "null" {
		return nil, fmt.Errorf("%w: no plan in the file", ErrNotPlanFile)
	}
	if doc.Version == 1 {
		up, err := upgradeV1(doc.Plan)
		if err != nil {
			return nil, fmt.Errorf("read plan (version 1): %w", err)
		}
		doc.Plan = up
	}
	var p planner.Plan
	dec := json.NewDecoder(bytes.NewReader(doc.Plan))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("read plan: %w", err)
	}
	if doc.Version < 4 {
		for i := range p.Reviews {
			planner.InferFigureStates(&p.Reviews[i])
		}
	}
	return &p, nil
}

// clone deep-copies p: every slice, pointer and map is copied, so Renumber and normalize on
// the copy leave p alone. (A JSON round trip did the same at the cost of a whole extra
// encode and decode of the plan.)
func clone(p *planner.Plan) *planner.Plan {
	c := *p
	own(reflect.ValueOf(&c).Elem())
	return &c
}

// own replaces, inside the settable value v, every slice, pointer and map by a copy of its
// own. Times and dates are values with nothing of the plan's inside.
func own(v reflect.Value) {
	if !hasRefs(v.Type()) {
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		n := reflect.New(v.Type().Elem())
		n.Elem().Set(v.Elem())
		own(n.Elem())
		v.Set(n)
	case reflect.Slice:
		if v.IsNil() {
			return
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(n, v)
		if hasRefs(v.Type().Elem()) {
			for i := range n.Len() {
				own(n.Index(i))
			}
		}
		v.Set(n)
	case reflect.Map:
		if v.IsNil() {
			return
		}
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(it.Value())
			own(e)
			n.SetMapIndex(it.Key(), e)
		}
		v.Set(n)
	case reflect.Struct:
		for _, i := range walked(v.Type()).refs {
			own(v.Field(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			own(v.Index(i))
		}
	}
}

// structWalk is, for a struct type, the exported fields own and normalize must go into: the
// fields that can share memory (hasRefs) and those that hold a slice somewhere (hasSlices).
// Asking the type about each field of each value was a quarter of exporting a large plan.
type structWalk struct {
	refs, slices []int
}

var walks sync.Map // reflect.Type → *structWalk

func walked(t reflect.Type) *structWalk {
	if w, ok := walks.Load(t); ok {
		return w.(*structWalk)
	}
	w := &structWalk{}
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if hasRefs(f.Type) {
			w.refs = append(w.refs, i)
		}
		if hasSlices(f.Type) {
			w.slices = append(w.slices, i)
		}
	}
	walks.Store(t, w)
	return w
}

var sliceTypes sync.Map // reflect.Type → bool

// hasSlices reports whether a value of type t holds a slice normalize may change: t is one,
// or holds one in an exported field, behind a pointer or in an array (times and dates hold
// none). No type of a plan holds itself, so the recursion ends.
func hasSlices(t reflect.Type) bool {
	if r, ok := sliceTypes.Load(t); ok {
		return r.(bool)
	}
	var r bool
	switch t.Kind() {
	case reflect.Slice:
		r = true
	case reflect.Pointer, reflect.Array:
		r = hasSlices(t.Elem())
	case reflect.Struct:
		if t == reflect.TypeFor[time.Time]() || t == reflect.TypeFor[planner.Date]() {
			break
		}
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && hasSlices(f.Type) {
				r = true
				break
			}
		}
	}
	sliceTypes.Store(t, r)
	return r
}

var refTypes sync.Map // reflect.Type → bool

// hasRefs reports whether a value of type t can share memory with another: whether it holds
// a slice, pointer or map in an exported field (times and dates count as plain values).
func hasRefs(t reflect.Type) bool {
	if r, ok := refTypes.Load(t); ok {
		return r.(bool)
	}
	var r bool
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map:
		r = true
	case reflect.Array:
		r = hasRefs(t.Elem())
	case reflect.Struct:
		if t == reflect.TypeFor[time.Time]() || t == reflect.TypeFor[planner.Date]() {
			break
		}
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && hasRefs(f.Type) {
				r = true
				break
			}
		}
	}
	refTypes.Store(t, r)
	return r
}

// normalize turns nil slices into empty ones (so lists are [] whatever their origin) and empty
// byte slices into nil (an absent logo is null), walking structs and slices.
func normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			normalize(v.Elem())
		}
	case reflect.Struct:
		for _, i := range walked(v.Type()).slices {
			normalize(v.Field(i))
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			if v.Len() == 0 {
				v.Set(reflect.Zero(v.Type()))
			}
			return
		}
		if v.IsNil() {
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			return
		}
		if hasSlices(v.Type().Elem()) {
			for i := range v.Len() {
				normalize(v.Index(i))
			}
		}
	case reflect.Array:
		if hasSlices(v.Type().Elem()) {
			for i := range v.Len() {
				normalize(v.Index(i))
			}
		}
	}
}

// upgradeV1 rewrites a version 1 plan as version 2: each review's PollsSent and
// PollResponses (polls sent, all answers to them) become PollAsked and PollResponses
// (members asked, responses to a poll) by planner.MigratePollCounts, which keeps the poll
// response figure. Everything else is the same in both versions.
func upgradeV1(raw json.RawMessage) (json.RawMessage, error) {
	var plan map[string]json.RawMessage
	if err := json.Unmarshal(raw, &plan); err != nil {
		return nil, err
	}
	rv, ok := plan["Reviews"]
	if !ok || string(rv) == "null" {
		return raw, nil
	}
	var reviews []map[string]json.RawMessage
	if err := json.Unmarshal(rv, &reviews); err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	num := func(r map[string]json.RawMessage, key string) (int, error) {
		v, ok := r[key]
		if !ok || string(v) == "null" {
			return 0, nil
		}
		var n int
		if err := json.Unmarshal(v, &n); err != nil {
			return 0, fmt.Errorf("review %s: %w", key, err)
		}
		return n, nil
	}
	for _, r := range reviews {
		polls, err := num(r, "PollsSent")
		if err != nil {
			return nil, err
		}
		answers, err := num(r, "PollResponses")
		if err != nil {
			return nil, err
		}
		members, err := num(r, "MembersTotal")
		if err != nil {
			return nil, err
		}
		asked, resp := planner.MigratePollCounts(polls, answers, members)
		delete(r, "PollsSent")
		r["PollAsked"] = json.RawMessage(strconv.Itoa(asked))
		r["PollResponses"] = json.RawMessage(strconv.Itoa(resp))
	}
	out, err := json.Marshal(reviews)
	if err != nil {
		return nil, err
	}
	plan["Reviews"] = out
	return json.Marshal(plan)
}

// shortName is a plan name cut to fit an error message.
func shortName(name string) string {
	if r := []rune(name); len(r) > 60 {
		return string(r[:59]) + "…"
	}
	return name
}
