package csvimport

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// TestTemplateQuestionsRoundTrip checks the loop the organizer goes through: the plan's
// questions pasted into Google Forms come back as headers that map, each to its question,
// and every kind of answer reads back.
func TestTemplateQuestionsRoundTrip(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	keys := []string{""}
	for _, tpl := range planner.Templates() {
		keys = append(keys, tpl.Key)
	}
	for _, key := range keys {
		t.Run("template "+key, func(t *testing.T) {
			p, err := planner.NewPlan(key, "Round trip", now)
			if err != nil {
				t.Fatal(err)
			}
			qs := p.Survey.Questions
			if len(qs) == 0 {
				t.Fatal("no questions")
			}
			header := []string{"Timestamp", "Email Address"}
			row := []string{"2026/03/01 10:15:00 AM GMT+1", "ana@example.com"}
			for _, q := range qs {
				header = append(header, "  "+q.Title+" ") // Google pads some headers
				switch q.Kind {
				case planner.KindScale:
					row = append(row, "7 – Good")
				case planner.KindSingle:
					row = append(row, strings.ToUpper(q.Options[0]))
				case planner.KindMulti:
					row = append(row, q.Options[0]+", "+q.Options[len(q.Options)-1])
				default:
					row = append(row, "Too little time, and the editing\ntakes forever")
				}
			}
			var b bytes.Buffer
			w := csv.NewWriter(&b)
			w.UseCRLF = true
			if err := w.WriteAll([][]string{header, row}); err != nil {
				t.Fatal(err)
			}
			f, rs, rep := importBytes(t, b.Bytes(), p.Survey, SurveyOptions{})
			for i, q := range qs {
				if got := f.Columns[i+2].QuestionID; got != q.ID {
					t.Errorf("%q maps to %d, want %d", q.Title, got, q.ID)
				}
			}
			if len(rs) != 1 || len(rs[0].Answers) != len(qs) || len(rep.Notes) != 0 || rep.NewOptions != nil {
				t.Fatalf("responses %d, answers %v, notes %v, new options %v", len(rs), rs, rep.Notes, rep.NewOptions)
			}
			for i, q := range qs {
				a := rs[0].Answers[i]
				var ok bool
				switch q.Kind {
				case planner.KindScale:
					ok = a.Text == "7"
				case planner.KindSingle:
					ok = a.Text == q.Options[0]
				case planner.KindMulti:
					ok = len(a.Choices) == 2 && a.Choices[0] == q.Options[0] && a.Choices[1] == q.Options[len(q.Options)-1]
				default:
					ok = strings.HasSuffix(a.Text, "editing\ntakes forever")
				}
				if !ok || a.QuestionID != q.ID {
					t.Errorf("%q (%s): answer %+v", q.Title, q.Kind, a)
				}
			}
			// The caller then tags the open answers; the import must leave them taggable.
			p.Survey.Responses = append(p.Survey.Responses, rs...)
			p.Survey.Themes = append(p.Survey.Themes, planner.Theme{ID: 99, Label: "Time", Keywords: []string{"time"}})
			planner.AutoTag(&p.Survey)
			pain, _ := p.Survey.QuestionByRole(planner.RolePain)
			for _, a := range p.Survey.Responses[len(p.Survey.Responses)-1].Answers {
				if a.QuestionID == pain.ID && (len(a.Tags) == 0 || a.Tags[len(a.Tags)-1].ThemeID != 99) {
					t.Errorf("pain answer not tagged: %+v", a)
				}
			}
		})
	}
}
