package csvimport

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
)

// addSeeds seeds a fuzz test with every testdata file and a few small shapes.
func addSeeds(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.csv"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no testdata: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add(googleRows(3))
	f.Add([]byte("sep=;\nname;contact\nA;a@b\n"))
	f.Add([]byte("\"unterminated,quote\n1,2\n"))
}

// readError reports whether err is one the readers are meant to return for bad input.
func readError(err error) bool {
	return errors.Is(err, ErrEmpty) || errors.Is(err, ErrNotText) || errors.Is(err, ErrTooLarge)
}

func FuzzReadSurvey(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		sf, err := ReadSurvey(bytes.NewReader(data))
		if err != nil {
			if !readError(err) || sf != nil {
				t.Fatalf("unexpected error %v (file %v)", err, sf != nil)
			}
			return
		}
		if len(sf.Columns) != len(sf.Header) || len(sf.Lines) != len(sf.Rows) {
			t.Fatalf("%d columns for %d headers, %d lines for %d rows", len(sf.Columns), len(sf.Header), len(sf.Lines), len(sf.Rows))
		}
		for i := 1; i < len(sf.Lines); i++ {
			if sf.Lines[i] <= sf.Lines[i-1] {
				t.Fatalf("lines not increasing: %v", sf.Lines)
			}
		}
		s := testSurvey()
		sf.AutoMap(s.Questions)
		for _, c := range sf.Columns {
			if c.Meta != "" && c.QuestionID != 0 {
				t.Fatalf("meta column %q mapped to %d", c.Header, c.QuestionID)
			}
		}
		for _, opt := range []SurveyOptions{{}, {CreateQuestions: true, MultiDelimiter: ","}} {
			rs, rep := sf.Responses(s, opt)
			checkInvariants(t, sf, rs, rep)
			if rep.Rows != len(sf.Rows)+len(sf.Dropped) {
				t.Fatalf("report rows %d, file rows %d + dropped %d", rep.Rows, len(sf.Rows), len(sf.Dropped))
			}
			if len(rep.Notes) > maxNotes+1 {
				t.Fatalf("%d notes", len(rep.Notes))
			}
			// Importing the same file into a survey that holds the result adds nothing.
			again := s
			again.Responses = rs
			if rs2, rep2 := sf.Responses(again, opt); len(rs2) != 0 || rep2.Duplicates != len(rs) {
				t.Fatalf("second import added %d, duplicates %d of %d", len(rs2), rep2.Duplicates, len(rs))
			}
		}
	})
}

func FuzzReadCandidates(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, rep, err := ReadCandidates(bytes.NewReader(data))
		if err != nil {
			if !readError(err) && !strings.Contains(err.Error(), "no name, handle or contact column") {
				t.Fatalf("unexpected error %v", err)
			}
			if cs != nil {
				t.Fatalf("candidates with an error")
			}
			return
		}
		if rep.Rows != rep.Added+rep.Duplicates+len(rep.Skipped) || rep.Added != len(cs) {
			t.Fatalf("rows %d added %d duplicates %d skipped %d, %d candidates",
				rep.Rows, rep.Added, rep.Duplicates, len(rep.Skipped), len(cs))
		}
		for _, c := range cs {
			if c.Name == "" && c.Handle == "" && c.Contact == "" {
				t.Fatalf("candidate without name, handle or contact: %+v", c)
			}
			if c.Channel != "" && !slices.Contains(planner.Channels, c.Channel) ||
				c.Source != "" && !slices.Contains(planner.Sources, c.Source) ||
				c.Experience != "" && !slices.Contains(planner.Experiences, c.Experience) ||
				c.Activity != "" && !slices.Contains(planner.Activities, c.Activity) ||
				!slices.Contains(planner.CandidateStatuses, c.Status) {
				t.Fatalf("value outside the enums: %+v", c)
			}
		}
		for _, d := range rep.Flagged {
			if len(d.Incoming) < 2 || !slices.IsSorted(d.Incoming) || d.Incoming[len(d.Incoming)-1] >= len(cs) {
				t.Fatalf("bad flag %+v for %d candidates", d, len(cs))
			}
			for _, i := range d.Incoming {
				if planner.NormalizeContact(cs[i].Contact) != d.Contact {
					t.Fatalf("flag %q on candidate with contact %q", d.Contact, cs[i].Contact)
				}
			}
		}
	})
}

// BenchmarkImport10k measures a whole survey import of 10,000 Google Forms rows: reading,
// mapping and building the responses. Compare rows/s with BenchmarkCSVFloor.
func BenchmarkImport10k(b *testing.B) {
	const n = 10000
	data := googleRows(n)
	s := testSurvey()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := ReadSurvey(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		f.AutoMap(s.Questions)
		if rs, _ := f.Responses(s, SurveyOptions{}); len(rs) != n {
			b.Fatalf("%d responses", len(rs))
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkCSVFloor reads the same bytes with encoding/csv alone: the floor an import
// cannot beat.
func BenchmarkCSVFloor(b *testing.B) {
	const n = 10000
	data := googleRows(n)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r := csv.NewReader(bytes.NewReader(data))
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		rows := 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			rows++
		}
		if rows != n+1 {
			b.Fatalf("%d rows", rows)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkImport10kGuessing is the import of 10,000 Google Forms rows into an empty survey:
// every column's kind is guessed from its 10,000 answers (a 1–10 scale, a single and a
// multiple choice, a grid of two rows, open text) and becomes a new question. Budget:
// 100,000 rows/s, guessing included (make bench).
func BenchmarkImport10kGuessing(b *testing.B) {
	const n = 10000
	data := googleRows(n)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := ReadSurvey(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		rs, rep := f.Responses(planner.Survey{}, SurveyOptions{CreateQuestions: true})
		if len(rs) != n || len(rep.NewQuestions) < 5 {
			b.Fatalf("%d responses, %d new questions", len(rs), len(rep.NewQuestions))
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}
