package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// versionKind tells an issued version from a note typed before versions were issued.
func versionKind(cv *planner.CharterVersion) string {
	if cv.Issued() {
		return "(issued)"
	}
	return "(typed note, no snapshot)"
}

// changeSummary says whether the charter changed since its last issued version, in words
// for the charter step and the Overview.
func changeSummary(p *planner.Plan) string {
	ch := planner.CharterChanges(p)
	if ch.Since == nil {
		return "No version issued yet: issue one to freeze the charter before a client reviews it."
	}
	what := "issued"
	if ch.Signed {
		what = "signed"
	}
	if !ch.Changed() {
		return fmt.Sprintf("Unchanged since version %s (%s %s).", ch.Since.Version, what, ch.Since.On)
	}
	names := make([]string, len(ch.Sections))
	for i, s := range ch.Sections {
		names[i] = sectionTitle(s)
	}
	return fmt.Sprintf("Changed since version %s (%s %s): %s.", ch.Since.Version, what, ch.Since.On, strings.Join(names, ", "))
}

// sectionTitle names a charter section in the app's words.
func sectionTitle(s planner.CharterSection) string {
	switch s {
	case planner.SectionName:
		return "name"
	case planner.SectionMeasures:
		return "success measures"
	case planner.SectionGrowth:
		return "growth rules"
	case planner.SectionPlatform:
		return "platform and tools"
	case planner.SectionReview:
		return "review date"
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
	r.issue = widget.NewButtonWithIcon("Issue version …", theme.DocumentCreateIcon(), r.onIssue)
	r.changed = wrapLabel("")
	r.obj = container.NewVBox(
		wrapLabel("Issuing a version freezes every section of the charter as it stands, so that the charter PDF and Markdown can show a client what changed since."),
		container.NewBorder(nil, nil, r.issue, nil, r.changed))
	r.refresh()
	return r
}

func (r *revisionBox) object() fyne.CanvasObject { return r.obj }

func (r *revisionBox) refresh() { r.changed.SetText(changeSummary(r.v.s.plan)) }

// onIssue asks for the version number, author and note, then issues the version.
func (r *revisionBox) onIssue() {
	s := r.v.s
	s.flush() // freeze the last keystrokes too
	p := s.plan
	r.number = newKeyEntry()
	r.number.SetText(planner.NextVersion(p))
	r.author = newKeyEntry()
	r.author.SetText(planner.EffectiveBranding(p).PreparedBy)
	r.note = newKeyArea()
	r.note.SetPlaceHolder("e.g. Sent to the client for review")
	if d := r.draft; d != nil {
		r.number.SetText(d[0])
		r.author.SetText(d[1])
		r.note.SetText(d[2])
		r.draft = nil
	}
	r.dlg = newFormDialog(r.v.w, "Issue a charter version", "Issue", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Version", r.number),
		widget.NewFormItem("Author", r.author),
		widget.NewFormItem("Note", r.note),
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
	const none = "None"
	opts := []string{none}
	for _, cv := range p.Charter.Versions {
		if cv.Issued() {
			opts = append(opts, cv.Version)
		}
	}
	sel := widget.NewSelect(opts, nil)
	r.signed = sel
	sel.SetSelected(none)
	if cv := planner.VersionByID(p, so.VersionID); cv != nil {
		sel.SetSelected(cv.Version)
	}
	sel.OnChanged = func(choice string) {
		so.VersionID = 0
		if cv := planner.VersionNamed(p, choice); cv != nil && choice != none {
			so.VersionID = cv.ID
		}
		_ = save()
	}
	return sel
}
