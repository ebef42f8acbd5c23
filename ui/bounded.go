package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// appTitle ends every window title, so that task bars and window lists name the app.
const appTitle = "CoP Launch Planner"

// maxTitleRunes is where a plan name is cut in a window title: task bars show far less, and
// a window manager given a 5,000-character title may size things after it.
const maxTitleRunes = 60

// windowTitle is a plan window's title: "Plan name — CoP Launch Planner".
func windowTitle(planName string) string {
	name := shortText(planName, maxTitleRunes)
	if name == "" {
		return appTitle
	}
	return name + " — " + appTitle
}

// shortText is s on one line, cut to at most n characters with an ellipsis.
func shortText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// oneLineLabel is a label for user text in a row: one line, cut with an ellipsis where the
// row ends, so that it never sets the row's (or the window's) width. The full text is in the
// item's form.
func oneLineLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// maxCheckRunes is where the text of a check box (a person's name among the holders or the
// invitees) is cut: check boxes cannot end in an ellipsis by themselves, and one long name
// must not widen the page.
const maxCheckRunes = 80
