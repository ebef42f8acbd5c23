package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// TestReviewFormFitsTheWindowWithLongTexts opens every review of the plan of long texts
// (plantest.LongTexts: 5,000-character notes with an unbroken 300-character run, goal
// titles and metrics at the one-line limit) at 1366×768, with an action and a story open,
// in English and in German: the review form, and the page holding it, need no more width
// than the window gives; long texts wrap instead of widening the page.
func TestReviewFormFitsTheWindowWithLongTexts(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.English, i18n.German} {
		p := plantest.Demo(testNow)
		plantest.LongTexts(p)
		for i := range p.Reviews {
			r := &p.Reviews[i]
			r.Actions = append(r.Actions, planner.Action{Text: plantest.LongText("Action", planner.MaxShortText), Owner: plantest.LongText("Owner", planner.MaxShortText)})
			r.Stories = append(r.Stories, planner.Story{Member: plantest.LongText("Member", planner.MaxShortText), Story: plantest.LongText("Story", plantest.LongTextLen), Cycle: planner.CycleApplied})
		}
		s, _ := newTestSessionWith(t, p)
		s.tr = i18n.New(lang)
		z := wizardAt(t, s, fyne.NewSize(1366, 768), planner.StepReviews)
		v := z.page(planner.StepReviews).(*reviewsStep)
		view := z.scroll.Size().Width
		if len(s.plan.Reviews) == 0 {
			t.Fatal("the plan of long texts has no review")
		}
		// The first and the latest review: every review's form is built alike.
		for _, i := range []int{0, len(s.plan.Reviews) - 1} {
			v.reviews.selectItem(i)
			v.actions.selectItem(len(s.plan.Reviews[i].Actions) - 1)
			v.stories.selectItem(len(s.plan.Reviews[i].Stories) - 1)
			t.Logf("%s: review %d: list and form %v px, form %v px, window shows %v", lang, i,
				v.reviews.object().MinSize().Width, v.reviews.detail.MinSize().Width, view)
			// The form stands beside the list of reviews: the two together must fit.
			if w := v.reviews.object().MinSize().Width; w > view {
				t.Errorf("%s: review %d: the list and its form need %v px (the form %v), the window shows %v",
					lang, i, w, v.reviews.detail.MinSize().Width, view)
			}
			// The tab scrolls both ways: what it holds must not need the sideways scroll.
			if w := v.pageTabs.list[0].content.(*pageScroll).Content.MinSize().Width; w > view {
				t.Errorf("%s: review %d: the page needs %v px, the window shows %v", lang, i, w, view)
			}
		}
	}
}
