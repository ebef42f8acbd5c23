package planner

import "fmt"

// CheckReferences reports the first reference inside p that points at no item of the plan:
// an answer's question, a tag's theme, a goal's theme, a candidate's survey response, a role
// holder, an attendee, or a review's goal. A plan from outside (a plan file) is checked before
// it is stored.
func CheckReferences(p *Plan) error {
	qs, ths, rs, cs, gs := idSet(p.Survey.Questions, func(q Question) int64 { return q.ID }),
		idSet(p.Survey.Themes, func(t Theme) int64 { return t.ID }),
		idSet(p.Survey.Responses, func(r Response) int64 { return r.ID }),
		idSet(p.Candidates, func(c Candidate) int64 { return c.ID }),
		idSet(p.Goals, func(g Goal) int64 { return g.ID })
	bad := func(field string, format string, args ...any) error {
		return &ValidationError{Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	for _, r := range p.Survey.Responses {
		for _, a := range r.Answers {
			if !qs[a.QuestionID] {
				return bad("survey.responses", "response %d answers question %d, which does not exist", r.ID, a.QuestionID)
			}
			for _, t := range a.Tags {
				if !ths[t.ThemeID] {
					return bad("survey.responses", "response %d is tagged with theme %d, which does not exist", r.ID, t.ThemeID)
				}
			}
		}
	}
	for _, g := range p.Goals {
		for _, t := range g.ThemeIDs {
			if !ths[t] {
				return bad("goals", "goal %q names theme %d, which does not exist", g.Title, t)
			}
		}
	}
	for _, c := range p.Candidates {
		if c.ResponseID != 0 && !rs[c.ResponseID] {
			return bad("candidates", "candidate %q links survey response %d, which does not exist", c.Name, c.ResponseID)
		}
	}
	for _, r := range p.Charter.Roles {
		for _, h := range r.HolderIDs {
			if !cs[h] {
				return bad("charter.roles", "role %q is held by candidate %d, who does not exist", r.Name, h)
			}
		}
	}
	vs := idSet(p.Charter.Versions, func(v CharterVersion) int64 { return v.ID })
	for _, s := range p.Charter.SignOffs {
		if s.VersionID != 0 && !vs[s.VersionID] {
			return bad("charter.signoffs", "%q signed version %d, which does not exist", s.Name, s.VersionID)
		}
	}
	for _, a := range p.Event.AttendeeIDs {
		if !cs[a] {
			return bad("event.attendees", "attendee %d is not a candidate of the plan", a)
		}
	}
	for _, r := range p.Reviews {
		for _, v := range r.GoalValues {
			if !gs[v.GoalID] {
				return bad("reviews", "the review of %s measures goal %d, which does not exist", r.Date, v.GoalID)
			}
		}
	}
	return checkEvidenceReferences(p, cs, bad)
}

// checkEvidenceReferences checks the evidence's references: a session's practice, and the
// member each attendee, active person and decision names.
func checkEvidenceReferences(p *Plan, cs map[int64]bool, bad func(string, string, ...any) error) error {
	practices := idSet(p.Charter.Cadence, func(c CadenceItem) int64 { return c.ID })
	for _, s := range p.Sessions {
		if s.PracticeID != 0 && !practices[s.PracticeID] {
			return bad("sessions", "the session of %s belongs to practice %d, which does not exist", s.Date, s.PracticeID)
		}
		for _, a := range s.Attendees {
			if a.CandidateID != 0 && !cs[a.CandidateID] {
				return bad("sessions", "the session of %s names member %d, who does not exist", s.Date, a.CandidateID)
			}
		}
	}
	for _, e := range p.Activity {
		for _, m := range e.Members {
			if m.CandidateID != 0 && !cs[m.CandidateID] {
				return bad("activity", "the %s export names member %d, who does not exist", e.Source, m.CandidateID)
			}
		}
	}
	for _, d := range p.Matches {
		if d.CandidateID != 0 && !cs[d.CandidateID] {
			return bad("matches", "the decision about %q names member %d, who does not exist", d.Name, d.CandidateID)
		}
	}
	return nil
}

func idSet[T any](items []T, id func(T) int64) map[int64]bool {
	m := make(map[int64]bool, len(items))
	for _, it := range items {
		m[id(it)] = true
	}
	return m
}

// Renumber gives every list item of p the IDs 1, 2, 3… in list order, kind by kind, and
// rewrites the references between items to match; the client preset loses its library ID. Plan files are written renumbered so that
// the same plan gives the same document whatever IDs the library had assigned. References
// that point at no item are dropped.
func Renumber(p *Plan) {
	qs := renumber(p.Survey.Questions, func(q *Question) *int64 { return &q.ID })
	ths := renumber(p.Survey.Themes, func(t *Theme) *int64 { return &t.ID })
	rs := renumber(p.Survey.Responses, func(r *Response) *int64 { return &r.ID })
	gs := renumber(p.Goals, func(g *Goal) *int64 { return &g.ID })
	cs := renumber(p.Candidates, func(c *Candidate) *int64 { return &c.ID })
	renumber(p.Invites, func(t *InviteTemplate) *int64 { return &t.ID })
	renumber(p.Charter.Roles, func(r *Role) *int64 { return &r.ID })
	renumber(p.Charter.Norms, func(n *Norm) *int64 { return &n.ID })
	ps := renumber(p.Charter.Cadence, func(c *CadenceItem) *int64 { return &c.ID })
	renumber(p.Charter.Tools, func(t *Tool) *int64 { return &t.ID })
	renumber(p.Charter.Risks, func(r *Risk) *int64 { return &r.ID })
	vs := renumber(p.Charter.Versions, func(v *CharterVersion) *int64 { return &v.ID })
	renumber(p.Charter.SignOffs, func(s *SignOff) *int64 { return &s.ID })
	renumber(p.Event.Agenda, func(a *AgendaItem) *int64 { return &a.ID })
	renumber(p.Event.Checklist, func(c *ChecklistItem) *int64 { return &c.ID })
	renumber(p.Reviews, func(r *Review) *int64 { return &r.ID })
	var action, story int64
	for i := range p.Reviews {
		r := &p.Reviews[i]
		for j := range r.Actions {
			action++
			r.Actions[j].ID = action
		}
		for j := range r.Stories {
			story++
			r.Stories[j].ID = story
		}
		r.GoalValues = remapKeep(r.GoalValues, gs, func(v *GoalValue) *int64 { return &v.GoalID })
	}

	for i := range p.Survey.Responses {
		r := &p.Survey.Responses[i]
		r.Answers = remapKeep(r.Answers, qs, func(a *Answer) *int64 { return &a.QuestionID })
		for j := range r.Answers {
			r.Answers[j].Tags = remapKeep(r.Answers[j].Tags, ths, func(t *Tag) *int64 { return &t.ThemeID })
		}
	}
	for i := range p.Goals {
		p.Goals[i].ThemeIDs = remapIDs(p.Goals[i].ThemeIDs, ths)
	}
	for i := range p.Candidates {
		p.Candidates[i].ResponseID = rs[p.Candidates[i].ResponseID]
	}
	for i := range p.Charter.Roles {
		p.Charter.Roles[i].HolderIDs = remapIDs(p.Charter.Roles[i].HolderIDs, cs)
	}
	p.Event.AttendeeIDs = remapIDs(p.Event.AttendeeIDs, cs)
	for i := range p.Charter.SignOffs {
		p.Charter.SignOffs[i].VersionID = vs[p.Charter.SignOffs[i].VersionID]
	}
	renumberEvidence(p, cs, ps)
	if p.ClientPreset != nil {
		p.ClientPreset.ID = 0
	}
	p.ClientID = 0 // a library's own number: the preset itself travels
}

// renumber sets the IDs of items to 1..n and returns old → new.
func renumber[T any](items []T, id func(*T) *int64) map[int64]int64 {
	m := make(map[int64]int64, len(items))
	for i := range items {
		p := id(&items[i])
		m[*p] = int64(i + 1)
		*p = int64(i + 1)
	}
	return m
}

// remapKeep rewrites each element's reference through m, dropping elements whose reference
// is unknown.
func remapKeep[T any](items []T, m map[int64]int64, ref func(*T) *int64) []T {
	out := items[:0]
	for _, it := range items {
		if n, ok := m[*ref(&it)]; ok {
			*ref(&it) = n
			out = append(out, it)
		}
	}
	return out
}

// remapIDs rewrites ids through m, dropping unknown ones.
func remapIDs(ids []int64, m map[int64]int64) []int64 {
	out := ids[:0]
	for _, id := range ids {
		if n, ok := m[id]; ok {
			out = append(out, n)
		}
	}
	return out
}

// renumberEvidence renumbers the sessions, exports and decisions and rewrites their
// references to members (cs) and practices (ps); a reference to nothing becomes 0
// (unmatched, no practice) and a decision naming no member is dropped.
func renumberEvidence(p *Plan, cs, ps map[int64]int64) {
	renumber(p.Sessions, func(s *Session) *int64 { return &s.ID })
	renumber(p.Activity, func(e *ActivityExport) *int64 { return &e.ID })
	for i := range p.Sessions {
		s := &p.Sessions[i]
		s.PracticeID = ps[s.PracticeID]
		for j := range s.Attendees {
			s.Attendees[j].CandidateID = cs[s.Attendees[j].CandidateID]
		}
	}
	for i := range p.Activity {
		for j := range p.Activity[i].Members {
			m := &p.Activity[i].Members[j]
			m.CandidateID = cs[m.CandidateID]
		}
	}
	p.Matches = dropWhere(p.Matches, func(d MatchDecision) bool { return d.Action != MatchNotMember && cs[d.CandidateID] == 0 })
	for i := range p.Matches {
		p.Matches[i].CandidateID = cs[p.Matches[i].CandidateID]
	}
	renumber(p.Matches, func(d *MatchDecision) *int64 { return &d.ID })
}
