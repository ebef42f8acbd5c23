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
	return checkTexts(reflect.ValueOf(p).Elem(), "", "")
}

var snapshotType = reflect.TypeOf(Snapshot(nil))

func checkTexts(v reflect.Value, field, path string) error {
	switch v.Kind() {
	case reflect.String:
		return CheckText(field, sentenceCase(path), v.String())
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() || f.Type == snapshotType {
				continue // a snapshot joins a whole section's texts, each checked where it is typed
			}
			if err := checkTexts(v.Field(i), f.Name, strings.TrimSpace(path+" "+words(f.Name))); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return nil // bytes (a logo), not text
		}
		for i := 0; i < v.Len(); i++ {
			if err := checkTexts(v.Index(i), field, fmt.Sprintf("%s %d", path, i+1)); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return checkTexts(v.Elem(), field, path)
		}
	}
	return nil
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
