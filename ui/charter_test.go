package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// corePlan is a plan with a small core group for the charter and event tests.
func corePlan() *planner.Plan {
	return &planner.Plan{
		Name:   "Test plan",
		Status: planner.StatusPlanning,
		Domain: "Creators who want to master the algorithm",
		Candidates: []planner.Candidate{
			{ID: 1, Name: "Zoë Ångström", Status: planner.Accepted},
			{ID: 2, Name: "Дмитрий", Status: planner.Joined},
			{ID: 3, Name: "Pat", Status: planner.Declined},
		},
	}
}

// candidateID finds a candidate's ID by name after the store remapped the IDs.
func candidateID(t *testing.T, p *planner.Plan, name string) int64 {
	t.Helper()
	for _, c := range p.Candidates {
		if c.Name == name {
			return c.ID
		}
	}
	t.Fatalf("no candidate %q", name)
	return 0
}

func showStep(t *testing.T, v page) fyne.Window {
	t.Helper()
	w := test.NewTempWindow(t, v.content())
	w.Resize(fyne.NewSize(1280, 800))
	return w
}

func TestCharterStepSavesEverySection(t *testing.T) {
	p := corePlan()
	p.Domain = "" // the purpose is typed, not pre-filled
	s, st := newTestSessionWith(t, p)
	v := openStep[*charterStep](t, s, planner.StepCharter)

	if stepComplete(s.plan, planner.StepCharter) || len(v.hints.lines) == 0 {
		t.Fatalf("a blank charter should not be complete; hints %v", v.hints.lines)
	}
	zoe, dima, pat := candidateID(t, s.plan, "Zoë Ångström"), candidateID(t, s.plan, "Дмитрий"), candidateID(t, s.plan, "Pat")

	test.Type(v.name, "Creator Circle")
	test.Type(v.purpose, "Help creators learn the algorithm together")

	test.Tap(v.roles.add)
	v.roleName.SetText("Facilitator")
	if _, ok := v.holders[pat]; ok {
		t.Error("a declined candidate should not be offered as a holder")
	}
	test.Tap(v.holders[dima]) // ticked first: first in rotation
	test.Tap(v.holders[zoe])
	if got := v.holderOrder.Text; got != "Rotation order: Дмитрий → Zoë Ångström" {
		t.Errorf("holder order %q", got)
	}
	// Move Zoë to the front of the rotation, then back.
	if !v.holderEarlier.Disabled() || !v.holderLater.Disabled() {
		t.Error("move buttons enabled with no holder chosen")
	}
	v.holderMove.SetSelected("2. Zoë Ångström")
	if v.holderEarlier.Disabled() || !v.holderLater.Disabled() {
		t.Error("the last holder should move earlier only")
	}
	test.Tap(v.holderEarlier)
	if got := v.holderOrder.Text; got != "Rotation order: Zoë Ångström → Дмитрий" {
		t.Errorf("after Earlier: %q", got)
	}
	if got := reload(t, s, st).Charter.Roles[0].HolderIDs; !slices.Equal(got, []int64{zoe, dima}) {
		t.Errorf("stored rotation %v, want %d then %d", got, zoe, dima)
	}
	if v.holderMove.Selected != "1. Zoë Ångström" || !v.holderEarlier.Disabled() {
		t.Errorf("the moved holder is not still chosen: %q", v.holderMove.Selected)
	}
	test.Tap(v.holderLater)
	if got := v.holderOrder.Text; got != "Rotation order: Дмитрий → Zoë Ångström" {
		t.Errorf("after Later: %q", got)
	}

	for _, text := range []string{"Share one thing weekly", "Give feedback kindly"} {
		test.Tap(v.norms.add)
		v.normText.SetText(text)
	}
	test.Tap(v.cadence.add)
	v.practice.SetText("Weekly share thread")

	advice := planner.AdvisePlatform(s.plan)
	best := advice.Scores[0]
	v.tabs.SelectIndex(4) // Platform & tools: its recommendation is read when it is shown
	test.Tap(v.use[best.Platform])

	got := reload(t, s, st)
	c := got.Charter
	if c.Name != "Creator Circle" || c.Purpose != "Help creators learn the algorithm together" {
		t.Errorf("name %q, purpose %q", c.Name, c.Purpose)
	}
	if len(c.Roles) != 1 || c.Roles[0].Name != "Facilitator" || !slices.Equal(c.Roles[0].HolderIDs, []int64{dima, zoe}) {
		t.Errorf("roles %+v, want Facilitator held by %d then %d", c.Roles, dima, zoe)
	}
	var norms []string
	for _, n := range c.Norms {
		norms = append(norms, n.Text)
	}
	if !slices.Equal(norms, []string{"Share one thing weekly", "Give feedback kindly"}) {
		t.Errorf("norms %q", norms)
	}
	if len(c.Cadence) != 1 || c.Cadence[0].Practice != "Weekly share thread" || c.Cadence[0].Frequency != planner.Weekly {
		t.Errorf("cadence %+v", c.Cadence)
	}
	if c.Platform != best.Platform || c.PlatformWhy != advice.Why(best.Platform) {
		t.Errorf("platform %q why %q, want %q with its reasons", c.Platform, c.PlatformWhy, best.Platform)
	}
	if !stepComplete(got, planner.StepCharter) {
		t.Errorf("charter should be complete now; missing %v", stepMissing(got, planner.StepCharter))
	}
	if len(v.hints.lines) != 0 {
		t.Errorf("hints still shown: %v", v.hints.lines)
	}
}

func TestCharterStepScalarsAndRotation(t *testing.T) {
	s, st := newTestSessionWith(t, corePlan())
	v := openStep[*charterStep](t, s, planner.StepCharter)

	if v.purpose.Text != "Creators who want to master the algorithm" {
		t.Errorf("purpose not pre-filled from the domain: %q", v.purpose.Text)
	}
	tests := []struct {
		entry *widget.Entry
		text  string
	}{
		{&v.scopeIn.Entry, "Hooks, retention"},
		{&v.scopeOut.Entry, "Paid ads"},
		{&v.whoMayJoin.Entry, "Creators with 1k+ followers"},
		{&v.mixNote.Entry, "Half newcomers"},
		{&v.conflicts.Entry, "Private chat first"},
		{&v.decisions.Entry, "Vote in the monthly call"},
		{&v.timeZone.Entry, "Europe/Berlin"},
		{&v.targetWeekly.Entry, "35"},
		{&v.memberLedAt.Entry, "60"},
		{&v.assumptions.Entry, "Members have 2 h a week"},
		{&v.rotationOn.entry.Entry, "2026-03-02"},
		{&v.reviewOn.entry.Entry, "2027-03-01"},
	}
	for _, tt := range tests {
		tt.entry.SetText(tt.text)
	}
	v.timeZone.FocusLost()             // the zone typed is applied as the person leaves the field
	v.timeZone.SetText("Mars/Olympus") // invalid: shown, not saved
	v.joinMode.SetSelected(planner.JoinInvite.Label())

	test.Tap(v.roles.add)
	v.roleName.SetText("Moderator")
	test.Tap(v.holders[candidateID(t, s.plan, "Zoë Ångström")])
	test.Tap(v.holders[candidateID(t, s.plan, "Дмитрий")])
	s.plan.Charter.Roles[0].RotationWeeks = 2
	_ = s.put(&s.plan.Charter.Roles[0])
	v.tabs.SelectIndex(1) // Roles: its rotation table is read when it is shown
	v.refresh()

	got := reload(t, s, st).Charter
	want := planner.Charter{ScopeIn: "Hooks, retention", ScopeOut: "Paid ads", WhoMayJoin: "Creators with 1k+ followers",
		MixNote: "Half newcomers", Conflicts: "Private chat first", Decisions: "Vote in the monthly call", TimeZone: "Europe/Berlin",
		TargetWeeklyActive: 35, MemberLedAt: 60, Assumptions: "Members have 2 h a week", JoinMode: planner.JoinInvite,
		RotationOn: planner.MustDate("2026-03-02"), ReviewOn: planner.MustDate("2027-03-01"), Purpose: "Creators who want to master the algorithm"}
	check := []struct{ name, got, want string }{
		{"scope in", got.ScopeIn, want.ScopeIn}, {"scope out", got.ScopeOut, want.ScopeOut},
		{"who may join", got.WhoMayJoin, want.WhoMayJoin}, {"mix", got.MixNote, want.MixNote},
		{"conflicts", got.Conflicts, want.Conflicts}, {"decisions", got.Decisions, want.Decisions},
		{"time zone", got.TimeZone, want.TimeZone}, {"assumptions", got.Assumptions, want.Assumptions},
		{"join mode", string(got.JoinMode), string(want.JoinMode)}, {"purpose", got.Purpose, want.Purpose},
		{"rotation on", got.RotationOn.String(), want.RotationOn.String()}, {"review on", got.ReviewOn.String(), want.ReviewOn.String()},
	}
	for _, c := range check {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if got.TargetWeeklyActive != 35 || got.MemberLedAt != 60 {
		t.Errorf("target %v, member-led at %v", got.TargetWeeklyActive, got.MemberLedAt)
	}

	// The rotation table: 6 periods of 2 weeks, alternating holders, from the start date.
	rows := v.rotationRows
	if len(rows) != 6 {
		t.Fatalf("rotation table has %d rows, want 6 periods", len(rows))
	}
	if !slices.Equal(rows[0], []string{"Moderator", "1", "2 March 2026 – 15 March 2026", "Zoë Ångström"}) {
		t.Errorf("first row %q", rows[0])
	}
	if rows[1][3] != "Дмитрий" || rows[2][3] != "Zoë Ångström" {
		t.Errorf("holders of periods 2 and 3: %q, %q; want them alternating", rows[1][3], rows[2][3])
	}
	if len(v.rotationWarnings) != 0 {
		t.Errorf("warnings for a role with two holders: %q", v.rotationWarnings)
	}
	// With one holder left, the role cannot rotate: the page says so instead of listing
	// one person for every period silently.
	test.Tap(v.holders[candidateID(t, s.plan, "Дмитрий")])
	v.refresh()
	if len(v.rotationWarnings) != 1 || !strings.Contains(v.rotationWarnings[0], "“Moderator” rotates every 2 weeks but has one holder, Zoë Ångström") {
		t.Errorf("warnings with one holder: %q", v.rotationWarnings)
	}
}

func TestCharterUseDomainStatement(t *testing.T) {
	s, _ := newTestSessionWith(t, corePlan())
	v := openStep[*charterStep](t, s, planner.StepCharter)
	v.purpose.SetText("something else")
	test.Tap(v.useDomain)
	if s.plan.Charter.Purpose != s.plan.Domain {
		t.Errorf("purpose %q, want the domain statement", s.plan.Charter.Purpose)
	}
}

func TestCheckListVirtualizesLargeSets(t *testing.T) {
	test.NewTempApp(t)
	ids := make([]int64, plainChecksMax+40)
	for i := range ids {
		ids[i] = int64(100 + i)
	}
	on := map[int64]bool{105: true}
	var calls []int64
	cl := newCheckList(ids, func(id int64) string { return fmt.Sprint("person ", id) },
		func(id int64) bool { return on[id] }, func(id int64, v bool) { calls = append(calls, id); on[id] = v })
	if cl.list == nil || len(cl.checks) != 0 {
		t.Fatalf("a set of %d should be a virtualized list", len(ids))
	}
	row := cl.list.CreateItem().(*widget.Check)
	cl.list.UpdateItem(5, row)
	if !row.Checked || row.Text != "person 105" {
		t.Errorf("row 5: %q checked=%v", row.Text, row.Checked)
	}
	cl.list.UpdateItem(6, row) // recycled: must not untick 105
	test.Tap(row)
	if !slices.Equal(calls, []int64{106}) || !on[105] || !on[106] {
		t.Errorf("calls %v, state %v", calls, on)
	}

	small := newCheckList(ids[:3], func(id int64) string { return "x" }, func(int64) bool { return false }, func(int64, bool) {})
	if small.list != nil || len(small.checks) != 3 {
		t.Error("a small set should be plain checks")
	}
}

// TestLargePlanPagesStayVirtual builds steps 3–5 of the large plan and checks that no page
// makes one widget per candidate (holders, attendees): those lists are virtualized. How fast
// the pages show is measured by the benchmarks, not asserted here.
func TestLargePlanPagesStayVirtual(t *testing.T) {
	s, _ := newTestSessionWith(t, plantest.Large(testNow))
	c := newCharterStep(s, nil).(*charterStep)
	c.roles.selectItem(0) // holders offered from thousands of candidates
	if n := len(c.holders); n > plainChecksMax {
		t.Errorf("the role form built %d holder checks for %d candidates", n, len(s.plan.Candidates))
	}
	ev := newEventStep(s, nil).(*eventStep)
	if n := len(ev.attended); n > plainChecksMax {
		t.Errorf("the event page built %d attendance checks", n)
	}
	r := newReviewsStep(s, nil).(*reviewsStep)
	r.reviews.selectItem(0)
	if r.reviews.list.Length() != len(s.plan.Reviews) {
		t.Errorf("reviews list shows %d of %d reviews", r.reviews.list.Length(), len(s.plan.Reviews))
	}
}

// A new plan has no charter version, and a sign-off added after 1.0 was issued signs 1.0.
func TestNewSignOffSignsTheLatestIssuedVersion(t *testing.T) {
	a, st := newTestApp(t)
	id, err := a.home.createPlan("Fresh plan", "")
	if err != nil {
		t.Fatal(err)
	}
	p, err := st.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Charter.Versions) != 0 {
		t.Fatalf("a new plan starts with versions %+v", p.Charter.Versions)
	}
	s, st2 := newTestSessionWith(t, corePlan())
	ch := openStep[*charterStep](t, s, planner.StepCharter)
	test.Tap(ch.revision.issue)
	ch.revision.dlg.Submit()
	test.Tap(ch.signOffs.add)
	if got := ch.revision.signed.Selected; got != "1.0" {
		t.Errorf("Signs version shows %q, want 1.0", got)
	}
	got := reload(t, s, st2).Charter
	if len(got.SignOffs) != 1 || got.SignOffs[0].VersionID == 0 || got.SignOffs[0].VersionID != planner.LastIssued(s.plan).ID {
		t.Errorf("stored sign-offs %+v", got.SignOffs)
	}
}

// TestCharterStepInGerman opens every tab of the charter step, with an item of each list
// open, in German: the texts the app writes are German, the page still fits beside the step
// list, and a choice made in German stores the plan's code, not the German word.
func TestCharterStepInGerman(t *testing.T) {
	s, st := newTestSessionWith(t, plantest.Demo(testNow))
	de := i18n.New(i18n.German)
	s.tr = de
	v := openStep[*charterStep](t, s, planner.StepCharter)

	want := []string{"Zweck & Umfang", "Rollen", "Regeln & Beschlüsse", "Rhythmus", "Plattform & Tools",
		"Erfolg & Wachstum", "Risiken", "Verlauf & Freigabe"}
	var tabs []string
	for _, it := range v.tabs.Items {
		tabs = append(tabs, it.Text)
	}
	if !slices.Equal(tabs, want) {
		t.Errorf("tabs %q, want %q", tabs, want)
	}
	for _, l := range []interface{ selectItem(int) }{v.roles, v.norms, v.cadence, v.tools, v.risks, v.versions, v.signOffs} {
		l.selectItem(0)
	}
	for i, it := range v.tabs.Items {
		v.tabs.SelectIndex(i) // only the tab shown is in the tree and up to date
		if w := contentWidth(it.Content); w > pageWidth {
			t.Errorf("tab %q needs %v px in German, more than %v", it.Text, w, pageWidth)
		}
	}
	if w := v.tabs.MinSize().Width; w > pageWidth {
		t.Errorf("the German tab row needs %v px, more than %v", w, pageWidth)
	}

	// Texts of the forms, lists and derived parts.
	if got := v.holderOrder.Text; !strings.HasPrefix(got, "Wechselreihenfolge: ") && got != "Noch kein Inhaber." {
		t.Errorf("holder order %q is not German", got)
	}
	if v.holderEarlier.Text != "" || v.holderLater.Text != "" || v.holderEarlier.Icon == nil || v.holderLater.Icon == nil {
		t.Errorf("move buttons %q, %q: want their arrows alone", v.holderEarlier.Text, v.holderLater.Text)
	}
	if got := v.revision.issue.Text; got != "Version ausgeben …" {
		t.Errorf("issue button %q", got)
	}
	if got := v.revision.changed.Text; !strings.Contains(got, "Version") || strings.Contains(got, "since") || strings.Contains(got, "issued") {
		t.Errorf("change note %q is not German", got)
	}
	if got := v.measureGoals.Text; !strings.HasPrefix(got, "Bei jeder Überprüfung gemessene Ziele:") {
		t.Errorf("measured goals %q", got)
	}
	for p, b := range v.use {
		if b.Text != "Übernehmen" {
			t.Errorf("the Use button of %s reads %q", p, b.Text)
		}
	}
	if got := riskLabel(de, &s.plan.Charter.Risks[0]); !strings.Contains(got, "Wahrscheinlichkeit") {
		t.Errorf("risk line %q", got)
	}
	ci := planner.CadenceItem{Practice: "Live-Session", Frequency: planner.Monthly, Weekday: time.Thursday, Week: 1, Time: "18:00"}
	if got := cadenceLabel(de, &ci); got != "Live-Session — Monatlich, 1. Donnerstag 18:00" {
		t.Errorf("practice line %q", got)
	}
	if got := v.versionLabel(&s.plan.Charter.Versions[0]); strings.Contains(got, "issued") || strings.Contains(got, "typed") {
		t.Errorf("version line %q is not German", got)
	}

	taken := s.plan.Charter.Versions[0].Version
	if err := v.revision.issueNow(taken, "", ""); err == nil || err.Error() != "Version "+taken+" wurde bereits ausgegeben." {
		t.Errorf("issuing a taken number: %v", err)
	}

	// A choice made in German keeps the plan's code.
	v.tabs.SelectIndex(6)
	v.risks.selectItem(0)
	if !slices.Equal(v.likelihood.Options, []string{"Niedrig", "Mittel", "Hoch"}) {
		t.Errorf("likelihood options %q", v.likelihood.Options)
	}
	v.likelihood.SetSelected("Hoch")
	v.joinMode.SetSelected(planner.JoinApplication.In(de))
	test.Tap(v.risks.add)
	got := reload(t, s, st).Charter
	if got.Risks[0].Likelihood != "high" || got.JoinMode != planner.JoinApplication {
		t.Errorf("stored likelihood %q, join mode %q; want the codes high and application", got.Risks[0].Likelihood, got.JoinMode)
	}
	if n := len(got.Risks); got.Risks[n-1].Risk != "Neues Risiko" || got.Risks[n-1].Likelihood != "medium" {
		t.Errorf("a risk added in German: %+v", got.Risks[n-1])
	}

	// The rotation table and its warnings.
	r := &s.plan.Charter.Roles[0]
	r.RotationWeeks, r.HolderIDs = 2, r.HolderIDs[:min(1, len(r.HolderIDs))]
	v.tabs.SelectIndex(1)
	v.refresh()
	if len(v.rotationWarnings) != 1 || !strings.Contains(v.rotationWarnings[0], "wechselt alle 2 Wochen") {
		t.Errorf("rotation warnings %q", v.rotationWarnings)
	}
	for _, row := range v.rotationRows {
		if !strings.Contains(row[2], ". ") || strings.Contains(row[2], "-") { // "29. Oktober 2025 – 11. November 2025"
			t.Errorf("rotation dates %q are not written in full", row[2])
		}
	}
}

// TestCharterStepFitsInEveryLanguage opens every tab of the charter step, with an item of
// each list open, in each language: no translated label or button widens the page beyond
// what the window gives it beside the step list, and at 1366×768 the eight tab names show
// without scrolling the tab row.
func TestCharterStepFitsInEveryLanguage(t *testing.T) {
	for _, lang := range i18n.Langs {
		t.Run(string(lang), func(t *testing.T) {
			s, _ := newTestSessionWith(t, plantest.Demo(testNow))
			s.tr = i18n.New(lang)
			z := wizardAt(t, s, fyne.NewSize(1366, 768), planner.StepCharter)
			v := z.page(planner.StepCharter).(*charterStep)
			if row, shown := v.tabs.bar.Objects[0].MinSize().Width, v.tabs.Size().Width; row > shown {
				t.Errorf("the tab names need %v px, the window shows %v", row, shown)
			}
			for _, l := range []interface{ selectItem(int) }{v.roles, v.norms, v.cadence, v.tools, v.risks, v.versions, v.signOffs} {
				l.selectItem(0)
			}
			for i, it := range v.tabs.Items {
				v.tabs.SelectIndex(i)
				if w := contentWidth(it.Content); w > pageWidth {
					t.Errorf("tab %q needs %v px, more than %v", it.Text, w, pageWidth)
				}
			}
			if w := v.tabs.MinSize().Width; w > pageWidth {
				t.Errorf("the tab row needs %v px, more than %v", w, pageWidth)
			}
		})
	}
}
