package planner

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DefaultRotationPeriods is how many periods the rotation schedule shows.
const DefaultRotationPeriods = 6

// RotationSlot says who holds a role during one rotation period.
type RotationSlot struct {
	Period     int // 1-based
	Start, End Date
	Role       string
	Holder     string
	HolderID   int64 // the candidate behind Holder, so that a reader can name them in its language
}

// RotationStart is the first day of the rotation schedule: the charter's RotationOn, or, when
// unset, the first Monday on or after the plan was created; zero when neither is known.
func RotationStart(p *Plan) Date {
	if p == nil {
		return Date{}
	}
	if !p.Charter.RotationOn.IsZero() {
		return p.Charter.RotationOn
	}
	if p.Created.IsZero() {
		return Date{}
	}
	d := DateOf(p.Created)
	for d.Time().Weekday() != time.Monday {
		d = d.AddDays(1)
	}
	return d
}

// RotationSchedule lists, for each role with holders and a rotation period, who holds it in
// each of the next periods (DefaultRotationPeriods when periods ≤ 0), round robin over the
// holders in their order. Slots are grouped by role, in charter order. Holders who are no
// longer candidates are skipped.
func RotationSchedule(p *Plan, periods int) []RotationSlot {
	if p == nil {
		return nil
	}
	if periods <= 0 {
		periods = DefaultRotationPeriods
	}
	start := RotationStart(p)
	if start.IsZero() {
		return nil
	}
	names := make(map[int64]string, len(p.Candidates))
	for _, c := range p.Candidates {
		names[c.ID] = candidateName(c)
	}
	var out []RotationSlot
	for _, r := range p.Charter.Roles {
		if r.RotationWeeks <= 0 {
			continue
		}
		var holders []string
		var ids []int64
		for _, id := range r.HolderIDs {
			if n, ok := names[id]; ok {
				holders = append(holders, n)
				ids = append(ids, id)
			}
		}
		if len(holders) == 0 {
			continue
		}
		days := 7 * r.RotationWeeks
		for i := 0; i < periods; i++ {
			s := start.AddDays(i * days)
			out = append(out, RotationSlot{
				Period:   i + 1,
				Start:    s,
				End:      s.AddDays(days - 1),
				Role:     r.Name,
				Holder:   holders[i%len(holders)],
				HolderID: ids[i%len(ids)],
			})
		}
	}
	return out
}

// candidateName is how a candidate is shown: the name, the handle, or their ID.
func candidateName(c Candidate) string {
	if n := strings.TrimSpace(firstNonBlank(c.Name, c.Handle)); n != "" {
		return n
	}
	return fmt.Sprintf("Candidate %d", c.ID)
}

// RotationWarnings names each rotating role with fewer holders than a rotation needs (two):
// its schedule would list the one holder for every period, or nobody, without a word. Each
// warning is a Msg; String words it in English.
func RotationWarnings(p *Plan) []Msg {
	if p == nil {
		return nil
	}
	people := make(map[int64]Candidate, len(p.Candidates))
	for _, c := range p.Candidates {
		people[c.ID] = c
	}
	var out []Msg
	for _, r := range p.Charter.Roles {
		if r.RotationWeeks <= 0 {
			continue
		}
		var holders []Candidate
		for _, id := range r.HolderIDs {
			if c, ok := people[id]; ok {
				holders = append(holders, c)
			}
		}
		var role any = Term("ui.charter.msg.a_role")
		if n := strings.TrimSpace(r.Name); n != "" {
			role = n
		}
		switch len(holders) {
		case 0:
			out = append(out, msgN("ui.charter.msg.rotation_no_holder", r.RotationWeeks, "role", role))
		case 1:
			out = append(out, msgN("ui.charter.msg.rotation_one_holder", r.RotationWeeks, "role", role, "holder", holderName(holders[0])))
		}
	}
	return out
}

// holderName names a role's holder inside a Msg: their name or handle as typed, else
// "Candidate 7" in the reader's language.
func holderName(c Candidate) any {
	if n := strings.TrimSpace(firstNonBlank(c.Name, c.Handle)); n != "" {
		return n
	}
	return msg("candidate.numbered", "n", strconv.FormatInt(c.ID, 10))
}
