package export

import (
	"fmt"
	"io"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/planfile"
)

// Kind is a file a plan can be exported to; its value is the command line's flag for it.
// The Export page and the export command both write through Write, so that one file kind is
// written the same way from both.
type Kind string

// The kinds of export (SPEC §3).
const (
	KindCharterPDF    Kind = "charter-pdf"
	KindPlanPDF       Kind = "plan-pdf"
	KindMarkdown      Kind = "markdown" // the charter as Markdown
	KindICS           Kind = "ics"      // the launch event and recurring practices
	KindCandidatesCSV Kind = "candidates-csv"
	KindReviewsCSV    Kind = "reviews-csv"
	KindPlanFile      Kind = "json" // the plan file (planner/planfile)
)

// Kinds lists every kind of export, the plan file first.
var Kinds = []Kind{KindPlanFile, KindCharterPDF, KindPlanPDF, KindMarkdown, KindICS, KindCandidatesCSV, KindReviewsCSV}

// Write writes p to w as a file of kind k: the one table from a kind to its writer. opt
// gives the PDFs' fonts and the date (also the calendar's and the plan file's "now") and the
// charter version whose changes the charter PDF and Markdown list.
func Write(w io.Writer, k Kind, p *planner.Plan, opt Options) error {
	switch k {
	case KindCharterPDF:
		return CharterPDF(w, p, opt)
	case KindPlanPDF:
		return PlanPDF(w, p, opt)
	case KindMarkdown:
		return CharterMarkdownWith(w, p, opt)
	case KindICS:
		return ICS(w, p, opt.now())
	case KindCandidatesCSV:
		return CandidatesCSV(w, p)
	case KindReviewsCSV:
		return ReviewsCSV(w, p)
	case KindPlanFile:
		return planfile.Encode(w, p, opt.now())
	}
	return fmt.Errorf("unknown kind of export %q", k)
}
