package planner

import (
	"strconv"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// The enumerated values of a plan (a channel, a frequency, a question's kind…) are worded by
// the catalogue, under their kind and code ("freq.weekly"), so that the window, the command
// line and the documents name them alike in every language. In words a value in tr's
// language; Label words it in English. An unset value is "", and a code the catalogue does
// not know (from a newer file) is shown as it is.

// codeLabel is the catalogue's text of kind.code; code itself when the catalogue lacks it.
func codeLabel(tr *i18n.Printer, kind, code string) string {
	if code == "" {
		return ""
	}
	key := kind + "." + code
	if !i18n.Has(key) {
		return code
	}
	return tr.T(key)
}

// In is the channel as people name it.
func (c Channel) In(tr *i18n.Printer) string { return codeLabel(tr, "channel", string(c)) }

// Label is the channel in English.
func (c Channel) Label() string { return c.In(english) }

// In is the source as a phrase.
func (s Source) In(tr *i18n.Printer) string { return codeLabel(tr, "source", string(s)) }

// Label is the source in English.
func (s Source) Label() string { return s.In(english) }

// In is the frequency as shown and exported, e.g. "Every two weeks".
func (f Frequency) In(tr *i18n.Printer) string { return codeLabel(tr, "freq", string(f)) }

// Label is the frequency in English.
func (f Frequency) Label() string { return f.In(english) }

// In is the event format as a phrase.
func (f EventFormat) In(tr *i18n.Printer) string { return codeLabel(tr, "format", string(f)) }

// Label is the event format in English.
func (f EventFormat) Label() string { return f.In(english) }

// In says how people join.
func (m JoinMode) In(tr *i18n.Printer) string { return codeLabel(tr, "join", string(m)) }

// Label says in English how people join.
func (m JoinMode) Label() string { return m.In(english) }

// In is the question kind as a phrase.
func (k QuestionKind) In(tr *i18n.Printer) string { return codeLabel(tr, "qkind", string(k)) }

// Label is the question kind in English.
func (k QuestionKind) Label() string { return k.In(english) }

// KindIn is the question's kind as a phrase, with a scale's range: "Scale 0–10".
func (q Question) KindIn(tr *i18n.Printer) string {
	if q.Kind == KindScale {
		return tr.T("qkind.scale_range", "range", q.Range().String())
	}
	return q.Kind.In(tr)
}

// KindLabel is the question's kind in English, with a scale's range.
func (q Question) KindLabel() string { return q.KindIn(english) }

// In says what a question's role makes the rules read from it.
func (r QuestionRole) In(tr *i18n.Printer) string {
	if r == RoleNone {
		return tr.T("qrole_label.none")
	}
	return codeLabel(tr, "qrole_label", string(r))
}

// Label says in English what a question's role makes the rules read from it.
func (r QuestionRole) Label() string { return r.In(english) }

// DisplayName is how a candidate is shown: the name, else the handle, else "Candidate N".
func (c Candidate) DisplayName() string { return c.NameIn(english) }

// NameIn is how a candidate is shown in tr's language: the name, else the handle, else
// "Candidate N" in its words.
func (c Candidate) NameIn(tr *i18n.Printer) string {
	if n := strings.TrimSpace(c.Name); n != "" {
		return n
	}
	if h := strings.TrimSpace(c.Handle); h != "" {
		return h
	}
	return tr.T("candidate.numbered", "n", strconv.FormatInt(c.ID, 10))
}

// CandidateNames maps the plan's candidate IDs to their display names.
func CandidateNames(p *Plan) map[int64]string {
	m := make(map[int64]string, len(p.Candidates))
	for _, c := range p.Candidates {
		m[c.ID] = c.DisplayName()
	}
	return m
}

// State words a dated checklist item's state in English for tables and lists: "Done",
// "Overdue" or "Open".
func (d DueItem) State() string { return d.StateIn(english) }

// StateIn words a dated checklist item's state in tr's language.
func (d DueItem) StateIn(tr *i18n.Printer) string {
	switch {
	case d.Item.Done:
		return tr.T("due.done")
	case d.Overdue:
		return tr.T("due.overdue")
	}
	return tr.T("due.open")
}
