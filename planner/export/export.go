// Package export writes a plan out for people and other programs: the charter and the whole
// plan as PDF documents a consultant can hand to a client, the charter as Markdown, the
// candidates and reviews as CSV, the launch event and recurring practices as an iCalendar
// file, and the atomic file writing and safe file names every export uses.
//
// Every writer takes an io.Writer and, where time matters, the clock as a value, so that the
// same plan and time give the same bytes. No text in a plan, however odd, makes a writer
// panic or fail: PDF text passes through a cleaner that replaces what the fonts cannot draw.
//
// Writers may run at once (the window exports while the command line does, two export
// dialogs), so a document shares nothing gofpdf writes to. gofpdf's AddUTF8FontFromBytes
// keeps the slice it is given and reads each font table as a sub-slice of it; when the
// document is written, the subset font's table checksums pad a table to four bytes with
// append, which writes into the caller's bytes just past the table (the padding before the
// next one). Every document therefore hands gofpdf copies of the font bytes of its own
// (newDoc); the shared bytes are only ever read: by sfnt and go-text, which do not write.
package export

import (
	"fmt"
	"time"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// Fonts holds the TrueType faces of the one type family the PDFs are set in. The GUI and CLI
// hand in e.g. Fyne's Noto Sans faces; a nil Regular selects the Go fonts, a nil Bold or
// Italic falls back to Regular.
type Fonts struct {
	Regular, Bold, Italic []byte
}

// Options configures the PDF writers.
type Options struct {
	// Fonts are the faces the PDF is set in.
	Fonts Fonts
	// Now is the document's date: shown on the cover, used for "today" in overdue checks and
	// written as the PDF's creation date. The zero time means time.Now().
	Now time.Time
	// ChangesSince names the issued charter version whose changes the charter lists ("1.0"),
	// or "last" for the last issued version; "" lists none. A version that froze nothing
	// (a typed note) has no words to compare, and adds no section.
	ChangesSince string
}

// faces are the parsed fonts of a document.
type faces struct {
	regular, bold, italic []byte
	parsed                []*sfnt.Font
}

// loadFaces validates the font bytes; the PDF library itself only prints parse errors.
func loadFaces(f Fonts) (*faces, error) {
	fs := &faces{regular: f.Regular, bold: f.Bold, italic: f.Italic}
	if len(fs.regular) == 0 {
		fs.regular, fs.bold, fs.italic = goregular.TTF, gobold.TTF, goitalic.TTF
	}
	if len(fs.bold) == 0 {
		fs.bold = fs.regular
	}
	if len(fs.italic) == 0 {
		fs.italic = fs.regular
	}
	for _, s := range []struct {
		name string
		data []byte
	}{{"regular", fs.regular}, {"bold", fs.bold}, {"italic", fs.italic}} {
		p, err := sfnt.Parse(s.data)
		if err != nil {
			return nil, fmt.Errorf("%s font: %w", s.name, err)
		}
		fs.parsed = append(fs.parsed, p)
	}
	return fs, nil
}

func (o Options) now() time.Time {
	if o.Now.IsZero() {
		return time.Now()
	}
	return o.Now
}
