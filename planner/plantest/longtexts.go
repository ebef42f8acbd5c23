package plantest

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// ShortTextFields are the names of a plan's one-line text fields (limit planner.MaxShortText)
// and LongTextFields those of its paragraphs, as LongTexts lengthens them. The journey's plan
// of long texts (internal/tools/longtexts) lengthens the same fields of a plan file.
var (
	ShortTextFields = map[string]bool{"Name": true, "Client": true, "PreparedBy": true, "Title": true,
		"Metric": true, "Handle": true, "Host": true, "CoHosts": true, "Label": true}
	LongTextFields = map[string]bool{"Audience": true, "Domain": true, "Help": true, "Purpose": true,
		"ScopeIn": true, "ScopeOut": true, "WhoMayJoin": true, "MixNote": true, "Conflicts": true,
		"Decisions": true, "PlatformWhy": true, "Assumptions": true, "Responsibilities": true,
		"Expectations": true, "Notes": true, "Description": true, "Outcomes": true,
		"Worked": true, "Adjust": true, "Mitigation": true, "Risk": true, "Changes": true}
)

// LongTextLen is how long LongTexts makes every paragraph: half the limit, as long as any
// organizer's text is likely to be.
const LongTextLen = 5000

// LongText is n characters starting with tag: words, then an unbroken run of 300 characters
// (like a pasted URL, which no word wrap can split), then words again.
func LongText(tag string, n int) string {
	var b strings.Builder
	b.WriteString(tag + " ")
	run := strings.Repeat("x", min(300, n/3))
	for b.Len() < n/3 {
		b.WriteString("lorem ipsum dolor ")
	}
	b.WriteString(run + " ")
	for b.Len() < n {
		b.WriteString("sit amet consectetur ")
	}
	return string([]rune(b.String())[:n])
}

// LongTexts makes every non-empty free text of p as long as it may be: one-line texts at
// planner.MaxShortText, paragraphs LongTextLen characters, each tagged with its field name and
// a number so that no two are alike.
func LongTexts(p *planner.Plan) {
	n := 0
	lengthen(reflect.ValueOf(p).Elem(), &n)
}

func lengthen(v reflect.Value, n *int) {
	switch v.Kind() {
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if !t.Field(i).IsExported() {
				continue
			}
			name := t.Field(i).Name
			if f.Kind() == reflect.String && f.String() != "" {
				*n++
				switch {
				case ShortTextFields[name]:
					f.SetString(LongText(fmt.Sprintf("%s%d", name, *n), planner.MaxShortText))
				case LongTextFields[name]:
					f.SetString(LongText(fmt.Sprintf("%s%d", name, *n), LongTextLen))
				}
				continue
			}
			lengthen(f, n)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			lengthen(v.Index(i), n)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			lengthen(v.Elem(), n)
		}
	}
}
