package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// charterStep is step 3: every section of the community's charter, in tabs of related
// sections so that nothing is clipped on a laptop screen.
type charterStep struct {
	s *session
	w fyne.Window

	hints *hints
	tabs  *tabStrip
	// pageTabs holds only the tab shown in the tree and keeps only it up to date.
	pageTabs *stepTabs

	// Purpose and scope.
	name                *widget.Entry
	purpose             *keyEntry
	purposeRow          *watchedField // the purpose with its hint, which says where the text came from
	useDomain           *widget.Button
	goals               *widget.Label
	scopeIn, scopeOut   *keyEntry
	whoMayJoin, mixNote *keyEntry
	joinMode            *widget.Select

	// Roles.
	roles      *listEditor[planner.Role]
	rotationOn *dateInput
	rotation   *fyne.Container // the schedule table, rebuilt on refresh
	// rotationRows are the table's rows as shown (role, period, dates, holder), for tests.
	rotationRows [][]string
	// rotationWarnings are the warnings above the table (planner.RotationWarnings).
	rotationWarnings []string
	// holders are the check boxes of the role shown, by candidate ID (for tests).
	holders     map[int64]*widget.Check
	holderOrder *widget.Label
	// holderMove picks a holder of the role shown to move earlier or later in the rotation.
	holderMove                 *widget.Select
	holderEarlier, holderLater *widget.Button
	// The entries of the role, norm and practice forms shown, for tests.
	roleName, practice *widget.Entry
	normText           *keyEntry

	// Norms and decisions.
	norms                *listEditor[planner.Norm]
	conflicts, decisions *keyEntry

	cadence *listEditor[planner.CadenceItem]

	// Platform and tools.
	platform    *widget.Select
	platformWhy *keyEntry
	recommend   *fyne.Container
	needs       *needsEditor                        // the platform needs the recommendation uses
	cadenceSug  *cadenceCard                        // the survey's cadence suggestion
	use         map[planner.Platform]*widget.Button // "Use" per recommended platform
	tools       *listEditor[planner.Tool]
	timeZone    *parsedEntry

	// Success measures and growth.
	targetWeekly, targetPoll, targetSkill *parsedEntry
	measureGoals                          *widget.Label
	memberLedAt, subgroupsOver            *parsedEntry

	risks       *listEditor[planner.Risk]
	assumptions *keyEntry

	versions *listEditor[planner.CharterVersion]
	reviewOn *dateInput
	signOffs *listEditor[planner.SignOff]
	revision *revisionBox // "Issue version" and whether the charter changed since

	obj fyne.CanvasObject
}

// newCharterStep builds the charter editor on the session's plan.
func newCharterStep(s *session, w fyne.Window) page {
	v := &charterStep{s: s, w: w, hints: hintsBox(planner.StepCharter), holders: map[int64]*widget.Check{}, use: map[planner.Platform]*widget.Button{}}
	c := &s.plan.Charter
	save := s.saveCharter

	v.name = textField(s, "charter.name", func() string { return c.Name }, func(t string) { c.Name = t }, save)
	v.name.PlaceHolder = "e.g. " + s.plan.Name
	v.purpose = textArea(s, "charter.purpose", func() string { return c.Purpose }, func(t string) { c.Purpose = t }, save)
	v.purpose.PlaceHolder = "Why the community exists: its shared domain"
	v.useDomain = widget.NewButton("Use domain statement", v.onUseDomain)
	if strings.TrimSpace(c.Purpose) == "" && strings.TrimSpace(s.plan.Domain) != "" {
		// Pre-filled from step 1; the entry's change handler saves it like a typed edit.
		v.purpose.SetText(s.plan.Domain)
	}
	v.purposeRow = watchField("Purpose", wheelThrough(v.purpose), purposeHint(c.Purpose, s.plan.Domain)).(*watchedField)
	applyPurpose := v.purpose.OnChanged
	v.purpose.OnChanged = func(t string) { // the hint follows each keystroke, not the next save
		applyPurpose(t)
		v.purposeRow.setHint(purposeHint(c.Purpose, s.plan.Domain))
	}
	v.goals = wrapLabel("")
	v.scopeIn = textArea(s, "charter.scopeIn", func() string { return c.ScopeIn }, func(t string) { c.ScopeIn = t }, save)
	v.scopeIn.PlaceHolder = "Topics the community covers"
	v.scopeOut = textArea(s, "charter.scopeOut", func() string { return c.ScopeOut }, func(t string) { c.ScopeOut = t }, save)
	v.scopeOut.PlaceHolder = "Topics it leaves out"
	v.whoMayJoin = textArea(s, "charter.whoMayJoin", func() string { return c.WhoMayJoin }, func(t string) { c.WhoMayJoin = t }, save)
	v.joinMode = choiceField(planner.JoinModes, labelOrUnset[planner.JoinMode], func() planner.JoinMode { return c.JoinMode }, func(m planner.JoinMode) { c.JoinMode = m }, save)
	v.mixNote = textArea(s, "charter.mixNote", func() string { return c.MixNote }, func(t string) { c.MixNote = t }, save)
	v.mixNote.PlaceHolder = "e.g. a third newcomers, a third practitioners, a third veterans"

	v.roles = newListEditor(s, w, listSpec[planner.Role]{
		kind:    planner.ItemRole,
		items:   func() *[]planner.Role { return &c.Roles },
		id:      func(r *planner.Role) int64 { return r.ID },
		label:   v.roleLabel,
		newItem: func() planner.Role { return planner.Role{Name: "New role"} },
		form:    v.roleForm,
		save:    func(r *planner.Role) error { return s.put(r) },
		ordered: true,
		what:    "role",
	})
	v.rotationOn = dateField(s, "charter.rotationOn", w, func() planner.Date { return c.RotationOn }, func(d planner.Date) { c.RotationOn = d }, save)
	v.rotation = container.NewVBox()

	v.norms = newListEditor(s, w, listSpec[planner.Norm]{
		kind:  planner.ItemNorm,
		items: func() *[]planner.Norm { return &c.Norms },
		id:    func(n *planner.Norm) int64 { return n.ID },
		label: func(n *planner.Norm) string { return n.Text },
		newItem: func() planner.Norm {
			return planner.Norm{Text: "New norm"}
		},
		form: func(n *planner.Norm, save func() error) fyne.CanvasObject {
			v.normText = textArea(s, fmt.Sprintf("norm.%d", n.ID), func() string { return n.Text }, func(t string) { n.Text = t }, save)
			return form(field("Norm", v.normText))
		},
		save:    func(n *planner.Norm) error { return s.put(n) },
		ordered: true,
		what:    "norm",
	})
	v.conflicts = textArea(s, "charter.conflicts", func() string { return c.Conflicts }, func(t string) { c.Conflicts = t }, save)
	v.conflicts.PlaceHolder = "e.g. a private conversation first, a group vote if needed"
	v.decisions = textArea(s, "charter.decisions", func() string { return c.Decisions }, func(t string) { c.Decisions = t }, save)
	v.decisions.PlaceHolder = "e.g. consensus in the monthly call; the facilitator breaks ties"

	v.cadence = newListEditor(s, w, listSpec[planner.CadenceItem]{
		kind:  planner.ItemCadence,
		items: func() *[]planner.CadenceItem { return &c.Cadence },
		id:    func(ci *planner.CadenceItem) int64 { return ci.ID },
		label: cadenceLabel,
		newItem: func() planner.CadenceItem {
			return planner.CadenceItem{Practice: "New practice", Frequency: planner.Weekly, Weekday: 1, DurationMin: 60}
		},
		form:    v.cadenceForm,
		save:    func(ci *planner.CadenceItem) error { return s.put(ci) },
		ordered: true,
		what:    "practice",
	})

	platforms := append(slices.Clone(planner.Platforms), planner.PlatformOther)
	v.platform = choiceField(platforms, planner.Platform.Label, func() planner.Platform { return c.Platform }, func(p planner.Platform) { c.Platform = p }, save)
	v.platform.PlaceHolder = "Choose a platform"
	v.platformWhy = textArea(s, "charter.platformWhy", func() string { return c.PlatformWhy }, func(t string) { c.PlatformWhy = t }, save)
	v.platformWhy.PlaceHolder = "Why this platform fits the community"
	v.recommend = container.NewVBox()
	v.needs = newNeedsEditor(s, v.refreshRecommendation)
	v.cadenceSug = newCadenceCard(s, func() {
		v.cadence.refresh()
		v.refresh()
	})
	v.tools = newListEditor(s, w, listSpec[planner.Tool]{
		kind:    planner.ItemTool,
		items:   func() *[]planner.Tool { return &c.Tools },
		id:      func(t *planner.Tool) int64 { return t.ID },
		label:   func(t *planner.Tool) string { return joinNonBlank(" — ", t.Name, t.Purpose) },
		newItem: func() planner.Tool { return planner.Tool{Name: "New tool"} },
		form: func(t *planner.Tool, save func() error) fyne.CanvasObject {
			return form(
				field("Tool", textField(s, fmt.Sprintf("tool.%d.name", t.ID), func() string { return t.Name }, func(x string) { t.Name = x }, save)),
				field("Used for", textField(s, fmt.Sprintf("tool.%d.purpose", t.ID), func() string { return t.Purpose }, func(x string) { t.Purpose = x }, save)),
			)
		},
		save: func(t *planner.Tool) error { return s.put(t) },
		what: "tool",
	})
	// The event's zone follows the charter's unless the organizer set it apart.
	v.timeZone = zoneField(s, "charter.timeZone", func() string { return c.TimeZone }, func(t string) { planner.SetCharterTimeZone(s.plan, t) },
		func() error {
			if err := save(); err != nil {
				return err
			}
			return s.saveEvent()
		})

	v.targetWeekly = floatField(s, "charter.targetWeekly", func() float64 { return c.TargetWeeklyActive }, func(f float64) { c.TargetWeeklyActive = f }, save)
	v.targetPoll = floatField(s, "charter.targetPoll", func() float64 { return c.TargetPollResponse }, func(f float64) { c.TargetPollResponse = f }, save)
	v.targetSkill = floatField(s, "charter.targetSkill", func() float64 { return c.TargetSkillGain }, func(f float64) { c.TargetSkillGain = f }, save)
	v.measureGoals = wrapLabel("")
	v.memberLedAt = intField(s, "charter.memberLedAt", func() int { return c.MemberLedAt }, func(n int) { c.MemberLedAt = n }, save)
	v.subgroupsOver = intField(s, "charter.subgroupsOver", func() int { return c.SubgroupsOver }, func(n int) { c.SubgroupsOver = n }, save)

	v.risks = newListEditor(s, w, listSpec[planner.Risk]{
		kind:    planner.ItemRisk,
		items:   func() *[]planner.Risk { return &c.Risks },
		id:      func(r *planner.Risk) int64 { return r.ID },
		label:   riskLabel,
		newItem: func() planner.Risk { return planner.Risk{Risk: "New risk", Likelihood: "medium", Impact: "medium"} },
		form:    v.riskForm,
		save:    func(r *planner.Risk) error { return s.put(r) },
		what:    "risk",
	})
	v.assumptions = textArea(s, "charter.assumptions", func() string { return c.Assumptions }, func(t string) { c.Assumptions = t }, save)

	v.revision = newRevisionBox(v)
	v.versions = newListEditor(s, w, listSpec[planner.CharterVersion]{
		kind:  planner.ItemVersion,
		items: func() *[]planner.CharterVersion { return &c.Versions },
		id:    func(cv *planner.CharterVersion) int64 { return cv.ID },
		label: func(cv *planner.CharterVersion) string {
			return joinNonBlank("  ", cv.Version, cv.On.String(), cv.Author, versionKind(cv))
		},
		newItem: func() planner.CharterVersion {
			return planner.CharterVersion{Version: fmt.Sprintf("%d.0", len(c.Versions)+1), On: s.today(), Author: s.plan.PreparedBy}
		},
		form:    v.versionForm,
		save:    func(cv *planner.CharterVersion) error { return s.put(cv) },
		ordered: true,
		what:    "version",
	})
	v.reviewOn = dateField(s, "charter.reviewOn", w, func() planner.Date { return c.ReviewOn }, func(d planner.Date) { c.ReviewOn = d }, save)
	v.signOffs = newListEditor(s, w, listSpec[planner.SignOff]{
		kind:  planner.ItemSignOff,
		items: func() *[]planner.SignOff { return &c.SignOffs },
		id:    func(so *planner.SignOff) int64 { return so.ID },
		label: func(so *planner.SignOff) string {
			return joinNonBlank(", ", so.Name, so.Role, so.On.String())
		},
		newItem: func() planner.SignOff { return planner.NewSignOff(s.plan) },
		form:    v.signOffForm,
		save:    func(so *planner.SignOff) error { return s.put(so) },
		ordered: true,
		what:    "sign-off",
	})

	v.pageTabs = newStepTabs(s.flush,
		tab("Purpose & scope", scrollPage(
			section("Name and purpose", form(
				field("Community name", v.name),
				widget.NewFormItem("Purpose", v.purposeRow),
				field("", container.NewHBox(v.useDomain)),
			)),
			section("Goals (from step 1)", v.goals),
			section("Scope", form(field("In scope", v.scopeIn), field("Out of scope", v.scopeOut))),
			section("Membership", form(
				field("Who may join", v.whoMayJoin),
				field("How people join", v.joinMode),
				field("Newcomer–veteran mix", v.mixNote),
			)),
		), v.refreshGoals),
		tab("Roles", scrollPage(
			section("Roles", wrapLabel("Rotate roles so nobody burns out. Holders come from the accepted and joined candidates of step 2; tick them in rotation order, then move them with Earlier and Later."), v.roles.object()),
			section("Rotation schedule (next 6 periods)", form(fieldHint("Rotation starts", v.rotationOn.object(), "Empty: the first Monday after the plan was created.")), v.rotation),
		), v.refreshRotation, v.roles),
		tab("Norms & decisions", scrollPage(
			section("Norms", v.norms.object()),
			section("Conflicts and decisions", form(field("Conflict handling", v.conflicts), field("Decision making", v.decisions))),
			section("Norms review", form(fieldHint("Review the norms by", v.reviewOn.object(), "At least once a year."))),
		), nil, v.norms),
		tab("Cadence", scrollPage(
			section("Recurring practices", wrapLabel("E.g. a weekly share thread, a monthly AMA or workshop, a quarterly review. They go into the calendar export with their repeat rule."), v.cadence.object()),
			section("Suggested by the survey", v.cadenceSug.object()),
			section("Time zone", form(fieldHint("Community time zone", v.timeZone, "IANA name; the calendar export uses it."))),
		), v.cadenceSug.refresh, v.cadence),
		tab("Platform & tools", scrollPage(
			section("Platform", form(field("Chosen platform", v.platform), field("Rationale", v.platformWhy))),
			section("Platform needs", wrapLabel("What the community needs from its platform. The recommendation below ranks the platforms on these needs and on the survey's platform question."), v.needs.object()),
			section("Recommendation", v.recommend),
			section("Tools", v.tools.object()),
		), func() { v.needs.refresh(); v.refreshRecommendation() }, v.tools),
		tab("Measures & growth", scrollPage(
			section("Success measures", form(
				fieldHint("Weekly active members %", v.targetWeekly, "Default 30."),
				fieldHint("Poll response %", v.targetPoll, "Default 40, a minimum; 60 is good for a small group."),
				fieldHint("Skill gain %", v.targetSkill, "Rise of the average skill over the survey's baseline, in % of the skill scale (5 → 7 on 1–10 is 22); default 20."),
			), v.measureGoals),
			section("Growth rules", form(
				fieldHint("Go member-led at (members)", v.memberLedAt, "Default 50."),
				fieldHint("Split into sub-groups over (members)", v.subgroupsOver, "Default 50."),
			)),
		), v.refreshMeasureGoals),
		tab("Risks", scrollPage(
			section("Risks and mitigations", v.risks.object()),
			section("Assumptions", v.assumptions),
		), nil, v.risks),
		tab("History & sign-off", scrollPage(
			section("Version history", v.revision.object(), v.versions.object()),
			section("Sign-off", v.signOffs.object()),
		), v.revision.refresh, v.versions, v.signOffs),
	)
	v.tabs = v.pageTabs.tabs
	v.obj = container.NewBorder(stepHeader(planner.StepCharter, v.hints), nil, nil, nil, v.tabs)
	v.reload()
	return v
}

func (v *charterStep) content() fyne.CanvasObject { return v.obj }

// reload re-reads the plan when the page is shown: the derived parts and the forms of the
// selected items (candidates may have changed in step 2, the domain in step 1).
func (v *charterStep) reload() {
	v.hints.shown()
	v.hints.show(v.s.plan)
	v.pageTabs.reload()
}

// refresh re-reads what derives from the plan after a save: the hints, and in the tab shown
// its goals, rotation, recommendation or list labels (stepTabs). Forms being edited are left
// alone so that focus and typing are never disturbed.
func (v *charterStep) refresh() {
	v.hints.show(v.s.plan)
	v.pageTabs.refresh()
}

// refreshGoals shows the goals of step 1 in the purpose tab, and under the purpose whether it
// is still the domain statement's.
func (v *charterStep) refreshGoals() {
	p := v.s.plan
	v.purposeRow.setHint(purposeHint(p.Charter.Purpose, p.Domain))
	v.goals.SetText(goalLines(p))
}

// refreshMeasureGoals shows the goals of step 1 under the success measures.
func (v *charterStep) refreshMeasureGoals() {
	v.measureGoals.SetText("Goals measured at each review:\n" + goalLines(v.s.plan))
}

func (v *charterStep) onUseDomain() {
	if strings.TrimSpace(v.s.plan.Domain) == "" {
		showError(v.w, fmt.Errorf("step 1 has no domain statement yet"))
		return
	}
	v.purpose.SetText(v.s.plan.Domain)
}

// purposeHint says under the purpose where its text came from: the domain statement while
// it is the domain statement, nothing once the user wrote their own.
func purposeHint(purpose, domain string) string {
	switch p := strings.TrimSpace(purpose); {
	case p == "" && strings.TrimSpace(domain) != "":
		return "Empty: write why the community exists, or use the domain statement of step 1."
	case p != "" && p == strings.TrimSpace(domain):
		return "Pre-filled from the domain statement of step 1."
	}
	return ""
}

// goalLines lists the plan's goals as sentences, one a line.
func goalLines(p *planner.Plan) string {
	if len(p.Goals) == 0 {
		return "No goals yet: set 2–3 measurable goals in step 1."
	}
	var b strings.Builder
	for i, g := range p.Goals {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "• %s", g.Sentence())
	}
	return b.String()
}

// refreshRecommendation ranks the platforms for the plan's needs, with a Use button each.
func (v *charterStep) refreshRecommendation() {
	ranked := planner.AdvisePlatform(v.s.plan).Scores
	v.recommend.RemoveAll()
	v.use = map[planner.Platform]*widget.Button{}
	for i, sc := range ranked {
		sc := sc
		title := fmt.Sprintf("%d. %s — %d/100", i+1, sc.Platform.Label(), sc.Score)
		if sc.Platform == v.s.plan.Charter.Platform {
			title += " (chosen)"
		}
		btn := widget.NewButton("Use", func() { v.usePlatform(sc) })
		v.use[sc.Platform] = btn
		head := container.NewBorder(nil, nil, nil, btn, widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		v.recommend.Add(head)
		v.recommend.Add(wrapLabel("• " + strings.Join(sc.Reasons, "\n• ")))
	}
	v.recommend.Refresh()
}

// usePlatform chooses a recommended platform (planner.ChoosePlatform: an event platform that
// followed the charter's follows the new one) and, when the rationale is empty or was written
// by a previous Use, fills it with why: the score, the needs and the survey's evidence.
func (v *charterStep) usePlatform(sc planner.PlatformScore) {
	p := v.s.plan
	old := strings.TrimSpace(p.Charter.PlatformWhy)
	generated := old == "" || old == planner.AdvisePlatform(p).Why(p.Charter.Platform)
	planner.ChoosePlatform(p, sc.Platform)
	if !generated {
		p.Charter.PlatformWhy = old
	}
	_ = v.s.saveEvent()
	v.platformWhy.SetText(p.Charter.PlatformWhy)
	v.platform.SetSelected(sc.Platform.Label())
}
