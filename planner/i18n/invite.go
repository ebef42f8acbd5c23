package i18n

import (
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// Invite is the default invitation text of a channel in the printer's language, with its
// {name}, {community}, {domain} and {event_date} placeholders; false when there is none.
func (p *Printer) Invite(ch planner.Channel) (string, bool) {
	key := "invite." + string(ch)
	if !Has(key) {
		return "", false
	}
	// The catalogue names the placeholders as every text does; the invitation keeps them in
	// planner's form, which FillInvite fills for each candidate.
	return p.T(key, "name", "{name}", "community", "{community}", "domain", "{domain}", "event_date", "{event_date}"), true
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

// InviteWords are the printer's words for filling invitations: what stands in for an unknown
// name, community, domain or date, and the event's day and time as the language writes them
// ("Thursday 26 March 2026 at 18:00 (Europe/Berlin time)", "jueves, 26 de marzo de 2026 a
// las 18:00 (hora de Europe/Berlin)").
func (p *Printer) InviteWords() planner.InviteWords {
	return planner.InviteWords{
		NoName:           p.T("invite.no_name"),
		NoCommunity:      p.T("invite.no_community"),
		NoDomain:         p.T("invite.no_domain"),
		NoDate:           p.T("invite.no_date"),
		DropBeforeDate:   p.T("invite.drop_before_date"),
		When:             p.inviteWhen,
		LowerCommonStart: p.lang == English,
	}
}

func (p *Printer) inviteWhen(e planner.ResolvedEvent) string {
	if e.Date.IsZero() {
		return ""
	}
	d := e.Date
	when := p.T("date.weekday_long", "weekday", p.Weekday(d.Time().Weekday()), "date", p.Date(d.Year, d.Month, d.Day))
	if t := strings.TrimSpace(e.Time); t != "" {
		if z := strings.TrimSpace(e.TimeZone); z != "" {
			return p.T("invite.when_at_zone", "date", when, "time", t, "zone", z)
		}
		return p.T("invite.when_at", "date", when, "time", t)
	}
	return when
}

// wordsOf is the invitation words of the plan's export language.
func wordsOf(p *planner.Plan) planner.InviteWords {
	if p == nil {
		return New(English).InviteWords()
	}
	return New(Lang(planner.Resolve(p).Lang)).InviteWords()
}

// FillInvite fills an invitation for a candidate as planner.FillInvite does (sentence-aware,
// never showing a placeholder), in the plan's export language.
func FillInvite(text string, p *planner.Plan, c planner.Candidate) string {
	return planner.FillInviteWith(text, p, c, wordsOf(p))
}

// InviteText fills a template for a candidate as planner.InviteText does (an invitation for X
// kept within planner.XLimit), in the plan's export language.
func InviteText(t planner.InviteTemplate, p *planner.Plan, c planner.Candidate) string {
	return planner.InviteTextWith(t, p, c, wordsOf(p))
}

// FilledInvites fills every invitation of the plan for an unnamed reader, as
// planner.FilledInvites does, in the plan's export language.
func FilledInvites(p *planner.Plan) []planner.FilledInvite {
	if p == nil {
		return nil
	}
	return planner.FilledInvitesWith(p, wordsOf(p))
}
