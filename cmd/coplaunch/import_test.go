package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
	"github.com/coplaunch/coplaunch/planner/planfile"
	"github.com/coplaunch/coplaunch/planner/plantest"
	"github.com/coplaunch/coplaunch/planner/store"
)

func fixture(name string) string {
	return filepath.Join("..", "..", "planner", "csvimport", "testdata", name)
}

// responsesOf is the plan's survey in comparable form.
func responsesOf(p *planner.Plan) []string {
	title := map[int64]string{}
	var out []string
	for _, q := range p.Survey.Questions {
		title[q.ID] = q.Title
		out = append(out, fmt.Sprintf("Q %s %s %q", q.Title, q.Kind, q.Options))
	}
	for _, r := range p.Survey.Responses {
		var as []string
		for _, a := range r.Answers {
			as = append(as, fmt.Sprintf("%s=%q%q", title[a.QuestionID], a.Text, a.Choices))
		}
		out = append(out, fmt.Sprintf("R %q %q %s %s %s", r.Respondent, r.Email, r.SubmittedAt.UTC().Format(time.RFC3339), r.Key, strings.Join(as, "; ")))
	}
	return out
}

// TestImportSurveyEveryFormat: `import -survey` reads each tool's export, CSV or .xlsx, names
// the tool and each column's use, turns no metadata column into a question, and stores what
// csvimport.ImportAll stores (the import the GUI's dialog is tested against).
func TestImportSurveyEveryFormat(t *testing.T) {
	for _, tc := range []struct{ file, tool, meta string }{
		{"microsoft_forms.csv", "Microsoft Forms", "“Completion time”: submitted time"},
		{"microsoft_forms.xlsx", "Microsoft Forms", "“Start time”: start time"},
		{"surveymonkey.csv", "SurveyMonkey", "“End Date”: submitted time"},
		{"surveymonkey.xlsx", "SurveyMonkey", "“Respondent ID”: response ID (import key)"},
		{"jotform.csv", "Jotform", "“Submission Date”: submitted time"},
		{"tally.csv", "Tally", "“Submitted at”: submitted time"},
		{"google_forms.xlsx", "Google Forms", "“Timestamp”: submitted time"},
		{"typeform.xlsx", "Typeform", "“Submit Date (UTC)”: submitted time"},
		{"generic.xlsx", "generic spreadsheet", "“Submitted at”: submitted time"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "lib.db")
			// The same demo plan, at a fixed time, in both libraries.
			demo := plantest.Demo(time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
			demoFile := filepath.Join(dir, "demo.json")
			var pf bytes.Buffer
			if err := planfile.Encode(&pf, demo, demo.Updated); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(demoFile, pf.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			id := strings.TrimSpace(mustCmd(t, "-db", db, "import", "-json", demoFile))
			out := mustCmd(t, "-db", db, "import", "-plan", id, "-survey", fixture(tc.file))
			if !strings.Contains(out, ": "+tc.tool+" export, ") || !strings.Contains(out, "\nColumns:\n") || !strings.Contains(out, tc.meta) {
				t.Errorf("output:\n%s", out)
			}
			if strings.Contains(out, "skipped:") || strings.Contains(out, "Skipped rows:") {
				t.Errorf("rows skipped:\n%s", out)
			}

			ctx := context.Background()
			st, err := store.Open(ctx, db, store.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			ref, err := store.Open(ctx, filepath.Join(dir, "ref.db"), store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ref.Close()
			refPlan, err := planfile.Decode(bytes.NewReader(pf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			rid, err := ref.Create(ctx, refPlan)
			if err != nil {
				t.Fatal(err)
			}
			rp, _ := ref.Load(ctx, rid)
			data, _ := os.ReadFile(fixture(tc.file))
			f, err := csvimport.ReadSurvey(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if _, _, err := csvimport.ImportAll(ctx, ref, rp, f, csvimport.SurveyOptions{Location: time.Local}); err != nil {
				t.Fatal(err)
			}
			var pid int64
			fmt.Sscan(id, &pid)
			got, err := st.Load(ctx, pid)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := ref.Load(ctx, rid)
			if g, w := responsesOf(got), responsesOf(want); !reflect.DeepEqual(g, w) {
				t.Errorf("the CLI stored\n%s\nImportAll stores\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
			}
			meta := map[string]bool{}
			for _, c := range f.Columns {
				if c.Meta != "" {
					meta[c.Header] = true
				}
			}
			for _, q := range got.Survey.Questions {
				if meta[q.Title] {
					t.Errorf("metadata column %q became a question", q.Title)
				}
			}
		})
	}
}

// TestImportSheetFlag: -sheet picks a workbook's sheet; an unknown one is an error that lists
// the sheets, and nothing is imported.
func TestImportSheetFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	out := mustCmd(t, "-db", db, "import", "-plan", id, "-survey", fixture("generic.xlsx"), "-sheet", "Late responses")
	if !strings.Contains(out, "1 row: 1 response added") {
		t.Errorf("output: %s", out)
	}
	code, _, errs := cmd(t, "-db", db, "import", "-plan", id, "-survey", fixture("generic.xlsx"), "-sheet", "Nope")
	if code != exitFail || !strings.Contains(errs, "“Responses”, “Late responses”") {
		t.Errorf("unknown sheet: exit %d, %s", code, errs)
	}
	if n := pragma(t, db, "SELECT count(*) FROM responses"); n != "15" {
		t.Errorf("%s responses stored, want 14 + 1", n)
	}
}

// TestCandidatesRoundTripCLI: export → import into an empty plan → export gives the same
// bytes; handles and notes a spreadsheet would run as formulas come back as they were.
func TestCandidatesRoundTripCLI(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	extra := filepath.Join(dir, "extra.csv")
	os.WriteFile(extra, []byte("name,handle,contact,notes\nMaya,@maya,maya@example.com,=1+1\nNeg,-x,,-12\n"), 0o600)
	mustCmd(t, "-db", db, "import", "-plan", id, "-candidates", extra)
	first := filepath.Join(dir, "first.csv")
	mustCmd(t, "-db", db, "export", "-plan", id, "-candidates-csv", first)

	empty := filepath.Join(dir, "empty.json")
	var b bytes.Buffer
	if err := planfile.Encode(&b, &planner.Plan{Name: "Empty"}, time.Now()); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(empty, b.Bytes(), 0o600)
	db2 := filepath.Join(dir, "lib2.db")
	id2 := strings.TrimSpace(mustCmd(t, "-db", db2, "import", "-json", empty))
	mustCmd(t, "-db", db2, "import", "-plan", id2, "-candidates", first)
	second := filepath.Join(dir, "second.csv")
	mustCmd(t, "-db", db2, "export", "-plan", id2, "-candidates-csv", second)

	a, _ := os.ReadFile(first)
	c, _ := os.ReadFile(second)
	if !bytes.Equal(a, c) {
		t.Errorf("export → import → export differs:\n%s\n---\n%s", a, c)
	}
	if !bytes.Contains(a, []byte("'@maya")) {
		t.Errorf("the export does not defuse @maya:\n%s", a)
	}
	if h := pragma(t, db2, "SELECT handle FROM candidates WHERE name = 'Maya'"); h != "@maya" {
		t.Errorf("imported handle %q, want @maya", h)
	}
}
