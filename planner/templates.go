package planner

import (
	"fmt"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Template keys.
const (
	TemplateBlank        = ""
	TemplateCreators     = "content-creators"
	TemplateManagers     = "community-managers"
	TemplateProfessional = "professional-network"
	TemplateHealthcare   = "healthcare-peer-support"
	TemplateInternal     = "internal-cop"
)

// Template describes a starting point for a new plan.
type Template struct {
	Key         string
	Name        string
	Description string
}

// Templates lists the plan templates in display order, named and described in English. The
// blank plan (key "") is not among them.
func Templates() []Template { return TemplatesIn(english) }

// TemplatesIn lists the plan templates in display order, named and described in the
// printer's language. The blank plan (key "") is not among them.
func TemplatesIn(tr *i18n.Printer) []Template {
	out := make([]Template, len(templateDefs))
	for i, d := range templateDefs {
		out[i] = Template{Key: d.key, Name: d.text(tr, ".name"), Description: d.text(tr, ".description")}
	}
	return out
}

// BlankTemplateName is the name of the choice of no template ("Blank") in the printer's
// language.
func BlankTemplateName(tr *i18n.Printer) string { return tr.T("template.blank.name") }

// A template's texts live in the catalogue, so that a plan made from it speaks the plan's
// language. In a templateDef a text is named by its catalogue key: one that starts with "."
// follows the template's own prefix ("template.creators" + ".norm.credit"), one that starts
// with "template." is a whole key (the texts templates share), and anything else is a name
// that reads the same in every language (a product: "Discord", "Google Docs").

// optOther is the last option of the platform question.
const optOther = "template.option.other"

// questionDef is a template's extra survey question.
type questionDef struct {
	kind    QuestionKind
	role    QuestionRole
	title   string   // a text (see above)
	options []string // texts
}

// goalDef is a template's example goal; its title is ".goal.<id>", its metric
// ".goal.<id>.metric", and themes are indexes into the template's themes.
type goalDef struct {
	id               string
	unit             string // a symbol every language writes the same: "%", "h" or none
	baseline, target float64
	months           int // due this many months after the plan is created
	themes           []int
}

// roleDef is a template's extra role: ".role.<id>" and its duties ".role.<id>.duties".
type roleDef struct {
	id            string
	rotationWeeks int
}

// toolDef is a tool of the charter: its name (a text) and ".tool.<id>.purpose".
type toolDef struct{ id, name string }

// riskDef is a risk of the charter: ".risk.<id>" and ".risk.<id>.mitigation".
type riskDef struct{ id, likelihood, impact string }

// templateDef is the data a template pre-fills. The texts every template has (name,
// description, audience, pain help, monthly practice, who may join, mix, platform why,
// event title, main agenda item) are ".<what>" under its prefix.
type templateDef struct {
	key string // the Template key
	id  string // the catalogue prefix is "template." + id
	// platforms are the options of the survey's platform question: the ones the audience
	// uses, then Other (nil: defaultPlatforms).
	platforms []string
	questions []questionDef // extra questions after the defaults
	themes    []string      // ".theme.<id>" and its comma-separated ".theme.<id>.keywords"
	goals     []goalDef
	roles     []roleDef // extra roles after the defaults
	norms     []string  // extra norms after the defaults: ".norm.<id>"
	joinMode  JoinMode
	platform  Platform
	tools     []toolDef
	risks     []riskDef // extra risks after the defaults
	format    EventFormat
}

// text is the text s names (see above) in the printer's language.
func (d templateDef) text(tr *i18n.Printer, s string) string {
	switch {
	case strings.HasPrefix(s, "."):
		return tr.T("template." + d.id + s)
	case strings.HasPrefix(s, "template."):
		return tr.T(s)
	}
	return s
}

// texts is text for each of ss; nil for none.
func (d templateDef) texts(tr *i18n.Printer, ss []string) []string {
	if len(ss) == 0 {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = d.text(tr, s)
	}
	return out
}

// templateKeywords splits a theme's comma-separated keywords.
func templateKeywords(s string) []string {
	var out []string
	for _, k := range strings.Split(s, ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

var templateDefs = []templateDef{
	{
		key:       TemplateCreators,
		id:        "creators",
		platforms: []string{"Discord", "Circle", "Patreon", "Mighty Networks", "YouTube memberships", optOther},
		questions: []questionDef{
			{kind: KindMulti, title: ".question.publish", options: []string{"YouTube", "TikTok", "Instagram", ".question.publish.podcast", ".question.publish.newsletter", ".question.publish.blog", optOther}},
			{kind: KindText, title: ".question.worth"},
		},
		themes: []string{"growth", "editing", "money", "burnout"},
		goals: []goalDef{
			{"engagement", "%", 2, 4, 6, []int{0}},
			{"editing", "h", 8, 5, 6, []int{1}},
			{"skill", "", 5, 7, 6, []int{0, 1}},
		},
		roles:    []roleDef{{"feedback_host", 4}},
		norms:    []string{"credit"},
		joinMode: JoinInvite,
		platform: Discord,
		tools:    []toolDef{{"docs", "Google Docs"}, {"canva", "Canva"}, {"stage", ".tool.stage"}},
		risks:    []riskDef{{"self_promo", "high", "medium"}},
		format:   FormatAMA,
	},
	{
		key:       TemplateManagers,
		id:        "managers",
		platforms: []string{"Slack", "Discord", "Circle", "Microsoft Teams", optOther},
		questions: []questionDef{
			{kind: KindSingle, title: ".question.size", options: []string{".question.size.small", ".question.size.medium", ".question.size.large", ".question.size.huge"}},
		},
		themes: []string{"engagement", "moderation", "value", "tools"},
		goals: []goalDef{
			{"active", "%", 15, 30, 6, []int{0}},
			{"playbook", "", 0, 5, 4, []int{2}},
		},
		roles:    []roleDef{{"curator", 8}},
		norms:    []string{"stays_here"},
		joinMode: JoinApplication,
		platform: Slack,
		tools:    []toolDef{{"notion", "Notion"}, {"forms", "Google Forms"}},
		format:   FormatWorkshop,
	},
	{
		key:       TemplateProfessional,
		id:        "professional",
		platforms: []string{"LinkedIn Groups", "Slack", "Microsoft Teams", "Circle", "Mighty Networks", optOther},
		questions: []questionDef{
			{kind: KindText, role: RoleAbout, title: ".question.role"},
			{kind: KindSingle, title: ".question.help_run", options: []string{".question.help_run.yes", ".question.help_run.later", ".question.help_run.no"}},
		},
		themes: []string{"keeping_up", "peers", "clients"},
		goals: []goalDef{
			{"apply", "%", 0, 50, 6, []int{0}},
			{"grow", "", 10, 60, 12, []int{1}},
		},
		roles:    []roleDef{{"liaison", 0}},
		norms:    []string{"confidential"},
		joinMode: JoinInvite,
		platform: LinkedInGroups,
		tools:    []toolDef{{"zoom", "Zoom"}, {"drive", "Google Drive"}},
		format:   FormatAMA,
	},
	{
		key:       TemplateHealthcare,
		id:        "healthcare",
		platforms: []string{".platform.teams", ".platform.intranet", ".platform.secure_app", optOther},
		questions: []questionDef{
			{kind: KindSingle, title: ".question.role", options: []string{".question.role.nurse", ".question.role.physician", ".question.role.allied", ".question.role.carer", optOther}},
			{kind: KindSingle, title: ".question.shift", options: []string{".question.shift.days", ".question.shift.nights", ".question.shift.rotating", ".question.shift.part_time"}},
		},
		themes: []string{"workload", "conversations", "skills", "isolation"},
		goals: []goalDef{
			{"supported", "%", 30, 70, 6, []int{0, 3}},
			{"confidence", "", 5, 7, 6, []int{1}},
		},
		roles:    []roleDef{{"privacy_lead", 0}},
		norms:    []string{"no_patient_data", "stays_here"},
		joinMode: JoinApplication,
		platform: PlatformOther,
		tools:    []toolDef{{"video", ".tool.video"}, {"poll", ".tool.poll"}},
		risks:    []riskDef{{"patient_data", "medium", "high"}, {"distress", "medium", "high"}},
		format:   FormatVoice,
	},
	{
		key:       TemplateInternal,
		id:        "internal",
		platforms: []string{"Microsoft Teams", "Viva Engage (Yammer)", "Slack", "Google Chat", ".platform.intranet", optOther},
		questions: []questionDef{
			{kind: KindText, role: RoleAbout, title: ".question.team"},
			{kind: KindSingle, title: ".question.manager", options: []string{".question.manager.yes", ".question.manager.not_yet", ".question.manager.not_sure"}},
		},
		themes: []string{"reinventing", "expertise", "inconsistent"},
		goals: []goalDef{
			{"reuse", "", 2, 10, 6, []int{0, 2}},
			{"answers", "h", 48, 8, 6, []int{1}},
		},
		roles:    []roleDef{{"liaison", 0}},
		norms:    []string{"basic", "confidential"},
		joinMode: JoinOpen,
		platform: Slack,
		tools:    []toolDef{{"wiki", ".tool.wiki"}, {"video", ".tool.video"}},
		risks:    []riskDef{{"no_time", "medium", "high"}},
		format:   FormatWorkshop,
	},
}

// NewPlan builds a new plan in English from the template with the given key ("" for a blank
// plan), as NewPlanIn does, for code that has no language: the plan records no export
// language of its own, so that a client's language, once set, is its exports'.
func NewPlan(templateKey, name string, now time.Time) (*Plan, error) {
	return newPlan(templateKey, name, now, english)
}

// NewPlanIn builds a new plan from the template with the given key ("" for a blank plan),
// its texts (charter, survey, goals, cadence, run of show, checklist, invitations) in the
// language lang, which becomes the plan's export language; an unknown language gives
// English. The plan is filled with the defaults: success targets 30/40/40 %, growth rules
// 50/50, a survey target of 10–20 with the default questions, the default norms and roles,
// the T−14…T+2 checklist, invitation templates, health weights and a monthly review. An
// unknown key is ErrNotFound. A blank name becomes "Untitled plan" in the language. Items
// get small local IDs that the store remaps.
func NewPlanIn(templateKey, name string, now time.Time, lang i18n.Lang) (*Plan, error) {
	tr := i18n.New(lang)
	p, err := newPlan(templateKey, name, now, tr)
	if err != nil {
		return nil, err
	}
	p.Lang = string(tr.Lang())
	return p, nil
}

// newPlan is the plan NewPlanIn describes, its texts in the printer's language, with no
// export language set.
func newPlan(templateKey, name string, now time.Time, tr *i18n.Printer) (*Plan, error) {
	def, ok := templateDef{}, templateKey == TemplateBlank
	for _, d := range templateDefs {
		if d.key == templateKey && !ok {
			def, ok = d, true
		}
	}
	if !ok {
		return nil, fmt.Errorf("template %q: %w", templateKey, ErrNotFound)
	}
	// The texts of a template; the blank plan has none of its own but the monthly
	// practice, the mix and the main agenda item, which every plan has.
	own := func(what, blank string) string {
		if def.id == "" {
			return def.text(tr, blank)
		}
		return def.text(tr, "."+what)
	}
	name = strings.TrimSpace(name)
	if name == "" {
		name = tr.T("template.untitled_plan")
	}
	ids := &idGen{}
	today := DateOf(now)
	p := &Plan{
		Name:          name,
		Audience:      own("audience", ""),
		Template:      templateKey,
		Status:        StatusPlanning,
		Created:       now,
		Updated:       now,
		ReviewEvery:   Monthly,
		HealthWeights: DefaultHealthWeights(),
		Stage:         StagePotential,
	}
	for _, inv := range DefaultInvitesIn(tr) {
		inv.ID = ids.next()
		p.Invites = append(p.Invites, inv)
	}
	p.Survey = Survey{TargetMin: DefaultSurveyTarget, TargetMax: DefaultSurveyTargetMax}
	p.Survey.Questions = defaultQuestions(tr, ids, own("pain_help", ""))
	if def.platforms != nil {
		for i := range p.Survey.Questions {
			if p.Survey.Questions[i].Role == RolePlatform {
				p.Survey.Questions[i].Options = def.texts(tr, def.platforms)
			}
		}
	}
	for _, q := range def.questions {
		p.Survey.Questions = append(p.Survey.Questions, Question{ID: ids.next(), Kind: q.kind, Role: q.role, Title: def.text(tr, q.title), Options: def.texts(tr, q.options)})
	}
	themeIDs := make([]int64, len(def.themes))
	for i, th := range def.themes {
		themeIDs[i] = ids.next()
		p.Survey.Themes = append(p.Survey.Themes, Theme{ID: themeIDs[i], Label: def.text(tr, ".theme."+th), Keywords: templateKeywords(def.text(tr, ".theme."+th+".keywords"))})
	}
	for _, g := range def.goals {
		goal := Goal{ID: ids.next(), Title: def.text(tr, ".goal."+g.id), Metric: def.text(tr, ".goal."+g.id+".metric"), Unit: g.unit, Baseline: num(g.baseline), Target: num(g.target), Due: addMonths(today, g.months)}
		for _, i := range g.themes {
			goal.ThemeIDs = append(goal.ThemeIDs, themeIDs[i])
		}
		p.Goals = append(p.Goals, goal)
	}

	c := &p.Charter
	c.Name = name
	c.WhoMayJoin = own("who_may_join", "")
	c.JoinMode = def.joinMode
	if c.JoinMode == "" {
		c.JoinMode = JoinInvite
	}
	c.MixNote = own("mix", "template.default.mix")
	c.Roles = defaultRoles(tr, ids)
	for _, r := range def.roles {
		c.Roles = append(c.Roles, Role{ID: ids.next(), Name: def.text(tr, ".role."+r.id), Responsibilities: def.text(tr, ".role."+r.id+".duties"), RotationWeeks: r.rotationWeeks})
	}
	norms := DefaultNormsIn(tr)
	for _, n := range def.norms {
		norms = append(norms, def.text(tr, ".norm."+n))
	}
	for _, n := range norms {
		c.Norms = append(c.Norms, Norm{ID: ids.next(), Text: n})
	}
	c.Conflicts = tr.T("template.default.conflicts")
	c.Decisions = tr.T("template.default.decisions")
	c.Cadence = defaultCadenceIn(tr, ids, own("monthly", "template.default.cadence.monthly"))
	c.Platform = def.platform
	c.PlatformWhy = own("why", "")
	for _, t := range def.tools {
		c.Tools = append(c.Tools, Tool{ID: ids.next(), Name: def.text(tr, t.name), Purpose: def.text(tr, ".tool."+t.id+".purpose")})
	}
	c.TargetWeeklyActive = DefaultTargetWeeklyActive
	c.TargetPollResponse = DefaultTargetPollResponse
	c.TargetSkillGain = DefaultTargetSkillGain
	c.MemberLedAt = DefaultMemberLedAt
	c.SubgroupsOver = DefaultSubgroupsOver
	c.Risks = defaultRisks(tr, ids)
	for _, r := range def.risks {
		c.Risks = append(c.Risks, Risk{ID: ids.next(), Risk: def.text(tr, ".risk."+r.id), Likelihood: r.likelihood, Impact: r.impact, Mitigation: def.text(tr, ".risk."+r.id+".mitigation")})
	}
	// No version yet: the first one is issued from the charter step, with its snapshot.
	c.ReviewOn = addMonths(today, 12)

	if def.format == "" {
		def.format = FormatAMA
	}
	p.Event = Event{
		Format:      def.format,
		Title:       own("event_title", ""),
		DurationMin: 60,
		Recording:   true,
		Agenda:      defaultAgenda(tr, ids, own("main_item", "template.default.agenda.main")),
	}
	for _, it := range DefaultChecklistIn(tr) {
		it.ID = ids.next()
		p.Event.Checklist = append(p.Event.Checklist, it)
	}
	return p, nil
}
