package planner

import (
	"strings"
	"testing"
)

func TestPlatformLabel(t *testing.T) {
	for p, want := range map[Platform]string{Discord: "Discord", LinkedInGroups: "LinkedIn Groups", MightyNetworks: "Mighty Networks", PlatformNone: "Not chosen", PlatformOther: "Other", "matrix": "matrix"} {
		if got := p.Label(); got != want {
			t.Errorf("%q.Label() = %q, want %q", p, got, want)
		}
	}
}

func TestRecommendPlatforms(t *testing.T) {
	tests := []struct {
		name   string
		needs  PlatformNeeds
		first  Platform
		last   Platform // 0 = don't care
		reason []string // substrings some reason must contain
	}{
		{"casual voice", PlatformNeeds{Casual: true, Voice: true, Size: 40}, Discord, LinkedInGroups, []string{"Real-time voice: Discord has stage and voice channels"}},
		{"professional B2B", PlatformNeeds{Professional: true, Size: 200}, LinkedInGroups, Discord, []string{"Professional/B2B audience"}},
		{"courses and money", PlatformNeeds{Courses: true, Monetize: true}, MightyNetworks, LinkedInGroups, []string{"Monetization: paid memberships"}},
		{"internal", PlatformNeeds{Internal: true, Professional: true}, Slack, "", []string{"no new tool to approve"}},
		{"courses for professionals", PlatformNeeds{Courses: true, Professional: true}, Circle, "", nil},
		{"privacy pushes consumer platforms down", PlatformNeeds{Privacy: true, Casual: true, Voice: true}, "", "", []string{"Privacy required: Discord is a consumer platform"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RecommendPlatforms(tt.needs)
			if len(got) != 5 {
				t.Fatalf("%d platforms", len(got))
			}
			seen := map[Platform]bool{}
			var reasons []string
			for i, s := range got {
				seen[s.Platform] = true
				if len(s.Reasons) == 0 || s.Score < 0 || s.Score > 100 {
					t.Errorf("%s: score %d, reasons %q", s.Platform, s.Score, s.Reasons)
				}
				if i > 0 && s.Score > got[i-1].Score {
					t.Errorf("not sorted: %v", got)
				}
				reasons = append(reasons, s.Reasons...)
			}
			if len(seen) != 5 {
				t.Errorf("platforms %v", got)
			}
			if tt.first != "" && got[0].Platform != tt.first {
				t.Errorf("first %s (%v), want %s", got[0].Platform, got, tt.first)
			}
			if tt.last != "" && got[4].Platform != tt.last {
				t.Errorf("last %s (%v), want %s", got[4].Platform, got, tt.last)
			}
			for _, r := range tt.reason {
				if !anyContains(reasons, r) {
					t.Errorf("no reason contains %q", r)
				}
			}
		})
	}
}

func TestPrivacyLowersConsumerPlatforms(t *testing.T) {
	base := PlatformNeeds{Casual: true, Voice: true}
	priv := base
	priv.Privacy = true
	score := func(ss []PlatformScore, p Platform) int {
		for _, s := range ss {
			if s.Platform == p {
				return s.Score
			}
		}
		return -1
	}
	a, b := RecommendPlatforms(base), RecommendPlatforms(priv)
	for _, p := range []Platform{Discord, LinkedInGroups, Slack} {
		if score(b, p) >= score(a, p) {
			t.Errorf("%s: %d with privacy, %d without", p, score(b, p), score(a, p))
		}
	}
	if b[0].Platform == Discord || b[0].Platform == LinkedInGroups {
		t.Errorf("a consumer platform still leads under privacy: %v", b)
	}
}

func TestNeedsFromPlan(t *testing.T) {
	tests := []struct {
		name string
		p    *Plan
		want PlatformNeeds
	}{
		{"nil", nil, PlatformNeeds{}},
		{"empty", &Plan{}, PlatformNeeds{}},
		{"healthcare template", &Plan{Template: TemplateHealthcare}, PlatformNeeds{Privacy: true}},
		{"audience words", &Plan{Audience: "B2B SaaS founders who sell a paid course", Domain: "Onboarding"},
			PlatformNeeds{Professional: true, Courses: true, Monetize: true}},
		{"accents and case", &Plan{Audience: "Créateurs YouTube", Domain: "Santé: PATIENT stories"}, PlatformNeeds{Casual: true, Privacy: true}},
		{"voice event and size", &Plan{Event: Event{Format: FormatVoice}, Candidates: candidates(Accepted, Declined, Prospect),
			Reviews: []Review{{Date: d("2026-01-01"), MembersTotal: 80}, {Date: d("2025-12-01"), MembersTotal: 900}}},
			PlatformNeeds{Voice: true, Size: 80}},
		{"candidates outnumber reviews", &Plan{Template: TemplateCreators, Candidates: candidates(Accepted, Joined, Declined)}, PlatformNeeds{Casual: true, Size: 2}},
		{"internal template", &Plan{Template: TemplateInternal}, PlatformNeeds{Professional: true, Internal: true}},
		{"internal words", &Plan{Audience: "Employees in finance ops"}, PlatformNeeds{Professional: true, Internal: true}},
		{"no false word match", &Plan{Audience: "fantasy writers", Domain: "recalling plots"}, PlatformNeeds{}},
		{"no stem match", &Plan{Audience: "fancy cooks who called in", Domain: "healthy classic recipes"}, PlatformNeeds{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			equal(t, "needs", NeedsFromPlan(tt.p), tt.want)
		})
	}
}

func TestRecommendFromTemplates(t *testing.T) {
	// Each template's own platform choice should be near the top of the ranking it implies.
	for _, tpl := range Templates() {
		p, err := NewPlan(tpl.Key, "x", testNow)
		if err != nil {
			t.Fatal(err)
		}
		got := RecommendPlatforms(NeedsFromPlan(p))
		if p.Charter.Platform == PlatformOther {
			if !strings.Contains(p.Charter.PlatformWhy, "privacy") {
				t.Errorf("%s: other platform without a privacy rationale", tpl.Key)
			}
			continue
		}
		if got[0].Platform != p.Charter.Platform && got[1].Platform != p.Charter.Platform {
			t.Errorf("%s: template picks %s, ranking %v", tpl.Key, p.Charter.Platform, got)
		}
	}
}
