package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
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
	name                *keyEntry
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
	roleName, practice *keyEntry
	normText           *keyEntry
	// likelihood is the likelihood choice of the risk shown, for tests.
	likelihood *widget.Select

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
	t := v.t

	v.name = textField(s, "charter.name", func() string { return c.Name }, func(t string) { c.Name = t }, save)
	v.name.PlaceHolder = t("ph.name", "name", s.plan.Name)
	v.purpose = textArea(s, "charter.purpose", func() string { return c.Purpose }, func(t string) { c.Purpose = t }, save)
	v.purpose.PlaceHolder = t("ph.purpose")
	v.useDomain = widget.NewButton(t("use_domain"), v.onUseDomain)
	if strings.TrimSpace(c.Purpose) == "" && strings.TrimSpace(s.plan.Domain) != "" {
		// Pre-filled from step 1; the entry's change handler saves it like a typed edit.
		v.purpose.SetText(s.plan.Domain)
	}
	v.purposeRow = watchField(t("field.purpose"), wheelThrough(v.purpose), purposeHint(s.tr, c.Purpose, s.plan.Domain)).(*watchedField)
	applyPurpose := v.purpose.OnChanged
	v.purpose.OnChanged = func(t string) { // the hint follows each keystroke, not the next save
		applyPurpose(t)
		v.purposeRow.setHint(purposeHint(s.tr, c.Purpose, s.plan.Domain))
	}
	v.goals = wrapLabel("")
	v.scopeIn = textArea(s, "charter.scopeIn", func() string { return c.ScopeIn }, func(t string) { c.ScopeIn = t }, save)
	v.scopeIn.PlaceHolder = t("ph.scope_in")
	v.scopeOut = textArea(s, "charter.scopeOut", func() string { return c.ScopeOut }, func(t string) { c.ScopeOut = t }, save)
	v.scopeOut.PlaceHolder = t("ph.scope_out")
	v.whoMayJoin = textArea(s, "charter.whoMayJoin", func() string { return c.WhoMayJoin }, func(t string) { c.WhoMayJoin = t }, save)
	v.joinMode = choiceField(planner.JoinModes, func(m planner.JoinMode) string { return m.In(s.tr) }, func() planner.JoinMode { return c.JoinMode }, func(m planner.JoinMode) { c.JoinMode = m }, save)
	v.mixNote = textArea(s, "charter.mixNote", func() string { return c.MixNote }, func(t string) { c.MixNote = t }, save)
	v.mixNote.PlaceHolder = t("ph.mix")

	v.roles = newListEditor(s, w, listSpec[planner.Role]{
		kind:        planner.ItemRole,
		items:       func() *[]planner.Role { return &c.Roles },
		id:          func(r *planner.Role) int64 { return r.ID },
		label:       v.roleLabel,
		newItem:     func() planner.Role { return planner.Role{Name: t("new.role")} },
		form:        v.roleForm,
		save:        func(r *planner.Role) error { return s.put(r) },
		ordered:     true,
		what:        "role",
		confirmText: func(r *planner.Role) string { return v.confirmDelete("role", v.roleLabel(r)) },
	})
	v.rotationOn = dateField(s, "charter.rotationOn", w, func() planner.Date { return c.RotationOn }, func(d planner.Date) { c.RotationOn = d }, save)
	v.rotation = container.NewVBox()

	v.norms = newListEditor(s, w, listSpec[planner.Norm]{
		kind:  planner.ItemNorm,
		items: func() *[]planner.Norm { return &c.Norms },
		id:    func(n *planner.Norm) int64 { return n.ID },
		label: func(n *planner.Norm) string { return n.Text },
		newItem: func() planner.Norm {
			return planner.Norm{Text: t("new.norm")}
		},
		form: func(n *planner.Norm, save func() error) fyne.CanvasObject {
			v.normText = textArea(s, fmt.Sprintf("norm.%d", n.ID), func() string { return n.Text }, func(t string) { n.Text = t }, save)
			return form(field(t("field.norm"), v.normText))
		},
		save:        func(n *planner.Norm) error { return s.put(n) },
		ordered:     true,
		what:        "norm",
		confirmText: func(n *planner.Norm) string { return v.confirmDelete("norm", n.Text) },
	})
	v.conflicts = textArea(s, "charter.conflicts", func() string { return c.Conflicts }, func(t string) { c.Conflicts = t }, save)
	v.conflicts.PlaceHolder = t("ph.conflicts")
	v.decisions = textArea(s, "charter.decisions", func() string { return c.Decisions }, func(t string) { c.Decisions = t }, save)
	v.decisions.PlaceHolder = t("ph.decisions")

	v.cadence = newListEditor(s, w, listSpec[planner.CadenceItem]{
		kind:  planner.ItemCadence,
		items: func() *[]planner.CadenceItem { return &c.Cadence },
		id:    func(ci *planner.CadenceItem) int64 { return ci.ID },
		label: func(ci *planner.CadenceItem) string { return cadenceLabel(s.tr, ci) },
		newItem: func() planner.CadenceItem {
			return planner.CadenceItem{Practice: t("new.practice"), Frequency: planner.Weekly, Weekday: 1, DurationMin: 60}
		},
		form:        v.cadenceForm,
		save:        func(ci *planner.CadenceItem) error { return s.put(ci) },
		ordered:     true,
		what:        "practice",
		confirmText: func(ci *planner.CadenceItem) string { return v.confirmDelete("practice", cadenceLabel(s.tr, ci)) },
	})

	platforms := append(slices.Clone(planner.Platforms), planner.PlatformOther)
	v.platform = choiceField(platforms, func(pl planner.Platform) string { return pl.In(s.tr) }, func() planner.Platform { return c.Platform }, func(p planner.Platform) { c.Platform = p }, save)
	v.platform.PlaceHolder = t("ph.platform")
	v.platformWhy = textArea(s, "charter.platformWhy", func() string { return c.PlatformWhy }, func(t string) { c.PlatformWhy = t }, save)
	v.platformWhy.PlaceHolder = t("ph.platform_why")
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
		newItem: func() planner.Tool { return planner.Tool{Name: t("new.tool")} },
		form: func(tl *planner.Tool, save func() error) fyne.CanvasObject {
			return form(
				field(t("field.tool"), textField(s, fmt.Sprintf("tool.%d.name", tl.ID), func() string { return tl.Name }, func(x string) { tl.Name = x }, save)),
				field(t("field.tool_use"), textField(s, fmt.Sprintf("tool.%d.purpose", tl.ID), func() string { return tl.Purpose }, func(x string) { tl.Purpose = x }, save)),
			)
		},
		save: func(t *planner.Tool) error { return s.put(t) },
		what: "tool",
		confirmText: func(tl *planner.Tool) string {
			return v.confirmDelete("tool", joinNonBlank(" — ", tl.Name, tl.Purpose))
		},
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
		kind:        planner.ItemRisk,
		items:       func() *[]planner.Risk { return &c.Risks },
		id:          func(r *planner.Risk) int64 { return r.ID },
		label:       func(r *planner.Risk) string { return riskLabel(s.tr, r) },
		newItem:     func() planner.Risk { return planner.Risk{Risk: t("new.risk"), Likelihood: "medium", Impact: "medium"} },
		form:        v.riskForm,
		save:        func(r *planner.Risk) error { return s.put(r) },
		what:        "risk",
		confirmText: func(r *planner.Risk) string { return v.confirmDelete("risk", riskLabel(s.tr, r)) },
	})
	v.assumptions = textArea(s, "charter.assumptions", func() string { return c.Assumptions }, func(t string) { c.Assumptions = t }, save)

	v.revision = newRevisionBox(v)
	v.versions = newListEditor(s, w, listSpec[planner.CharterVersion]{
		kind:  planner.ItemVersion,
		items: func() *[]planner.CharterVersion { return &c.Versions },
		id:    func(cv *planner.CharterVersion) int64 { return cv.ID },
		label: v.versionLabel,
		newItem: func() planner.CharterVersion {
			return planner.CharterVersion{Version: fmt.Sprintf("%d.0", len(c.Versions)+1), On: s.today(), Author: s.plan.PreparedBy}
		},
		form:        v.versionForm,
		save:        func(cv *planner.CharterVersion) error { return s.put(cv) },
		ordered:     true,
		what:        "version",
		confirmText: func(cv *planner.CharterVersion) string { return v.confirmDelete("version", v.versionLabel(cv)) },
	})
	v.reviewOn = dateField(s, "charter.reviewOn", w, func() planner.Date { return c.ReviewOn }, func(d planner.Date) { c.ReviewOn = d }, save)
	v.signOffs = newListEditor(s, w, listSpec[planner.SignOff]{
		kind:  planner.ItemSignOff,
		items: func() *[]planner.SignOff { return &c.SignOffs },
		id:    func(so *planner.SignOff) int64 { return so.ID },
		label: v.signOffLabel,
		newItem: func() planner.SignOff {
			so := planner.NewSignOff(s.plan)
			so.Name = t("new.signatory")
			return so
		},
		form:        v.signOffForm,
		save:        func(so *planner.SignOff) error { return s.put(so) },
		ordered:     true,
		what:        "sign-off",
		confirmText: func(so *planner.SignOff) string { return v.confirmDelete("signoff", v.signOffLabel(so)) },
	})

	v.pageTabs = newStepTabs(s.flush,
		tab(t("tab.purpose"), scrollPage(
			section(t("sec.name_purpose"), form(
				field(t("field.name"), v.name),
				widget.NewFormItem(t("field.purpose"), v.purposeRow),
				field("", container.NewHBox(v.useDomain)),
			)),
			section(t("sec.goals"), v.goals),
			section(t("sec.scope"), form(field(t("field.scope_in"), v.scopeIn), field(t("field.scope_out"), v.scopeOut))),
			section(t("sec.membership"), form(
				field(t("field.who_may_join"), v.whoMayJoin),
				field(t("field.join_mode"), v.joinMode),
				field(t("field.mix"), v.mixNote),
			)),
		), v.refreshGoals),
		tab(t("tab.roles"), scrollPage(
			section(t("sec.roles"), wrapLabel(t("roles.intro")), v.roles.object()),
			section(t("sec.rotation", "n", s.tr.Int(planner.DefaultRotationPeriods)),
				form(fieldHint(t("field.rotation_on"), v.rotationOn.object(), t("hint.rotation_on"))), v.rotation),
		), v.refreshRotation, v.roles),
		tab(t("tab.norms"), scrollPage(
			section(t("sec.norms"), v.norms.object()),
			section(t("sec.conflicts_decisions"), form(field(t("field.conflicts"), v.conflicts), field(t("field.decisions"), v.decisions))),
			section(t("sec.norms_review"), form(fieldHint(t("field.review_on"), v.reviewOn.object(), t("hint.review_on")))),
		), nil, v.norms),
		tab(t("tab.cadence"), scrollPage(
			section(t("sec.practices"), wrapLabel(t("practices.intro")), v.cadence.object()),
			section(t("sec.suggested"), v.cadenceSug.object()),
			section(t("sec.time_zone"), form(fieldHint(t("field.time_zone"), v.timeZone, t("hint.time_zone")))),
		), v.cadenceSug.refresh, v.cadence),
		tab(t("tab.platform"), scrollPage(
			section(t("sec.platform"), form(field(t("field.platform"), v.platform), field(t("field.rationale"), v.platformWhy))),
			section(t("sec.needs"), wrapLabel(t("needs.intro")), v.needs.object()),
			section(t("sec.recommendation"), v.recommend),
			section(t("sec.tools"), v.tools.object()),
		), func() { v.needs.refresh(); v.refreshRecommendation() }, v.tools),
		tab(t("tab.measures"), scrollPage(
			section(t("sec.measures"), form(
				fieldHint(t("field.weekly_active"), v.targetWeekly, t("hint.default", "n", s.tr.Int(30))),
				fieldHint(t("field.poll_response"), v.targetPoll, t("hint.poll_response")),
				fieldHint(t("field.skill_gain"), v.targetSkill, t("hint.skill_gain")),
			), v.measureGoals),
			section(t("sec.growth"), form(
				fieldHint(t("field.member_led"), v.memberLedAt, t("hint.default", "n", s.tr.Int(50))),
				fieldHint(t("field.subgroups"), v.subgroupsOver, t("hint.default", "n", s.tr.Int(50))),
			)),
		), v.refreshMeasureGoals),
		tab(t("tab.risks"), scrollPage(
			section(t("sec.risks"), v.risks.object()),
			section(t("sec.assumptions"), v.assumptions),
		), nil, v.risks),
		tab(t("tab.history"), scrollPage(
			section(t("sec.versions"), v.revision.object(), v.versions.object()),
			section(t("sec.signoff"), v.signOffs.object()),
		), v.revision.refresh, v.versions, v.signOffs),
	)
	v.tabs = v.pageTabs.tabs
	v.obj = container.NewBorder(stepHeader(planner.StepCharter, v.hints), nil, nil, nil, v.tabs)
	v.reload()
	return v
}

func (v *charterStep) content() fyne.CanvasObject { return v.obj }

// t is the text of the charter step's key ("tab.roles" for "ui.charter.tab.roles") in the
// app's language.
func (v *charterStep) t(key string, args ...any) string {
	return v.s.tr.T("ui.charter."+key, args...)
}

// confirmDelete asks before an item of kind (role, norm, practice, tool, risk, version,
// signoff) is deleted, naming it as its list shows it.
func (v *charterStep) confirmDelete(kind, name string) string {
	if strings.TrimSpace(name) == "" {
		name = v.t("untitled")
	}
	return v.t("delete."+kind, "name", name)
}

// versionLabel is a version's line in the history: number, date, author and kind.
func (v *charterStep) versionLabel(cv *planner.CharterVersion) string {
	return joinNonBlank("  ", cv.Version, dateText(v.s.tr, cv.On), cv.Author, versionKind(v.s.tr, cv))
}

// signOffLabel is a signature's line in the list: name, role and date.
func (v *charterStep) signOffLabel(so *planner.SignOff) string {
	return joinNonBlank(", ", so.Name, so.Role, dateText(v.s.tr, so.On))
}

// dateText writes a date of the plan in full in tr's language ("7. Dezember 2026"); "" when
// it is not set.
func dateText(tr *i18n.Printer, d planner.Date) string {
	if d.IsZero() {
		return ""
	}
	return tr.Date(d.Year, d.Month, d.Day)
}

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
	v.purposeRow.setHint(purposeHint(v.s.tr, p.Charter.Purpose, p.Domain))
	v.goals.SetText(goalLines(v.s.tr, p))
}

// refreshMeasureGoals shows the goals of step 1 under the success measures.
func (v *charterStep) refreshMeasureGoals() {
	v.measureGoals.SetText(v.t("goals.measured") + "\n" + goalLines(v.s.tr, v.s.plan))
}

func (v *charterStep) onUseDomain() {
	if strings.TrimSpace(v.s.plan.Domain) == "" {
		showError(v.w, errors.New(v.t("no_domain")))
		return
	}
	v.purpose.SetText(v.s.plan.Domain)
}

// purposeHint says under the purpose where its text came from: the domain statement while
// it is the domain statement, nothing once the user wrote their own.
func purposeHint(tr *i18n.Printer, purpose, domain string) string {
	switch p := strings.TrimSpace(purpose); {
	case p == "" && strings.TrimSpace(domain) != "":
		return tr.T("ui.charter.purpose.empty")
	case p != "" && p == strings.TrimSpace(domain):
		return tr.T("ui.charter.purpose.prefilled")
	}
	return ""
}

// goalLines lists the plan's goals as sentences, one a line.
func goalLines(tr *i18n.Printer, p *planner.Plan) string {
	if len(p.Goals) == 0 {
		return tr.T("ui.charter.goals.none")
	}
	var b strings.Builder
	for i, g := range p.Goals {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "• %s", goalSentence(tr, g))
	}
	return b.String()
}

// goalSentence words a goal as planner.Goal.Sentence does, in tr's language: "Grow
// engagement: 2 % → 4 % by 30 June 2027". The title is the organizer's own.
func goalSentence(tr *i18n.Printer, g planner.Goal) string {
	title := strings.TrimSpace(g.Title)
	if title == "" {
		title = strings.TrimSpace(g.Metric)
	}
	if title == "" {
		title = tr.T("goal.untitled")
	}
	nums := g.MeasureIn(tr)
	if nums == "" {
		return title
	}
	return tr.T("ui.charter.goals.line", "goal", title, "measure", nums)
}

// refreshRecommendation ranks the platforms for the plan's needs, with a Use button each.
func (v *charterStep) refreshRecommendation() {
	tr := v.s.tr
	advice := planner.AdvisePlatform(v.s.plan)
	v.recommend.RemoveAll()
	v.use = map[planner.Platform]*widget.Button{}
	for i, sc := range advice.Scores {
		sc := sc
		title := v.t("rec.title", "rank", tr.Int(i+1), "platform", sc.Platform.In(tr), "score", tr.Int(sc.Score))
		if sc.Platform == v.s.plan.Charter.Platform {
			title = v.t("rec.chosen", "title", title)
		}
		btn := widget.NewButton(v.t("rec.use"), func() { v.usePlatform(sc) })
		v.use[sc.Platform] = btn
		head := container.NewBorder(nil, nil, nil, btn, widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		v.recommend.Add(head)
		v.recommend.Add(wrapLabel("• " + strings.Join(advice.ReasonsIn(tr, sc), "\n• ")))
	}
	v.recommend.Refresh()
}

// usePlatform chooses a recommended platform (planner.ChoosePlatform: an event platform that
// followed the charter's follows the new one) and, when the rationale is empty or was written
// by a previous Use (in any language), fills it with why: the score, the needs and the
// survey's evidence, in the app's language.
func (v *charterStep) usePlatform(sc planner.PlatformScore) {
	p := v.s.plan
	old := strings.TrimSpace(p.Charter.PlatformWhy)
	typed := old != "" && !planner.PlatformWhyGenerated(p)
	planner.ChoosePlatformIn(p, sc.Platform, v.s.tr)
	if typed {
		p.Charter.PlatformWhy = old
	}
	_ = v.s.saveEvent()
	v.platformWhy.SetText(p.Charter.PlatformWhy)
	v.platform.SetSelected(sc.Platform.In(v.s.tr))
}
