package csvimport

import (
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// SurveyOptions tune how Responses reads the rows.
type SurveyOptions struct {
	// MultiDelimiter separates the choices of a multi-choice answer in one cell. "" detects
	// it, the same for every caller: ";" when the cell has one (Microsoft Forms), else a line
	// break in a Jotform file, else "," in a Google Forms or Tally file (they join choices
	// with ", ") or, in other files, when the parts are all known options. Set ";" or "," to
	// split only on that. Known options that
	// contain the delimiter ("Yes, weekly") are kept whole either way.
	MultiDelimiter string
	// CreateQuestions makes a new question of every unmapped, non-meta column that has
	// answers; see Report.NewQuestions.
	CreateQuestions bool
	// Kinds are the kinds the user chose for new questions instead of the guessed ones, by
	// the index of any of the question's columns (any row of a grid).
	Kinds map[int]KindChoice
	// Location is the time zone of timestamps that name none (Google Forms writes the form
	// owner's local time); nil means UTC. Typeform's dates are always UTC.
	Location *time.Location
}

// Responses builds one planner.Response per data row from the mapped columns, with the
// report of rows skipped, duplicates and notes. It does not change s.
//
// Each response's Key is "typeform:" and the response token when the file has one, else
// "csv:" and a hash of the row's trimmed cells, so importing the same file again (even with
// another mapping) gives the same keys: rows whose key is already among s.Responses count as
// Duplicates, and the store skips existing keys too. A row repeating an earlier row's key is
// skipped as a duplicate within the file.
//
// Answers: scale cells read their leading whole number ("7", "7 – Good", "7/10"), values
// outside 1–10 are left out with a note; single-choice cells are matched to the options
// ignoring case and accents, multi-choice cells are split (see SurveyOptions.MultiDelimiter),
// and answers that are no option are kept and listed in Report.NewOptions; text is trimmed.
// A grid question's columns make one answer whose Text holds a "Row: value" line per
// answered row (as Choices instead when the question is multi-choice). When several plain
// columns map to one question, the first non-empty cell answers it.
//
// A row with fewer cells than the header keeps the cells it has (the missing ones count as
// blank, with a note); extra cells are left out with a note. Rows are skipped when blank,
// when no mapped column has an answer, when they repeat an earlier row, or when they were
// dropped while reading (SurveyFile.Dropped).
func (f *SurveyFile) Responses(s planner.Survey, opt SurveyOptions) ([]planner.Response, Report) {
	rep := Report{Format: f.Format, Rows: len(f.Rows) + len(f.Dropped)}
	rep.Skipped = append(rep.Skipped, f.Dropped...)
	for _, n := range f.Notes {
		rep.note(0, n)
	}

	targets := f.targets(s, opt, &rep)
	meta := map[string]int{}
	for _, c := range f.Columns {
		if _, seen := meta[c.Meta]; c.Meta != "" && !seen {
			meta[c.Meta] = c.Index
		}
	}
	tsCol, hasTS := meta[MetaTimestamp]
	if !hasTS {
		tsCol, hasTS = meta[MetaSubmitted]
	}
	loc := opt.Location
	if loc == nil || f.Format == Typeform {
		loc = time.UTC
	}
	var tsValues []string
	if hasTS {
		for _, row := range f.Rows {
			if tsCol < len(row) {
				tsValues = append(tsValues, row[tsCol])
			}
		}
	}
	times := newTimeParser(loc, dayFirst(tsValues))
	source := "csv"
	if f.Format != Generic {
		source = string(f.Format)
	}
	existing := make(map[string]bool, len(s.Responses))
	for _, r := range s.Responses {
		if r.Key != "" {
			existing[r.Key] = true
		}
	}
	mapped := 0 // the highest column index that is read
	for _, t := range targets {
		for _, i := range t.cols {
			mapped = max(mapped, i)
		}
	}

	seen := make(map[string]int, len(f.Rows))
	var keyBuf []byte
	var slab []planner.Answer // see answers
	out := make([]planner.Response, 0, len(f.Rows))
	for i, row := range f.Rows {
		line := i + 2
		if i < len(f.Lines) {
			line = f.Lines[i]
		}
		if blankRow(row) {
			rep.Skipped = append(rep.Skipped, skip(line, say("ui.import.skip.blank")))
			continue
		}
		key, token := rowKey(f.Format, row, meta, &keyBuf)
		if first, dup := seen[key]; dup {
			why := "ui.import.skip.repeated_cells"
			if token {
				why = "ui.import.skip.repeated_id"
			}
			rep.Skipped = append(rep.Skipped, skip(line, say(why, "row", first)))
			continue
		}
		seen[key] = line
		if existing[key] || token && f.Format != Typeform && existing[hashKey(row, &keyBuf)] {
			// Already in the plan: by its key, or (for a tool whose response ID this version
			// reads as the key) by the cells' hash an earlier version keyed it by.
			rep.Duplicates++
			continue
		}
		answers := f.answers(row, line, targets, opt, &rep, &slab)
		if len(answers) == 0 {
			answers = nil
			reason := say("ui.import.skip.no_answers")
			if len(targets) == 0 {
				reason = say("ui.import.skip.no_mapping")
			}
			rep.Skipped = append(rep.Skipped, skip(line, reason))
			continue
		}
		if len(row) < len(f.Header) && mapped >= len(row) {
			rep.note(line, say("ui.import.note.short_row", "cells", len(row), "header", len(f.Header)))
		} else if len(row) > len(f.Header) && !blankRow(row[len(f.Header):]) {
			rep.note(line, say("ui.import.note.long_row", "cells", len(row), "header", len(f.Header)))
		}
		r := planner.Response{Source: source, Key: key, Answers: answers}
		r.Respondent = known(respondent(row, meta))
		r.Email = known(cell(row, meta, MetaEmail))
		if hasTS && tsCol < len(row) && strings.TrimSpace(row[tsCol]) != "" {
			t, err := times.parse(row[tsCol])
			if err != nil {
				rep.note(line, say("ui.import.note.timestamp", "value", cutText(row[tsCol])))
			}
			r.SubmittedAt = t
		}
		out = append(out, r)
	}
	rep.Added = len(out)
	rep.finish()
	return out, rep
}

// RemapQuestions rewrites the question IDs of answers found in ids (old → new): after
// storing Report.NewQuestions, callers map their provisional negative IDs to the stored IDs.
func RemapQuestions(rs []planner.Response, ids map[int64]int64) {
	for i := range rs {
		for j := range rs[i].Answers {
			if n, ok := ids[rs[i].Answers[j].QuestionID]; ok {
				rs[i].Answers[j].QuestionID = n
			}
		}
	}
}
