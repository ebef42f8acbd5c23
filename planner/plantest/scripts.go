package plantest

import (
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// ScriptNames are the names Scripts puts in a plan, one or more per script: Latin with
// accents, Greek, Cyrillic, Arabic (with a Latin handle inside), Hebrew (with a number),
// Chinese, Japanese, Korean and Devanagari (with conjuncts).
var ScriptNames = []string{
	"Zoë Ångström",
	"Ελένη Παπαδοπούλου",
	"Дмитрий Смирнов",
	"محمد الأحمد",
	"دوره سارا @sara_k ۲۰۲۶",
	"דוד כהן",
	"צוות 42 בתל אביב",
	"李小龙",
	"株式会社ノースライト",
	"田中さくら",
	"김민준",
	"प्रिया शर्मा",
	"अर्जुन क्षत्रिय",
}

// Scripts returns the demo plan with a client, a community, candidates, roles, signers and
// texts in eight scripts, for checking that every export shows every name.
func Scripts(now time.Time) *planner.Plan {
	p := Demo(now)
	p.Name = "Creator Growth Circle · 创作者成长圈"
	p.Client = "株式会社ノースライト"
	p.PreparedBy = "Ana Ribeiro · آنا ريبيرو"
	p.Sponsor.Name = "דוד כהן"
	p.Sponsor.Role = "ראש שותפויות, 2 צוותים"
	p.Domain = "Creators who study the algorithm together. صناع المحتوى يتعلمون معاً (@northlight). " +
		"יוצרים לומדים יחד מאז 2024. 一起学习推荐算法。アルゴリズムを一緒に学ぶ。알고리즘을 함께 배웁니다. " +
		"एल्गोरिदम को साथ मिलकर समझना।"
	p.Charter.Name = p.Name
	p.Charter.Purpose = p.Domain
	names := ScriptNames
	for i := range p.Candidates {
		p.Candidates[i].Name = names[i]
	}
	p.Candidates[3].Handle = "@mo_ahmad"
	p.Candidates[3].Notes = "يفضل البريد الإلكتروني (@mo_ahmad) بعد الساعة 18:00."
	for _, n := range names[len(p.Candidates):] {
		id := int64(len(p.Candidates) + 1)
		p.Candidates = append(p.Candidates, planner.Candidate{ID: id, Name: n, Handle: "@c" + string(rune('a'+id)),
			Channel: planner.ChannelEmail, Source: planner.SourceNetwork, Experience: planner.Practitioner,
			Activity: planner.ActivityMedium, Status: planner.Prospect,
			History: []planner.StatusEntry{{Status: planner.Prospect, On: p.Candidates[0].History[0].On}}})
	}
	p.Charter.Roles[0].Name = "Facilitator · 主持人 · मेज़बान"
	p.Charter.Roles[1].Name = "שיתוף · مشاركة"
	p.Charter.Roles[2].Name = "모더레이터 · モデレーター"
	p.Charter.SignOffs[0].Name = "דוד כהן"
	p.Charter.SignOffs[1].Name = "محمد الأحمد"
	p.Charter.SignOffs[2].Name = "प्रिया शर्मा"
	p.Charter.SignOffs = append(p.Charter.SignOffs, planner.SignOff{ID: 4, Name: "田中さくら", Role: "会計"},
		planner.SignOff{ID: 5, Name: "김민준", Role: "운영자"})
	p.Survey.Themes[0].Label = "Hooks · 开场 · الخطافات"
	p.Event.Agenda[0].Title = "ברוכים הבאים · 환영합니다 · स्वागत"
	return p
}
