// Command longtexts turns a plan file into one whose free texts are as long as they may be:
// names and titles at the length limit of short texts, every longer text 5,000 characters,
// each with an unbroken 300-character run (like a pasted URL) that no word wrap can split: the
// fields and texts of plantest.LongTexts, on a plan file.
// The journey imports the result to check that no page grows past the screen.
//
//	go run ./internal/tools/longtexts < demo.json > long.json
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

func walk(v any, n *int) {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if s, ok := x.(string); ok && s != "" {
				*n++
				switch {
				case plantest.ShortTextFields[k]:
					t[k] = plantest.LongText(fmt.Sprintf("%s%d", k, *n), planner.MaxShortText)
				case plantest.LongTextFields[k]:
					t[k] = plantest.LongText(fmt.Sprintf("%s%d", k, *n), plantest.LongTextLen)
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
