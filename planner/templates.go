package planner

import (
	"fmt"
	"strings"
	"time"
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

// Templates lists the plan templates in display order. The blank plan (key "") is not among
// them.
func Templates() []Template {
	out := make([]Template, len(templateDefs))
	for i, d := range templateDefs {
		out[i] = d.Template
	}
	return out
}

// goalDef is a template's example goal; themes are indexes into the template's themes.
type goalDef struct {
	title, metric, unit string
	baseline, target    float64
	months              int // due this many months after the plan is created
	themes              []int
}

// templateDef is the data a template pre-fills.
type templateDef struct {
	Template
	audience string
	painHelp string
	// platforms are the options of the survey's platform question: the ones the audience
	// uses, then Other (nil: defaultPlatforms).
	platforms  []string
	questions  []Question // extra questions after the defaults, IDs unset
	themes     []Theme    // IDs unset
	goals      []goalDef
	roles      []Role // extra roles after the defaults, IDs unset
	norms      []string
	monthly    string // the monthly practice
	whoMayJoin string
	joinMode   JoinMode
	mixNote    string
	platform   Platform
	why        string
	tools      []Tool
	risks      []Risk
	format     EventFormat
	eventTitle string
	mainItem   string // the main agenda item of the launch event
}

var templateDefs = []templateDef{
	{
		Template: Template{TemplateCreators, "Content creators",
			"Creators learning from each other: growth, editing, monetization, burnout"},
		audience:  "Independent content creators (YouTube, TikTok, podcasts, newsletters)",
		painHelp:  "For example: growing an audience, editing time, sponsorships, burnout",
		platforms: []string{"Discord", "Circle", "Patreon", "Mighty Networks", "YouTube memberships", "Other"},
		questions: []Question{
			{Kind: KindMulti, Title: "Where do you publish?", Options: []string{"YouTube", "TikTok", "Instagram", "Podcast", "Newsletter", "Blog", "Other"}},
			{Kind: KindText, Title: "What would make this community worth an hour of your week?"},
		},
		themes: []Theme{
			{Label: "Audience growth", Keywords: []string{"growth", "grow", "algorithm", "views", "subscribers", "followers", "reach"}},
			{Label: "Editing and workflow", Keywords: []string{"edit", "editing", "workflow", "time", "thumbnail", "batch"}},
			{Label: "Monetization", Keywords: []string{"money", "monetize", "monetise", "sponsor", "brand deal", "income", "revenue"}},
			{Label: "Burnout", Keywords: []string{"burnout", "burn out", "tired", "consistency", "motivation", "overwhelm"}},
		},
		goals: []goalDef{
			{"Double engagement rate", "engagement rate", "%", 2, 4, 6, []int{0}},
			{"Cut editing time per video", "hours per video", "h", 8, 5, 6, []int{1}},
			{"Raise skill self-rating", "average skill self-rating", "", 5, 7, 6, []int{0, 1}},
		},
		roles:      []Role{{Name: "Feedback swap host", Responsibilities: "Pairs members for monthly feedback on each other's work", RotationWeeks: 4}},
		norms:      []string{"Credit others' ideas and work"},
		monthly:    "Monthly themed AMA with a guest creator",
		whoMayJoin: "Creators who publish at least monthly",
		joinMode:   JoinInvite,
		mixNote:    "About two newcomers for every experienced creator",
		platform:   Discord,
		why:        "Creators already use Discord; voice channels suit live feedback sessions and it is free",
		tools:      []Tool{{Name: "Google Docs", Purpose: "Shared templates and checklists"}, {Name: "Canva", Purpose: "Thumbnails and graphics"}, {Name: "Zoom or Discord stage", Purpose: "Monthly AMA"}},
		risks:      []Risk{{Risk: "Self-promotion crowds out learning", Likelihood: "high", Impact: "medium", Mitigation: "One weekly self-promo thread; everything else on topic"}},
		format:     FormatAMA,
		eventTitle: "Launch AMA: what's working for creators right now",
		mainItem:   "AMA with a guest creator",
	},
	{
		Template: Template{TemplateManagers, "Community managers",
			"Community managers sharing engagement, moderation and reporting practice"},
		audience:  "Community managers and moderators of online communities",
		painHelp:  "For example: engagement, moderation load, proving value to leadership",
		platforms: []string{"Slack", "Discord", "Circle", "Microsoft Teams", "Other"},
		questions: []Question{
			{Kind: KindSingle, Title: "How large is the community you manage?", Options: []string{"Under 100", "100–1,000", "1,000–10,000", "Over 10,000"}},
		},
		themes: []Theme{
			{Label: "Engagement", Keywords: []string{"engagement", "engage", "lurkers", "inactive", "participation", "quiet"}},
			{Label: "Moderation", Keywords: []string{"moderation", "moderate", "toxic", "spam", "conflict", "trolls"}},
			{Label: "Proving value", Keywords: []string{"roi", "value", "metrics", "reporting", "leadership", "budget"}},
			{Label: "Tools and platforms", Keywords: []string{"tool", "platform", "migration", "bot", "automation"}},
		},
		goals: []goalDef{
			{"Raise weekly active members", "weekly active members", "%", 15, 30, 6, []int{0}},
			{"Build a shared metrics playbook", "playbook chapters published", "", 0, 5, 4, []int{2}},
		},
		roles:      []Role{{Name: "Resource curator", Responsibilities: "Keeps the shared playbook and pinned resources up to date", RotationWeeks: 8}},
		norms:      []string{"What is shared here stays here unless the author agrees"},
		monthly:    "Monthly workshop: one member walks through a real case",
		whoMayJoin: "People who manage or moderate a community",
		joinMode:   JoinApplication,
		mixNote:    "Mix managers of small and large communities",
		platform:   Slack,
		why:        "Community managers live in work chat; Slack threads suit case discussions",
		tools:      []Tool{{Name: "Notion", Purpose: "Shared playbook"}, {Name: "Google Forms", Purpose: "Session polls"}},
		format:     FormatWorkshop,
		eventTitle: "Launch workshop: the engagement metrics that matter",
		mainItem:   "Workshop: three members share their engagement dashboards",
	},
	{
		Template: Template{TemplateProfessional, "Professional / B2B network",
			"Practitioners across companies sharing practice in one profession or industry"},
		audience:  "Professionals and B2B practitioners across companies",
		painHelp:  "For example: keeping up with change, finding peers, proving results to clients",
		platforms: []string{"LinkedIn Groups", "Slack", "Microsoft Teams", "Circle", "Mighty Networks", "Other"},
		questions: []Question{
			{Kind: KindText, Role: RoleAbout, Title: "What is your role and industry?"},
			{Kind: KindSingle, Title: "Would you like to help run the community?", Options: []string{"Yes", "Maybe later", "No"}},
		},
		themes: []Theme{
			{Label: "Keeping up", Keywords: []string{"keep up", "trends", "change", "new tools", "regulation", "learning"}},
			{Label: "Peer network", Keywords: []string{"peers", "network", "isolated", "alone", "benchmark"}},
			{Label: "Client results", Keywords: []string{"client", "customer", "results", "roi", "sales", "proposal"}},
		},
		goals: []goalDef{
			{"Members apply one new practice per quarter", "members reporting an applied practice", "%", 0, 50, 6, []int{0}},
			{"Grow the network", "members", "", 10, 60, 12, []int{1}},
		},
		roles:      []Role{{Name: "Sponsor liaison", Responsibilities: "Reports results to the sponsor each quarter", RotationWeeks: 0}},
		norms:      []string{"Respect confidentiality: no client names without permission"},
		monthly:    "Monthly expert AMA",
		whoMayJoin: "Practitioners in the field, by invitation or referral",
		joinMode:   JoinInvite,
		mixNote:    "Senior practitioners alongside people new to the field",
		platform:   LinkedInGroups,
		why:        "Members already keep their professional identity on LinkedIn; low barrier for B2B audiences",
		tools:      []Tool{{Name: "Zoom", Purpose: "Monthly AMA"}, {Name: "Google Drive", Purpose: "Shared resources"}},
		format:     FormatAMA,
		eventTitle: "Launch AMA with an industry expert",
		mainItem:   "Expert AMA",
	},
	{
		Template: Template{TemplateHealthcare, "Healthcare peer support",
			"Clinicians or carers supporting each other, on a privacy-compliant platform"},
		audience:  "Healthcare professionals (nurses, clinicians, carers) in peer support",
		painHelp:  "Please do not include any patient information",
		platforms: []string{"Microsoft Teams (organisation account)", "The organisation's intranet", "A secure messaging app the organisation approves", "Other"},
		questions: []Question{
			{Kind: KindSingle, Title: "Which best describes your role?", Options: []string{"Nurse", "Physician", "Allied health", "Carer", "Other"}},
			{Kind: KindSingle, Title: "Which shift pattern do you work?", Options: []string{"Days", "Nights", "Rotating", "Part time"}},
		},
		themes: []Theme{
			{Label: "Workload and burnout", Keywords: []string{"burnout", "workload", "stress", "exhausted", "staffing", "overtime"}},
			{Label: "Difficult conversations", Keywords: []string{"conversation", "families", "bad news", "conflict", "communication"}},
			{Label: "Keeping skills current", Keywords: []string{"training", "guidelines", "skills", "cpd", "procedures"}},
			{Label: "Isolation", Keywords: []string{"alone", "isolated", "support", "nobody", "lonely"}},
		},
		goals: []goalDef{
			{"Members feel supported", "members rating support 4 or 5 of 5", "%", 30, 70, 6, []int{0, 3}},
			{"Raise confidence in difficult conversations", "average confidence self-rating", "", 5, 7, 6, []int{1}},
		},
		roles:      []Role{{Name: "Privacy lead", Responsibilities: "Checks the platform and practices meet the organisation's privacy rules; removes any patient data", RotationWeeks: 0}},
		norms:      []string{"Never share patient-identifiable information", "What is said here stays here"},
		monthly:    "Monthly peer-support circle with a facilitator",
		whoMayJoin: "Healthcare staff and carers; membership verified",
		joinMode:   JoinApplication,
		mixNote:    "Experienced staff alongside people early in their career",
		platform:   PlatformOther,
		why:        "A privacy-compliant platform approved by the organisation (covered by its data protection agreements, e.g. a HIPAA business associate agreement or a GDPR processing agreement). Consumer chat apps are not suitable for health data.",
		tools:      []Tool{{Name: "Organisation-approved video calls", Purpose: "Peer-support circles"}, {Name: "Anonymous poll tool", Purpose: "Session feedback"}},
		risks: []Risk{
			{Risk: "Patient data is shared by mistake", Likelihood: "medium", Impact: "high", Mitigation: "Clear norm; privacy lead removes it and reminds the member privately; approved platform only"},
			{Risk: "Emotional distress in discussions", Likelihood: "medium", Impact: "high", Mitigation: "Trained facilitator; signpost to professional support services"},
		},
		format:     FormatVoice,
		eventTitle: "Launch peer-support circle",
		mainItem:   "Facilitated peer-support circle",
	},
	{
		Template: Template{TemplateInternal, "Internal company CoP",
			"Employees across teams sharing practice in one discipline inside a company"},
		audience:  "Employees across teams and locations of one company",
		painHelp:  "For example: reinventing the wheel, not knowing who to ask, inconsistent practice",
		platforms: []string{"Microsoft Teams", "Viva Engage (Yammer)", "Slack", "Google Chat", "The company intranet", "Other"},
		questions: []Question{
			{Kind: KindText, Role: RoleAbout, Title: "Which team and location are you in?"},
			{Kind: KindSingle, Title: "Does your manager support time for the community?", Options: []string{"Yes", "Not yet", "Not sure"}},
		},
		themes: []Theme{
			{Label: "Reinventing the wheel", Keywords: []string{"reinvent", "duplicate", "duplication", "again", "silos", "silo"}},
			{Label: "Finding expertise", Keywords: []string{"who to ask", "expert", "expertise", "find", "knowledge"}},
			{Label: "Inconsistent practice", Keywords: []string{"inconsistent", "standard", "standards", "process", "quality"}},
		},
		goals: []goalDef{
			{"Reuse shared templates", "teams using the shared templates", "", 2, 10, 6, []int{0, 2}},
			{"Faster answers to practice questions", "median hours to first answer", "h", 48, 8, 6, []int{1}},
		},
		roles:      []Role{{Name: "Sponsor liaison", Responsibilities: "Reports to the executive sponsor each quarter", RotationWeeks: 0}},
		norms:      []string{"No question is too basic", "Share what you can; mark what is confidential"},
		monthly:    "Monthly show-and-tell: one team shares a practice",
		whoMayJoin: "Any employee working in the discipline",
		joinMode:   JoinOpen,
		mixNote:    "Every level and location, from new hires to principal staff",
		platform:   Slack,
		why:        "The company's work chat: no new tool to approve and members are already there",
		tools:      []Tool{{Name: "Company wiki", Purpose: "Shared practices and templates"}, {Name: "Video calls", Purpose: "Monthly show-and-tell"}},
		risks:      []Risk{{Risk: "No time allowed for the community", Likelihood: "medium", Impact: "high", Mitigation: "Agree time with the sponsor; show results quarterly"}},
		format:     FormatWorkshop,
		eventTitle: "Launch show-and-tell",
		mainItem:   "Show-and-tell: two teams share a practice",
	},
}

// NewPlan builds a new plan from the template with the given key ("" for a blank plan),
// filled with the defaults: success targets 30/40/40 %, growth rules 50/50, a survey target
// of 10–20 with the default questions, the default norms and roles, the T−14…T+2 checklist,
// invitation templates, health weights and a monthly review. An unknown key is ErrNotFound.
// A blank name becomes "Untitled plan". Items get small local IDs that the store remaps.
func NewPlan(templateKey, name string, now time.Time) (*Plan, error) {
	def := templateDef{monthly: "Monthly AMA or workshop", format: FormatAMA, mainItem: "Main session"}
	if templateKey != TemplateBlank {
		found := false
		for _, d := range templateDefs {
			if d.Key == templateKey {
				def, found = d, true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("template %q: %w", templateKey, ErrNotFound)
		}
	}
	name = strings.TrimSpace(name)
	if name == "" {
		name = "Untitled plan"
	}
	ids := &idGen{}
	today := DateOf(now)
	p := &Plan{
		Name:          name,
		Audience:      def.audience,
		Template:      templateKey,
		Status:        StatusPlanning,
		Created:       now,
		Updated:       now,
		ReviewEvery:   Monthly,
		HealthWeights: DefaultHealthWeights(),
		Stage:         StagePotential,
	}
	for _, inv := range DefaultInvites() {
		inv.ID = ids.next()
		p.Invites = append(p.Invites, inv)
	}
	p.Survey = Survey{TargetMin: DefaultSurveyTarget, TargetMax: DefaultSurveyTargetMax}
	p.Survey.Questions = defaultQuestions(ids, def.painHelp)
	if def.platforms != nil {
		for i := range p.Survey.Questions {
			if p.Survey.Questions[i].Role == RolePlatform {
				p.Survey.Questions[i].Options = append([]string(nil), def.platforms...)
			}
		}
	}
	for _, q := range def.questions {
		q.ID = ids.next()
		q.Options = append([]string(nil), q.Options...)
		p.Survey.Questions = append(p.Survey.Questions, q)
	}
	themeIDs := make([]int64, len(def.themes))
	for i, th := range def.themes {
		th.ID = ids.next()
		th.Keywords = append([]string(nil), th.Keywords...)
		themeIDs[i] = th.ID
		p.Survey.Themes = append(p.Survey.Themes, th)
	}
	for _, g := range def.goals {
		goal := Goal{ID: ids.next(), Title: g.title, Metric: g.metric, Unit: g.unit, Baseline: num(g.baseline), Target: num(g.target), Due: addMonths(today, g.months)}
		for _, i := range g.themes {
			goal.ThemeIDs = append(goal.ThemeIDs, themeIDs[i])
		}
		p.Goals = append(p.Goals, goal)
	}

	c := &p.Charter
	c.Name = name
	c.WhoMayJoin = def.whoMayJoin
	c.JoinMode = def.joinMode
	if c.JoinMode == "" {
		c.JoinMode = JoinInvite
	}
	c.MixNote = firstNonBlank(def.mixNote, "Mix newcomers and veterans so questions meet experience")
	c.Roles = defaultRoles(ids)
	for _, r := range def.roles {
		r.ID = ids.next()
		c.Roles = append(c.Roles, r)
	}
	for _, n := range append(append([]string(nil), DefaultNorms...), def.norms...) {
		c.Norms = append(c.Norms, Norm{ID: ids.next(), Text: n})
	}
	c.Conflicts = DefaultConflicts
	c.Decisions = DefaultDecisions
	c.Cadence = defaultCadence(ids, def.monthly)
	c.Platform = def.platform
	c.PlatformWhy = def.why
	for _, t := range def.tools {
		t.ID = ids.next()
		c.Tools = append(c.Tools, t)
	}
	c.TargetWeeklyActive = DefaultTargetWeeklyActive
	c.TargetPollResponse = DefaultTargetPollResponse
	c.TargetSkillGain = DefaultTargetSkillGain
	c.MemberLedAt = DefaultMemberLedAt
	c.SubgroupsOver = DefaultSubgroupsOver
	c.Risks = defaultRisks(ids)
	for _, r := range def.risks {
		r.ID = ids.next()
		c.Risks = append(c.Risks, r)
	}
	// No version yet: the first one is issued from the charter step, with its snapshot.
	c.ReviewOn = addMonths(today, 12)

	p.Event = Event{
		Format:      def.format,
		Title:       def.eventTitle,
		DurationMin: 60,
		Recording:   true,
		Agenda:      defaultAgenda(ids, def.mainItem),
	}
	for _, it := range DefaultChecklist() {
		it.ID = ids.next()
		p.Event.Checklist = append(p.Event.Checklist, it)
	}
	return p, nil
}
