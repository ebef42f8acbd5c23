package planner

import "testing"

func TestNameKey(t *testing.T) {
	same := [][]string{
		{"García Simón, Pedro", "pedro garcia simon", "GARCIA SIMON Pedro (External)", "Pedro García-Simón"},
		{"Zoë Laurent", "zoe laurent", "Laurent, Zoë (Guest)", "LAURENT Zoë [Invité]"},
		{"Katarzyna Nowak", "NOWAK Katarzyna (EXT)", "Nowak, Katarzyna (Gość)"},
	}
	for _, group := range same {
		for _, n := range group[1:] {
			if NameKey(n) != NameKey(group[0]) {
				t.Errorf("NameKey(%q) = %q, want %q", n, NameKey(n), NameKey(group[0]))
			}
		}
	}
	if NameKey("Ana Ruiz") == NameKey("Ana Ruiz Soto") {
		t.Error("a longer name matched a shorter one")
	}
	if n, g := StripGuestSuffix("Sam (she/her)"); g || n != "Sam (she/her)" {
		t.Errorf("StripGuestSuffix took off a suffix that is not a guest marker: %q %v", n, g)
	}
}

func matchPlan() *Plan {
	return &Plan{Candidates: []Candidate{
		{ID: 1, Name: "Ana Ruiz", Contact: "Ana.Ruiz@Example.org", Status: Joined},
		{ID: 2, Name: "Pedro García Simón", Contact: "https://example.org/pedro", Status: Joined},
		{ID: 3, Name: "Katarzyna Nowak", Handle: "@kasia", Status: Joined},
		{ID: 4, Name: "Sam Lee", Status: Joined},
		{ID: 5, Name: "Sam Lee", Status: Invited},
	}}
}

func TestMatchPeople(t *testing.T) {
	p := matchPlan()
	ms := MatchPeople(p, []Person{
		{Name: "Someone Else", Email: "ana.ruiz@example.org"}, // email wins over the name
		{Name: "García Simón, Pedro (Externe)", Email: "pedro.gs@example.org"},
		{Name: "Kat's iPad (Katarzyna Nowak)"}, // Zoom's original name in brackets
		{Name: "kasia"},                        // the handle
		{Name: "Sam Lee"},                      // two candidates: not guessed
		{Name: "Jordan Blake"},
	})
	want := []struct {
		id  int64
		by  string
		why bool
	}{{1, "email", false}, {2, "name", false}, {3, "name", false}, {3, "name", false}, {0, "", true}, {0, "", false}}
	for i, w := range want {
		m := ms[i]
		if m.CandidateID != w.id || m.By != w.by || (m.Why != "") != w.why {
			t.Errorf("match %d (%s) = %d by %q why %q; want %d by %q", i, m.Name, m.CandidateID, m.By, m.Why, w.id, w.by)
		}
	}
	if !ms[5].Pending() || ms[0].Pending() {
		t.Error("Pending wrong")
	}
	if len(p.Candidates) != 5 {
		t.Error("matching changed the plan's members")
	}
}

func TestMatchDecisionsRemembered(t *testing.T) {
	p := matchPlan()
	jordan := Person{Name: "Jordan Blake", Email: "jordan@example.net"}
	ines := Person{Name: "Inés Moreau", Email: "ines@example.org"}
	sam := Person{Name: "Sam Lee"}
	DecideMatch(p, jordan, MatchMember, 4)
	DecideMatch(p, ines, MatchNotMember, 9) // the ID is ignored for "not a member"
	DecideMatch(p, sam, MatchMember, 5)
	DecideMatch(p, sam, MatchMember, 4) // changed mind: replaces, not adds
	if len(p.Matches) != 3 || p.Matches[1].CandidateID != 0 {
		t.Fatalf("decisions %+v", p.Matches)
	}
	ms := MatchPeople(p, []Person{jordan, {Name: "Jordan Blake", Email: "JORDAN@example.net"}, ines, sam, {Name: "Inés Moreau"}})
	if ms[0].CandidateID != 4 || ms[0].By != "remembered" || ms[1].CandidateID != 4 {
		t.Errorf("Jordan: %+v %+v", ms[0], ms[1])
	}
	if !ms[2].NotMember || ms[2].Pending() || ms[3].CandidateID != 4 {
		t.Errorf("Inés %+v, Sam %+v", ms[2], ms[3])
	}
	// Inés named without her email is another key: asked again, not guessed.
	if !ms[4].Pending() {
		t.Errorf("Inés without email: %+v", ms[4])
	}
	// A decision naming a member since erased falls back to matching.
	p.Candidates = p.Candidates[:3]
	if m := MatchPeople(p, []Person{jordan})[0]; m.CandidateID != 0 || !m.Pending() {
		t.Errorf("decision for an erased member applied: %+v", m)
	}
}

func TestNewMemberFrom(t *testing.T) {
	c := NewMemberFrom(Person{Name: "Jordan Blake", Email: "jordan@example.net"}, d("2026-12-03"))
	if c.Status != Joined || len(c.History) != 1 || c.History[0].On != d("2026-12-03") || c.Contact != "jordan@example.net" || c.Channel != ChannelEmail {
		t.Errorf("new member %+v", c)
	}
	if c := NewMemberFrom(Person{Email: "x@example.org"}, d("2026-12-03")); c.Name != "x@example.org" {
		t.Errorf("a member with no name is named %q", c.Name)
	}
}

func TestApplyMatchesAndPeopleIn(t *testing.T) {
	ss := []Session{{Attendees: []Attendee{{Person: Person{Name: "Ana", Email: "a@x.org"}}, {Person: Person{Name: "Olu"}}}}}
	acts := []ActivityExport{{Members: []MemberActivity{{Person: Person{Name: "Ana R", Email: "A@x.org"}}}}}
	people := PeopleIn(ss, acts)
	if len(people) != 2 {
		t.Fatalf("people %+v: the same email twice is one person", people)
	}
	ApplyMatches([]Match{{Key: PersonKey(people[0]), CandidateID: 7}}, ss, acts)
	if ss[0].Attendees[0].CandidateID != 7 || acts[0].Members[0].CandidateID != 7 || ss[0].Attendees[1].CandidateID != 0 {
		t.Errorf("applied: %+v %+v", ss, acts)
	}
}
