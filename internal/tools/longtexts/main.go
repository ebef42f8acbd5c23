// Command longtexts turns a plan file into one whose free texts are as long as they may be:
// names and titles at the length limit of short texts, every longer text 5,000 characters,
// each with an unbroken 300-character run (like a pasted URL) that no word wrap can split.
// The journey imports the result to check that no page grows past the screen.
//
//	go run ./internal/tools/longtexts < demo.json > long.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// short are the keys of one-line texts (limit planner.MaxShortText); long those of
// paragraphs (5,000 characters here, under planner.MaxLongText).
var (
	short = map[string]bool{"Name": true, "Client": true, "PreparedBy": true, "Title": true,
		"Metric": true, "Handle": true, "Host": true, "CoHosts": true, "Label": true}
	long = map[string]bool{"Audience": true, "Domain": true, "Help": true, "Purpose": true,
		"ScopeIn": true, "ScopeOut": true, "WhoMayJoin": true, "MixNote": true, "Conflicts": true,
		"Decisions": true, "PlatformWhy": true, "Assumptions": true, "Responsibilities": true,
		"Expectations": true, "Notes": true, "Description": true, "Outcomes": true,
		"Worked": true, "Adjust": true, "Mitigation": true, "Risk": true, "Changes": true}
)

// text is n characters: words, then an unbroken run, then words again.
func text(tag string, n int) string {
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

func walk(v any, n *int) {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if s, ok := x.(string); ok && s != "" {
				*n++
				switch {
				case short[k]:
					t[k] = text(fmt.Sprintf("%s%d", k, *n), planner.MaxShortText)
				case long[k]:
					t[k] = text(fmt.Sprintf("%s%d", k, *n), 5000)
				}
				continue
			}
			walk(x, n)
		}
	case []any:
		for _, x := range t {
			walk(x, n)
		}
	}
}

func main() {
	var doc map[string]any
	if err := json.NewDecoder(os.Stdin).Decode(&doc); err != nil {
		fmt.Fprintf(os.Stderr, "longtexts: %v\n", err)
		os.Exit(1)
	}
	n := 0
	walk(doc["plan"], &n)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		fmt.Fprintf(os.Stderr, "longtexts: %v\n", err)
		os.Exit(1)
	}
}
