package csvimport

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Format is the tool a survey export came from.
type Format string

// Survey formats.
const (
	GoogleForms    Format = "google-forms"
	MicrosoftForms Format = "microsoft-forms"
	SurveyMonkey   Format = "surveymonkey"
	Typeform       Format = "typeform"
	Jotform        Format = "jotform"
	Tally          Format = "tally"
	Generic        Format = "generic"
)

// Label names the tool for a person in English: "Microsoft Forms".
func (f Format) Label() string { return f.In(english) }

// In names the tool for a person in tr's language: a tool by its own name, a file of no
// tool known as a generic spreadsheet.
func (f Format) In(tr *i18n.Printer) string {
	switch f {
	case GoogleForms:
		return "Google Forms"
	case MicrosoftForms:
		return "Microsoft Forms"
	case SurveyMonkey:
		return "SurveyMonkey"
	case Typeform:
		return "Typeform"
	case Jotform:
		return "Jotform"
	case Tally:
		return "Tally"
	}
	return tr.T("ui.import.format.generic")
}

// Meta values of a Column: columns that describe the response rather than answer a question.
const (
	MetaTimestamp    = "timestamp"     // Google Forms' Timestamp, or a generic "submitted at"
	MetaEmail        = "email"         // the respondent's email
	MetaName         = "name"          // the respondent's name
	MetaFirstName    = "first-name"    // first half of a split name (Typeform contact info)
	MetaLastName     = "last-name"     // second half of a split name
	MetaToken        = "token"         // the tool's own response ID: the import key
	MetaSubmitted    = "submitted"     // when the response was completed (Submit Date, Completion time, End Date…)
	MetaStart        = "start"         // when the respondent started
	MetaStage        = "stage"         // Typeform's Stage Date (UTC)
	MetaModified     = "modified"      // when the response was last changed
	MetaResponseType = "response-type" // Typeform's Response Type (completed, partial)
	MetaNetworkID    = "network-id"    // Typeform's Network ID
	MetaTags         = "tags"          // Typeform's Tags
	MetaScore        = "score"         // a quiz score, points or feedback
	MetaRespondentID = "respondent-id" // an ID of the respondent rather than the response
	MetaCollector    = "collector"     // SurveyMonkey's Collector ID
	MetaIP           = "ip"            // the respondent's IP address
	MetaLink         = "link"          // a link to the submission or its edit page
	MetaCustom       = "custom"        // SurveyMonkey's Custom Data
	MetaDate         = "date"          // a column whose every answer is a date or time
)

// metaKey is the catalogue key that words a Meta value, "" for a value it does not know.
func metaKey(m string) string {
	switch m {
	case MetaTimestamp, MetaSubmitted:
		return "ui.import.meta.submitted"
	case MetaEmail, MetaName, MetaFirstName, MetaLastName, MetaToken, MetaStart, MetaStage,
		MetaModified, MetaResponseType, MetaNetworkID, MetaTags, MetaScore, MetaRespondentID,
		MetaCollector, MetaIP, MetaLink, MetaCustom, MetaDate:
		return "ui.import.meta." + m
	}
	return ""
}

// metaMsg words a Meta value for the import report.
func metaMsg(m string) planner.Msg {
	if k := metaKey(m); k != "" {
		return say(k)
	}
	return say("ui.import.meta.other", "meta", m)
}

// MetaLabel words a Meta value for a person in English: "submitted time".
func MetaLabel(m string) string { return MetaIn(english, m) }

// MetaIn words a Meta value for a person in tr's language.
func MetaIn(tr *i18n.Printer, m string) string { return metaMsg(m).In(tr) }

// Column is one column of the file and what it maps to. Callers adjust the mapping by
// editing QuestionID (0 leaves the column out); Meta columns are never imported as answers.
type Column struct {
	Index      int
	Header     string // trimmed, white space collapsed
	QuestionID int64  // 0 = unmapped
	// Row is the row label of a grid question's column ("Question [Row]"); "" otherwise.
	Row string
	// Option is the choice a column stands for when a multiple-choice question has one column
	// per option (SurveyMonkey): a cell holding the option, or the text of an "Other" answer,
	// means it was chosen. "" otherwise.
	Option string
	// Meta names what a column holds when it is not a question ("timestamp", "email", "name",
	// "token", …, see the Meta constants), or "".
	Meta string

	base string // the question part of a grid or option header
}

// Title is the question text of the column: the question part of a grid or option column,
// else the header.
func (c Column) Title() string {
	if (c.Row != "" || c.Option != "") && c.base != "" {
		return c.base
	}
	return c.Header
}

// SurveyFile is a survey export read into memory, with its detected format and column
// mapping.
type SurveyFile struct {
	Format    Format
	Delimiter rune     // 0 for a workbook
	Sheet     string   // the sheet read, for a workbook
	Sheets    []string // every sheet of a workbook, to choose another
	Header    []string // cleaned header cells
	Rows      [][]string
	Columns   []Column
	// Lines holds the 1-based file line (or sheet row) on which each row starts.
	Lines []int
	// Dropped lists rows left out while reading (a cell over MaxCellSize); Responses reports
	// them as skipped.
	Dropped []Skip
	// Notes say how the file was read when that was not plain UTF-8 CSV.
	Notes []planner.Msg
}

// ReadOptions choose what to read of a file.
type ReadOptions struct {
	// Sheet names the sheet of a workbook to read (case does not count); "" reads the first.
	Sheet string
}

// ReadSurvey reads a survey export from the first sheet; see ReadSurveyWith.
func ReadSurvey(r io.Reader) (*SurveyFile, error) {
	return ReadSurveyWith(r, ReadOptions{})
}

// ReadSurveyWith reads a survey export, a CSV or an Excel workbook (told by its content): it
// strips a byte order mark, detects the delimiter (`,`, `;` or tab), the format and the meta
// columns, and reads SurveyMonkey's second header row. Call AutoMap next to map the other
// columns to questions.
//
// Formats, from the header: Google Forms by a first column "Timestamp" (or its translation);
// Microsoft Forms by ID, Start time and Completion time; SurveyMonkey by Respondent ID and
// Collector ID; Tally by Submission ID, Respondent ID and Submitted at; Jotform by Submission
// Date with Submission ID, Submission IP or Last Update Date; Typeform by a first column "#"
// or two of its trailing columns (Response Type, Start Date (UTC), Stage Date (UTC), Submit
// Date (UTC), Network ID). Whatever the format, a column whose every answer is a date or a
// time is meta, never a question. A header without data rows gives a file with no rows.
func ReadSurveyWith(r io.Reader, opt ReadOptions) (*SurveyFile, error) {
	t, err := readTable(r, opt.Sheet)
	if err != nil {
		return nil, fmt.Errorf("read survey: %w", err)
	}
	f := &SurveyFile{
		Delimiter: t.delim,
		Sheet:     t.sheet,
		Sheets:    t.sheets,
		Rows:      t.rows,
		Lines:     t.lines,
		Dropped:   t.dropped,
		Notes:     t.notes,
	}
	header := trimHeader(t.header, t.rows)
	f.Header = make([]string, len(header))
	keys := make([]string, len(header))
	for i, h := range header {
		f.Header[i] = cleanHeader(h)
		keys[i] = normKey(f.Header[i])
	}
	f.Format = detectFormat(f.Header, keys)
	var titles []string // the question titles of a row above a tool's own header
	if f.Format == Generic && len(f.Rows) > 0 {
		if h, k, ok := toolHeader(f.Rows[0], len(f.Header)); ok {
			titles = f.Header
			f.Header, keys = h, k
			f.Format = detectFormat(f.Header, keys)
			f.Rows, f.Lines = f.Rows[1:], f.Lines[1:]
			f.Notes = append(f.Notes, say("ui.import.note.title_row"))
		}
	}
	f.Columns = make([]Column, len(f.Header))
	for i, h := range f.Header {
		f.Columns[i] = Column{Index: i, Header: h, Meta: metaOf(f.Format, i, h, keys[i])}
	}
	switch {
	case titles != nil:
		titleRow(f, titles)
	case f.Format == SurveyMonkey:
		subHeader(f)
	default:
		markGrid(f)
		markNumberedOptions(f)
	}
	markDates(f)
	if len(f.Rows) == 0 && len(f.Dropped) == 0 {
		f.Notes = append(f.Notes, say("ui.import.note.no_rows"))
	}
	return f, nil
}

// trimHeader drops the empty columns at the end of the header that no row has a value in:
// spreadsheets often save a few.
func trimHeader(header []string, rows [][]string) []string {
	end := len(header)
	for end > 0 && strings.TrimSpace(header[end-1]) == "" {
		used := false
		for _, row := range rows {
			if end-1 < len(row) && strings.TrimSpace(row[end-1]) != "" {
				used = true
				break
			}
		}
		if used {
			break
		}
		end--
	}
	return header[:end]
}

// typeformMeta maps the normalized headers of Typeform's trailing columns to their Meta.
var typeformMeta = map[string]string{
	"response type":   MetaResponseType,
	"start date utc":  MetaStart,
	"stage date utc":  MetaStage,
	"submit date utc": MetaSubmitted,
	"network id":      MetaNetworkID,
}

// formatMeta maps each tool's own metadata headers (normalized) to their Meta.
var formatMeta = map[Format]map[string]string{
	MicrosoftForms: {
		"id": MetaToken, "start time": MetaStart, "completion time": MetaSubmitted,
		"last modified time": MetaModified, "total points": MetaScore, "quiz feedback": MetaScore,
		"grade posted time": MetaModified,
	},
	SurveyMonkey: {
		"respondent id": MetaToken, "collector id": MetaCollector, "start date": MetaStart,
		"end date": MetaSubmitted, "ip address": MetaIP, "email address": MetaEmail,
		"first name": MetaFirstName, "last name": MetaLastName,
	},
	Tally: {
		"submission id": MetaToken, "respondent id": MetaRespondentID, "submitted at": MetaSubmitted,
	},
	Jotform: {
		"submission date": MetaSubmitted, "submission id": MetaToken, "submission ip": MetaIP,
		"submission url": MetaLink, "edit link": MetaLink, "last update date": MetaModified,
	},
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
	"submitted": MetaTimestamp, "created at": MetaTimestamp, "completion time": MetaTimestamp,
	"end date": MetaTimestamp, "start time": MetaStart, "start date": MetaStart,
	"last modified time": MetaModified, "ip address": MetaIP,
	"response id": MetaToken, "submission id": MetaToken, "respondent id": MetaRespondentID,
}

// detectFormat tells the tools apart by their header.
func detectFormat(header, keys []string) Format {
	if len(header) == 0 {
		return Generic
	}
	if timestampHeaders[keys[0]] {
		return GoogleForms
	}
	has := make(map[string]bool, len(keys))
	for _, k := range keys {
		has[k] = true
	}
	switch {
	case has["id"] && has["start time"] && has["completion time"]:
		return MicrosoftForms
	case has["respondent id"] && has["collector id"]:
		return SurveyMonkey
	case has["submission id"] && has["respondent id"] && has["submitted at"]:
		return Tally
	case has["submission date"] && (has["submission id"] || has["submission ip"] || has["last update date"]):
		return Jotform
	case header[0] == "#":
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
	case MicrosoftForms:
		// Quiz columns: "Points - Question", "Feedback - Question".
		if strings.HasPrefix(k, "points ") || strings.HasPrefix(k, "feedback ") {
			return MetaScore
		}
	case SurveyMonkey:
		if strings.HasPrefix(k, "custom data") {
			return MetaCustom
		}
	case Generic:
		if k == "timestamp" {
			return MetaTimestamp
		}
	}
	if m := formatMeta[f][k]; m != "" {
		return m
	}
	return genericMeta[k]
}

// subHeader reads SurveyMonkey's "expanded" layout: the first row holds the question text
// over the first of its columns (the other cells blank, or merged in a workbook), the second
// row what each column holds: "Response" or "Open-Ended Response" for a question in one
// column, an option's label for a multiple-choice question with a column per option (the
// cell holds the label when chosen), or a row's label for a grid (the cell holds the choice).
func subHeader(f *SurveyFile) {
	if len(f.Rows) == 0 {
		return
	}
	sub := f.Rows[0]
	// The second header row is blank under the metadata columns; a data row has its ID there.
	for _, c := range f.Columns {
		if c.Meta == MetaToken && c.Index < len(sub) && strings.TrimSpace(sub[c.Index]) != "" {
			return
		}
	}
	f.Rows, f.Lines = f.Rows[1:], f.Lines[1:]
	type part = headerPart
	parts := make([]part, len(f.Columns))
	title := ""
	for i := range f.Columns {
		c := &f.Columns[i]
		if c.Meta != "" {
			title = ""
			continue
		}
		if c.Header != "" {
			title = c.Header
		}
		label := ""
		if i < len(sub) {
			label = cleanHeader(sub[i])
		}
		switch normKey(label) {
		case "", "response", "open ended response", "responses", "answer":
			if c.Header == "" {
				c.Header = title
				f.Header[i] = title
			}
			continue
		}
		if title == "" {
			// A column under no question (Name, Email beside the metadata): its label is
			// its header.
			c.Header, f.Header[i] = label, label
			c.Meta = metaOf(f.Format, i, label, normKey(label))
			continue
		}
		parts[i] = part{title, label}
	}
	applyParts(f, parts)
}

// headerPart is a column of a question with a label of its own under the question's title:
// an option of a multiple choice with a column per option, or a row of a grid.
type headerPart struct{ base, label string }

// applyParts makes the labelled columns of each question its options (when every cell is
// blank, the label itself, or, in an "Other" column, free text) or else its grid's rows.
func applyParts(f *SurveyFile, parts []headerPart) {
	// A question's labelled columns are options when every cell is blank, the label itself,
	// or (in an "Other" column) free text; else they are a grid's rows.
	grid := map[string]bool{}
	for i, p := range parts {
		if p.label == "" || isOther(p.label) {
			continue
		}
		lk := normKey(p.label)
		for _, row := range f.Rows {
			if i < len(row) {
				if v := normKey(row[i]); v != "" && v != lk {
					grid[p.base] = true
					break
				}
			}
		}
	}
	for i, p := range parts {
		if p.label == "" {
			continue
		}
		c := &f.Columns[i]
		c.base = p.base
		c.Header = p.base + " [" + p.label + "]"
		f.Header[i] = c.Header
		if grid[p.base] {
			c.Row = p.label
		} else {
			c.Option = p.label
		}
	}
}

// isOther reports whether an option label is an "Other" answer typed by the respondent.
func isOther(label string) bool {
	k := normKey(label)
	return k == "other" || strings.HasPrefix(k, "other ")
}

// markDates makes meta every question column whose answers are all dates or times: a start
// or completion time the format does not name, a "date" column of a generic file. Such a
// column is never a question (a date is not a 1–10 scale).
func markDates(f *SurveyFile) {
	for i := range f.Columns {
		c := &f.Columns[i]
		if c.Meta != "" || c.Row != "" || c.Option != "" {
			continue
		}
		// A first answer that is no date read either way (month or day first) ends the
		// look at once: most columns are no dates.
		firstOK := true
		for _, row := range f.Rows {
			if c.Index < len(row) {
				if v := strings.TrimSpace(row[c.Index]); v != "" {
					firstOK = isDateTime(newTimeParser(time.UTC, false), v) || isDateTime(newTimeParser(time.UTC, true), v)
					break
				}
			}
		}
		if !firstOK {
			continue
		}
		var values []string
		for _, row := range f.Rows {
			if c.Index < len(row) {
				if v := strings.TrimSpace(row[c.Index]); v != "" {
					values = append(values, v)
				}
			}
		}
		if len(values) == 0 {
			continue
		}
		p := newTimeParser(time.UTC, dayFirst(values))
		all := true
		for _, v := range values {
			if !isDateTime(p, v) {
				all = false
				break
			}
		}
		if all {
			c.Meta = MetaDate
		}
	}
}

// isDateTime reports whether v is a date, a date and time, or a clock time.
func isDateTime(p *timeParser, v string) bool {
	if _, err := p.parse(v); err == nil {
		return true
	}
	for _, l := range clockLayouts {
		if _, err := time.Parse(l, strings.ToUpper(v)); err == nil {
			return true
		}
	}
	return false
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

// toolHeader reports whether row, the first data row of a file whose header names no tool,
// is a survey tool's own header (Typeform's "#" … "Submit Date (UTC)"): then the header above
// it holds question titles over groups of option columns.
func toolHeader(row []string, n int) ([]string, []string, bool) {
	h := make([]string, max(n, len(row)))
	k := make([]string, len(h))
	for i := range h {
		if i < len(row) {
			h[i] = cleanHeader(row[i])
		}
		k[i] = normKey(h[i])
	}
	if detectFormat(h, k) == Generic {
		return nil, nil, false
	}
	return h[:n], k[:n], true
}

// titleRow reads a header whose question titles are in the row above it (titles), as
// Typeform exports a multiple choice: a column under a title (or under a blank after one)
// whose cells hold nothing but its own label, or free text under an "Other" label, is an
// option of that question; every other column is what its label says.
func titleRow(f *SurveyFile, titles []string) {
	for i := range f.Columns {
		f.Columns[i].Meta = metaOf(f.Format, i, f.Header[i], normKey(f.Header[i]))
	}
	parts := make([]headerPart, len(f.Columns))
	title := ""
	for i := range f.Columns {
		c := &f.Columns[i]
		if i < len(titles) && strings.TrimSpace(titles[i]) != "" {
			title = titles[i]
		}
		if c.Meta != "" || title == "" || normKey(title) == normKey(c.Header) {
			continue
		}
		if isOther(c.Header) || onlyLabel(f.Rows, i, c.Header) {
			parts[i] = headerPart{title, c.Header}
		}
	}
	applyParts(f, parts)
}

// onlyLabel reports whether column i holds its label when filled, and is filled somewhere.
func onlyLabel(rows [][]string, i int, label string) bool {
	lk, filled := normKey(label), false
	for _, row := range rows {
		if i >= len(row) {
			continue
		}
		switch v := normKey(row[i]); v {
		case "":
		case lk:
			filled = true
		default:
			return false
		}
	}
	return filled
}

// numberedHeader splits SurveyMonkey's condensed option headers: "3. Python." → "3", "Python".
var numberedHeader = regexp.MustCompile(`^(\d{1,3}[a-z]?)\.\s+(.+?)\.?$`)

// markNumberedOptions finds the option columns of a multiple choice exported one column per
// option under numbered headers ("3. Python.", "3. R.", …): two or more neighbouring columns
// with the same number, each holding nothing but its own label when ticked.
func markNumberedOptions(f *SurveyFile) {
	type cand struct {
		num, label string
	}
	cands := make([]cand, len(f.Columns))
	for i, c := range f.Columns {
		if c.Meta != "" || c.Row != "" || c.Option != "" {
			continue
		}
		m := numberedHeader.FindStringSubmatch(c.Header)
		if m == nil {
			continue
		}
		lk := normKey(m[2])
		ticked := false
		for _, row := range f.Rows {
			if i >= len(row) {
				continue
			}
			v := normKey(row[i])
			if v != "" && v != lk {
				ticked = false
				lk = ""
				break
			}
			ticked = ticked || v != ""
		}
		if lk != "" && ticked {
			cands[i] = cand{m[1], m[2]}
		}
	}
	for i := 0; i < len(cands); {
		j := i
		for j < len(cands) && cands[j].num != "" && cands[j].num == cands[i].num {
			j++
		}
		if j-i >= 2 {
			for k := i; k < j; k++ {
				c := &f.Columns[k]
				c.Option, c.base = cands[k].label, "Question "+cands[i].num
			}
		}
		i = max(j, i+1)
	}
}
