package i18n

import (
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// Invite is the default invitation text of a channel in the printer's language, with its
// {name}, {community}, {domain} and {event_date} placeholders; false when there is none.
func (p *Printer) Invite(ch planner.Channel) (string, bool) {
	key := "invite." + string(ch)
	if s, ok := p.cat[key]; ok {
		return s, true
	}
	return "", false
}

// LocalizeInvites puts the plan's invitation templates that are still the English defaults
// into the plan's export language. Text the organizer wrote or edited is left alone.
func LocalizeInvites(p *planner.Plan) {
	tr := New(Lang(planner.Resolve(p).Lang))
	english := map[planner.Channel]string{}
	for _, inv := range planner.DefaultInvites() {
		english[inv.Channel] = inv.Text
	}
	for i := range p.Invites {
		inv := &p.Invites[i]
		if def, ok := english[inv.Channel]; !ok || inv.Text != def {
			continue
		}
		if s, ok := tr.Invite(inv.Channel); ok {
			inv.Text = s
		}
	}
}

// FillInvite fills an invitation for a candidate like planner.FillInvite, with the event's
// day and time written the way the plan's export language writes them.
func FillInvite(text string, p *planner.Plan, c planner.Candidate) string {
	if p != nil && !p.Event.Date.IsZero() {
		tr := New(Lang(planner.Resolve(p).Lang))
		d := p.Event.Date
		when := tr.Date(d.Year, d.Month, d.Day)
		if t := strings.TrimSpace(p.Event.Time); t != "" {
			when = tr.T("invite.when_at", "date", when, "time", t)
			if z := strings.TrimSpace(p.Event.TimeZone); z != "" {
				when = tr.T("invite.when_at_zone", "date", tr.Date(d.Year, d.Month, d.Day), "time", t, "zone", z)
			}
		}
		text = strings.ReplaceAll(text, "{event_date}", when)
	}
	return planner.FillInvite(text, p, c)
}
