// Text a user typed, shortened so it never sizes a window: window titles, one-line labels
// and the choices of check groups and selects (the full text is what is saved).

package ui

import (
	"fmt"
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

// choiceTexts are the texts of a drop-down's or check group's choices as shown: each cut to
// maxCheckRunes, so that one long survey option or theme name never widens the page. The
// full text stays in the editor of the options or themes.
type choiceTexts struct {
	shown       []string
	full, short map[string]string // shown text → choice, and back
}

// newChoiceTexts cuts choices for display; choices that would be cut to the same text are
// numbered so that each stays its own.
func newChoiceTexts(choices []string) choiceTexts {
	c := choiceTexts{full: map[string]string{}, short: map[string]string{}}
	for i, ch := range choices {
		if s, ok := c.short[ch]; ok { // the same choice twice
			c.shown = append(c.shown, s)
			continue
		}
		s := shortText(ch, maxCheckRunes)
		if _, taken := c.full[s]; taken {
			s = fmt.Sprintf("%s (%d)", s, i+1)
		}
		c.shown = append(c.shown, s)
		c.full[s], c.short[ch] = ch, s
	}
	return c
}

// toFull maps shown texts back to their choices.
func (c choiceTexts) toFull(shown []string) []string {
	out := make([]string, 0, len(shown))
	for _, s := range shown {
		if f, ok := c.full[s]; ok {
			out = append(out, f)
		}
	}
	return out
}

// toShown maps choices to their shown texts; choices no longer offered are left out.
func (c choiceTexts) toShown(choices []string) []string {
	out := make([]string, 0, len(choices))
	for _, ch := range choices {
		if s, ok := c.short[ch]; ok {
			out = append(out, s)
		}
	}
	return out
}
