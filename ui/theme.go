package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Fyne's default theme with a focus colour that can be seen. Fyne's own is the
// primary blue at low opacity: on a grey button it is faint, and on a primary button (a
// dialog's main action) it does not show at all, so a keyboard user loses track of where
// the focus is. Ours is a deep blue (a light one in the dark variant) at 45 %, which marks a
// grey button, a check box, a select and a primary button alike.
type appTheme struct {
	fyne.Theme
}

// newAppTheme is the theme the app sets on start.
func newAppTheme() fyne.Theme { return appTheme{theme.DefaultTheme()} }

// focusLight and focusDark are the focus colours of the light and dark variants.
var (
	focusLight = color.NRGBA{R: 0x0a, G: 0x1f, B: 0x66, A: 0x73}
	focusDark  = color.NRGBA{R: 0xb8, G: 0xd0, B: 0xff, A: 0x73}
)

// Color is the default theme's colour, but for the focus colour.
func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameFocus {
		if v == theme.VariantDark {
			return focusDark
		}
		return focusLight
	}
	return t.Theme.Color(n, v)
}
