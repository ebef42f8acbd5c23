package planner

import (
	"sort"
	"strings"
	"unicode"
)

// guestSuffixes are the display-name suffixes meeting tools add to guests and people from
// other organisations, in the app's languages and Polish: "(Guest)", "(External)", "(EXT)"…
var guestSuffixes = map[string]bool{
	"guest": true, "external": true, "ext": true, "unverified": true, "invite": true, "invitee": true,
	"externe": true, "invitado": true, "invitada": true, "externo": true, "externa": true, "gast": true,
	"extern": true, "convidado": true, "convidada": true, "gosc": true, "zewnetrzny": true,
}

// StripGuestSuffix removes a trailing guest or external marker ("Ana Ruiz (Guest)", "RUIZ
// Ana (EXT)", "Ana Ruiz [External]") from a display name and says whether there was one.
func StripGuestSuffix(name string) (string, bool) {
	name = strings.TrimSpace(name)
	guest := false
	for {
		n := len(name)
		if n < 3 || (name[n-1] != ')' && name[n-1] != ']') {
			return name, guest
		}
		open := strings.LastIndexAny(name, "([")
		if open <= 0 {
			return name, guest
		}
		if !guestSuffixes[nameFold(name[open+1:n-1])] {
			return name, guest
		}
		name, guest = strings.TrimSpace(name[:open]), true
	}
}

// nameFold lower-cases s, folds its accents and keeps only letters and digits, one space
// between words.
func nameFold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if base, ok := FoldLetter(r); ok {
				b.WriteString(base)
			} else {
				b.WriteRune(r)
			}
		case unicode.Is(unicode.Mn, r):
		default:
			space = true
		}
	}
	return b.String()
}

// NameKey is a name reduced for matching: guest suffixes off, case and accents folded,
// words sorted, so "García Simón, Pedro", "pedro garcia simon" and "GARCIA SIMON Pedro
// (External)" share one key.
func NameKey(name string) string {
	name, _ = StripGuestSuffix(name)
	words := strings.Fields(nameFold(name))
	sort.Strings(words)
	return strings.Join(words, " ")
}

// PersonKey is the key a person is remembered by: their email address when the report gives
// one, else their name's key.
func PersonKey(p Person) string {
	if e := strings.ToLower(strings.TrimSpace(p.Email)); strings.Contains(e, "@") {
		return "email:" + e
	}
	return "name:" + NameKey(p.Name)
}

// nameKeys returns the keys a display name can match by: the name, and the original name a
// Zoom report gives in brackets after a renamed one ("Ana's iPad (Ana Ruiz)").
func nameKeys(name string) []string {
	name, _ = StripGuestSuffix(name)
	keys := []string{NameKey(name)}
	if n := len(name); n > 2 && name[n-1] == ')' {
		if open := strings.LastIndex(name, "("); open > 0 {
			keys = append(keys, NameKey(name[open+1:n-1]), NameKey(name[:open]))
		}
	}
	return keys
}

// Match is the outcome of matching one person a report names.
type Match struct {
	Person
	Key         string
	CandidateID int64  // the member matched; 0 when none
	By          string // "email", "name" or "remembered"; "" when unmatched
	NotMember   bool   // a remembered "not a member"
	// Why says why an unmatched person could not be matched ("two members are called …").
	Why string
}

// Matched reports whether the person was matched to a member.
func (m Match) Matched() bool { return m.CandidateID != 0 }

// Pending reports whether the person still needs a decision.
func (m Match) Pending() bool { return m.CandidateID == 0 && !m.NotMember }

// MatchPeople matches people to the plan's candidates: a remembered decision first, then the
// email address (a candidate's contact), then the normalised name (the candidate's name or
// handle), which must name one candidate only. It never adds a member: those it cannot match
// are returned for the caller to ask about (see DecideMatch).
func MatchPeople(p *Plan, people []Person) []Match {
	decided := map[string]MatchDecision{}
	for _, d := range p.Matches {
		decided[d.Key] = d
	}
	byEmail := map[string][]int64{}
	byName := map[string][]int64{}
	for _, c := range p.Candidates {
		if e := strings.ToLower(NormalizeContact(c.Contact)); strings.Contains(e, "@") {
			byEmail[e] = appendOnce(byEmail[e], c.ID)
		}
		for _, n := range []string{c.Name, c.Handle} {
			if k := NameKey(strings.TrimPrefix(n, "@")); k != "" {
				byName[k] = appendOnce(byName[k], c.ID)
			}
		}
	}
	out := make([]Match, 0, len(people))
	for _, person := range people {
		m := Match{Person: person, Key: PersonKey(person)}
		if d, ok := decided[m.Key]; ok {
			m.By = "remembered"
			if d.Action == MatchNotMember {
				m.NotMember = true
			} else if p.candidate(d.CandidateID) {
				m.CandidateID = d.CandidateID
			}
			if m.CandidateID != 0 || m.NotMember {
				out = append(out, m)
				continue
			}
			m.By = ""
		}
		if e := strings.ToLower(strings.TrimSpace(person.Email)); e != "" {
			if ids := byEmail[e]; len(ids) == 1 {
				m.CandidateID, m.By = ids[0], "email"
				out = append(out, m)
				continue
			}
			if d, ok := decided["name:"+NameKey(person.Name)]; ok && d.Action == MatchNotMember {
				m.NotMember, m.By = true, "remembered"
				out = append(out, m)
				continue
			}
		}
		for _, k := range nameKeys(person.Name) {
			if k == "" {
				continue
			}
			switch ids := byName[k]; {
			case len(ids) == 1:
				m.CandidateID, m.By = ids[0], "name"
			case len(ids) > 1 && m.Why == "":
				m.Why = "more than one member has this name"
			}
			if m.CandidateID != 0 {
				break
			}
		}
		out = append(out, m)
	}
	return out
}

func (p *Plan) candidate(id int64) bool {
	for _, c := range p.Candidates {
		if c.ID == id {
			return true
		}
	}
	return false
}

func appendOnce(ids []int64, id int64) []int64 {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// DecideMatch records a decision about a person: that they are member id (MatchMember or
// MatchAdded), or not a member. A decision already remembered for the person is replaced.
// The plan's candidates are not changed: adding a member is NewMemberFrom, which the caller
// stores first and passes the new ID of.
func DecideMatch(p *Plan, person Person, action MatchAction, id int64) MatchDecision {
	d := MatchDecision{Key: PersonKey(person), Name: person.Name, Email: person.Email, Action: action, CandidateID: id}
	if action == MatchNotMember {
		d.CandidateID = 0
	}
	for i := range p.Matches {
		if p.Matches[i].Key == d.Key {
			d.ID = p.Matches[i].ID
			p.Matches[i] = d
			return d
		}
	}
	p.Matches = append(p.Matches, d)
	return d
}

// NewMemberFrom returns the candidate "add as a new member" makes of a person: joined on
// the date first seen, with the email as contact.
func NewMemberFrom(person Person, firstSeen Date) Candidate {
	c := Candidate{Name: person.Name, Contact: person.Email, Status: Joined, Notes: "Added from the community's meeting or platform records."}
	if c.Name == "" {
		c.Name = person.Email
	}
	if person.Email != "" {
		c.Channel = ChannelEmail
	}
	c.History = []StatusEntry{{Status: Joined, On: firstSeen}}
	return c
}

// ApplyMatches sets the member each attendee and active person was matched to, by key.
func ApplyMatches(ms []Match, sessions []Session, acts []ActivityExport) {
	by := map[string]Match{}
	for _, m := range ms {
		by[m.Key] = m
	}
	for i := range sessions {
		for j := range sessions[i].Attendees {
			a := &sessions[i].Attendees[j]
			a.CandidateID = by[PersonKey(a.Person)].CandidateID
		}
	}
	for i := range acts {
		for j := range acts[i].Members {
			m := &acts[i].Members[j]
			m.CandidateID = by[PersonKey(m.Person)].CandidateID
		}
	}
}

// PeopleIn lists the distinct people sessions and exports name, in the order first named.
func PeopleIn(sessions []Session, acts []ActivityExport) []Person {
	seen := map[string]bool{}
	var out []Person
	add := func(p Person) {
		if k := PersonKey(p); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	for _, s := range sessions {
		for _, a := range s.Attendees {
			add(a.Person)
		}
	}
	for _, e := range acts {
		for _, m := range e.Members {
			add(m.Person)
		}
	}
	return out
}
