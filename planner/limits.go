package planner

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Length limits of the plan's texts, in characters. One-line texts (names, titles, handles)
// stay readable in a list row and a window title; paragraphs hold a page or two. Both are far
// above what a person types and far below what slows the window or the exports down.
const (
	MaxShortText = 200
	MaxLongText  = 10000
)

// shortFields are the plan's one-line texts, by Go field name (also the items of Options and
// Keywords); every other text is a paragraph.
var shortFields = map[string]bool{
	"Name": true, "Client": true, "PreparedBy": true, "Title": true, "Metric": true, "Unit": true,
	"Handle": true, "Respondent": true, "Email": true, "Label": true, "Host": true, "Author": true,
	"Version": true, "Practice": true, "Options": true, "Keywords": true,
}

// TextLimit is the length limit of the text field with this Go field name.
func TextLimit(field string) int {
	if shortFields[field] {
		return MaxShortText
	}
	return MaxLongText
}

// TextLimitFor is TextLimit for a field named in any letter case, as editors name their
// fields ("title", "preparedBy", "prepared").
func TextLimitFor(name string) int {
	for f := range shortFields {
		if strings.EqualFold(f, name) || (f == "PreparedBy" && strings.EqualFold(name, "prepared")) {
			return MaxShortText
		}
	}
	return MaxLongText
}

// CheckText returns nil when s fits the limit of field (a Go field name such as "Name" or
// "Purpose"), else a ValidationError naming label (the field as people see it).
func CheckText(field, label, s string) error {
	limit := TextLimit(field)
	if n := utf8.RuneCountInString(s); n > limit {
		return &ValidationError{Field: label, Msg: fmt.Sprintf("%s characters is too long; shorten it to at most %s characters.", Thousands(n), Thousands(limit))}
	}
	return nil
}

// CheckTexts checks every text of the plan against its length limit and returns the first
// one that is too long, naming where it is ("Charter purpose", "Goals 2 title").
func CheckTexts(p *Plan) error {
	if p == nil {
		return nil
	}
	var first error
	w := textWalk{report: func(e *ValidationError) bool {
		first = e
		return false
	}}
	w.walk(reflect.ValueOf(p).Elem(), "")
	return first
}

// textProblems returns every text of v (a plan part or a list item) over its length limit,
// each named by path and its field ("Charter purpose", "Goal title"). With own set, the
// lists inside v (slices of items) and the plan's charter, event and client are left out:
// they are written on their own.
func textProblems(v any, path string, own bool) []*ValidationError {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() == reflect.Pointer && rv.IsNil() {
		return nil
	}
	var out []*ValidationError
	w := textWalk{own: own, report: func(e *ValidationError) bool {
		out = append(out, e)
		return true
	}}
	if path != "" {
		w.path = append(w.path, pathPart{name: path})
	}
	w.walk(reflect.Indirect(rv), "")
	return out
}

var (
	snapshotType = reflect.TypeOf(Snapshot(nil))
	// ownSkipped are the fields of a plan written apart from the plan's own fields.
	ownSkipped = map[reflect.Type]bool{reflect.TypeOf(Charter{}): true, reflect.TypeOf(Event{}): true, reflect.TypeOf(&Client{}): true}
)

// textWalk visits every text of a value and reports those over their limits. The path to
// the current value is kept as parts and worded only for a text that is too long: a plan of
// thousands of answers is checked without building a name for each.
type textWalk struct {
	own    bool
	report func(*ValidationError) bool // false stops the walk
	path   []pathPart
}

// pathPart is a Go field name ("PreparedBy") or, with index > 0, a list position.
type pathPart struct {
	name  string
	index int
}

// label words the path as people read it: "Charter norms 2 text".
func (w *textWalk) label() string {
	var parts []string
	for _, p := range w.path {
		if p.index > 0 {
			parts = append(parts, strconv.Itoa(p.index))
		} else {
			parts = append(parts, words(p.name))
		}
	}
	return sentenceCase(strings.Join(parts, " "))
}

// walk reports each text under v over its limit; it returns false when the report stopped
// the walk.
func (w *textWalk) walk(v reflect.Value, field string) bool {
	switch v.Kind() {
	case reflect.String:
		s := v.String()
		if len(s) <= MaxShortText { // within every limit: most texts, no lookup
			return true
		}
		if limit := TextLimit(field); len(s) > limit && utf8.RuneCountInString(s) > limit {
			return w.report(CheckText(field, w.label(), s).(*ValidationError))
		}
	case reflect.Struct:
		for _, f := range textFieldsOf(v.Type()) {
			if w.own && f.ownSkip {
				continue
			}
			w.path = append(w.path, pathPart{name: f.name})
			ok := w.walk(v.Field(f.index), f.name)
			w.path = w.path[:len(w.path)-1]
			if !ok {
				return false
			}
		}
	case reflect.Slice, reflect.Array:
		if !textual(v.Type()) {
			return true // bytes (a logo), IDs, figures: no text
		}
		for i := 0; i < v.Len(); i++ {
			w.path = append(w.path, pathPart{index: i + 1})
			ok := w.walk(v.Index(i), field)
			w.path = w.path[:len(w.path)-1]
			if !ok {
				return false
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return w.walk(v.Elem(), field)
		}
	}
	return true
}

// textField is a field of a struct that the walk visits: exported, able to hold a text, not
// a snapshot (a snapshot joins a whole section's texts, each checked where it is typed).
type textField struct {
	index int
	name  string
	// ownSkip leaves the field out of a walk of a value's own fields: a list of items, or
	// a part of the plan written on its own (see textProblems).
	ownSkip bool
}

// structTextFields caches textFieldsOf: a plan of thousands of answers and candidates walks
// the same few struct types again and again.
var structTextFields sync.Map // reflect.Type → []textField

// textFieldsOf lists the fields of struct type t the walk visits, in order.
func textFieldsOf(t reflect.Type) []textField {
	if v, ok := structTextFields.Load(t); ok {
		return v.([]textField)
	}
	var fs []textField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Type == snapshotType || !textual(f.Type) {
			continue
		}
		own := ownSkipped[f.Type] || f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct
		fs = append(fs, textField{index: i, name: f.Name, ownSkip: own})
	}
	structTextFields.Store(t, fs)
	return fs
}

// textualTypes caches textual.
var textualTypes sync.Map // reflect.Type → bool

// textual reports whether a value of type t can hold a text (a string other than bytes). No
// type of a plan holds itself, so the recursion ends.
func textual(t reflect.Type) bool {
	if v, ok := textualTypes.Load(t); ok {
		return v.(bool)
	}
	var has bool
	switch t.Kind() {
	case reflect.String:
		has = true
	case reflect.Pointer:
		has = textual(t.Elem())
	case reflect.Slice, reflect.Array:
		has = t.Elem().Kind() != reflect.Uint8 && textual(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if f := t.Field(i); f.IsExported() && f.Type != snapshotType && textual(f.Type) {
				has = true
				break
			}
		}
	}
	textualTypes.Store(t, has)
	return has
}

// words turns a Go field name into lower-case words: "PreparedBy" → "prepared by".
func words(name string) string {
	var b strings.Builder
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// sentenceCase upper-cases the first letter of s.
func sentenceCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Thousands writes n with a comma between groups of three digits: 12345 → "12,345".
func Thousands(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}
