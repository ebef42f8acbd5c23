package planner

import (
	"math"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// StoriesTarget is how many member value stories in a review score full marks in the health
// score.
const StoriesTarget = 3

// Health part names, in the order Health.Parts lists them.
const (
	HealthWeeklyActive = "Weekly active"
	HealthPollResponse = "Poll response"
	HealthSkillGain    = "Skill gain"
	HealthStories      = "Value stories"
	HealthFactors      = "Success factors"
)

// HealthPartIn is the name of the health part named name (one of the Health… names) in tr's
// language; another name is returned as it is.
func HealthPartIn(tr *i18n.Printer, name string) string {
	key := map[string]string{
		HealthWeeklyActive: "health.part.weekly_active",
		HealthPollResponse: "health.part.poll_response",
		HealthSkillGain:    "health.part.skill_gain",
		HealthStories:      "health.part.stories",
		HealthFactors:      "health.part.factors",
	}[name]
	if key == "" {
		return name
	}
	return tr.T(key)
}

// DefaultHealthWeights are the health score's weights when a plan sets none.
func DefaultHealthWeights() HealthWeights {
	return HealthWeights{WeeklyActive: 0.3, PollResponse: 0.2, SkillGain: 0.2, Stories: 0.1, Factors: 0.2}
}

// HealthPart is one part of the health score: its weight and its 0–100 score.
type HealthPart struct {
	Name   string
	Weight float64 // as set, before renormalising over the parts with data
	Score  float64 // 0..100
	Has    bool    // the latest review has the data; parts without are left out
}

// Health is the plan's health score, 0–100, with every part shown so it is never a black box.
type Health struct {
	Score int
	Parts []HealthPart
	Has   bool // false before the first review or when no part has data
}

// HealthScore scores the latest review as the weighted mean of five parts, each 0–100:
//   - weekly active %, against the target (at target or above: 100);
//   - poll response %, against the target;
//   - skill gain over the survey baseline, against the target (a fall scores 0);
//   - value stories logged at the review, StoriesTarget or more scoring 100;
//   - the mean success-factor score, 1 → 0 and 5 → 100 (unscored factors left out).
//
// The weights are the plan's, or DefaultHealthWeights when all are zero; negative weights
// count as zero. Parts without data are left out and the other weights renormalised.
func HealthScore(p *Plan) Health {
	w := DefaultHealthWeights()
	if p != nil && p.HealthWeights != (HealthWeights{}) {
		w = p.HealthWeights
	}
	h := Health{Parts: []HealthPart{
		{Name: HealthWeeklyActive, Weight: w.WeeklyActive},
		{Name: HealthPollResponse, Weight: w.PollResponse},
		{Name: HealthSkillGain, Weight: w.SkillGain},
		{Name: HealthStories, Weight: w.Stories},
		{Name: HealthFactors, Weight: w.Factors},
	}}
	figs := ReviewFigures(p)
	if len(figs) == 0 {
		return h
	}
	t := PlanTargets(p)
	f := figs[len(figs)-1]
	r := f.Review
	set := func(i int, score float64) {
		h.Parts[i].Score = max(0, min(100, score))
		h.Parts[i].Has = true
	}
	if f.HasWeekly {
		set(0, f.WeeklyActivePct/t.WeeklyActive*100)
	}
	if f.HasPoll {
		set(1, f.PollResponsePct/t.PollResponse*100)
	}
	if f.HasSkill {
		set(2, f.SkillGainPct/t.SkillGain*100)
	}
	set(3, float64(len(r.Stories))/StoriesTarget*100)
	sum, n := 0, 0
	for _, s := range r.Factors {
		if s > 0 {
			sum += min(s, 5)
			n++
		}
	}
	if n > 0 {
		set(4, (float64(sum)/float64(n)-1)/4*100)
	}
	var total, weights float64
	for _, part := range h.Parts {
		if part.Has && part.Weight > 0 {
			total += part.Weight * part.Score
			weights += part.Weight
		}
	}
	if weights > 0 {
		h.Has = true
		h.Score = int(math.Round(total / weights))
	}
	return h
}
