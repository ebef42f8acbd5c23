// Package planfile reads and writes the plan file: one plan as a versioned JSON document, for
// moving a plan between libraries, machines and people.
//
// The document is {"format": "coplaunch-plan", "version": 1, "exported": <time>, "plan": {…}}.
// The plan is written with its list items renumbered 1, 2, 3… per kind (see planner.Renumber),
// empty lists as [] rather than null, and in a fixed field order, so that export → import →
// export gives the same document apart from the timestamps. A file of a newer version is
// refused, never half-read, and so is a field this version does not know: importing must not
// silently lose what a newer app wrote.
package planfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// Format is the document's "format" value.
const Format = "coplaunch-plan"

// Version is the plan file version this package writes and the newest it reads.
const Version = 1

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

// Encode writes p as a plan file, stamped with exported. p itself is not changed.
func Encode(w io.Writer, p *planner.Plan, exported time.Time) error {
	c, err := clone(p)
	if err != nil {
		return fmt.Errorf("encode plan %q: %w", p.Name, err)
	}
	planner.Renumber(c)
	c.ID = 0
	normalize(reflect.ValueOf(c).Elem())
	body, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode plan %q: %w", p.Name, err)
	}
	doc := document{Format: Format, Version: Version, Exported: exported.UTC().Truncate(time.Second), Plan: body}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encode plan %q: %w", p.Name, err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write plan file: %w", err)
	}
	return nil
}

// Decode reads a plan file. The returned plan has ID 0 and local item IDs; the store assigns
// its own when the plan is created.
func Decode(r io.Reader) (*planner.Plan, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read plan file: %w", err)
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%w: larger than %d MiB", ErrNotPlanFile, MaxSize>>20)
	}
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
	var p planner.Plan
	dec := json.NewDecoder(bytes.NewReader(doc.Plan))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("read plan: %w", err)
	}
	if strings.TrimSpace(p.Name) == "" {
		return nil, &planner.ValidationError{Field: "name", Msg: "the plan file has a plan without a name"}
	}
	if err := planner.CheckReferences(&p); err != nil {
		return nil, fmt.Errorf("read plan %q: %w", p.Name, err)
	}
	p.ID = 0
	return &p, nil
}

// clone deep-copies p through JSON, which is exact for plan values.
func clone(p *planner.Plan) (*planner.Plan, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	var c planner.Plan
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, err
	}
	return &c, nil
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
		if v.Type() == reflect.TypeFor[time.Time]() || v.Type() == reflect.TypeFor[planner.Date]() {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				normalize(v.Field(i))
			}
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
		for i := range v.Len() {
			normalize(v.Index(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			normalize(v.Index(i))
		}
	}
}
