package csvimport

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// Candidate CSV fields, as the candidate export writes them.
const (
	fieldName          = "name"
	fieldHandle        = "handle"
	fieldContact       = "contact"
	fieldChannel       = "channel"
	fieldSource        = "source"
	fieldExperience    = "experience"
	fieldActivity      = "activity"
	fieldRoleInterest  = "role_interest"
	fieldWillingToLead = "willing_to_lead"
	fieldStatus        = "status"
	fieldNotes         = "notes"
)

// exportColumns is the header the candidate export writes (export.CandidateColumns).
var exportColumns = []string{fieldName, fieldHandle, fieldContact, fieldChannel, fieldSource, fieldExperience,
	fieldActivity, fieldRoleInterest, fieldWillingToLead, fieldStatus, fieldNotes}

// candidateHeaders maps normalized headers, the export's and the ones people type in a
// spreadsheet of their own, to candidate fields.
var candidateHeaders = func() map[string]string {
	aliases := map[string][]string{
		fieldName:          {"name", "full name", "candidate", "person", "member"},
		fieldHandle:        {"handle", "username", "user name", "user", "nickname", "nick", "screen name"},
		fieldContact:       {"contact", "email", "email address", "e mail", "mail", "url", "link", "profile", "profile url", "contact info"},
		fieldChannel:       {"channel", "contact channel", "reach via", "reach on"},
		fieldSource:        {"source", "found via", "found through", "origin"},
		fieldExperience:    {"experience", "experience level", "level", "seniority"},
		fieldActivity:      {"activity", "activity level"},
		fieldRoleInterest:  {"role interest", "role", "roles", "interest", "interested in", "role interested in"},
		fieldWillingToLead: {"willing to lead", "lead", "leader", "can lead", "would lead", "willing lead"},
		fieldStatus:        {"status", "stage", "state"},
		fieldNotes:         {"notes", "note", "comments", "comment", "remarks"},
	}
	m := map[string]string{}
	for f, as := range aliases {
		for _, a := range as {
			m[a] = f
		}
	}
	return m
}()

// Enum spellings: normalized cell text → value.
var (
	channelWords = map[string]planner.Channel{
		"x": planner.ChannelX, "twitter": planner.ChannelX, "x twitter": planner.ChannelX, "twitter x": planner.ChannelX,
		"linkedin": planner.ChannelLinkedIn, "linked in": planner.ChannelLinkedIn,
		"discord": planner.ChannelDiscord,
		"email":   planner.ChannelEmail, "e mail": planner.ChannelEmail, "mail": planner.ChannelEmail,
		"dm": planner.ChannelDM, "dms": planner.ChannelDM, "direct message": planner.ChannelDM,
		"in person": planner.ChannelInPerson, "inperson": planner.ChannelInPerson, "face to face": planner.ChannelInPerson,
		"other": planner.ChannelOther,
	}
	sourceWords = map[string]planner.Source{
		"own network": planner.SourceNetwork, "network": planner.SourceNetwork, "my network": planner.SourceNetwork,
		"survey": planner.SourceSurvey, "survey respondent": planner.SourceSurvey, "respondent": planner.SourceSurvey,
		"referral": planner.SourceReferral, "referred": planner.SourceReferral,
	}
	experienceWords = map[string]planner.Experience{
		"newcomer": planner.Newcomer, "new": planner.Newcomer, "beginner": planner.Newcomer, "novice": planner.Newcomer, "junior": planner.Newcomer,
		"practitioner": planner.Practitioner, "intermediate": planner.Practitioner, "mid": planner.Practitioner,
		"veteran": planner.Veteran, "expert": planner.Veteran, "senior": planner.Veteran, "advanced": planner.Veteran,
	}
	activityWords = map[string]planner.Activity{
		"low": planner.ActivityLow, "medium": planner.ActivityMedium, "med": planner.ActivityMedium,
		"mid": planner.ActivityMedium, "moderate": planner.ActivityMedium, "high": planner.ActivityHigh,
	}
	statusWords = map[string]planner.CandidateStatus{
		"prospect": planner.Prospect, "new": planner.Prospect,
		"invited": planner.Invited, "accepted": planner.Accepted, "declined": planner.Declined,
		"joined": planner.Joined, "member": planner.Joined,
	}
	yesWords = map[string]bool{"yes": true, "y": true, "true": true, "1": true, "x": true, "✓": true, "✔": true, "ja": true, "oui": true, "si": true}
	noWords  = map[string]bool{"no": true, "n": true, "false": true, "0": true, "nein": true, "non": true}
)

// Duplicate is a contact shared by several candidates: imported ones (indexes into the
// incoming slice) and, for FlagDuplicates, existing ones (their IDs).
type Duplicate struct {
	Contact  string // normalized contact
	Existing []int64
	Incoming []int
}

// ReadCandidates reads a candidate list. Columns may come in any order and are matched by
// header, ignoring case and punctuation, with common aliases ("email" or "url" for contact,
// "role" for role interest, "lead" for willing to lead). An unknown channel becomes "other",
// an unknown source, experience or activity is left empty, an unknown status becomes
// prospect, an unreadable willing-to-lead is no: each with a note. Rows without a name,
// handle or contact are skipped. Candidates sharing a contact are all returned and listed in
// Report.Flagged; see FlagDuplicates to check them against a plan's list. A file without a
// name, handle or contact column is an error.
func ReadCandidates(r io.Reader) ([]planner.Candidate, Report, error) {
	return ReadCandidatesWith(r, ReadOptions{})
}

// ReadCandidatesWith reads a candidate list, a CSV or a sheet of an Excel workbook; see
// ReadCandidates.
func ReadCandidatesWith(r io.Reader, opt ReadOptions) ([]planner.Candidate, Report, error) {
	t, err := readTable(r, opt.Sheet)
	if err != nil {
		return nil, Report{}, fmt.Errorf("read candidates: %w", err)
	}
	cols := map[string][]int{}
	var unknown []string
	for i, h := range t.header {
		h = cleanHeader(h)
		if f, ok := candidateHeaders[normKey(h)]; ok {
			cols[f] = append(cols[f], i)
		} else if h != "" {
			unknown = append(unknown, h)
		}
	}
	if cols[fieldName] == nil && cols[fieldHandle] == nil && cols[fieldContact] == nil {
		return nil, Report{}, fmt.Errorf("read candidates: no name, handle or contact column (the header has %s)",
			strings.Join(quoteAll(t.header), ", "))
	}
	exported := len(t.header) == len(exportColumns)
	for i, h := range t.header {
		exported = exported && h == exportColumns[i]
	}
	rep := Report{Rows: len(t.rows) + len(t.dropped)}
	rep.Skipped = append(rep.Skipped, t.dropped...)
	for _, n := range t.notes {
		rep.note(0, n)
	}
	if len(unknown) > 0 {
		rep.note(0, say("ui.import.note.columns_left_out", "columns", strings.Join(quoteAll(unknown), ", ")))
	}
	if len(t.rows) == 0 {
		rep.note(0, say("ui.import.note.no_data"))
	}
	var out []planner.Candidate
	var lines []int
	for i, row := range t.rows {
		line := t.lines[i]
		get := func(f string) string {
			for _, c := range cols[f] {
				if c < len(row) {
					if v := unescapeFormula(cleanCell(row[c])); v != "" {
						return v
					}
				}
			}
			return ""
		}
		if blankRow(row) {
			rep.Skipped = append(rep.Skipped, skip(line, say("ui.import.skip.blank")))
			continue
		}
		c := planner.Candidate{
			Name:         get(fieldName),
			Handle:       get(fieldHandle),
			Contact:      get(fieldContact),
			RoleInterest: get(fieldRoleInterest),
			Notes:        get(fieldNotes),
			Status:       planner.Prospect,
		}
		if c.Name == "" && c.Handle == "" && c.Contact == "" {
			rep.Skipped = append(rep.Skipped, skip(line, say("ui.import.skip.no_person")))
			continue
		}
		readEnums(&c, get, exported, line, &rep)
		out = append(out, c)
		lines = append(lines, line)
	}
	rep.Added = len(out)
	rep.Flagged = FlagDuplicates(nil, out)
	for _, d := range rep.Flagged {
		for _, i := range d.Incoming[1:] {
			rep.note(lines[i], say("ui.import.note.same_contact", "row", lines[d.Incoming[0]], "contact", d.Contact))
		}
	}
	rep.finish()
	return out, rep, nil
}

// readEnums fills the candidate's enum fields from their cells, noting values it does not know.
// An empty channel is guessed from the contact, except in a file the candidate export wrote
// (exported), where it stays empty as it was.
func readEnums(c *planner.Candidate, get func(string) string, exported bool, line int, rep *Report) {
	if v := get(fieldChannel); v != "" {
		ch, ok := channelWords[normKey(v)]
		if !ok {
			ch = planner.ChannelOther
			rep.note(line, say("ui.import.note.channel", "value", cutText(v)))
		}
		c.Channel = ch
	} else if !exported {
		c.Channel = channelOf(c.Contact)
	}
	if v := get(fieldSource); v != "" {
		if c.Source = sourceWords[normKey(v)]; c.Source == "" {
			rep.note(line, say("ui.import.note.source", "value", cutText(v)))
		}
	}
	if v := get(fieldExperience); v != "" {
		if c.Experience = experienceWords[normKey(v)]; c.Experience == "" {
			rep.note(line, say("ui.import.note.experience", "value", cutText(v)))
		}
	}
	if v := get(fieldActivity); v != "" {
		if c.Activity = activityWords[normKey(v)]; c.Activity == "" {
			rep.note(line, say("ui.import.note.activity", "value", cutText(v)))
		}
	}
	if v := get(fieldStatus); v != "" {
		st, ok := statusWords[normKey(v)]
		if !ok {
			st = planner.Prospect
			rep.note(line, say("ui.import.note.status", "value", cutText(v)))
		}
		c.Status = st
	}
	if v := get(fieldWillingToLead); v != "" {
		k := strings.ToLower(strings.TrimSpace(v))
		switch {
		case yesWords[k]:
			c.WillingToLead = true
		case noWords[k], k == "-":
		default:
			rep.note(line, say("ui.import.note.lead", "value", cutText(v)))
		}
	}
}

// unescapeFormula undoes the candidate export's defence against formula injection: the
// export puts an apostrophe before a cell that starts with = + - @, a tab or a carriage
// return (but not before a plain negative number), so such an apostrophe is dropped here and
// any other is kept ("'Tis", "'-12" stay as written).
func unescapeFormula(s string) string {
	if len(s) < 2 || s[0] != '\'' {
		return s
	}
	rest := s[1:]
	switch rest[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if !plainNumber(rest) {
			return rest
		}
	}
	return s
}

// plainNumber reports whether s is a decimal number such as "-12.5" and nothing else.
func plainNumber(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, dot := strings.Cut(s, ".")
	digits := func(d string) bool {
		return d != "" && strings.Trim(d, "0123456789") == ""
	}
	return digits(whole) && (!dot || digits(frac))
}

// channelOf guesses the channel from a contact when the file names none.
func channelOf(contact string) planner.Channel {
	k := planner.NormalizeContact(contact)
	switch {
	case k == "":
		return ""
	case strings.HasPrefix(k, "linkedin.com/"), strings.Contains(k, ".linkedin.com/"):
		return planner.ChannelLinkedIn
	case strings.HasPrefix(k, "twitter.com/"), strings.HasPrefix(k, "x.com/"):
		return planner.ChannelX
	case strings.HasPrefix(k, "discord.com/"), strings.HasPrefix(k, "discord.gg/"):
		return planner.ChannelDiscord
	case strings.Contains(k, "@") && !strings.Contains(k, "/") && !strings.HasPrefix(k, "@"):
		return planner.ChannelEmail
	}
	return ""
}

// FlagDuplicates lists the contacts shared by two or more candidates among incoming, or by an
// incoming candidate and an existing one, compared by planner.NormalizeContact (case,
// "mailto:", a URL's scheme, "www." and a trailing slash do not count). Candidates without a contact are never
// duplicates. Nothing is merged: the caller shows the list.
func FlagDuplicates(existing, incoming []planner.Candidate) []Duplicate {
	byContact := map[string]*Duplicate{}
	var order []string
	for i, c := range incoming {
		k := planner.NormalizeContact(c.Contact)
		if k == "" {
			continue
		}
		d := byContact[k]
		if d == nil {
			d = &Duplicate{Contact: k}
			byContact[k] = d
			order = append(order, k)
		}
		d.Incoming = append(d.Incoming, i)
	}
	for _, c := range existing {
		if d := byContact[planner.NormalizeContact(c.Contact)]; d != nil {
			d.Existing = append(d.Existing, c.ID)
		}
	}
	var out []Duplicate
	for _, k := range order {
		if d := byContact[k]; len(d.Incoming)+len(d.Existing) >= 2 {
			sort.Slice(d.Existing, func(a, b int) bool { return d.Existing[a] < d.Existing[b] })
			out = append(out, *d)
		}
	}
	return out
}

// quoteAll quotes each value for a message.
func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = quote(s)
	}
	return out
}
