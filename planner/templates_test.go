package planner

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestNewPlanTemplates(t *testing.T) {
	keys := []string{TemplateBlank}
	for _, tpl := range Templates() {
		if tpl.Key == "" || tpl.Name == "" || tpl.Description == "" {
			t.Errorf("template %+v", tpl)
		}
		keys = append(keys, tpl.Key)
	}
	if len(keys) < 6 {
		t.Fatalf("%d templates", len(keys)-1)
	}
	for _, key := range keys {
		t.Run("template "+key, func(t *testing.T) {
			p, err := NewPlan(key, "  Zoë’s CoP ", testNow)
			if err != nil {
				t.Fatal(err)
			}
			if err := CheckReferences(p); err != nil {
				t.Errorf("references: %v", err)
			}
			if p.Name != "Zoë’s CoP" || p.Template != key || p.Status != StatusPlanning || !p.Created.Equal(testNow) || !p.Updated.Equal(testNow) {
				t.Errorf("meta: %q %q %q %v", p.Name, p.Template, p.Status, p.Created)
			}
			checkIDs(t, p)
			for _, r := range []QuestionRole{RolePain, RoleSkill, RolePlatform, RoleCadence} {
				if _, ok := p.Survey.QuestionByRole(r); !ok {
					t.Errorf("no %s question", r)
				}
			}
			if q, _ := p.Survey.QuestionByRole(RoleSkill); q.Kind != KindScale {
				t.Errorf("skill question is %s", q.Kind)
			}
			if p.Survey.TargetMin != 10 || p.Survey.TargetMax != 20 {
				t.Errorf("survey target %d–%d", p.Survey.TargetMin, p.Survey.TargetMax)
			}
			c := p.Charter
			if c.TargetWeeklyActive != 30 || c.TargetPollResponse != 40 || c.TargetSkillGain != DefaultTargetSkillGain || c.MemberLedAt != 50 || c.SubgroupsOver != 50 {
				t.Errorf("targets %+v", PlanTargets(p))
			}
			var roles, norms []string
			for _, r := range c.Roles {
				roles = append(roles, r.Name)
			}
			for _, n := range c.Norms {
				norms = append(norms, n.Text)
			}
			if !reflect.DeepEqual(roles[:3], []string{"Facilitator", "Sharer", "Moderator"}) || !reflect.DeepEqual(norms[:3], DefaultNormsIn(english)) {
				t.Errorf("roles %q norms %q", roles, norms)
			}
			if !strings.Contains(c.Conflicts, "private conversation first") || !strings.Contains(c.Conflicts, "group vote") || c.Decisions == "" {
				t.Errorf("conflicts %q", c.Conflicts)
			}
			freqs := []Frequency{}
			for _, ci := range c.Cadence {
				freqs = append(freqs, ci.Frequency)
			}
			equal(t, "cadence", freqs, []Frequency{Weekly, Monthly, Quarterly})
			var offs []int
			for _, it := range p.Event.Checklist {
				offs = append(offs, it.OffsetDays)
			}
			equal(t, "checklist", offs, []int{-14, -7, -1, -1, 0, 1, 1, 2})
			if _, total, over := AgendaTimes(p.Event); total != p.Event.DurationMin || over != 0 {
				t.Errorf("agenda %d min for a %d min event", total, p.Event.DurationMin)
			}
			if len(p.Invites) == 0 {
				t.Error("no invites")
			}
			for _, inv := range p.Invites {
				for _, ph := range []string{"{name}", "{community}", "{domain}", "{event_date}"} {
					if !strings.Contains(inv.Text, ph) {
						t.Errorf("%s invite lacks %s", inv.Channel, ph)
					}
				}
			}
			if p.HealthWeights != DefaultHealthWeights() || p.ReviewEvery != Monthly || p.Stage != StagePotential {
				t.Errorf("step 5 defaults: %+v %s %s", p.HealthWeights, p.ReviewEvery, p.Stage)
			}
			// A new plan has no version: none was issued, and no note was typed.
			if c.ReviewOn != d("2027-03-04") || len(c.Versions) != 0 {
				t.Errorf("review on %s, %d versions", c.ReviewOn, len(c.Versions))
			}
			if key == TemplateBlank {
				if len(p.Goals) != 0 || len(p.Survey.Themes) != 0 || c.Platform != PlatformNone {
					t.Errorf("blank plan has template content")
				}
				return
			}
			if n := len(p.Goals); n < 2 || n > 3 {
				t.Errorf("%d goals", n)
			}
			for _, g := range p.Goals {
				if g.Sentence() == "" || g.Target == nil || g.Due.IsZero() || len(g.ThemeIDs) == 0 {
					t.Errorf("goal %+v", g)
				}
			}
			if len(p.Survey.Themes) < 3 || len(roles) < 4 || c.Platform == PlatformNone || c.PlatformWhy == "" || len(c.Tools) == 0 || len(c.Risks) == 0 {
				t.Errorf("template content: %d themes, roles %q, platform %q, %d tools, %d risks", len(p.Survey.Themes), roles, c.Platform, len(c.Tools), len(c.Risks))
			}
			if key == TemplateHealthcare && !strings.Contains(c.PlatformWhy, "privacy-compliant") {
				t.Errorf("healthcare platform: %s %q", c.Platform, c.PlatformWhy)
			}
		})
	}
}

// checkIDs fails unless every item of p has a distinct positive ID.
func checkIDs(t *testing.T, p *Plan) {
	t.Helper()
	seen := map[int64]bool{}
	check := func(kind string, id int64) {
		if id <= 0 || seen[id] {
			t.Errorf("%s ID %d not positive and distinct", kind, id)
		}
		seen[id] = true
	}
	for _, x := range p.Survey.Questions {
		check("question", x.ID)
	}
	for _, x := range p.Survey.Themes {
		check("theme", x.ID)
	}
	for _, x := range p.Goals {
		check("goal", x.ID)
	}
	for _, x := range p.Invites {
		check("invite", x.ID)
	}
	for _, x := range p.Charter.Roles {
		check("role", x.ID)
	}
	for _, x := range p.Charter.Norms {
		check("norm", x.ID)
	}
	for _, x := range p.Charter.Cadence {
		check("cadence", x.ID)
	}
	for _, x := range p.Charter.Tools {
		check("tool", x.ID)
	}
	for _, x := range p.Charter.Risks {
		check("risk", x.ID)
	}
	for _, x := range p.Charter.Versions {
		check("version", x.ID)
	}
	for _, x := range p.Event.Agenda {
		check("agenda", x.ID)
	}
	for _, x := range p.Event.Checklist {
		check("checklist", x.ID)
	}
}

func TestNewPlanErrorsAndIsolation(t *testing.T) {
	if _, err := NewPlan("no-such-template", "x", testNow); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "no-such-template") {
		t.Errorf("unknown template: %v", err)
	}
	p, err := NewPlan("", "   ", testNow)
	if err != nil || p.Name != "Untitled plan" {
		t.Fatalf("blank name: %v %v", p, err)
	}
	a, _ := NewPlan(TemplateCreators, "A", testNow)
	b, _ := NewPlan(TemplateCreators, "A", testNow)
	if !reflect.DeepEqual(a, b) {
		t.Error("NewPlan is not deterministic")
	}
	// Editing one plan must not leak into the template or the next plan.
	a.Survey.Themes[0].Keywords[0] = "changed"
	a.Survey.Questions[4].Options[0] = "changed"
	a.Charter.Roles[3].HolderIDs = append(a.Charter.Roles[3].HolderIDs, 1)
	c, _ := NewPlan(TemplateCreators, "A", testNow)
	if !reflect.DeepEqual(b, c) {
		t.Error("a plan shares slices with its template")
	}
}

func TestNewPlanProgress(t *testing.T) {
	p, _ := NewPlan(TemplateInternal, "x", testNow)
	done, cur := Progress(p)
	if done != 0 || cur != StepSurvey {
		t.Errorf("new plan progress %d %v", done, cur)
	}
	charter := Completion(p)[2]
	equal(t, "charter hints", Strings(charter.Missing), []string{"Write the charter's purpose", "Give at least one role a holder"})
	els := ThreeElements(p)
	if els[0].OK || els[1].OK || !els[2].OK {
		t.Errorf("elements of a new plan: %+v", els)
	}
}

func TestTemplatesOfferTheirAudiencesPlatforms(t *testing.T) {
	for _, key := range append([]string{TemplateBlank}, templateKeys()...) {
		p, err := NewPlan(key, "x", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatal(err)
		}
		q, ok := p.Survey.QuestionByRole(RolePlatform)
		if !ok || len(q.Options) < 3 || q.Options[len(q.Options)-1] != "Other" {
			t.Errorf("template %q: platform question %v, want options ending in Other", key, q.Options)
		}
	}
	p, _ := NewPlan(TemplateInternal, "x", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	q, _ := p.Survey.QuestionByRole(RolePlatform)
	for _, want := range []string{"Microsoft Teams", "Viva Engage (Yammer)"} {
		if !slices.Contains(q.Options, want) {
			t.Errorf("internal CoP: platform options %v lack %q", q.Options, want)
		}
	}
}

func templateKeys() []string {
	var out []string
	for _, t := range Templates() {
		out = append(out, t.Key)
	}
	return out
}
