package planner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Erasure is everything erasing one person removes from a plan: the candidates who are the
// person, their survey responses, and what hangs on them. A candidate and a response are the
// same person when the candidate was made from the response (Candidate.ResponseID) or the
// candidate's contact is the response's email as NormalizeContact compares them. The store's
// DeletePerson and DeleteRespondent remove exactly this.
type Erasure struct {
	Candidates []Candidate
	Responses  []Response
	Roles      []string // names of the roles they hold
	Attended   bool     // they are among the launch event's attendees
	Stories    int      // member stories told under their name
	Owned      int      // actions and agenda items they own (the items stay, the owner is cleared)
	// Versions counts the issued charter versions whose snapshot names them as a role
	// holder; the name is replaced by ErasedName there, the version stays.
	Versions int
	// Sessions counts the sessions whose attendance names them, Activity the platform
	// exports that do, and Decisions the remembered decisions about them (see evidence.go).
	Sessions, Activity, Decisions int
}

// ErasedName stands in an issued charter version for the name of a person who was erased.
const ErasedName = "(name removed)"

// ScrubSnapshot returns s with every whole-word occurrence of name replaced by ErasedName,
// and whether anything was replaced. A blank name changes nothing.
func ScrubSnapshot(s Snapshot, name string) (Snapshot, bool) {
	name = strings.TrimSpace(name)
	if name == "" || len(s) == 0 {
		return s, false
	}
	out := make(Snapshot, len(s))
	changed := false
	for i, t := range s {
		out[i] = t
		if txt, ok := replaceWord(t.Text, name, ErasedName); ok {
			out[i].Text, changed = txt, true
		}
	}
	return out, changed
}

// replaceWord replaces each occurrence of w in s that is not part of a longer word.
func replaceWord(s, w, by string) (string, bool) {
	var b strings.Builder
	changed := false
	for {
		i := strings.Index(s, w)
		if i < 0 {
			b.WriteString(s)
			return b.String(), changed
		}
		before, after := s[:i], s[i+len(w):]
		if wordRuneBefore(before) || wordRuneAfter(after) {
			b.WriteString(s[:i+len(w)])
		} else {
			b.WriteString(before)
			b.WriteString(by)
			changed = true
		}
		s = after
	}
}

func wordRuneBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func wordRuneAfter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// sameperson reports whether candidate c and response r are the same person.
func sameperson(c Candidate, r Response) bool {
	if c.ResponseID != 0 && c.ResponseID == r.ID {
		return true
	}
	k := NormalizeContact(c.Contact)
	return k != "" && k == NormalizeContact(r.Email)
}

// ErasureOfCandidate returns what erasing candidate id removes: the candidate, the responses
// that are theirs, their role holdings and attendance, the stories told under their name and
// their name as owner.
func ErasureOfCandidate(p *Plan, id int64) Erasure {
	var e Erasure
	if p == nil {
		return e
	}
	for _, c := range p.Candidates {
		if c.ID == id {
			e.add(p, c)
		}
	}
	return e
}

// ErasureOfResponse returns what deleting response id removes: the response and, for every
// candidate who is the same person, that candidate's erasure.
func ErasureOfResponse(p *Plan, id int64) Erasure {
	var e Erasure
	if p == nil {
		return e
	}
	for _, r := range p.Survey.Responses {
		if r.ID != id {
			continue
		}
		for _, c := range p.Candidates {
			if sameperson(c, r) {
				e.add(p, c)
			}
		}
		e.addResponse(r)
	}
	return e
}

// add adds candidate c and what is theirs.
func (e *Erasure) add(p *Plan, c Candidate) {
	for _, x := range e.Candidates {
		if x.ID == c.ID {
			return
		}
	}
	e.Candidates = append(e.Candidates, c)
	for _, r := range p.Survey.Responses {
		if sameperson(c, r) {
			e.addResponse(r)
		}
	}
	for _, role := range p.Charter.Roles {
		for _, h := range role.HolderIDs {
			if h == c.ID && !slices.Contains(e.Roles, role.Name) {
				e.Roles = append(e.Roles, role.Name)
			}
		}
	}
	for _, a := range p.Event.AttendeeIDs {
		e.Attended = e.Attended || a == c.ID
	}
	for _, v := range p.Charter.Versions {
		if _, ok := ScrubSnapshot(v.Snapshot, c.DisplayName()); ok {
			e.Versions++
		}
	}
	e.Sessions += countSessionsOf(p, c)
	e.Activity += countActivityOf(p, c)
	for _, d := range p.Matches {
		if d.CandidateID == c.ID || IsEvidenceOf(c, Person{Email: d.Email}) {
			e.Decisions++
		}
	}
	name := strings.TrimSpace(c.Name)
	if name == "" {
		return
	}
	for _, it := range p.Event.Agenda {
		if it.Owner == c.Name {
			e.Owned++
		}
	}
	for _, rv := range p.Reviews {
		for _, a := range rv.Actions {
			if a.Owner == c.Name {
				e.Owned++
			}
		}
		for _, s := range rv.Stories {
			if s.Member == c.Name {
				e.Stories++
			}
		}
	}
}

func (e *Erasure) addResponse(r Response) {
	for _, x := range e.Responses {
		if x.ID == r.ID {
			return
		}
	}
	e.Responses = append(e.Responses, r)
}

// Linked reports whether the erasure reaches beyond one survey response: a candidate is
// made from it, or shares its email.
func (e Erasure) Linked() bool { return len(e.Candidates) > 0 }

// Lines words what will go in English, one item a line, for a confirmation.
func (e Erasure) Lines() []string { return e.LinesIn(english) }

// LinesIn words what will go in tr's language, one item a line, for a confirmation.
func (e Erasure) LinesIn(tr *i18n.Printer) []string {
	var out []string
	for _, c := range e.Candidates {
		out = append(out, tr.T("erase.candidate", "person", personLabel(tr, c.Name, c.Contact)))
	}
	for _, r := range e.Responses {
		if r.SubmittedAt.IsZero() {
			out = append(out, tr.T("erase.response", "person", personLabel(tr, r.Respondent, r.Email)))
		} else {
			out = append(out, tr.T("erase.response_submitted", "person", personLabel(tr, r.Respondent, r.Email),
				"date", tr.Date(r.SubmittedAt.Year(), r.SubmittedAt.Month(), r.SubmittedAt.Day())))
		}
	}
	for _, role := range e.Roles {
		out = append(out, tr.T("erase.role", "role", tr.T("quote", "text", role)))
	}
	if e.Attended {
		out = append(out, tr.T("erase.attended"))
	}
	if e.Stories > 0 {
		out = append(out, tr.N("erase.stories", e.Stories))
	}
	if e.Owned > 0 {
		out = append(out, tr.N("erase.owned", e.Owned))
	}
	if e.Versions > 0 {
		out = append(out, tr.N("erase.versions", e.Versions, "erased", ErasedName))
	}
	if e.Sessions > 0 {
		out = append(out, tr.N("erase.sessions", e.Sessions))
	}
	if e.Activity > 0 {
		out = append(out, tr.N("erase.activity", e.Activity))
	}
	if e.Decisions > 0 {
		out = append(out, tr.T("erase.decisions"))
	}
	return out
}

// personLabel names a person in an erasure line: “name” <contact>, or an anonymous
// respondent in tr's words.
func personLabel(tr *i18n.Printer, name, contact string) string {
	name, contact = strings.TrimSpace(name), strings.TrimSpace(contact)
	switch {
	case name == "" && contact == "":
		return tr.T("erase.anonymous")
	case name == "":
		return "<" + contact + ">"
	case contact == "":
		return tr.T("quote", "text", name)
	}
	return tr.T("quote", "text", name) + " <" + contact + ">"
}

// IsEvidenceOf reports whether a person named in a report is candidate c: matched to c, or
// unmatched with c's email. Erasing c erases these records.
func IsEvidenceOf(c Candidate, p Person) bool {
	e := strings.ToLower(strings.TrimSpace(p.Email))
	return e != "" && e == strings.ToLower(NormalizeContact(c.Contact))
}

func countSessionsOf(p *Plan, c Candidate) int {
	n := 0
	for _, s := range p.Sessions {
		for _, a := range s.Attendees {
			if a.CandidateID == c.ID || IsEvidenceOf(c, a.Person) {
				n++
				break
			}
		}
	}
	return n
}

func countActivityOf(p *Plan, c Candidate) int {
	n := 0
	for _, e := range p.Activity {
		for _, m := range e.Members {
			if m.CandidateID == c.ID || IsEvidenceOf(c, m.Person) {
				n++
				break
			}
		}
	}
	return n
}

// EraseEvidenceOf removes candidate c's records from the plan's evidence in memory, as the
// store's DeletePerson does: their attendance, their activity rows and the decisions about
// them. The sessions and exports stay.
func EraseEvidenceOf(p *Plan, c Candidate) {
	for i := range p.Sessions {
		s := &p.Sessions[i]
		s.Attendees = dropWhere(s.Attendees, func(a Attendee) bool { return a.CandidateID == c.ID || IsEvidenceOf(c, a.Person) })
	}
	for i := range p.Activity {
		e := &p.Activity[i]
		e.Members = dropWhere(e.Members, func(m MemberActivity) bool { return m.CandidateID == c.ID || IsEvidenceOf(c, m.Person) })
	}
	p.Matches = dropWhere(p.Matches, func(d MatchDecision) bool { return d.CandidateID == c.ID || IsEvidenceOf(c, Person{Email: d.Email}) })
}

// dropWhere removes the items drop picks, in place; nothing left is nil, as a plan loaded
// from the store has it.
func dropWhere[T any](items []T, drop func(T) bool) []T {
	out := items[:0]
	for _, it := range items {
		if !drop(it) {
			out = append(out, it)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
