package planner

import (
	"strings"
	"sync"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Defaults every new plan starts from, blank or from a template. Their texts live in the
// catalogue under "template.default.", so that a new plan speaks its language.

// DefaultNormsIn are the norms every charter starts with, in the printer's language.
func DefaultNormsIn(tr *i18n.Printer) []string {
	return []string{tr.T("template.default.norm.share_weekly"), tr.T("template.default.norm.no_spam"), tr.T("template.default.norm.feedback_kindly")}
}

// DefaultSurveyTargetMax is the upper end of the default respondent target (10–20).
const DefaultSurveyTargetMax = 20

// idGen hands out the small positive local IDs of a plan built in memory; the store remaps
// them on create.
type idGen struct{ n int64 }

func (g *idGen) next() int64 { g.n++; return g.n }

// defaultPlatforms are the options of the platform question of a blank plan: community
// platforms, and the work chats people inside organisations meet in (texts as a
// templateDef names them).
var defaultPlatforms = []string{"Discord", "Slack", "Microsoft Teams", "LinkedIn Groups", "Circle", "Mighty Networks", optOther}

// cadenceOptions are the catalogue keys of the options of the default cadence question,
// each with the frequency it stands for ("" for whenever, async).
var cadenceOptions = []struct {
	key  string
	freq Frequency
}{
	{"template.default.question.cadence.weekly", Weekly},
	{"template.default.question.cadence.biweekly", Biweekly},
	{"template.default.question.cadence.monthly", Monthly},
	{"template.default.question.cadence.async", ""},
}

// defaultQuestions is the default survey: biggest pain, skill self-rating, preferred platform
// and preferred cadence.
func defaultQuestions(tr *i18n.Printer, ids *idGen, painHelp string) []Question {
	var none templateDef
	cadence := make([]string, len(cadenceOptions))
	for i, o := range cadenceOptions {
		cadence[i] = tr.T(o.key)
	}
	return []Question{
		{ID: ids.next(), Kind: KindText, Role: RolePain, Title: tr.T("template.default.question.pain"), Help: painHelp},
		{ID: ids.next(), Kind: KindScale, Role: RoleSkill, Title: tr.T("template.default.question.skill")},
		{ID: ids.next(), Kind: KindSingle, Role: RolePlatform, Title: tr.T("template.default.question.platform"),
			Options: none.texts(tr, defaultPlatforms)},
		{ID: ids.next(), Kind: KindSingle, Role: RoleCadence, Title: tr.T("template.default.question.cadence"),
			Options: cadence},
	}
}

// cadenceOptionInEnglish is the English of an option of the default cadence question given in
// another language ("Cada dos semanas": "Every two weeks"), so that the cadence rules, which
// read English and numbers, read an answer to a translated plan's question as they read the
// English one; any other text is returned as it is.
func cadenceOptionInEnglish(s string) string {
	if en, ok := cadenceOptionsTranslated()[s]; ok {
		return en
	}
	return s
}

// cadenceOptionsTranslated maps each translation of a default cadence option to its English.
var cadenceOptionsTranslated = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, l := range i18n.Langs {
		tr := i18n.New(l)
		for _, o := range cadenceOptions {
			if t := tr.T(o.key); l != i18n.English {
				m[t] = english.T(o.key)
			}
		}
	}
	return m
})

// isOtherOption reports whether a choice question's option is the "Other" option: English
// OtherLabel, or the "Other" a template writes in any language ("Otra", "Sonstiges"), so that
// the survey summary groups the answers outside the options under it in every language.
func isOtherOption(option string) bool {
	return otherOptions()[fold(strings.TrimSpace(option))]
}

// otherOptions are the folded words for "Other" of every language.
var otherOptions = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{fold(OtherLabel): true}
	for _, l := range i18n.Langs {
		m[fold(i18n.New(l).T(optOther))] = true
	}
	return m
})

// defaultRoles are the facilitator, sharer and moderator roles; facilitation rotates monthly
// (four weeks) and the weekly sharer prompt weekly, to spread the load.
func defaultRoles(tr *i18n.Printer, ids *idGen) []Role {
	role := func(id string, weeks int) Role {
		k := "template.default.role." + id
		return Role{ID: ids.next(), Name: tr.T(k + ".name"), Responsibilities: tr.T(k + ".duties"), RotationWeeks: weeks}
	}
	return []Role{role("facilitator", 4), role("sharer", 1), role("moderator", 4)}
}

// defaultCadence is defaultCadenceIn in English.
func defaultCadence(ids *idGen, monthly string) []CadenceItem {
	return defaultCadenceIn(english, ids, monthly)
}

// defaultCadenceIn is the weekly share thread, the monthly practice given (an AMA or a
// workshop) and the quarterly review, in the printer's language.
func defaultCadenceIn(tr *i18n.Printer, ids *idGen, monthly string) []CadenceItem {
	return []CadenceItem{
		{ID: ids.next(), Practice: tr.T("template.default.cadence.weekly_share"), Frequency: Weekly, Weekday: 1, Time: "09:00", DurationMin: 0},
		{ID: ids.next(), Practice: monthly, Frequency: Monthly, Weekday: 4, Week: 2, Time: "18:00", DurationMin: 60},
		{ID: ids.next(), Practice: tr.T("template.default.cadence.quarterly_review"), Frequency: Quarterly, Weekday: 3, Week: -1, Time: "17:00", DurationMin: 45},
	}
}

// DefaultChecklist returns the launch checklist in English (DefaultChecklistIn).
func DefaultChecklist() []ChecklistItem { return DefaultChecklistIn(english) }

// DefaultChecklistIn returns the launch checklist in the printer's language: announce T−14,
// send invitations T−7, reminder T−1, test the tech T−1, record T0, share the recording T+1,
// feedback poll T+1, thank contributors T+2. IDs are left at zero.
func DefaultChecklistIn(tr *i18n.Printer) []ChecklistItem {
	var out []ChecklistItem
	for _, it := range []struct {
		id     string
		offset int
	}{{"announce", -14}, {"invite", -7}, {"remind", -1}, {"test_tech", -1}, {"record", 0}, {"share_recording", 1}, {"feedback_poll", 1}, {"thank", 2}} {
		out = append(out, ChecklistItem{Task: tr.T("template.default.checklist." + it.id), OffsetDays: it.offset})
	}
	return out
}

// defaultAgenda is a 60-minute run of show.
func defaultAgenda(tr *i18n.Printer, ids *idGen, main string) []AgendaItem {
	host, facilitator := tr.T("template.default.owner.host"), tr.T("template.default.owner.facilitator")
	return []AgendaItem{
		{ID: ids.next(), Title: tr.T("template.default.agenda.welcome"), Minutes: 10, Owner: host},
		{ID: ids.next(), Title: tr.T("template.default.agenda.introductions"), Minutes: 10, Owner: facilitator},
		{ID: ids.next(), Title: main, Minutes: 25, Owner: host},
		{ID: ids.next(), Title: tr.T("template.default.agenda.qa"), Minutes: 10, Owner: facilitator},
		{ID: ids.next(), Title: tr.T("template.default.agenda.next_steps"), Minutes: 5, Owner: host},
	}
}

// defaultInviteChannels are the channels a new plan has an invitation template for.
var defaultInviteChannels = []Channel{ChannelEmail, ChannelLinkedIn, ChannelX, ChannelDiscord, ChannelDM}

// DefaultInvites returns the invitation templates for the main channels in English
// (DefaultInvitesIn).
func DefaultInvites() []InviteTemplate { return DefaultInvitesIn(english) }

// DefaultInvitesIn returns invitation templates for the main channels in the printer's
// language (see DefaultInvite), with the {name}, {community}, {domain} and {event_date}
// placeholders. The domain statement stands on its own (after a colon or as a sentence), so
// that any wording of it reads right. IDs are left at zero.
func DefaultInvitesIn(tr *i18n.Printer) []InviteTemplate {
	var out []InviteTemplate
	for _, ch := range defaultInviteChannels {
		if text, ok := DefaultInvite(tr, ch); ok {
			out = append(out, InviteTemplate{Channel: ch, Text: text})
		}
	}
	return out
}

// defaultRisks are the risks every community faces.
func defaultRisks(tr *i18n.Printer, ids *idGen) []Risk {
	return []Risk{
		{ID: ids.next(), Risk: tr.T("template.default.risk.activity_fades"), Likelihood: "high", Impact: "high", Mitigation: tr.T("template.default.risk.activity_fades.mitigation")},
		{ID: ids.next(), Risk: tr.T("template.default.risk.burnout"), Likelihood: "medium", Impact: "high", Mitigation: tr.T("template.default.risk.burnout.mitigation")},
	}
}

func num(v float64) *float64 { return &v }
