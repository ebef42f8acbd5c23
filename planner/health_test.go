package planner

import (
	"strings"
	"testing"
)

func TestHealthScore(t *testing.T) {
	full := func() Review {
		r := Review{Date: d("2026-05-01"), MembersTotal: 10, WeeklyActive: 3, PollAsked: 10, PollResponses: 4, AvgSkill: 7,
			Stories: make([]Story, 3)}
		for f := range r.Factors {
			r.Factors[f] = 5
		}
		return r
	}
	tests := []struct {
		name    string
		weights HealthWeights
		edit    func(r *Review)
		score   int
		has     bool
		parts   [5]bool // which parts have data
	}{
		{"everything at target", HealthWeights{}, func(*Review) {}, 100, true, [5]bool{true, true, true, true, true}},
		{"nobody weekly active", HealthWeights{}, func(r *Review) { r.SetFigure(FigWeeklyActive, 0, Typed) }, 70, true, [5]bool{true, true, true, true, true}},
		{"half the poll target", HealthWeights{PollResponse: 1, WeeklyActive: 1}, func(r *Review) { r.PollResponses = 2 }, 75, true, [5]bool{true, true, true, true, true}},
		{"only stories", HealthWeights{Stories: 1}, func(r *Review) { r.Stories = r.Stories[:1] }, 33, true, [5]bool{true, true, true, true, true}},
		{"zero members", HealthWeights{}, func(r *Review) {
			r.MembersTotal, r.WeeklyActive, r.PollAsked = 0, 0, 0
			r.AvgSkill = 0
			r.Stories = nil
			r.Factors = [NumFactors]int{}
		}, 0, true, [5]bool{false, false, false, true, false}},
		{"factors 1 and 3", HealthWeights{Factors: 2}, func(r *Review) { r.Factors = [NumFactors]int{1, 3} }, 25, true, [5]bool{true, true, true, true, true}},
		{"negative weights ignored", HealthWeights{WeeklyActive: -5, Stories: 1}, func(r *Review) { r.Stories = nil }, 0, true, [5]bool{true, true, true, true, true}},
		{"all weights on a missing part", HealthWeights{SkillGain: 1}, func(r *Review) { r.AvgSkill = 0 }, 0, false, [5]bool{true, true, false, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := reviewPlan() // skill baseline mean 5: AvgSkill 7 is a 40 % gain
			p.HealthWeights = tt.weights
			r := full()
			tt.edit(&r)
			p.Reviews = []Review{{Date: d("2026-01-01"), MembersTotal: 1}, r}
			h := HealthScore(p)
			if h.Score != tt.score || h.Has != tt.has {
				t.Errorf("score %d has %v, want %d %v (parts %+v)", h.Score, h.Has, tt.score, tt.has, h.Parts)
			}
			if len(h.Parts) != 5 {
				t.Fatalf("%d parts", len(h.Parts))
			}
			for i, part := range h.Parts {
				if part.Has != tt.parts[i] || part.Score < 0 || part.Score > 100 || part.Name == "" {
					t.Errorf("part %+v, want has=%v", part, tt.parts[i])
				}
			}
		})
	}
}

func TestHealthWeightsShown(t *testing.T) {
	h := HealthScore(&Plan{})
	if h.Has || h.Score != 0 {
		t.Errorf("no reviews: %+v", h)
	}
	w := DefaultHealthWeights()
	got := []float64{h.Parts[0].Weight, h.Parts[1].Weight, h.Parts[2].Weight, h.Parts[3].Weight, h.Parts[4].Weight}
	equal(t, "default weights", got, []float64{w.WeeklyActive, w.PollResponse, w.SkillGain, w.Stories, w.Factors})
	if s := w.WeeklyActive + w.PollResponse + w.SkillGain + w.Stories + w.Factors; !near(s, 1) {
		t.Errorf("default weights sum to %v", s)
	}
	if HealthScore(nil).Has {
		t.Error("nil plan has health")
	}
}

func TestFactorsAndStages(t *testing.T) {
	names := map[string]bool{}
	for f := SuccessFactor(0); f < NumFactors; f++ {
		if f.String() == "" || f.Description() == "" || f.Advice() == "" || names[f.String()] {
			t.Errorf("factor %d: %q %q %q", f, f, f.Description(), f.Advice())
		}
		names[f.String()] = true
	}
	if FactorFacilitation.String() != "Strong facilitation" || FactorTech.String() != "Scalable tech" {
		t.Errorf("names: %q, %q", FactorFacilitation, FactorTech)
	}
	if SuccessFactor(-1).String() != "Unknown factor" || NumFactors.Description() != "" {
		t.Error("out-of-range factor")
	}
	for _, s := range Stages {
		ps := s.Prompts()
		if len(ps) < 3 || len(ps) > 4 || s.Label() == "" || strings.ToLower(s.Label()) != string(s) {
			t.Errorf("stage %q: label %q, %d prompts", s, s.Label(), len(ps))
		}
	}
	if Stage("").Prompts() != nil || Stage("").Label() != "Not assessed" {
		t.Error("unset stage")
	}
}
