package main

import (
	"fyne.io/fyne/v2/theme"

	"github.com/coplaunch/coplaunch/planner/export"
)

// pdfFonts hands the PDF writers the Noto Sans faces that ship inside Fyne (OFL), so that
// exports show accented, Greek and Cyrillic names without a system font. The Default*
// functions are used rather than the current theme's, which may be a user font.
func pdfFonts() export.Fonts {
	return export.Fonts{
		Regular: theme.DefaultTextFont().Content(),
		Bold:    theme.DefaultTextBoldFont().Content(),
		Italic:  theme.DefaultTextItalicFont().Content(),
	}
}
