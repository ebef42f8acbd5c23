package planner

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// templateTexts lists every text a new plan gets from its template and the defaults, in a
// fixed order, each named by where it stands, so that a plan's texts can be set beside the
// English plan's one by one.
func templateTexts(p *Plan) (where, texts []string) {
	add := func(w string, ss ...string) {
		for _, s := range ss {
			where, texts = append(where, w), append(texts, s)
		}
	}
	add("audience", p.Audience)
	for _, q := range p.Survey.Questions {
		add("question", q.Title, q.Help)
		add("option of "+q.Title, q.Options...)
	}
	for _, th := range p.Survey.Themes {
		add("theme", th.Label)
		add("keywords of "+th.Label, strings.Join(th.Keywords, ", "))
	}
	for _, g := range p.Goals {
		add("goal", g.Title, g.Metric, g.Unit)
	}
	c := p.Charter
	add("charter", c.WhoMayJoin, c.MixNote, c.Conflicts, c.Decisions, c.PlatformWhy)
	for _, r := range c.Roles {
		add("role", r.Name, r.Responsibilities)
	}
	for _, n := range c.Norms {
		add("norm", n.Text)
	}
	for _, ci := range c.Cadence {
		add("cadence", ci.Practice)
	}
	for _, t := range c.Tools {
		add("tool", t.Name, t.Purpose)
	}
	for _, r := range c.Risks {
		add("risk", r.Risk, r.Mitigation)
	}
	add("event", p.Event.Title)
	for _, a := range p.Event.Agenda {
		add("run of show", a.Title, a.Owner)
	}
	for _, it := range p.Event.Checklist {
		add("checklist", it.Task)
	}
	for _, inv := range p.Invites {
		add("invitation "+string(inv.Channel), inv.Text)
	}
	return where, texts
}

// productNames read the same in every language.
var productNames = []string{"Discord", "Slack", "Microsoft Teams", "LinkedIn Groups", "Circle", "Mighty Networks",
	"Patreon", "YouTube memberships", "YouTube", "TikTok", "Instagram", "Viva Engage (Yammer)", "Google Chat",
	"Google Docs", "Canva", "Notion", "Google Forms", "Zoom", "Google Drive", "%", "h"}

// sameWord are template texts a language writes as English does: loanwords and shared words.
var sameWord = map[i18n.Lang][]string{
	i18n.Spanish:    {"Blog", "No"},
	i18n.French:     {"Podcast", "Blog", "Engagement"},
	i18n.German:     {"Podcast", "Newsletter", "Blog", "Burnout", "Moderation", "Isolation"},
	i18n.Portuguese: {"Podcast", "Blog"},
}

// englishOnly are words no Spanish, French, German or Portuguese text has; their presence
// means an English text was left behind.
var englishOnly = regexp.MustCompile(`(?i)\b(the|and|with|your|you|what|how|who|members|weekly|monthly|quarterly|share|launch|send|record|thank|welcome|round|next|steps|one|every|each|would|could|please|hours|goals|norms)\b`)

var translatedLangs = []i18n.Lang{i18n.Spanish, i18n.French, i18n.German, i18n.Portuguese}

func TestNewPlanInSpeaksTheLanguage(t *testing.T) {
	for _, key := range append([]string{TemplateBlank}, templateKeys()...) {
		en, err := NewPlan(key, "Círculo", testNow)
		if err != nil {
			t.Fatal(err)
		}
		where, enTexts := templateTexts(en)
		for _, lang := range translatedLangs {
			t.Run(key+" "+string(lang), func(t *testing.T) {
				p, err := NewPlanIn(key, "Círculo", testNow, lang)
				if err != nil {
					t.Fatal(err)
				}
				if p.Lang != string(lang) || EffectiveBranding(p).Lang != string(lang) {
					t.Errorf("export language %q, want %q", p.Lang, lang)
				}
				_, texts := templateTexts(p)
				if len(texts) != len(enTexts) {
					t.Fatalf("%d texts, the English plan has %d", len(texts), len(enTexts))
				}
				for i, s := range texts {
					switch {
					case s == "" && enTexts[i] != "":
						t.Errorf("%s: empty where English has %q", where[i], enTexts[i])
					case s != enTexts[i], s == "", slices.Contains(productNames, s), slices.Contains(sameWord[lang], s):
					default:
						t.Errorf("%s stays English: %q", where[i], s)
					}
					if w := englishOnly.FindString(s); w != "" && !slices.Contains(productNames, s) {
						t.Errorf("%s has the English word %q: %q", where[i], w, s)
					}
				}
				// What is not text stays as in English: the structure rules read.
				if len(p.Survey.Questions) != len(en.Survey.Questions) || p.Charter.Platform != en.Charter.Platform ||
					p.Event.Format != en.Event.Format || p.Charter.JoinMode != en.Charter.JoinMode {
					t.Errorf("structure differs from the English plan")
				}
				checkIDs(t, p)
			})
		}
	}
}

// TestNewPlanInRulesReadTheOptions checks that the rules that read survey answers by their
// text read a translated plan's answers as the English plan's: the platform question's
// options name the same platforms, the cadence question's the same rhythms, and the plan's
// text gives the same platform needs.
func TestNewPlanInRulesReadTheOptions(t *testing.T) {
	answerAll := func(p *Plan, role QuestionRole, option int) Survey {
		s := p.Survey
		q, _ := s.QuestionByRole(role)
		for i := 0; i < 3; i++ {
			s.Responses = append(s.Responses, Response{ID: int64(100 + i), Answers: []Answer{{QuestionID: q.ID, Choices: []string{q.Options[option]}}}})
		}
		return s
	}
	for _, key := range append([]string{TemplateBlank}, templateKeys()...) {
		en, _ := NewPlan(key, "x", testNow)
		for _, lang := range translatedLangs {
			p, _ := NewPlanIn(key, "x", testNow, lang)
			qEn, _ := en.Survey.QuestionByRole(RolePlatform)
			q, _ := p.Survey.QuestionByRole(RolePlatform)
			for i := range q.Options {
				if got, want := PlatformFromText(q.Options[i]), PlatformFromText(qEn.Options[i]); got != want {
					t.Errorf("%s %s: platform option %q reads as %q, English %q as %q", key, lang, q.Options[i], got, qEn.Options[i], want)
				}
			}
			cq, _ := p.Survey.QuestionByRole(RoleCadence)
			for i := range cq.Options {
				got, want := SuggestCadence(answerAll(p, RoleCadence, i)), SuggestCadence(answerAll(en, RoleCadence, i))
				if got.Frequency != want.Frequency || got.Respondents != 3 || got.Frequency != cadenceOptions[i].freq {
					t.Errorf("%s %s: cadence option %q suggests %q (%d respondents), English %q", key, lang, cq.Options[i], got.Frequency, got.Respondents, want.Frequency)
				}
			}
			if got, want := NeedsFromPlan(p), NeedsFromPlan(en); got != want {
				t.Errorf("%s %s: platform needs %+v, English %+v", key, lang, got, want)
			}
			// The same from the words alone, without the template's key (which is English in
			// every plan) and the rules that follow it.
			pt, ent := *p, *en
			pt.Template, ent.Template = "", ""
			if got, want := NeedsFromPlan(&pt), NeedsFromPlan(&ent); got != want {
				t.Errorf("%s %s: platform needs from the words %+v, English %+v", key, lang, got, want)
			}
		}
	}
}

// TestNewPlanInThemesMatchTheLanguage checks that a template's themes tag answers written in
// the plan's language.
func TestNewPlanInThemesMatchTheLanguage(t *testing.T) {
	for _, c := range []struct {
		lang   i18n.Lang
		answer string
	}{
		{i18n.Spanish, "No consigo crecer: el algoritmo no me muestra a nuevos seguidores"},
		{i18n.French, "Je n’arrive pas à faire grandir mon audience, l’algorithme m’ignore"},
		{i18n.German, "Meine Reichweite wächst nicht, der Algorithmus zeigt mich keinem"},
		{i18n.Portuguese, "Não consigo crescer, o algoritmo não me mostra para novos seguidores"},
	} {
		p, _ := NewPlanIn(TemplateCreators, "x", testNow, c.lang)
		if ids := MatchThemes(c.answer, p.Survey.Themes); !slices.Contains(ids, p.Survey.Themes[0].ID) {
			t.Errorf("%s: %q is not tagged %q (themes %v)", c.lang, c.answer, p.Survey.Themes[0].Label, ids)
		}
	}
}

func TestNewPlanInNamesAndDefaults(t *testing.T) {
	p, err := NewPlanIn(TemplateBlank, "  ", testNow, i18n.German)
	if err != nil || p.Name != "Unbenannter Plan" || p.Charter.Name != p.Name {
		t.Fatalf("blank name in German: %q %v", p.Name, err)
	}
	if p, _ := NewPlanIn(TemplateBlank, "x", testNow, i18n.English); p.Lang != "en" {
		t.Errorf("NewPlanIn English records export language %q", p.Lang)
	}
	if p, _ := NewPlan(TemplateBlank, "x", testNow); p.Lang != "" {
		t.Errorf("NewPlan records export language %q", p.Lang)
	}
	if p, _ := NewPlanIn(TemplateInternal, "x", testNow, "xx"); p.Lang != "en" || p.Charter.Norms[0].Text != DefaultNormsIn(english)[0] {
		t.Errorf("unknown language: %q %q", p.Lang, p.Charter.Norms[0].Text)
	}
	if _, err := NewPlanIn("no-such-template", "x", testNow, i18n.Spanish); err == nil {
		t.Error("unknown template in Spanish made a plan")
	}
	// The invitations are invite.go's, in the language: LocalizeInvites has nothing to do.
	es, _ := NewPlanIn(TemplateCreators, "x", testNow, i18n.Spanish)
	if want, _ := DefaultInvite(i18n.New(i18n.Spanish), ChannelEmail); es.Invites[0].Text != want {
		t.Errorf("Spanish email invitation %q", es.Invites[0].Text)
	}
	before := slices.Clone(es.Invites)
	LocalizeInvites(es)
	if !slices.Equal(before, es.Invites) {
		t.Error("LocalizeInvites changed a Spanish plan's invitations")
	}
	tpls, enTpls := TemplatesIn(i18n.New(i18n.French)), Templates()
	for i := range tpls {
		if tpls[i].Key != enTpls[i].Key || tpls[i].Name == enTpls[i].Name || tpls[i].Description == enTpls[i].Description {
			t.Errorf("French template %+v beside %+v", tpls[i], enTpls[i])
		}
	}
	if BlankTemplateName(i18n.New(i18n.Spanish)) != "En blanco" {
		t.Errorf("blank template in Spanish: %q", BlankTemplateName(i18n.New(i18n.Spanish)))
	}
}

// TestNewPlanInOtherOption checks that the survey summary groups the answers outside a
// translated platform question's options under its "Other" option, as it does in English.
func TestNewPlanInOtherOption(t *testing.T) {
	for _, lang := range append([]i18n.Lang{i18n.English}, translatedLangs...) {
		p, _ := NewPlanIn(TemplateCreators, "x", testNow, lang)
		q, _ := p.Survey.QuestionByRole(RolePlatform)
		other := q.Options[len(q.Options)-1]
		p.Survey.Responses = []Response{
			{ID: 1, Answers: []Answer{{QuestionID: q.ID, Choices: []string{other}}}},
			{ID: 2, Answers: []Answer{{QuestionID: q.ID, Choices: []string{"Mastodon"}}}},
			{ID: 3, Answers: []Answer{{QuestionID: q.ID, Choices: []string{"Discord"}}}},
		}
		qs := SummarizeQuestion(p.Survey, q)
		last := qs.Choices[len(qs.Choices)-1]
		if len(qs.Choices) != len(q.Options) || last.Label != other || !last.Other || last.Count != 2 {
			t.Errorf("%s: choices %+v, want %d with %q counting 2", lang, qs.Choices, len(q.Options), other)
		}
	}
}
