package ui

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// recruitStep is step 2: the candidate list, invitations and the recruitment summary.
type recruitStep struct {
	s *session
	w fyne.Window

	hints      *hints
	candidates *listEditor[planner.Candidate]
	invites    *listEditor[planner.InviteTemplate]
	summary    *widget.Label
	// warnings are the summary's warnings, one a line. There are always at least
	// warningLines lines, empty or not, and summaryKeep keeps the summary and warnings as
	// tall as they have been while the page is shown: a warning that comes or goes never
	// moves the candidate form below.
	warnings    *fyne.Container
	summaryKeep *keepHeight
	dupes       map[int64]bool // candidates sharing a contact with another
	// fields holds the widgets of the candidate form built last, by name, for tests.
	fields map[string]fyne.CanvasObject

	addRespondents, importBtn, exportBtn *widget.Button
	// adding is open while candidates are being added off the UI goroutine (see add); added
	// is the count of the last add, for tests.
	adding chan struct{}
	added  int

	obj fyne.CanvasObject
}

// newRecruitStep builds step 2's editor.
func newRecruitStep(s *session, w fyne.Window) page {
	v := &recruitStep{s: s, w: w, hints: hintsBox(planner.StepRecruit), dupes: map[int64]bool{}, fields: map[string]fyne.CanvasObject{}}
	tr := s.tr
	v.candidates = newListEditor(s, w, listSpec[planner.Candidate]{
		kind: planner.ItemCandidate, what: "candidate",
		items: func() *[]planner.Candidate { return &s.plan.Candidates },
		id:    func(c *planner.Candidate) int64 { return c.ID },
		label: func(c *planner.Candidate) string {
			l := c.Name
			if l == "" {
				l = c.Handle
			}
			l += " — " + statusText(tr, c.Status)
			if v.dupes[c.ID] {
				l += " — ⚠ " + tr.T("ui.recruit.duplicate_contact")
			}
			return l
		},
		newItem: func() planner.Candidate {
			c := planner.Candidate{Name: tr.T("ui.recruit.new_candidate"), Source: planner.SourceNetwork}
			planner.SetCandidateStatus(&c, planner.Prospect, s.today())
			return c
		},
		form: v.candidateForm,
		save: func(c *planner.Candidate) error { return s.put(c) },
		remove: func(c *planner.Candidate) error {
			return v.deletePerson(c.ID)
		},
		confirmText: func(c *planner.Candidate) string {
			return erasureTextIn(tr, tr.T("ui.recruit.delete_candidate", "name", c.NameIn(tr)),
				planner.ErasureOfCandidate(s.plan, c.ID))
		},
	})
	v.candidates.listRows = 10

	v.invites = newListEditor(s, w, listSpec[planner.InviteTemplate]{
		kind: planner.ItemInvite, what: "invitation template",
		items: func() *[]planner.InviteTemplate { return &s.plan.Invites },
		id:    func(t *planner.InviteTemplate) int64 { return t.ID },
		label: func(t *planner.InviteTemplate) string { return choiceText(tr, t.Channel) },
		newItem: func() planner.InviteTemplate {
			return planner.InviteTemplate{Channel: planner.ChannelEmail, Text: tr.T("ui.recruit.new_invite")}
		},
		form: v.inviteForm,
		save: func(t *planner.InviteTemplate) error { return s.put(t) },
		confirmText: func(t *planner.InviteTemplate) string {
			return tr.T("ui.recruit.delete_invite", "channel", choiceText(tr, t.Channel))
		},
	})

	v.summary = widget.NewLabel("")
	v.summary.Wrapping = fyne.TextWrapWord
	v.warnings = container.NewVBox()
	v.summaryKeep = &keepHeight{}
	v.addRespondents = widget.NewButton(tr.T("ui.recruit.add_respondents"), v.addFromSurvey)
	v.importBtn = widget.NewButton(tr.T("ui.recruit.import_csv"), v.pickImport)
	v.exportBtn = widget.NewButton(tr.T("ui.recruit.export_csv"), func() {
		s.flush()
		exportPlan(s, w, exportCandidatesCSV)
	})

	v.obj = container.NewVBox(
		stepHeader(planner.StepRecruit, v.hints),
		section(tr.T("ui.recruit.section.summary"), container.New(v.summaryKeep, container.NewVBox(v.summary, v.warnings))),
		section(tr.T("ui.recruit.section.candidates"), container.NewHBox(v.addRespondents, v.importBtn, v.exportBtn), v.candidates.object()),
		section(tr.T("ui.recruit.section.invites"),
			wrapLabel(tr.T("ui.recruit.invites.help")),
			v.invites.object()),
	)
	v.reload()
	return v
}

func (v *recruitStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan when the page is shown: lists, hints and summary.
func (v *recruitStep) reload() {
	v.hints.shown()
	v.summaryKeep.high = 0
	v.candidates.refresh()
	v.invites.refresh()
	v.refresh()
}

// refresh updates hints, duplicate flags and the summary after a save.
func (v *recruitStep) refresh() {
	p, tr := v.s.plan, v.s.tr
	v.hints.show(p)
	v.dupes = map[int64]bool{}
	for _, ids := range planner.DuplicateContacts(p.Candidates) {
		for _, id := range ids {
			v.dupes[id] = true
		}
	}
	sum := planner.SummarizeRecruitment(p, v.s.today())
	var b strings.Builder
	for i, st := range planner.CandidateStatuses {
		if i > 0 {
			b.WriteString(" · ")
		}
		b.WriteString(statusText(tr, st) + " " + tr.Int(sum.ByStatus[st]))
	}
	b.WriteString("\n" + tr.T("ui.recruit.summary.core", "n", tr.Int(sum.Core), "min", tr.Int(planner.CoreMin), "max", tr.Int(planner.CoreMax)))
	b.WriteString("\n" + tr.T("ui.recruit.summary.levels",
		"newcomers", tr.Int(sum.Experience[planner.Newcomer]), "practitioners", tr.Int(sum.Experience[planner.Practitioner]),
		"veterans", tr.Int(sum.Experience[planner.Veteran]), "low", tr.Int(sum.Activity[planner.ActivityLow]),
		"medium", tr.Int(sum.Activity[planner.ActivityMedium]), "high", tr.Int(sum.Activity[planner.ActivityHigh])))
	if sum.Waiting > 0 {
		b.WriteString("\n" + tr.N("ui.recruit.summary.leaders_wait", sum.LongestWaitDays, "leaders", tr.Int(sum.Leaders), "waiting", tr.Int(sum.Waiting)))
	} else {
		b.WriteString("\n" + tr.T("ui.recruit.summary.leaders", "leaders", tr.Int(sum.Leaders), "waiting", tr.Int(sum.Waiting)))
	}
	v.summary.SetText(b.String())
	warns := make([]string, 0, len(sum.Warnings)+1)
	for _, w := range sum.Warnings {
		warns = append(warns, w.In(tr))
	}
	if n := len(v.dupes); n > 0 {
		warns = append(warns, tr.N("ui.recruit.warn.shared_contact", n, "mark", tr.T("ui.recruit.duplicate_contact")))
	}
	v.showWarnings(warns)
	v.candidates.list.Refresh()
}

// warningLines is how many lines the warnings always take: the recruitment summary's three
// kinds and shared contacts.
const warningLines = 4

// showWarnings shows each warning on a line of its own, cut to the page's width (they are
// short sentences), in at least warningLines lines.
func (v *recruitStep) showWarnings(warns []string) {
	for len(v.warnings.Objects) < max(warningLines, len(warns)) {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		l.Importance = widget.WarningImportance
		v.warnings.Add(l)
	}
	for i, o := range v.warnings.Objects {
		text := ""
		if i < len(warns) {
			text = "⚠ " + warns[i] + "."
		}
		o.(*widget.Label).SetText(text)
	}
}

// candidateForm edits one candidate, with the invitation filled in for them.
func (v *recruitStep) candidateForm(c *planner.Candidate, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	key := func(f string) string { return fmt.Sprintf("candidate.%d.%s", c.ID, f) }
	history := widget.NewLabel("")
	history.Wrapping = fyne.TextWrapWord
	invite := widget.NewLabel("")
	invite.Wrapping = fyne.TextWrapWord
	update := func() {
		var hs []string
		for _, h := range c.History {
			hs = append(hs, tr.T("ui.recruit.history_entry", "status", statusText(tr, h.Status), "date", dateText(tr, h.On)))
		}
		history.SetText(strings.Join(hs, " → "))
		invite.SetText(v.inviteFor(*c))
	}
	saveC := func() error { err := save(); update(); return err }
	status := choiceField(planner.CandidateStatuses, func(st planner.CandidateStatus) string { return statusText(tr, st) },
		func() planner.CandidateStatus { return c.Status },
		func(st planner.CandidateStatus) { planner.SetCandidateStatus(c, st, s.today()) }, saveC)
	copyBtn := widget.NewButton(tr.T("ui.recruit.copy_invite"), func() {
		fyne.CurrentApp().Clipboard().SetContent(v.inviteFor(*c))
		s.onStatus(tr.T("ui.recruit.invite_copied"), nil)
	})
	update()
	f := v.fields
	keep(f, "candidate.status", status)
	keep(f, "candidate.invite", invite)
	keep(f, "candidate.copy", copyBtn)
	fields := form(
		widget.NewFormItem(tr.T("ui.recruit.field.name"), keep(f, "candidate.name", textField(s, key("name"), func() string { return c.Name }, func(t string) { c.Name = t }, saveC))),
		widget.NewFormItem(tr.T("ui.recruit.field.handle"), textField(s, key("handle"), func() string { return c.Handle }, func(t string) { c.Handle = t }, saveC)),
		widget.NewFormItem(tr.T("ui.recruit.field.contact"), keep(f, "candidate.contact", textField(s, key("contact"), func() string { return c.Contact }, func(t string) { c.Contact = t }, saveC))),
		widget.NewFormItem(tr.T("ui.recruit.field.channel"), keep(f, "candidate.channel", choiceField(planner.Channels, choiceIn[planner.Channel](tr), func() planner.Channel { return c.Channel }, func(x planner.Channel) { c.Channel = x }, saveC))),
		widget.NewFormItem(tr.T("ui.recruit.field.source"), keep(f, "candidate.source", choiceField(planner.Sources, choiceIn[planner.Source](tr), func() planner.Source { return c.Source }, func(x planner.Source) { c.Source = x }, saveC))),
		widget.NewFormItem(tr.T("ui.recruit.field.experience"), keep(f, "candidate.experience", choiceField(planner.Experiences, choiceIn[planner.Experience](tr), func() planner.Experience { return c.Experience }, func(x planner.Experience) { c.Experience = x }, saveC))),
		widget.NewFormItem(tr.T("ui.recruit.field.activity"), choiceField(planner.Activities, choiceIn[planner.Activity](tr), func() planner.Activity { return c.Activity }, func(x planner.Activity) { c.Activity = x }, saveC)),
		widget.NewFormItem(tr.T("ui.recruit.field.role"), textField(s, key("role"), func() string { return c.RoleInterest }, func(t string) { c.RoleInterest = t }, saveC)),
		widget.NewFormItem("", keep(f, "candidate.lead", checkField(tr.T("ui.recruit.field.lead"), func() bool { return c.WillingToLead }, func(b bool) { c.WillingToLead = b }, saveC))),
		widget.NewFormItem(tr.T("ui.recruit.field.status"), status),
		widget.NewFormItem(tr.T("ui.recruit.field.history"), history),
		widget.NewFormItem(tr.T("ui.recruit.field.notes"), textArea(s, key("notes"), func() string { return c.Notes }, func(t string) { c.Notes = t }, saveC)),
	)
	return container.NewVBox(fields,
		widget.NewLabelWithStyle(tr.T("ui.recruit.invite_for"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		invite, copyBtn)
}

// inviteFor fills the invitation template of the candidate's channel (or the first template).
func (v *recruitStep) inviteFor(c planner.Candidate) string {
	p := v.s.plan
	if len(p.Invites) == 0 {
		return v.s.tr.T("ui.recruit.no_invites")
	}
	t := p.Invites[0]
	for _, it := range p.Invites {
		if it.Channel == c.Channel {
			t = it
			break
		}
	}
	return planner.InviteText(t, p, c)
}

// inviteForm edits one invitation template.
func (v *recruitStep) inviteForm(t *planner.InviteTemplate, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	text := textArea(s, fmt.Sprintf("invite.%d.text", t.ID), func() string { return t.Text }, func(x string) { t.Text = x }, save)
	text.SetMinRowsVisible(6)
	return form(
		widget.NewFormItem(tr.T("ui.recruit.field.channel"), choiceField(planner.Channels, choiceIn[planner.Channel](tr), func() planner.Channel { return t.Channel }, func(c planner.Channel) { t.Channel = c }, save)),
		widget.NewFormItem(tr.T("ui.recruit.field.text"), text),
	)
}

// deletePerson removes a candidate everywhere in the library, then mirrors what the library
// removed (responses, role holdings, attendance, stories, owned items) in the open plan.
func (v *recruitStep) deletePerson(id int64) error {
	return v.s.erase(v.s.lib.DeletePersonAndLoad(context.Background(), v.s.plan.ID, id))
}

// erase mirrors in the open plan what erasing a person removed from the library (candidates,
// responses, role holdings, attendance, stories and owned items), then reports the outcome.
// fresh and err are the deletion's: the plan as it left the library, and its error. The list
// editor that asked trims its own list too.
func (s *session) erase(fresh *planner.Plan, err error) error {
	if err == nil {
		s.plan.Candidates = fresh.Candidates
		s.plan.Survey.Responses = fresh.Survey.Responses
		s.plan.Charter.Roles = fresh.Charter.Roles
		s.plan.Event.AttendeeIDs = fresh.Event.AttendeeIDs
		s.plan.Event.Agenda = fresh.Event.Agenda
		s.plan.Reviews = fresh.Reviews
		// Their attendance, activity and the decisions about them went too.
		s.plan.Sessions, s.plan.Activity, s.plan.Matches = fresh.Sessions, fresh.Activity, fresh.Matches
	}
	return s.report("the deletion", err)
}

// erasureTextIn is a delete confirmation in tr's language: the question, then what will go,
// one item a line.
func erasureTextIn(tr *i18n.Printer, question string, e planner.Erasure) string {
	var b strings.Builder
	b.WriteString(question)
	for _, l := range e.LinesIn(tr) {
		b.WriteString("\n• " + l)
	}
	b.WriteString("\n" + tr.T("ui.recruit.cannot_undo"))
	return b.String()
}

// add stores new candidates (from a CSV or the survey) and reloads the plan's candidates from
// the library, off the UI goroutine behind a progress bar: 10,000 candidates take about half a
// second. Back on the UI goroutine it shows the list and, when all went well, calls then with
// the number added. wait blocks until it is done (for tests).
func (v *recruitStep) add(what, title string, cs []planner.Candidate, then func(n int)) {
	v.s.flush()
	v.addRespondents.Disable()
	v.importBtn.Disable()
	prog := dialog.NewCustomWithoutButtons(title, widget.NewProgressBarInfinite(), v.w)
	prog.Show()
	lib, id := v.s.lib, v.s.plan.ID
	v.adding = make(chan struct{})
	go func() {
		defer close(v.adding)
		n, fresh, err := lib.AddCandidatesAndLoad(context.Background(), id, cs)
		fyne.DoAndWait(func() {
			prog.Hide()
			v.addRespondents.Enable()
			v.importBtn.Enable()
			if err == nil {
				v.s.plan.Candidates = fresh.Candidates
				v.candidates.list.UnselectAll()
				v.candidates.showNone()
			}
			if err := v.s.report(what, err); err != nil {
				showError(v.w, err)
				return
			}
			v.reload()
			v.added = n
			if then != nil {
				then(n)
			}
		})
	}()
}

// wait blocks until a running add has finished and its outcome is shown.
func (v *recruitStep) wait() {
	if v.adding != nil {
		<-v.adding
	}
}

// addFromSurvey adds every survey respondent who is not a candidate yet.
func (v *recruitStep) addFromSurvey() {
	v.s.flush()
	tr := v.s.tr
	cs := planner.CandidatesFromResponses(v.s.plan, v.s.today())
	report := func(n int) {
		showInfo(v.w, tr.T("ui.recruit.respondents_title"), tr.N("ui.recruit.respondents_added", n))
	}
	if len(cs) == 0 {
		v.added = 0
		report(0)
		return
	}
	v.add("the new candidates", tr.T("ui.recruit.adding_new"), cs, report)
}

// pickImport asks for a candidates CSV and imports it after showing the report.
func (v *recruitStep) pickImport() {
	tr := v.s.tr
	pickFile(v.w, []string{".csv", ".txt", ".xlsx"}, func(rc fyne.URIReadCloser) error {
		cs, rep, err := v.readCandidates(rc)
		if err != nil {
			return err
		}
		msg := importCandidatesReport(tr, v.s.plan, cs, rep)
		d := newKeyDialog(v.w, tr.T("ui.recruit.import_title"), wrapLabel(msg+"\n\n"+tr.T("ui.recruit.import_ask")),
			tr.T("ui.recruit.import_add"), tr.T("ui.recruit.cancel"), func(ok bool) {
				if ok {
					v.add("the imported candidates", tr.T("ui.recruit.adding_imported"), cs, nil)
				}
			})
		d.Resize(dialogSize(v.w, fyne.NewSize(520, 320)))
		d.Show()
		return nil
	})
}

func (v *recruitStep) readCandidates(r io.Reader) ([]planner.Candidate, csvimport.Report, error) {
	cs, rep, err := csvimport.ReadCandidates(r)
	if err != nil {
		return nil, rep, fmt.Errorf("%s: %w", v.s.tr.T("ui.recruit.read_failed"), err)
	}
	return cs, rep, nil
}

// importCandidatesFile reads a candidates CSV and starts adding its candidates (see add),
// returning the report text the GUI shows before asking.
func (v *recruitStep) importCandidatesFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("%s: %w", v.s.tr.T("ui.recruit.read_failed"), err)
	}
	defer f.Close()
	cs, rep, err := v.readCandidates(f)
	if err != nil {
		return "", err
	}
	msg := importCandidatesReport(v.s.tr, v.s.plan, cs, rep)
	v.add("the imported candidates", v.s.tr.T("ui.recruit.adding_imported"), cs, nil)
	return msg, nil
}

// importCandidatesReport words what a candidate import would add, with duplicates flagged.
func importCandidatesReport(tr *i18n.Printer, p *planner.Plan, cs []planner.Candidate, rep csvimport.Report) string {
	var b strings.Builder
	b.WriteString(tr.T("ui.recruit.report.read", "candidates", tr.N("ui.recruit.report.candidates", len(cs)),
		"rows", tr.N("ui.recruit.report.rows", rep.Rows)))
	if len(cs) > 0 {
		b.WriteString("\n\n" + tr.T("ui.recruit.report.first_rows"))
		for _, c := range cs[:min(len(cs), 5)] {
			fmt.Fprintf(&b, "\n  %s · %s · %s · %s · %s", orDash(c.Name), orDash(c.Contact), orDash(c.Channel.In(tr)),
				orDash(statusText(tr, c.Status)), orDash(c.Experience.In(tr)))
		}
		b.WriteString("\n")
	}
	for _, sk := range rep.Skipped {
		b.WriteString("\n" + tr.T("ui.recruit.report.skipped", "what", sk.String()))
	}
	for _, n := range rep.Notes {
		b.WriteString("\n" + tr.T("ui.recruit.report.note", "what", n.String()))
	}
	for _, d := range csvimport.FlagDuplicates(p.Candidates, cs) {
		b.WriteString("\n" + tr.T("ui.recruit.report.duplicate", "contact", d.Contact,
			"incoming", tr.Int(len(d.Incoming)), "existing", tr.Int(len(d.Existing))))
	}
	return b.String()
}

// choiceText shows an enumerated value in tr's language, or "(not set)" when it has none.
func choiceText[T interface {
	~string
	In(*i18n.Printer) string
}](tr *i18n.Printer, v T) string {
	if v == "" {
		return tr.T("ui.recruit.not_set")
	}
	return v.In(tr)
}

// choiceIn is choiceText in tr's language as a select's label function: the select shows
// these words and stores the value's code, whatever the language.
func choiceIn[T interface {
	~string
	In(*i18n.Printer) string
}](tr *i18n.Printer) func(T) string {
	return func(v T) string { return choiceText(tr, v) }
}

// statusText is a candidate's status as the page shows it, a state in lowercase words where
// the language has them ("invited", "eingeladen"), or "(not set)".
func statusText(tr *i18n.Printer, st planner.CandidateStatus) string {
	switch key := "ui.recruit.status." + string(st); {
	case st == "":
		return tr.T("ui.recruit.not_set")
	case i18n.Has(key):
		return tr.T(key)
	}
	return string(st)
}
