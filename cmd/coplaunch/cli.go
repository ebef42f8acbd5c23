package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/jeandeaual/go-locale"

	"github.com/coplaunch/coplaunch/cmd/coplaunch/internal/quietlocale"
	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
	"github.com/coplaunch/coplaunch/planner/export"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/planfile"
	"github.com/coplaunch/coplaunch/planner/sample"
	"github.com/coplaunch/coplaunch/planner/store"
	"github.com/coplaunch/coplaunch/ui"
)

// Exit codes of SPEC §4.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// errUsage marks wrong usage: the usage text was printed already.
var errUsage = errors.New("usage")

const usage = `Usage:
  coplaunch [-db PATH]                       open the desktop app
  coplaunch [-db PATH] list                  list plans (tab-separated)
  coplaunch [-db PATH] demo                  add the filled sample plan; print its ID
  coplaunch [-db PATH] import -json FILE     add a plan from a plan file; print its ID
  coplaunch [-db PATH] import -plan P -survey FILE [-sheet NAME] [-multi ";"]
                                      [-kind "COLUMN=KIND"]...
                                             add survey responses from a CSV or .xlsx export
                                             (reports the tool, each column's use and kind,
                                             skipped rows); -kind sets a new question's kind
                                             (text, scale, single, multi, number; a scale's
                                             range as scale:0-10), COLUMN a header or letter
  coplaunch [-db PATH] import -plan P -candidates FILE [-sheet NAME]
                                             add candidates from a CSV or .xlsx file
  coplaunch [-db PATH] import -plan P -attendance FILE… [-review YYYY-MM] [-dates dmy|mdy]
                              [-date YYYY-MM-DD] [-organizer EMAIL] [-practice NAME]
                              [-decide "PERSON=MEMBER|not a member|new"]…
                                             add sessions from meeting attendance reports (Teams,
                                             Zoom, Google Meet, or a list); with -review, fill
                                             that month's review from the evidence
  coplaunch [-db PATH] import -plan P -activity FILE [-review YYYY-MM] [-dates dmy|mdy]
                              [-decide …]     add a platform activity export (Slack, Discourse,
                                             or a "member, date" list)
  coplaunch [-db PATH] import -plan P -poll FILE -review YYYY-MM
                                             fill the month's poll figures and average skill
                                             from the review poll's export
  coplaunch [-db PATH] export -plan P [-lang en|es|fr|de|pt] [-since V|last]
                                      [-json F] [-charter-pdf F] [-plan-pdf F] [-markdown F]
                                      [-ics F] [-candidates-csv F] [-reviews-csv F]
                                             write documents; -lang: in another language than
                                             the plan's; -since: the charter's changes since
                                             version V ("last": the last issued one)
  coplaunch [-db PATH] backup FILE           write a copy of the library to FILE
  coplaunch [-db PATH] backups               list the library's backups, newest first, tab-
                                             separated: DATE KIND SIZE PLANS NEWEST FILE FEWER;
                                             FEWER says "fewer than N" for a copy with fewer
                                             plans than the library's N (restoring it loses
                                             plans), else is empty
  coplaunch [-db PATH] restore BACKUP        replace the library with a backup (a file, or a
                                             name from backups); the library is kept aside

P is a plan ID or its exact name. -db defaults to $COPLAUNCH_DB, else the library in the
user's config folder. Exit status: 0 done, 1 failed, 2 wrong usage.
`

// cli carries what every subcommand needs.
type cli struct {
	db       string
	out, err io.Writer
	now      func() time.Time
	// tr words the command's messages in the system's language; what scripts read (the
	// list's header and fields, the IDs printed, exit codes) never changes with it.
	tr *i18n.Printer
}

// systemLanguage is the user's language as the operating system says it (the locale
// variables on Linux, the user's languages on Windows and macOS); English when none of the
// app's languages is among them.
func systemLanguage() i18n.Lang {
	locales, _ := locale.GetLocales()
	return i18n.FromLocales(locales)
}

// run parses the global flags and runs the GUI or a subcommand; it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	quietlocale.Restore() // the user's locale again, now that Fyne has read a quiet one
	fs := flag.NewFlagSet("coplaunch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	db := fs.String("db", os.Getenv("COPLAUNCH_DB"), "library `PATH`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	c := &cli{db: *db, out: stdout, err: stderr, now: time.Now, tr: i18n.New(systemLanguage())}
	if c.db == "" {
		p, err := store.DefaultPath()
		if err != nil {
			fmt.Fprintf(stderr, "coplaunch: no library path: %v (use -db)\n", err)
			return exitFail
		}
		c.db = p
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return runGUI(c.db, stderr)
	}
	var err error
	switch rest[0] {
	case "list":
		err = c.list(rest[1:])
	case "demo":
		err = c.demo(rest[1:])
	case "import":
		err = c.importCmd(rest[1:])
	case "export":
		err = c.exportCmd(rest[1:])
	case "backup":
		err = c.backup(rest[1:])
	case "backups":
		err = c.backups(rest[1:])
	case "restore":
		err = c.restore(rest[1:])
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "%s\n\n%s", c.tr.T("cli.unknown_command", "command", strconv.Quote(rest[0])), usage)
		return exitUsage
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	default:
		fmt.Fprintf(stderr, "coplaunch: %s\n", oneLine(err))
		return exitFail
	}
}

// oneLine keeps an error message on one line, as SPEC §4 asks.
func oneLine(err error) string { return strings.Join(strings.Fields(err.Error()), " ") }

// flags makes a subcommand's flag set; Parse errors print the usage and count as wrong usage.
func (c *cli) flags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(c.err)
	fs.Usage = func() {
		fmt.Fprintf(c.err, "Usage: coplaunch [-db PATH] %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func (c *cli) parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(c.err, c.tr.T("cli.unexpected_argument", "command", fs.Name(), "arg", strconv.Quote(fs.Arg(0))))
		fs.Usage()
		return errUsage
	}
	return nil
}

// open opens the library: read-only for commands that only read, so they work while the GUI
// has it open; writers are refused by the store while the GUI holds the library.
func (c *cli) open(write bool) (*store.Store, error) {
	return store.Open(context.Background(), c.db, store.Options{Now: c.now, ReadOnly: !write})
}

func (c *cli) list(args []string) error {
	fs := c.flags("list", "")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(c.db); errors.Is(err, os.ErrNotExist) {
		fmt.Fprintln(c.out, "ID\tNAME\tCLIENT\tSTEP\tPROGRESS\tUPDATED")
		return nil
	}
	st, err := c.open(false)
	if err != nil {
		return err
	}
	defer st.Close()
	plans, err := st.List(context.Background(), planner.ListOptions{Sort: "name", Archived: true})
	if err != nil {
		return fmt.Errorf("list plans in %s: %w", c.db, err)
	}
	fmt.Fprintln(c.out, "ID\tNAME\tCLIENT\tSTEP\tPROGRESS\tUPDATED")
	for _, p := range plans {
		fmt.Fprintf(c.out, "%d\t%s\t%s\t%s\t%d/5\t%s\n", p.ID, cell(p.Name), cell(p.Client), p.StepLabel(),
			p.Progress, p.Updated.Local().Format("2006-01-02 15:04"))
	}
	return nil
}

// cell keeps a value on one tab-separated cell.
func cell(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func (c *cli) demo(args []string) error {
	fs := c.flags("demo", "")
	if err := c.parse(fs, args); err != nil {
		return err
	}
	st, err := c.open(true)
	if err != nil {
		return err
	}
	defer st.Close()
	id, err := st.Create(context.Background(), sample.Plan(c.now()))
	if err != nil {
		return fmt.Errorf("add the demo plan to %s: %w", c.db, err)
	}
	fmt.Fprintln(c.out, id)
	return nil
}

func (c *cli) importCmd(args []string) error {
	fs := c.flags("import", "(-json FILE | -plan P -survey FILE [-sheet NAME] [-multi D] [-kind COLUMN=KIND]... | -plan P -candidates FILE [-sheet NAME] | -plan P -attendance FILE… [-review YYYY-MM] | -plan P -activity FILE [-review YYYY-MM])")
	jsonFile := fs.String("json", "", "plan `FILE` to add as a new plan")
	planRef := fs.String("plan", "", "plan ID or exact name (`P`) to import into")
	survey := fs.String("survey", "", "survey export `FILE`, CSV or .xlsx (Google Forms, Microsoft Forms, SurveyMonkey, Typeform, Jotform, Tally or generic)")
	cands := fs.String("candidates", "", "candidates `FILE`, CSV or .xlsx")
	sheet := fs.String("sheet", "", "sheet `NAME` of an .xlsx file (default the first)")
	multi := fs.String("multi", "", "`delimiter` of multi-choice answers in one cell, overriding the detection")
	var kinds []string
	fs.Func("kind", "the kind of the new question a column makes, `COLUMN=KIND` (repeatable): COLUMN a header or a letter, KIND text, scale (scale:0-10 with its range), single, multi or number", func(s string) error {
		kinds = append(kinds, s)
		return nil
	})
	ev := evidenceFlags(fs)
	if err := c.parseFiles(fs, args, &ev.more); err != nil {
		return err
	}
	n := 0
	for _, s := range []string{*jsonFile, *survey, *cands, *ev.attendance, *ev.activity, *ev.poll} {
		if s != "" {
			n++
		}
	}
	if n != 1 || (*jsonFile != "" && *planRef != "") || (*jsonFile == "" && *planRef == "") ||
		len(ev.more) > 0 && *ev.attendance == "" || len(kinds) > 0 && *survey == "" {
		fmt.Fprintln(c.err, c.tr.T("cli.import_usage"))
		fs.Usage()
		return errUsage
	}
	ctx := context.Background()
	switch {
	case *jsonFile != "":
		p, err := readFile(*jsonFile, planfile.Decode)
		if err != nil {
			return err
		}
		st, err := c.open(true)
		if err != nil {
			return err
		}
		defer st.Close()
		if p.Created.IsZero() {
			p.Created = c.now()
		}
		p.Updated = c.now()
		id, err := st.Create(ctx, p)
		if err != nil {
			return fmt.Errorf("add plan from %s: %w", *jsonFile, err)
		}
		fmt.Fprintln(c.out, id)
		return nil
	case *survey != "":
		return c.importSurvey(ctx, *planRef, *survey, csvimport.ReadOptions{Sheet: *sheet}, *multi, kinds)
	case *ev.attendance != "" || *ev.activity != "" || *ev.poll != "":
		return c.importEvidence(ctx, *planRef, ev)
	default:
		return c.importCandidates(ctx, *planRef, *cands, csvimport.ReadOptions{Sheet: *sheet})
	}
}

// readFile opens path and decodes it, naming the file in any error.
func readFile[T any](path string, decode func(io.Reader) (T, error)) (T, error) {
	var zero T
	f, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer f.Close()
	v, err := decode(f)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

// openPlan opens the library (for writing or reading) and loads the plan ref names. The
// caller closes the store.
func (c *cli) openPlan(ctx context.Context, ref string, write bool) (*store.Store, *planner.Plan, error) {
	st, err := c.open(write)
	if err != nil {
		return nil, nil, err
	}
	id, err := st.PlanID(ctx, ref)
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("plan %q in %s: %w", ref, c.db, err)
	}
	p, err := st.Load(ctx, id)
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("load plan %q from %s: %w", ref, c.db, err)
	}
	return st, p, nil
}

func (c *cli) importSurvey(ctx context.Context, ref, path string, ro csvimport.ReadOptions, multi string, kinds []string) error {
	read := func(r io.Reader) (*csvimport.SurveyFile, error) { return csvimport.ReadSurveyWith(r, ro) }
	sf, err := readFile(path, read)
	if err != nil {
		return err
	}
	opt := csvimport.SurveyOptions{MultiDelimiter: multi, Location: time.Local}
	for _, spec := range kinds {
		col, k, err := sf.ParseKindChoice(spec)
		if err != nil {
			return fmt.Errorf("-kind %s: %w", spec, err)
		}
		if opt.Kinds == nil {
			opt.Kinds = map[int]csvimport.KindChoice{}
		}
		opt.Kinds[col] = k
	}
	st, p, err := c.openPlan(ctx, ref, true)
	if err != nil {
		return err
	}
	defer st.Close()
	out, rep, err := csvimport.ImportAll(ctx, st, p, sf, opt)
	if err != nil {
		return fmt.Errorf("import %s into plan %q: %w", path, p.Name, err)
	}
	fmt.Fprintf(c.out, "%s: %s\n", path, rep.Summary(out))
	for _, l := range rep.Details() {
		fmt.Fprintln(c.out, l)
	}
	return nil
}

func (c *cli) importCandidates(ctx context.Context, ref, path string, ro csvimport.ReadOptions) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	cs, rep, err := csvimport.ReadCandidatesWith(f, ro)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	st, p, err := c.openPlan(ctx, ref, true)
	if err != nil {
		return err
	}
	defer st.Close()
	added, err := st.AddCandidates(ctx, p.ID, cs)
	if err != nil {
		return fmt.Errorf("add candidates from %s to plan %q: %w", path, p.Name, err)
	}
	fmt.Fprintln(c.out, c.tr.T("cli.candidates_added", "path", path, "rows", c.tr.Int(rep.Rows), "added", c.tr.Int(added), "skipped", c.tr.Int(len(rep.Skipped))))
	for _, s := range rep.Skipped {
		fmt.Fprintln(c.out, c.tr.T("cli.row_skipped", "row", s.Row, "reason", s.Reason))
	}
	all := append(append([]planner.Candidate(nil), p.Candidates...), cs...)
	for contact, ids := range planner.DuplicateContacts(all) {
		fmt.Fprintln(c.out, c.tr.N("cli.duplicate_contact", len(ids), "contact", contact))
	}
	return nil
}

// exportTarget is one output file of the export command.
type exportTarget struct {
	kind export.Kind // also the flag's name
	what string
	path *string
}

// exportWhat names a kind of export in the export command's help and output, from the
// catalogue ("charter PDF"): the kind is also the flag's name.
func (c *cli) exportWhat(k export.Kind) string {
	return c.tr.T("cli.what." + strings.ReplaceAll(string(k), "-", "_"))
}

func (c *cli) exportCmd(args []string) error {
	fs := c.flags("export", "-plan P [-lang en|es|fr|de|pt] [-since V] [-json F] [-charter-pdf F] [-plan-pdf F] [-markdown F] [-ics F] [-candidates-csv F] [-reviews-csv F]")
	planRef := fs.String("plan", "", "plan ID or exact name (`P`)")
	lang := fs.String("lang", "", "write the documents in `LANG` (en, es, fr, de, pt) instead of the plan's export language")
	since := fs.String("since", "", "add \"Changes since version `V`\" to the charter PDF and Markdown (\"last\": the last issued version)")
	now := c.now()
	pdf := export.Options{Fonts: ui.PDFFonts(), Now: now}
	var targets []exportTarget
	for _, k := range export.Kinds {
		what := c.exportWhat(k)
		targets = append(targets, exportTarget{k, what, fs.String(string(k), "", "write the "+what+" to `F`")})
	}
	if err := c.parse(fs, args); err != nil {
		return err
	}
	var chosen []exportTarget
	for _, t := range targets {
		if *t.path != "" {
			chosen = append(chosen, t)
		}
	}
	if *planRef == "" || len(chosen) == 0 {
		fmt.Fprintln(c.err, c.tr.T("cli.export_usage"))
		fs.Usage()
		return errUsage
	}
	if *lang != "" {
		l, err := i18n.Parse(*lang)
		if err != nil {
			fmt.Fprintln(c.err, "coplaunch export: -lang:", err)
			return errUsage
		}
		*lang = string(l)
	}
	pdf.ChangesSince = *since
	ctx := context.Background()
	st, p, err := c.openPlan(ctx, *planRef, false)
	if err != nil {
		return err
	}
	defer st.Close()
	if *since != "" && *since != "last" {
		if v := planner.VersionNamed(p, *since); v == nil || !v.Issued() {
			return fmt.Errorf("plan %q has no issued charter version %q to list changes since", p.Name, *since)
		}
	}
	// The language applies to the documents; the plan file keeps the plan as it is.
	docs := p
	if *lang != "" {
		q := *p
		q.Lang = *lang
		docs = &q
	}
	for _, t := range chosen {
		path := *t.path
		plan := docs
		if t.kind == export.KindPlanFile {
			plan = p
		}
		if err := export.WriteFileAtomic(path, func(w io.Writer) error { return export.Write(w, t.kind, plan, pdf) }); err != nil {
			return fmt.Errorf("export %s to %s: %w", t.what, path, err)
		}
		abs, _ := filepath.Abs(path)
		fmt.Fprintln(c.out, c.tr.T("cli.wrote", "what", t.what, "path", abs))
	}
	return nil
}
