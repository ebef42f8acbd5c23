package ui

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// versionKind tells an issued version from a note typed before versions were issued.
func versionKind(tr *i18n.Printer, cv *planner.CharterVersion) string {
	if cv.Issued() {
		return tr.T("ui.charter.version.issued")
	}
	return tr.T("ui.charter.version.typed")
}

// changeSummaryIn says whether the charter changed since its last issued version, in words
// for the charter step and the Overview, in tr's language.
func changeSummaryIn(tr *i18n.Printer, p *planner.Plan) string {
	ch := planner.CharterChanges(p)
	if ch.Since == nil {
		return tr.T("ui.charter.changes.none_issued")
	}
	how := "issued"
	if ch.Signed {
		how = "signed"
	}
	version, date := ch.Since.Version, dateText(tr, ch.Since.On)
	if !ch.Changed() {
		return tr.T("ui.charter.changes.unchanged_"+how, "version", version, "date", date)
	}
	names := make([]string, len(ch.Sections))
	for i, s := range ch.Sections {
		names[i] = sectionTitle(tr, s)
	}
	return tr.T("ui.charter.changes.changed_"+how, "version", version, "date", date, "sections", strings.Join(names, ", "))
}

// sectionTitle names a charter section inside a sentence, in tr's language; a section the
// catalogue does not know (from a newer file) by its code.
func sectionTitle(tr *i18n.Printer, s planner.CharterSection) string {
	if key := "ui.charter.section." + string(s); i18n.Has(key) {
		return tr.T(key)
	}
	return string(s)
}

// revisionBox is the charter step's "Issue version" button and change note.
type revisionBox struct {
	v       *charterStep
	issue   *widget.Button
	changed *widget.Label

	// The Issue version dialog, kept for tests.
	dlg                  *keyDialog
	number, author, note *keyEntry
	// draft is what a cancelled Issue version dialog held (number, author, note), shown again
	// by the next one so that a typed note is not lost.
	draft *[3]string
	// signed is the "Signs version" choice of the sign-off being edited, kept for tests.
	signed *widget.Select

	obj fyne.CanvasObject
}

func newRevisionBox(v *charterStep) *revisionBox {
	r := &revisionBox{v: v}
	r.issue = widget.NewButtonWithIcon(v.t("issue.button"), theme.DocumentCreateIcon(), r.onIssue)
	r.changed = wrapLabel("")
	r.obj = container.NewVBox(
		wrapLabel(v.t("issue.intro")),
		container.NewBorder(nil, nil, r.issue, nil, r.changed))
	r.refresh()
	return r
}

func (r *revisionBox) object() fyne.CanvasObject { return r.obj }

func (r *revisionBox) w() fyne.Window { return r.v.w }

func (r *revisionBox) refresh() { r.changed.SetText(changeSummaryIn(r.v.s.tr, r.v.s.plan)) }

// issueVersion is the plan window's File > Issue charter version… (Ctrl+I): the charter's
// History tab, where the issued versions are listed, is shown and the Issue version dialog
// opened on it, its version number focused, so that Enter issues it.
func (z *wizard) issueVersion() {
	z.goTo(planner.StepCharter)
	v, ok := z.pages[planner.StepCharter].(*charterStep)
	if !ok {
		return
	}
	v.tabs.SelectIndex(len(v.tabs.Items) - 1) // History, the charter's last tab
	v.revision.onIssue()
}

// onIssue asks for the version number, author and note, then issues the version. A dialog
// already open stays the one shown (the shortcut pressed twice).
func (r *revisionBox) onIssue() {
	if r.dlg != nil && !r.dlg.closed {
		r.w().Canvas().Focus(r.number)
		return
	}
	s := r.v.s
	s.flush() // freeze the last keystrokes too
	p := s.plan
	r.number = newKeyEntry()
	r.number.SetText(planner.NextVersion(p))
	r.author = newKeyEntry()
	r.author.SetText(planner.EffectiveBranding(p).PreparedBy)
	r.note = newKeyArea()
	r.note.SetPlaceHolder(r.v.t("ph.issue_note"))
	if d := r.draft; d != nil {
		r.number.SetText(d[0])
		r.author.SetText(d[1])
		r.note.SetText(d[2])
		r.draft = nil
	}
	t := r.v.t
	r.dlg = newFormDialog(r.v.w, t("issue.title"), t("issue.confirm"), t("cancel"), []*widget.FormItem{
		widget.NewFormItem(t("field.version"), r.number),
		widget.NewFormItem(t("field.author"), r.author),
		widget.NewFormItem(t("field.note"), r.note),
	}, func(ok bool) {
		if !ok {
			if strings.TrimSpace(r.note.Text) != "" {
				r.draft = &[3]string{r.number.Text, r.author.Text, r.note.Text}
			}
			return
		}
		if err := r.issueNow(r.number.Text, r.author.Text, r.note.Text); err != nil {
			r.draft = &[3]string{r.number.Text, r.author.Text, r.note.Text} // shown again on the next try
			showError(r.v.w, err)
		}
	})
	r.dlg.Resize(dialogSize(r.v.w, fyne.NewSize(480, 300)))
	r.dlg.Show()
}

// issueNow freezes the charter as a new version and saves it.
func (r *revisionBox) issueNow(number, author, note string) error {
	s := r.v.s
	ver, err := planner.IssueVersion(s.plan, number, s.today(), author, note)
	if ve := (*planner.ValidationError)(nil); errors.As(err, &ve) && ve.Says.Key != "" {
		return errors.New(sentenceEnd(sentenceCase(ve.Says.In(s.tr)))) // "Version 1.0 wurde bereits ausgegeben."
	}
	if err != nil {
		return err
	}
	if err := s.put(&ver); err != nil {
		return err
	}
	s.plan.Charter.Versions = append(s.plan.Charter.Versions, ver)
	r.v.versions.refresh()
	r.v.signOffs.refresh()
	r.v.refresh()
	return nil
}

// signedSelect picks the issued version a signature applies to.
func (r *revisionBox) signedSelect(so *planner.SignOff, save func() error) fyne.CanvasObject {
	p := r.v.s.plan
	opts := []string{r.v.t("signs.none")} // the first option signs no version
	for _, cv := range p.Charter.Versions {
		if cv.Issued() {
			opts = append(opts, cv.Version)
		}
	}
	sel := widget.NewSelect(opts, nil)
	r.signed = sel
	sel.SetSelectedIndex(0)
	if cv := planner.VersionByID(p, so.VersionID); cv != nil {
		sel.SetSelected(cv.Version)
	}
	sel.OnChanged = func(choice string) {
		so.VersionID = 0
		if cv := planner.VersionNamed(p, choice); cv != nil && sel.SelectedIndex() > 0 {
			so.VersionID = cv.ID
		}
		_ = save()
	}
	return sel
}

// sentenceCase capitalises the first letter of a message that is shown on its own.
func sentenceCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
