package ui

import (
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// wizardSteps are the pages of a plan window in order.
var wizardSteps = []planner.Step{planner.StepOverview, planner.StepSurvey, planner.StepRecruit,
	planner.StepCharter, planner.StepEvent, planner.StepReviews, planner.StepExport}

// pageScrolls maps a plan window to its page scroller, so that an editor whose height changed
// (a list item's form shown, a chart redrawn) can have the page laid out again: Fyne does not
// pass a grown minimum size up to the scroller by itself.
var pageScrolls sync.Map // fyne.Window → *container.Scroll

// relayout lays out the page of w again after its content changed size. It does nothing for
// a window that is not a plan window.
func relayout(w fyne.Window) {
	if w == nil {
		return
	}
	if sc, ok := pageScrolls.Load(w); ok {
		sc.(*container.Scroll).Refresh()
	}
}

// wizard is one plan's window: the step list, the current step's editor, Back/Next and the
// autosave status line.
type wizard struct {
	app *App // nil in tests that open a wizard alone
	s   *session
	w   fyne.Window

	views   map[planner.Step]stepView // built lazily, once per step
	current planner.Step
	// done holds the completion of the five launch steps, refreshed after every save.
	done map[planner.Step]planner.StepStatus

	nav              *widget.List
	backBtn, nextBtn *widget.Button
	status           *widget.Label
	body             *fyne.Container
	scroll           *container.Scroll
	obj              fyne.CanvasObject
}

// newWizard builds the plan window's content into w and shows the overview.
func newWizard(s *session, w fyne.Window) *wizard {
	z := &wizard{s: s, w: w, views: map[planner.Step]stepView{}, current: -1}
	z.nav = widget.NewList(
		func() int { return len(wizardSteps) },
		func() fyne.CanvasObject { return widget.NewLabel("1 Domain survey ✓ done") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(z.navLabel(wizardSteps[i])) },
	)
	z.nav.OnSelected = func(i widget.ListItemID) { z.show(wizardSteps[i]) }
	z.backBtn = widget.NewButton("Back", z.prev)
	z.nextBtn = widget.NewButton("Next", z.next)
	z.status = widget.NewLabel("All changes are saved automatically.")
	z.status.Wrapping = fyne.TextWrapWord
	z.body = container.NewStack()
	z.scroll = container.NewVScroll(container.NewPadded(z.body))
	pageScrolls.Store(w, z.scroll)
	s.onStatus = z.onStatus
	s.onChanged = z.onChanged
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(z.backBtn, z.nextBtn), z.status)
	z.obj = container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), bottom),
		sized(z.nav, 230, 300), nil, z.scroll)
	w.SetContent(z.obj)
	w.SetTitle(s.plan.Name)
	z.refreshMarks()
	z.nav.Select(0)
	return z
}

// navLabel is a step's line in the step list: its title and a text mark, never colour alone.
func (z *wizard) navLabel(st planner.Step) string {
	c, ok := z.done[st]
	switch {
	case !ok:
		return st.String()
	case c.Complete:
		return st.String() + "  ✓ done"
	default:
		return fmt.Sprintf("%s  • %d to do", st.String(), len(c.Missing))
	}
}

// refreshMarks recomputes the completion marks of the step list.
func (z *wizard) refreshMarks() {
	z.done = map[planner.Step]planner.StepStatus{}
	for _, c := range planner.Completion(z.s.plan) {
		z.done[c.Step] = c
	}
	z.nav.Refresh()
}

// onStatus shows the autosave state; an error stays visible, in words and in the error style,
// until the next successful save.
func (z *wizard) onStatus(msg string, err error) {
	if err != nil {
		z.status.Importance = widget.DangerImportance
		z.status.SetText("Not saved: " + err.Error() + " — your edit is still on screen.")
		return
	}
	z.status.Importance = widget.MediumImportance
	z.status.SetText(msg)
}

// onChanged runs after every successful save.
func (z *wizard) onChanged() {
	z.refreshMarks()
	if z.app != nil {
		z.app.planChanged(z)
	} else {
		z.w.SetTitle(z.s.plan.Name)
	}
}

// view returns a step's editor, building it on first use.
func (z *wizard) view(st planner.Step) stepView {
	if v, ok := z.views[st]; ok {
		return v
	}
	var v stepView
	switch st {
	case planner.StepOverview:
		v = newOverviewStep(z.s, z.w, z.show)
	case planner.StepSurvey:
		v = newSurveyStep(z.s, z.w)
	case planner.StepRecruit:
		v = newRecruitStep(z.s, z.w)
	case planner.StepCharter:
		v = newCharterStep(z.s, z.w)
	case planner.StepEvent:
		v = newEventStep(z.s, z.w)
	case planner.StepReviews:
		v = newReviewsStep(z.s, z.w)
	default:
		v = newExportStep(z.s, z.w)
	}
	z.views[st] = v
	return v
}

// show switches to a step: it refreshes the step's editor from the plan and shows it.
func (z *wizard) show(st planner.Step) {
	if st < planner.StepOverview || st > planner.StepExport {
		return
	}
	// Pending text edits of the page being left are saved first, so they count in marks.
	z.s.flush()
	z.current = st
	v := z.view(st)
	v.refresh()
	z.body.Objects = []fyne.CanvasObject{v.content()}
	z.body.Refresh()
	z.scroll.ScrollToTop()
	if st == planner.StepOverview {
		z.backBtn.Disable()
	} else {
		z.backBtn.Enable()
	}
	if st == planner.StepExport {
		z.nextBtn.Disable()
	} else {
		z.nextBtn.Enable()
	}
	// Keep the step list's selection in step without re-entering show.
	z.nav.OnSelected = nil
	z.nav.Select(int(st))
	z.nav.OnSelected = func(i widget.ListItemID) { z.show(wizardSteps[i]) }
}

// prev goes to the previous step.
func (z *wizard) prev() {
	if z.current > planner.StepOverview {
		z.show(z.current - 1)
	}
}

// next goes to the next step.
func (z *wizard) next() {
	if z.current < planner.StepExport {
		z.show(z.current + 1)
	}
}
