package main

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/json"
	"fmt"
	"github.com/coplaunch/coplaunch/planner/export"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

// cmd runs the CLI in-process and returns its exit code, stdout and stderr.
func cmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// mustCmd runs the CLI and fails the test unless it exits 0.
func mustCmd(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := cmd(t, args...)
	if code != exitOK {
		t.Fatalf("coplaunch %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func pragma(t *testing.T, db, q string) string {
	t.Helper()
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var v string
	if err := conn.QueryRow(q).Scan(&v); err != nil {
		t.Fatalf("%s on %s: %v", q, db, err)
	}
	return v
}

func TestDemoThenList(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "sub", "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	if !regexp.MustCompile(`^\d+$`).MatchString(id) {
		t.Fatalf("demo printed %q, want an ID", id)
	}
	out := mustCmd(t, "-db", db, "list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "ID\tNAME\tCLIENT\tSTEP\tPROGRESS\tUPDATED" {
		t.Errorf("header %q", lines[0])
	}
	if len(lines) != 2 || !strings.HasPrefix(lines[1], id+"\tCreator Growth Circle\tNorthlight Media\t") {
		t.Fatalf("list:\n%s", out)
	}
	if cols := strings.Split(lines[1], "\t"); len(cols) != 6 || cols[4] != "5/5" {
		t.Errorf("row %q: want 6 columns with progress 5/5", lines[1])
	}
	if got := pragma(t, db, "PRAGMA integrity_check"); got != "ok" {
		t.Errorf("integrity_check: %s", got)
	}
	fi, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("library mode %v, want 0600", fi.Mode().Perm())
	}
	di, _ := os.Stat(filepath.Dir(db))
	if di.Mode().Perm() != 0o700 {
		t.Errorf("library folder mode %v, want 0700", di.Mode().Perm())
	}
}

func TestEnvDB(t *testing.T) {
	db := filepath.Join(t.TempDir(), "env.db")
	t.Setenv("COPLAUNCH_DB", db)
	mustCmd(t, "demo")
	if _, err := os.Stat(db); err != nil {
		t.Fatalf("COPLAUNCH_DB not used: %v", err)
	}
	if out := mustCmd(t, "list"); !strings.Contains(out, "Creator Growth Circle") {
		t.Fatalf("list with COPLAUNCH_DB:\n%s", out)
	}
}

// withoutTimestamps parses a plan file and drops the export and last-edit times, the parts
// allowed to differ between an export and the export of its import.
func withoutTimestamps(t *testing.T, b []byte) []byte {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("plan file is not JSON: %v", err)
	}
	delete(doc, "exported")
	plan, ok := doc["plan"].(map[string]any)
	if !ok {
		t.Fatal("plan file has no plan")
	}
	delete(plan, "Updated")
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPlanFileRoundTrip(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	id := strings.TrimSpace(mustCmd(t, "-db", a, "demo"))
	first := filepath.Join(dir, "first.json")
	mustCmd(t, "-db", a, "export", "-plan", id, "-json", first)
	id2 := strings.TrimSpace(mustCmd(t, "-db", b, "import", "-json", first))
	second := filepath.Join(dir, "second.json")
	mustCmd(t, "-db", b, "export", "-plan", id2, "-json", second)
	x, _ := os.ReadFile(first)
	y, _ := os.ReadFile(second)
	x, y = withoutTimestamps(t, x), withoutTimestamps(t, y)
	if len(x) < 1000 || !bytes.Equal(x, y) {
		t.Fatalf("export → import → export differs (%d vs %d bytes)", len(x), len(y))
	}
	// By exact name too.
	mustCmd(t, "-db", b, "export", "-plan", "Creator Growth Circle", "-json", filepath.Join(dir, "third.json"))
}

func TestBadLibraries(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	mustCmd(t, "-db", good, "demo")
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "newer.db")
	mustCmd(t, "-db", newer, "demo")
	conn, err := sql.Open("sqlite", "file:"+newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	os.Remove(newer + "-wal")
	os.Remove(newer + "-shm")

	cases := []struct {
		name, content, file, cause string
	}{
		{"text file", "Dear client,\nthis is not a database.\n", "", "not a CoP Launch Planner library"},
		{"truncated library", string(data[:len(data)/2]), "", "damaged"},
		{"newer schema", "", newer, "newer version"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := tc.file
			if path == "" {
				path = filepath.Join(t.TempDir(), "lib.db")
				if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			before := sum(t, path)
			for _, args := range [][]string{{"list"}, {"demo"}, {"export", "-plan", "1", "-json", filepath.Join(t.TempDir(), "x.json")}} {
				code, _, errs := cmd(t, append([]string{"-db", path}, args...)...)
				if code != exitFail {
					t.Errorf("%v: exit %d, want 1", args, code)
				}
				if !strings.Contains(errs, path) || !strings.Contains(errs, tc.cause) || strings.Count(errs, "\n") != 1 {
					t.Errorf("%v: stderr %q should be one line naming %s and %q", args, errs, path, tc.cause)
				}
			}
			if sum(t, path) != before {
				t.Error("the file changed")
			}
			for _, ext := range []string{"-wal", "-shm"} {
				if _, err := os.Stat(path + ext); err == nil {
					t.Errorf("%s left beside the file", ext)
				}
			}
		})
	}
}

func TestUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	for _, args := range [][]string{
		{"frobnicate"},
		{"-db", db, "list", "extra"},
		{"-db", db, "import"},
		{"-db", db, "import", "-json", "a", "-plan", "b"},
		{"-db", db, "import", "-plan", "x"},
		{"-db", db, "export", "-plan", "1"},
		{"-db", db, "export", "-json", "x.json"},
		{"-nosuchflag"},
	} {
		if code, _, errs := cmd(t, args...); code != exitUsage || errs == "" {
			t.Errorf("%v: exit %d (stderr %q), want 2 with a message", args, code, errs)
		}
	}
	if code, _, errs := cmd(t, "-db", db, "export", "-h"); code != exitOK || !strings.Contains(errs, "-charter-pdf") {
		t.Errorf("export -h: exit %d, usage %q", code, errs)
	}
	mustCmd(t, "-db", db, "demo")
	if code, _, errs := cmd(t, "-db", db, "export", "-plan", "No such plan", "-json", filepath.Join(t.TempDir(), "x.json")); code != exitFail || !strings.Contains(errs, "No such plan") {
		t.Errorf("unknown plan: exit %d, stderr %q", code, errs)
	}
}

func TestExportEveryFormat(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o700); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"-json": "plan.json", "-charter-pdf": "charter.pdf", "-plan-pdf": "plan.pdf", "-markdown": "charter.md",
		"-ics": "launch.ics", "-candidates-csv": "candidates.csv", "-reviews-csv": "reviews.csv",
	}
	args := []string{"-db", db, "export", "-plan", id}
	for flag, name := range files {
		args = append(args, flag, filepath.Join(out, name))
	}
	mustCmd(t, args...)
	starts := map[string]string{"charter.pdf": "%PDF-", "plan.pdf": "%PDF-", "launch.ics": "BEGIN:VCALENDAR", "plan.json": "{"}
	for _, name := range files {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || len(b) == 0 {
			t.Errorf("%s: %v (%d bytes)", name, err, len(b))
			continue
		}
		if want, ok := starts[name]; ok && !bytes.HasPrefix(b, []byte(want)) {
			t.Errorf("%s starts %q, want %q", name, b[:min(len(b), 16)], want)
		}
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != len(files) {
		t.Errorf("%d files in the folder, want %d (no temporary files left)", len(entries), len(files))
	}

	// Into a folder that does not exist: exit 1, nothing written.
	missing := filepath.Join(dir, "nope", "charter.pdf")
	code, _, errs := cmd(t, "-db", db, "export", "-plan", id, "-charter-pdf", missing)
	if code != exitFail || !strings.Contains(errs, missing) {
		t.Errorf("export into a missing folder: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Dir(missing)); err == nil {
		t.Error("the export created the folder")
	}
}

const googleForms = "\ufeffTimestamp,Email Address,What is your biggest pain with the algorithm right now?,How would you rate your skill at growing with the algorithm today?\n" +
	"2026/03/01 10:15:00 AM GMT+1,new1@example.com,\"My hook is slow –\nviewers swipe\",4\n" +
	"2026/03/01 11:00:00 AM GMT+1,new2@example.com,Reach dropped after a niche change,6\n"

func TestImportSurveyTwiceAddsNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	csvPath := filepath.Join(dir, "responses.csv")
	if err := os.WriteFile(csvPath, []byte(googleForms), 0o600); err != nil {
		t.Fatal(err)
	}
	out := mustCmd(t, "-db", db, "import", "-plan", id, "-survey", csvPath)
	if !strings.Contains(out, "2 responses added") {
		t.Fatalf("first import: %s", out)
	}
	out = mustCmd(t, "-db", db, "import", "-plan", id, "-survey", csvPath)
	if !strings.Contains(out, "Google Forms export, 2 rows: 0 responses added, 2 already in the plan, 0 skipped") {
		t.Fatalf("second import: %s", out)
	}
	if n := pragma(t, db, "SELECT count(*) FROM responses"); n != "16" {
		t.Errorf("%s responses stored, want 14 + 2", n)
	}
}

// TestExportLanguage writes the demo charter as Markdown in Spanish with -lang, while the plan
// file keeps the plan's own (empty) language; a bad language or version is refused.
func TestExportLanguage(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	md, js := filepath.Join(dir, "charter.md"), filepath.Join(dir, "plan.json")
	mustCmd(t, "-db", db, "export", "-plan", id, "-lang", "ES", "-markdown", md, "-json", js)
	b, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Carta de la comunidad", "## Propósito", "## Historial de versiones"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	j, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(j), `"Lang":""`) {
		t.Error("-lang changed the plan file")
	}
	if code, _, errs := cmd(t, "-db", db, "export", "-plan", id, "-lang", "it", "-markdown", md); code != exitUsage || !strings.Contains(errs, "unknown language") {
		t.Errorf("-lang it: exit %d, stderr %q", code, errs)
	}
	// The demo's versions are typed notes: there is nothing to compare with.
	if code, _, errs := cmd(t, "-db", db, "export", "-plan", id, "-since", "1.0", "-markdown", md); code != exitFail || !strings.Contains(errs, "no issued charter version") {
		t.Errorf("-since 1.0: exit %d, stderr %q", code, errs)
	}
}

func TestImportRefusesTooLongTextsAndDisagreeingFigures(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	cases := []struct{ name, plan, msg string }{
		{"name", `{"Name":"` + strings.Repeat("n", 5000) + `"}`, "Name: 5,000 characters is too long; shorten it to at most 200 characters."},
		{"weekly active", `{"Name":"x","Reviews":[{"ID":1,"Date":"2026-05-01","MembersTotal":9,"WeeklyActive":50}]}`, "Weekly active: 50 is more than the 9 members"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := filepath.Join(dir, tc.name+".json")
			doc := `{"format":"coplaunch-plan","version":1,"plan":` + tc.plan + `}`
			if err := os.WriteFile(f, []byte(doc), 0o600); err != nil {
				t.Fatal(err)
			}
			code, _, errOut := cmd(t, "-db", db, "import", "-json", f)
			if code == 0 || !strings.Contains(errOut, tc.msg) {
				t.Errorf("import: exit %d, stderr %q; want a failure saying %q", code, errOut, tc.msg)
			}
		})
	}
	_, out, _ := cmd(t, "-db", db, "list")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) > 1 {
		t.Errorf("a refused plan was added: %q", out)
	}
}

// TestImportSurveyKinds: -kind sets a new question's kind and range, by header or letter; the
// report prints the kind of every new question; a wrong -kind changes nothing.
func TestImportSurveyKinds(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	csvPath := filepath.Join(dir, "nps.csv")
	data := "Timestamp,How likely are you to recommend us?,Team,Hours a week\n"
	for i, row := range []string{"9,Sales,3", "10,Ops,5", "6,Sales,2", "0,Ops,1", "8,Sales,4", "7,Ops,6", "10,Sales,2", "3,Ops,8"} {
		data += fmt.Sprintf("2026/03/%02d 10:00:00 AM GMT+1,%s\n", i+1, row)
	}
	if err := os.WriteFile(csvPath, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := cmd(t, "-db", db, "import", "-plan", id, "-survey", csvPath, "-kind", "Nope=text"); code == exitOK || !strings.Contains(errs, "no column") {
		t.Errorf("-kind Nope: exit %d, stderr %q", code, errs)
	}
	if n := pragma(t, db, "SELECT count(*) FROM responses"); n != "14" {
		t.Errorf("a refused -kind imported: %s responses", n)
	}
	out := mustCmd(t, "-db", db, "import", "-plan", id, "-survey", csvPath, "-kind", "C=text", "-kind", "How likely are you to recommend us?=scale:0-10")
	for _, want := range []string{"new question “How likely are you to recommend us?” (Scale 0–10, as chosen)", "new question “Team” (Open text, as chosen)", "new question “Hours a week” (Number)"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if got := pragma(t, db, "SELECT kind || ' ' || scale_min || '-' || scale_max FROM questions WHERE title = 'How likely are you to recommend us?'"); got != "scale 0-10" {
		t.Errorf("stored %q, want scale 0-10", got)
	}
}

// Every kind of export is a flag of the export command, with its words: the table of kinds
// is export's, so a new kind reaches the command line by itself.
func TestExportFlagsCoverEveryKind(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	_, _, usage := cmd(t, "-db", db, "export", "-h")
	for _, k := range export.Kinds {
		what := (&cli{tr: i18n.New(i18n.English)}).exportWhat(k)
		if what == "" || strings.Contains(what, "cli.what") {
			t.Errorf("export kind %q has no words in the catalogue: %q", k, what)
		}
		if !strings.Contains(usage, "-"+string(k)+" F") || !strings.Contains(usage, "write the "+what+" to F") {
			t.Errorf("export -h does not offer -%s (%s):\n%s", k, what, usage)
		}
	}
}
