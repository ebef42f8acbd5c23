package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// stepKeys are the catalogue keys of the steps' names.
var stepKeys = map[planner.Step]string{
	planner.StepOverview: "ui.wizard.step.overview",
	planner.StepSurvey:   "ui.wizard.step.survey",
	planner.StepRecruit:  "ui.wizard.step.recruit",
	planner.StepCharter:  "ui.wizard.step.charter",
	planner.StepEvent:    "ui.wizard.step.event",
	planner.StepReviews:  "ui.wizard.step.reviews",
	planner.StepExport:   "ui.wizard.step.export",
}

// stepName is a step's name without its number in tr's language: "Domain survey".
func stepName(tr *i18n.Printer, st planner.Step) string {
	if k, ok := stepKeys[st]; ok {
		return tr.T(k)
	}
	return st.Name()
}

// stepTitle is a step's title as the step list and the Go menu show it: "3 Charter",
// "Overview" (planner.Step.String in tr's language).
func stepTitle(tr *i18n.Printer, st planner.Step) string {
	if n := st.Number(); n > 0 {
		return tr.T("ui.wizard.step.numbered", "n", n, "name", stepName(tr, st))
	}
	return stepName(tr, st)
}

// page is one page of a plan window: the overview, a launch step, or export.
type page interface {
	// content is the page's widget tree, built once.
	content() fyne.CanvasObject
	// refresh re-reads what derives from the plan — hints, figures, list labels — after
	// every save. It leaves the forms being edited alone, so focus and typing are never
	// disturbed.
	refresh()
	// reload re-reads the whole plan when the page is shown, forms of selected items
	// included: other pages may have changed what they show.
	reload()
}

// stepPage is one row of the table of pages: the step and how to build its page on a
// session; goTo switches the window to another step.
type stepPage struct {
	step  planner.Step
	build func(s *session, w fyne.Window, goTo func(planner.Step)) page
}

// stepPages are the pages of a plan window in order. The table drives the step list, Back
// and Next, the Go menu and the titles (planner.Step.String): adding a step is adding a row.
var stepPages = []stepPage{
	{planner.StepOverview, newOverviewStep},
	{planner.StepSurvey, func(s *session, w fyne.Window, _ func(planner.Step)) page { return newSurveyStep(s, w) }},
	{planner.StepRecruit, func(s *session, w fyne.Window, _ func(planner.Step)) page { return newRecruitStep(s, w) }},
	{planner.StepCharter, func(s *session, w fyne.Window, _ func(planner.Step)) page { return newCharterStep(s, w) }},
	{planner.StepEvent, func(s *session, w fyne.Window, _ func(planner.Step)) page { return newEventStep(s, w) }},
	{planner.StepReviews, func(s *session, w fyne.Window, _ func(planner.Step)) page { return newReviewsStep(s, w) }},
	{planner.StepExport, func(s *session, w fyne.Window, _ func(planner.Step)) page { return newExportStep(s, w) }},
}

// pageIndex is the row of st in stepPages, or -1.
func pageIndex(st planner.Step) int {
	for i, p := range stepPages {
		if p.step == st {
			return i
		}
	}
	return -1
}

// pageTitle is the heading of a step's page: "Step 3 — Charter" for the launch step the
// step list calls "3 Charter", the step's name otherwise.
func pageTitle(st planner.Step) string {
	tr := appPrinter()
	if n := st.Number(); n > 0 {
		return tr.T("ui.wizard.step.heading", "n", n, "name", stepName(tr, st))
	}
	return stepName(tr, st)
}

// pageHeading is a page's title in the page's heading style.
func pageHeading(st planner.Step) *widget.Label {
	return widget.NewLabelWithStyle(pageTitle(st), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// stepHeader is a step page's title with its hints below.
func stepHeader(st planner.Step, h *hints) fyne.CanvasObject {
	return container.NewVBox(pageHeading(st), h.object())
}

// scrollPage stacks sections in a vertical scroll so long pages are never clipped.
func scrollPage(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return newPageScroll(vbox(objs...))
}

// section is a titled block of a step page.
func section(title string, objs ...fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	all := []fyne.CanvasObject{widget.NewSeparator(), head}
	for _, o := range objs {
		all = append(all, wheelThrough(o)) // the wheel over a text area or a list scrolls the page
	}
	return vbox(all...)
}

// sized gives obj a minimum size, e.g. so a widget.List inside a VBox or scroll shows rows.
func sized(obj fyne.CanvasObject, w, h float32) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, h))
	return stack(r, obj)
}

// wrapLabel is a label that wraps long text instead of widening the page.
func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// form lays out labelled fields: the mouse wheel over an entry scrolls the page (see
// wheelThrough), and a field that can be invalid has a line of its own for the message (see
// watchField), so a message neither widens the page nor moves the fields below.
func form(items ...*widget.FormItem) *widget.Form {
	for _, it := range items {
		it.Widget = wheelThrough(it.Widget)
		if w := watchField(it.Text, it.Widget, it.HintText); w != it.Widget {
			it.Widget, it.HintText = w, ""
		} else if it.HintText != "" {
			// Fyne's own hint line does not wrap: a long hint (a factor's description in
			// German) would widen the page.
			it.Widget, it.HintText = container.NewVBox(it.Widget, hintLine(it.HintText)), ""
		}
	}
	return widget.NewForm(items...)
}

// hintLine is a hint under a field, in the small, quiet type of Fyne's form hints, wrapping
// instead of widening the page.
func hintLine(text string) *widget.Label {
	l := wrapLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	l.Importance = widget.LowImportance
	return l
}

// field is a form row.
func field(label string, obj fyne.CanvasObject) *widget.FormItem {
	return widget.NewFormItem(label, watchField(label, wheelThrough(obj), ""))
}

// fieldHint is a form row with a hint under the field (where its message goes when the
// value is invalid).
func fieldHint(label string, obj fyne.CanvasObject, hint string) *widget.FormItem {
	w := wheelThrough(obj)
	if f := watchField(label, w, hint); f != w {
		return widget.NewFormItem(label, f)
	}
	it := widget.NewFormItem(label, w)
	it.HintText = hint
	return it
}

// hints lists what is still missing for a step to count as complete.
type hints struct {
	step  planner.Step
	box   *fyne.Container
	keep  *keepHeight     // the height box keeps while its page is shown
	outer *fyne.Container // box inside that height
	lines []string        // the hints shown, for tests
}

// hintsBox makes the hints list of a step.
func hintsBox(st planner.Step) *hints {
	h := &hints{step: st, box: container.NewVBox(), keep: &keepHeight{}}
	h.outer = container.New(h.keep, h.box)
	h.set(nil)
	return h
}

// object is the hints' widget.
func (h *hints) object() fyne.CanvasObject { return h.outer }

// shown is called when the page is shown afresh: the list may then take the height it needs
// now, which it keeps until the page is shown again.
func (h *hints) shown() { h.keep.high = 0 }

// keepHeight is a layout that never gets shorter than the tallest its content has been since
// it was last reset, so that a hint going as the user types never moves the field being typed
// in or the fields below it; the content sits at the top.
type keepHeight struct{ high float32 }

// MinSize is the content's, at least as tall as it has been.
func (k *keepHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objs {
		min = min.Max(o.MinSize())
	}
	k.high = fyne.Max(k.high, min.Height)
	min.Height = k.high
	return min
}

// Layout gives the content the full width and its own height, at the top.
func (k *keepHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
	}
}

// show shows what the plan still misses for the step.
func (h *hints) show(p *planner.Plan) { h.set(stepMissing(p, h.step)) }

// set shows msgs as a bulleted list, or "Complete" when there is nothing left to do.
func (h *hints) set(msgs []string) {
	tr := appPrinter()
	h.lines = append(h.lines[:0], msgs...)
	h.box.RemoveAll()
	if len(msgs) == 0 {
		l := widget.NewLabel(tr.T("ui.common.hints.complete"))
		l.Wrapping = fyne.TextWrapWord
		h.box.Add(l)
		return
	}
	title := widget.NewLabelWithStyle(tr.T("ui.common.hints.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Wrapping = fyne.TextWrapWord
	h.box.Add(title)
	for _, m := range msgs {
		l := widget.NewLabel("• " + m)
		l.Wrapping = fyne.TextWrapWord
		h.box.Add(l)
	}
}

// stepMissing returns the completion hints of one step, in the app's language.
func stepMissing(p *planner.Plan, step planner.Step) []string {
	for _, st := range planner.Completion(p) {
		if st.Step == step {
			return msgsIn(appPrinter(), st.Missing)
		}
	}
	return nil
}

// msgsIn words planner's sentences in tr's language.
func msgsIn(tr *i18n.Printer, ms []planner.Msg) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.In(tr)
	}
	return out
}
