package csvimport

import (
	"fmt"
	"io"
	"strings"
)

// Format is the tool a survey CSV came from.
type Format string

// Survey formats.
const (
	GoogleForms Format = "google-forms"
	Typeform    Format = "typeform"
	Generic     Format = "generic"
)

// Meta values of a Column: columns that describe the response rather than answer a question.
const (
	MetaTimestamp    = "timestamp"     // Google Forms' Timestamp, or a generic "submitted at"
	MetaEmail        = "email"         // the respondent's email
	MetaName         = "name"          // the respondent's name
	MetaFirstName    = "first-name"    // first half of a split name (Typeform contact info)
	MetaLastName     = "last-name"     // second half of a split name
	MetaToken        = "token"         // Typeform's "#" response token
	MetaSubmitted    = "submitted"     // Typeform's Submit Date (UTC)
	MetaStart        = "start"         // Typeform's Start Date (UTC)
	MetaStage        = "stage"         // Typeform's Stage Date (UTC)
	MetaResponseType = "response-type" // Typeform's Response Type (completed, partial)
	MetaNetworkID    = "network-id"    // Typeform's Network ID
	MetaTags         = "tags"          // Typeform's Tags
	MetaScore        = "score"         // a Google Forms quiz score
)

// Column is one CSV column and what it maps to. Callers adjust the mapping by editing
// QuestionID (0 leaves the column out); Meta columns are never imported as answers.
type Column struct {
	Index      int
	Header     string // trimmed, white space collapsed
	QuestionID int64  // 0 = unmapped
	// Row is the row label of a grid question's column ("Question [Row]"); "" otherwise.
	Row string
	// Meta names what a column holds when it is not a question ("timestamp", "email", "name",
	// "token", …, see the Meta constants), or "".
	Meta string

	base string // the question part of a grid header
}

// Title is the question text of the column: the part before " [Row]" for a grid column,
// else the header.
func (c Column) Title() string {
	if c.Row != "" && c.base != "" {
		return c.base
	}
	return c.Header
}

// SurveyFile is a survey CSV read into memory, with its detected format and column mapping.
type SurveyFile struct {
	Format    Format
	Delimiter rune
	Header    []string // cleaned header cells
	Rows      [][]string
	Columns   []Column
	// Lines holds the 1-based file line on which each row starts (rows may span lines).
	Lines []int
	// Dropped lists rows left out while reading (a cell over MaxCellSize); Responses reports
	// them as skipped.
	Dropped []Skip
	// Notes say how the file was read when that was not plain UTF-8 CSV.
	Notes []string
}

// ReadSurvey reads a survey export: it strips a byte order mark, detects the delimiter
// (`,`, `;` or tab) and the format (Google Forms, Typeform or generic), and marks the meta
// columns. Call AutoMap next to map the other columns to questions.
//
// Google Forms is recognised by a first column "Timestamp"; Typeform by a first column "#"
// or at least two of its trailing columns (Response Type, Start Date (UTC), Stage Date (UTC),
// Submit Date (UTC), Network ID). A header without data rows gives a file with no rows.
func ReadSurvey(r io.Reader) (*SurveyFile, error) {
	t, err := readTable(r)
	if err != nil {
		return nil, fmt.Errorf("read survey: %w", err)
	}
	f := &SurveyFile{
		Delimiter: t.delim,
		Rows:      t.rows,
		Lines:     t.lines,
		Dropped:   t.dropped,
		Notes:     t.notes,
	}
	f.Header = make([]string, len(t.header))
	keys := make([]string, len(t.header))
	for i, h := range t.header {
		f.Header[i] = cleanHeader(h)
		keys[i] = normKey(f.Header[i])
	}
	f.Format = detectFormat(f.Header, keys)
	f.Columns = make([]Column, len(f.Header))
	for i, h := range f.Header {
		f.Columns[i] = Column{Index: i, Header: h, Meta: metaOf(f.Format, i, h, keys[i])}
	}
	markGrid(f)
	if len(f.Rows) == 0 && len(f.Dropped) == 0 {
		f.Notes = append(f.Notes, "the file has a header but no data rows")
	}
	return f, nil
}

// typeformMeta maps the normalized headers of Typeform's trailing columns to their Meta.
var typeformMeta = map[string]string{
	"response type":   MetaResponseType,
	"start date utc":  MetaStart,
	"stage date utc":  MetaStage,
	"submit date utc": MetaSubmitted,
	"network id":      MetaNetworkID,
}

// timestampHeaders are Google Forms' first header in the languages its users most often use.
var timestampHeaders = map[string]bool{
	"timestamp": true, "marca temporal": true, "horodateur": true, "zeitstempel": true,
	"informazioni cronologiche": true, "carimbo de data hora": true, "tijdstempel": true,
	"sygnatura czasowa": true,
}

// genericMeta maps normalized headers that describe the respondent, in any format.
var genericMeta = map[string]string{
	"email": MetaEmail, "email address": MetaEmail, "e mail": MetaEmail, "e mail address": MetaEmail,
	"your email": MetaEmail, "your email address": MetaEmail, "whats your email": MetaEmail,
	"whats your email address": MetaEmail, "what is your email": MetaEmail,
	"what is your email address": MetaEmail, "adresse e mail": MetaEmail, "e mail adresse": MetaEmail,
	"correo electronico": MetaEmail, "direccion de correo electronico": MetaEmail,

	"name": MetaName, "your name": MetaName, "full name": MetaName, "whats your name": MetaName,
	"what is your name": MetaName, "respondent": MetaName, "respondent name": MetaName,
	"nom": MetaName, "nombre": MetaName,
	"first name": MetaFirstName, "last name": MetaLastName, "surname": MetaLastName,

	"submitted at": MetaTimestamp, "submission date": MetaTimestamp, "date submitted": MetaTimestamp,
	"submitted": MetaTimestamp, "created at": MetaTimestamp,
}

// detectFormat tells Google Forms, Typeform and generic files apart by their header.
func detectFormat(header, keys []string) Format {
	if len(header) == 0 {
		return Generic
	}
	if timestampHeaders[keys[0]] {
		return GoogleForms
	}
	if header[0] == "#" {
		return Typeform
	}
	n := 0
	for _, k := range keys {
		if typeformMeta[k] != "" {
			n++
		}
	}
	if n >= 2 {
		return Typeform
	}
	return Generic
}

// metaOf returns the Meta of column i with header h (normalized key k) in a file of format f.
func metaOf(f Format, i int, h, k string) string {
	switch f {
	case GoogleForms:
		if i == 0 {
			return MetaTimestamp
		}
		if (i == 1 || i == 2) && (k == "score" || k == "total score") {
			return MetaScore
		}
	case Typeform:
		if (i == 0 && h == "#") || k == "token" {
			return MetaToken
		}
		if m := typeformMeta[k]; m != "" {
			return m
		}
		if k == "tags" {
			return MetaTags
		}
	case Generic:
		if k == "timestamp" {
			return MetaTimestamp
		}
	}
	return genericMeta[k]
}

// markGrid sets Row on grid columns, headers shaped "Question [Row]". Google Forms writes
// every grid that way; in other files the shape counts only when two columns share the
// question, so a lone "Rate it [1-10]" stays an ordinary question.
func markGrid(f *SurveyFile) {
	count := map[string]int{}
	type split struct{ base, row string }
	parts := make([]split, len(f.Columns))
	for i, c := range f.Columns {
		if c.Meta != "" {
			continue
		}
		if base, row, ok := gridParts(c.Header); ok {
			parts[i] = split{base, row}
			count[normKey(base)]++
		}
	}
	for i := range f.Columns {
		p := parts[i]
		if p.row == "" {
			continue
		}
		if f.Format == GoogleForms || count[normKey(p.base)] >= 2 {
			f.Columns[i].Row = p.row
			f.Columns[i].base = p.base
		}
	}
}

// gridParts splits "Question [Row]" into its parts.
func gridParts(h string) (base, row string, ok bool) {
	if !strings.HasSuffix(h, "]") {
		return "", "", false
	}
	open := strings.LastIndex(h, "[")
	if open <= 0 {
		return "", "", false
	}
	base = strings.TrimSpace(h[:open])
	row = strings.TrimSpace(h[open+1 : len(h)-1])
	if base == "" || row == "" {
		return "", "", false
	}
	return base, row, true
}
