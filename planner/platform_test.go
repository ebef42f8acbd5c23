package planner

import (
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
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

func platformSurvey(answers ...string) Survey {
	q := Question{ID: 9, Kind: KindSingle, Role: RolePlatform, Options: []string{"Discord", "Slack", "LinkedIn Groups", "Other"}}
	return Survey{Questions: []Question{q}, Responses: responses(9, text(answers...)...)}
}

func TestAdvisePlatformSurveyEvidence(t *testing.T) {
	p := &Plan{Survey: platformSurvey("Discord", "discord", "Slack", "Discord", "Teams", "Discord", "Discord", "Discord", "Slack", "LinkedIn", "Discord", "Slack")}
	a := AdvisePlatform(p)
	equal(t, "respondents", a.Respondents, 12)
	equal(t, "evidence", a.Evidence(), "7 of 12 respondents prefer Discord")
	equal(t, "guessed", a.Guessed, true)
	base := RecommendPlatforms(a.Needs)
	score := func(ss []PlatformScore, pl Platform) int {
		for _, s := range ss {
			if s.Platform == pl {
				return s.Score
			}
		}
		return -1
	}
	// 7/12 × 30 = 17.5 → 18 points.
	equal(t, "discord gain", score(a.Scores, Discord)-score(base, Discord), 18)
	equal(t, "circle unchanged", score(a.Scores, Circle), score(base, Circle))
	if a.Scores[0].Platform != Discord {
		t.Errorf("first %s, want Discord", a.Scores[0].Platform)
	}
	if !anyContains(a.Scores[0].Reasons, "Survey: 7 of 12 respondents prefer Discord") {
		t.Errorf("reasons %q", a.Scores[0].Reasons)
	}
	if why := a.Why(Discord); !strings.Contains(why, "7 of 12 respondents prefer Discord") || !strings.Contains(why, "guessed") {
		t.Errorf("why %q", why)
	}
}

func TestAdvisePlatformSmallSample(t *testing.T) {
	a := AdvisePlatform(&Plan{Survey: platformSurvey("Slack", "Slack")})
	if ev := a.Evidence(); !strings.HasPrefix(ev, "2 of 2 respondents prefer Slack") || !strings.Contains(ev, "too few") {
		t.Errorf("evidence %q", ev)
	}
	equal(t, "no survey", AdvisePlatform(&Plan{}).Evidence(), "")
	equal(t, "only other", AdvisePlatform(&Plan{Survey: platformSurvey("Teams")}).Evidence(), "")
}

func TestPlanNeedsStated(t *testing.T) {
	p := &Plan{Audience: "Healthcare nurses sharing patient cases", Candidates: candidates(Invited, Joined, Declined)}
	n, guessed := PlanNeeds(p)
	if !guessed || !n.Privacy || n.Size != 2 {
		t.Fatalf("guess %+v %v", n, guessed)
	}
	// The organizer states the needs: privacy off, voice on; size left at 0 is counted.
	p.Charter.Needs = PlatformNeeds{Voice: true}
	p.Charter.NeedsStated = true
	n, guessed = PlanNeeds(p)
	equal(t, "stated", n, PlatformNeeds{Voice: true, Size: 2})
	equal(t, "guessed", guessed, false)
	p.Charter.Needs.Size = 300
	n, _ = PlanNeeds(p)
	equal(t, "stated size", n.Size, 300)
	if AdvisePlatform(p).Scores[0].Platform != Discord {
		t.Errorf("voice without privacy should rank Discord first: %+v", AdvisePlatform(p).Scores[0])
	}
	equal(t, "describe", n.Describe(), "about 300 members and real-time voice sessions")
	equal(t, "describe none", PlatformNeeds{}.Describe(), "no particular needs")
}

func TestPlatformFromText(t *testing.T) {
	for in, want := range map[string]Platform{"Discord": Discord, " discord server ": Discord, "LinkedIn": LinkedInGroups, "Mighty Networks": MightyNetworks,
		"Teams": PlatformOther, "": PlatformNone, "Slack (huddles)": Slack, "WhatsApp group": PlatformOther} {
		if got := PlatformFromText(in); got != want {
			t.Errorf("PlatformFromText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestChoosePlatform(t *testing.T) {
	p := &Plan{Survey: platformSurvey("Slack", "Slack", "Discord"), Charter: Charter{Platform: Discord}, Event: Event{Platform: "Discord"}}
	ChoosePlatform(p, Slack)
	equal(t, "charter", p.Charter.Platform, Slack)
	equal(t, "event follows", p.Event.Platform, "Slack")
	if !strings.Contains(p.Charter.PlatformWhy, "2 of 3 respondents prefer Slack") {
		t.Errorf("why %q", p.Charter.PlatformWhy)
	}
	p.Event.Platform = "Zoom"
	ChoosePlatform(p, Circle)
	equal(t, "override stays", p.Event.Platform, "Zoom")
}

// TestChoosePlatformSpeaksThePlanLanguage checks that ChoosePlatform writes the event's
// platform and the rationale in the plan's export language (its own, else its client's;
// English when neither says or the code is unknown), and ChoosePlatformIn in the one given.
func TestChoosePlatformSpeaksThePlanLanguage(t *testing.T) {
	plan := func(lang, clientLang string) *Plan {
		p := &Plan{Lang: lang, Survey: platformSurvey("LinkedIn", "LinkedIn", "Slack"), Audience: "Healthcare professionals", Charter: Charter{Platform: Discord}, Event: Event{Platform: "Discord"}}
		if clientLang != "" {
			p.ClientPreset = &Client{Name: "Clínica", Lang: clientLang}
		}
		return p
	}
	for _, c := range []struct {
		lang, client string
		want         i18n.Lang
		event, start string
	}{
		{"de", "", i18n.German, "LinkedIn-Gruppen", "LinkedIn-Gruppen erreicht "},
		{"", "es", i18n.Spanish, "Grupos de LinkedIn", "Grupos de LinkedIn obtiene "},
		{"FR", "es", i18n.French, "", "obtient "},
		{"", "", i18n.English, "LinkedIn Groups", "LinkedIn Groups scores "},
		{"xx", "", i18n.English, "LinkedIn Groups", "LinkedIn Groups scores "},
	} {
		p := plan(c.lang, c.client)
		ChoosePlatform(p, LinkedInGroups)
		tr := i18n.New(c.want)
		if c.event != "" {
			equal(t, c.lang+"/"+c.client+" event", p.Event.Platform, c.event)
		}
		equal(t, c.lang+"/"+c.client+" event", p.Event.Platform, LinkedInGroups.In(tr))
		equal(t, c.lang+"/"+c.client+" why", p.Charter.PlatformWhy, AdvisePlatform(p).WhyIn(tr, LinkedInGroups))
		if !strings.Contains(p.Charter.PlatformWhy, c.start) || !strings.Contains(p.Charter.PlatformWhy, tr.T("reason.survey", "votes", "")) {
			t.Errorf("%s/%s: why %q", c.lang, c.client, p.Charter.PlatformWhy)
		}
		if c.want != i18n.English {
			if w := englishOnly.FindString(p.Charter.PlatformWhy); w != "" || strings.Contains(p.Charter.PlatformWhy, "respondents") {
				t.Errorf("%s: the rationale has English (%q): %q", c.want, w, p.Charter.PlatformWhy)
			}
		}
	}
	en := plan("", "")
	ChoosePlatform(en, Slack)
	equal(t, "English why", en.Charter.PlatformWhy, AdvisePlatform(en).Why(Slack))

	p := plan("de", "")
	ChoosePlatformIn(p, Slack, i18n.New(i18n.Portuguese))
	equal(t, "ChoosePlatformIn why", p.Charter.PlatformWhy, AdvisePlatform(p).WhyIn(i18n.New(i18n.Portuguese), Slack))
	if !strings.HasPrefix(p.Charter.PlatformWhy, "Slack obtém ") {
		t.Errorf("Portuguese why %q", p.Charter.PlatformWhy)
	}
}

// TestPlatformWhyIn checks that a document words the rationale ChoosePlatform wrote in its
// own language, whatever language it was written in, and keeps the organizer's words.
func TestPlatformWhyIn(t *testing.T) {
	p := &Plan{Lang: "es", Survey: platformSurvey("Slack", "Slack", "Discord"), Audience: "B2B consultants"}
	ChoosePlatform(p, Slack)
	de := i18n.New(i18n.German)
	if !PlatformWhyGenerated(p) {
		t.Fatalf("the Spanish rationale %q does not read as generated", p.Charter.PlatformWhy)
	}
	want := AdvisePlatform(p).WhyIn(de, Slack)
	equal(t, "German document", PlatformWhyIn(p, de), want)
	if !strings.HasPrefix(want, "Slack erreicht ") || strings.Contains(want, "obtiene") {
		t.Errorf("German rationale %q", want)
	}
	equal(t, "Spanish document", PlatformWhyIn(p, i18n.New(i18n.Spanish)), p.Charter.PlatformWhy)

	p.Charter.PlatformWhy = "Everyone already uses Slack at work."
	equal(t, "typed", PlatformWhyGenerated(p), false)
	equal(t, "typed stays", PlatformWhyIn(p, de), "Everyone already uses Slack at work.")

	// A rationale the advice no longer gives (the survey changed) is a record: it stays.
	ChoosePlatform(p, Slack)
	old := p.Charter.PlatformWhy
	p.Survey = platformSurvey("Discord", "Discord", "Discord", "Discord", "Slack")
	equal(t, "stale", PlatformWhyGenerated(p), false)
	equal(t, "stale stays", PlatformWhyIn(p, de), old)
	equal(t, "nil plan", PlatformWhyIn(nil, de), "")
}

func TestPlatformNeedsDescribeIn(t *testing.T) {
	n := PlatformNeeds{Size: 300, Voice: true, Privacy: true}
	equal(t, "English", n.DescribeIn(i18n.New(i18n.English)), n.Describe())
	equal(t, "English", n.Describe(), "about 300 members, real-time voice sessions and privacy: regulated or confidential data")
	de := n.DescribeIn(i18n.New(i18n.German))
	if !strings.Contains(de, "300") || strings.Contains(de, "members") || strings.Contains(de, " and ") {
		t.Errorf("German needs %q", de)
	}
	if got := (PlatformNeeds{}).DescribeIn(i18n.New(i18n.French)); got == "no particular needs" || got == "" {
		t.Errorf("French no needs %q", got)
	}
}

// TestNeedsFromPlanInEveryLanguage checks that each keyword rule of the platform-needs guess
// reads an organizer's audience in each of the five languages, and that the words that only
// look like a need's do not set it.
func TestNeedsFromPlanInEveryLanguage(t *testing.T) {
	type needs = PlatformNeeds
	for _, c := range []struct {
		lang     i18n.Lang
		audience string
		want     needs
	}{
		{i18n.English, "Sales engineers at our company", needs{Professional: true, Internal: true}},
		{i18n.Spanish, "Ingenieros de ventas de nuestra empresa", needs{Professional: true, Internal: true}},
		{i18n.French, "Les ingénieurs commerciaux de notre entreprise", needs{Professional: true, Internal: true}},
		{i18n.German, "Vertriebsingenieure und Mitarbeitende in unserem Unternehmen", needs{Professional: true, Internal: true}},
		{i18n.Portuguese, "Engenheiros de vendas da nossa empresa", needs{Professional: true, Internal: true}},

		{i18n.English, "Gamers and hobbyists who stream", needs{Casual: true, Voice: true}},
		{i18n.Spanish, "Aficionados a los videojuegos que juegan en directo", needs{Casual: true, Voice: true}},
		{i18n.French, "Joueurs passionnés qui discutent en salon vocal", needs{Casual: true, Voice: true}},
		{i18n.German, "Hobby-Bastler, die sich im Sprachkanal treffen", needs{Casual: true, Voice: true}},
		{i18n.Portuguese, "Jogadores amadores que conversam no chat de voz", needs{Casual: true, Voice: true}},

		{i18n.English, "A cohort with paid membership fee", needs{Courses: true, Monetize: true}},
		{i18n.Spanish, "Una cohorte con cuota de pago", needs{Courses: true, Monetize: true}},
		{i18n.French, "Une formation payante", needs{Courses: true, Monetize: true}},
		{i18n.German, "Eine kostenpflichtige Weiterbildung", needs{Courses: true, Monetize: true}},
		{i18n.Portuguese, "Um curso com mensalidade", needs{Courses: true, Monetize: true}},

		{i18n.English, "Hospital nurses", needs{Privacy: true}},
		{i18n.Spanish, "Enfermeras de hospital", needs{Privacy: true}},
		{i18n.French, "Infirmières à l’hôpital", needs{Privacy: true}},
		{i18n.German, "Pflegekräfte im Krankenhaus", needs{Privacy: true}},
		{i18n.Portuguese, "Enfermeiras de hospital", needs{Privacy: true}},

		// Sector staff is professional, not in-house.
		{i18n.English, "Healthcare staff", needs{Professional: true, Privacy: true}},
		{i18n.Spanish, "Personal sanitario", needs{Professional: true, Privacy: true}},
		{i18n.French, "Le personnel de santé", needs{Professional: true, Privacy: true}},
		{i18n.German, "Beschäftigte im Gesundheitswesen", needs{Professional: true, Privacy: true}},
		{i18n.Portuguese, "Profissionais de saúde", needs{Professional: true, Privacy: true}},

		// Look-alikes: none of these says a need.
		{i18n.Spanish, "Saludos a quienes buscan crecimiento personal", needs{}},
		{i18n.French, "Au cours de l’année, des gens d’Internet", needs{}},
		{i18n.German, "Menschen aus dem Internet, die morgen anfangen", needs{}},
		{i18n.English, "People with personal interests", needs{}},
	} {
		if got := NeedsFromPlan(&Plan{Audience: c.audience}); got != c.want {
			t.Errorf("%s %q: needs %+v, want %+v", c.lang, c.audience, got, c.want)
		}
	}
	// Every rule has words in every language.
	for name, v := range map[string]vocab{"professional": needVocab.professional, "internal": needVocab.internal, "casual": needVocab.casual,
		"voice": needVocab.voice, "courses": needVocab.courses, "monetize": needVocab.monetize, "privacy": needVocab.privacy} {
		for _, l := range []i18n.Lang{i18n.English, i18n.Spanish, i18n.French, i18n.German, i18n.Portuguese} {
			if len(v[l]) == 0 {
				t.Errorf("the %s rule has no %s words", name, l)
			}
		}
	}
}

// TestNeedsFromPlanEnglishLookalikes checks that English text is not read through another
// language's words ("taller", "about", "vocal", "formation", "locker").
func TestNeedsFromPlanEnglishLookalikes(t *testing.T) {
	for _, s := range []string{"Taller people", "All about the formation of vocal habits", "Locker room chat, personal notes", "Recipes and office tips"} {
		if got := NeedsFromPlan(&Plan{Audience: s}); got != (PlatformNeeds{}) {
			t.Errorf("%q: needs %+v", s, got)
		}
	}
}
