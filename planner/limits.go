package planner

import (
	"fmt"
	"reflect"
	"strings"
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
	var path textPath
	return path.check(reflect.ValueOf(p).Elem(), "")
}

var snapshotType = reflect.TypeOf(Snapshot(nil))

// textPath is where CheckTexts is in the plan: field names and list positions, turned into
// words ("Goals 2 title") only for a text that is too long, since a large plan holds tens
// of thousands of texts.
type textPath []pathStep

// pathStep is a field name, or a list position (from 1) when field is "".
type pathStep struct {
	field string
	index int
}

func (path *textPath) check(v reflect.Value, field string) error {
	switch v.Kind() {
	case reflect.String:
		// No text of n bytes has more than n characters: most texts are checked by length.
		if s := v.String(); len(s) > TextLimit(field) {
			return CheckText(field, path.label(), s)
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Type == snapshotType {
				continue // a snapshot joins a whole section's texts, each checked where it is typed
			}
			*path = append(*path, pathStep{field: f.Name})
			err := path.check(v.Field(i), f.Name)
			*path = (*path)[:len(*path)-1]
			if err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return nil // bytes (a logo), not text
		}
		for i := 0; i < v.Len(); i++ {
			*path = append(*path, pathStep{index: i + 1})
			err := path.check(v.Index(i), field)
			*path = (*path)[:len(*path)-1]
			if err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return path.check(v.Elem(), field)
		}
	}
	return nil
}

// label names the text at the path as people read it: "Charter purpose", "Goals 2 title".
func (path textPath) label() string {
	parts := make([]string, len(path))
	for i, st := range path {
		if st.field == "" {
			parts[i] = fmt.Sprint(st.index)
		} else {
			parts[i] = words(st.field)
		}
	}
	return sentenceCase(strings.Join(parts, " "))
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
