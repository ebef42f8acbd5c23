package planner

import (
	"math"
	"strings"
	"testing"
)

func TestParseScale(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Scale
		ok   bool
	}{
		{"0-10", Scale{Min: 0, Max: 10}, true},
		{" 1–5 ", Scale{Min: 1, Max: 5}, true},
		{"1 to 7", Scale{Min: 1, Max: 7}, true},
		{"0..5", Scale{Min: 0, Max: 5}, true},
		{"-3 to 3", Scale{Min: -3, Max: 3}, true},
		{"-5..-1", Scale{Min: -5, Max: -1}, true},
		{"5-1", Scale{}, false},   // bottom above top
		{"3-3", Scale{}, false},   // no span
		{"0-100", Scale{}, false}, // a slider: a number question
		{"1, 5", Scale{}, false},
		{"ten", Scale{}, false},
		{"", Scale{}, false},
		{"7", Scale{}, false},
	} {
		got, err := ParseScale(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseScale(%q) = %+v, %v; want %+v ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
	if s := (Scale{Min: 0, Max: 10, Low: "Not at all likely", High: "Extremely likely"}).Describe(); s != "0–10 (0 = Not at all likely, 10 = Extremely likely)" {
		t.Errorf("Describe = %q", s)
	}
	if (Question{Kind: KindScale}).Range() != DefaultScale {
		t.Error("a question without a range is on 1–10")
	}
}

func TestScaleRead(t *testing.T) {
	five := Scale{Min: 1, Max: 5}
	for _, tc := range []struct {
		sc   Scale
		in   string
		want float64
		ok   bool
	}{
		{five, "4", 4, true},
		{five, "4 - Agree", 4, true},
		{five, "6", 0, false},
		{five, "0", 0, false},
		{Scale{Min: 0, Max: 10}, "0", 0, true},
		{Scale{Min: 0, Max: 10}, "10", 10, true},
		{Scale{Min: -3, Max: 3}, "-2", -2, true},
		{DefaultScale, "7th", 0, false},
		{DefaultScale, "6,5", 6.5, true},
	} {
		got, ok := tc.sc.Read(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("%s.Read(%q) = %v, %v; want %v, %v", tc.sc, tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// TestSummarizeNPS: a 0–10 question is counted over 0–10, 0 included, and split into
// promoters, passives and detractors.
func TestSummarizeNPS(t *testing.T) {
	q := Question{ID: 1, Kind: KindScale, Scale: Scale{Min: 0, Max: 10}}
	s := Survey{Responses: responses(1, text("10", "9", "9", "8", "7", "6", "0", "3", "10", "11")...)}
	qs := SummarizeQuestion(s, q)
	equal(t, "n", qs.N, 10)
	equal(t, "unreadable", qs.Unreadable, 1)
	equal(t, "distribution", qs.Distribution, []int{1, 0, 0, 1, 0, 0, 1, 1, 1, 2, 2})
	if qs.NPS == nil {
		t.Fatal("no NPS for a 0–10 question")
	}
	// 4 promoters, 2 passives, 3 detractors of 9: (4-3)/9.
	equal(t, "split", [3]int{qs.NPS.Promoters, qs.NPS.Passives, qs.NPS.Detractors}, [3]int{4, 2, 3})
	if !near(qs.NPS.Score, 100.0/9) {
		t.Errorf("score %v", qs.NPS.Score)
	}
	equal(t, "median", qs.Scale.Median, 8.0)

	// A 1–5 question: five bars, no NPS.
	q5 := Question{ID: 1, Kind: KindScale, Scale: Scale{Min: 1, Max: 5}}
	qs = SummarizeQuestion(Survey{Responses: responses(1, text("1", "5", "5", "3", "7")...)}, q5)
	equal(t, "1–5 distribution", qs.Distribution, []int{1, 0, 1, 0, 2})
	equal(t, "1–5 unreadable", qs.Unreadable, 1)
	if qs.NPS != nil {
		t.Error("NPS on a 1–5 question")
	}
}

// TestSkillOnItsOwnScale: the baseline and the gain are read on the skill question's range; a
// baseline at the bottom of a 0-based scale divides by nothing, and a 1–5 review average is
// not read as x/10.
func TestSkillOnItsOwnScale(t *testing.T) {
	plan := func(sc Scale, answers ...string) *Plan {
		p := &Plan{Survey: Survey{Questions: []Question{{ID: 2, Kind: KindScale, Role: RoleSkill, Scale: sc}}}}
		for i, a := range answers {
			p.Survey.Responses = append(p.Survey.Responses, Response{ID: int64(i + 1), Answers: []Answer{{QuestionID: 2, Text: a}}})
		}
		return p
	}
	p := plan(Scale{Min: 0, Max: 5}, "0", "0", "0", "0", "0")
	if b := SkillBaseline(p.Survey); b.N != 5 || b.Mean != 0 {
		t.Fatalf("baseline %+v", b)
	}
	p.Reviews = []Review{{ID: 1, Date: MustDate("2026-05-01"), MembersTotal: 5, AvgSkill: 2}}
	f := ReviewFigures(p)[0]
	if !f.HasSkill || !near(f.SkillGainPct, 40) || math.IsInf(f.SkillGainPct, 0) || math.IsNaN(f.SkillGainPct) {
		t.Errorf("0 → 2 on 0–5: %v %v, want 40", f.HasSkill, f.SkillGainPct)
	}

	p = plan(Scale{Min: 1, Max: 5}, "3", "3", "3", "3", "3")
	p.Reviews = []Review{{ID: 1, Date: MustDate("2026-05-01"), MembersTotal: 5, AvgSkill: 4}}
	if f := ReviewFigures(p)[0]; !near(f.SkillGainPct, 25) {
		t.Errorf("3 → 4 on 1–5: %v, want 25", f.SkillGainPct)
	}
	p.Reviews[0].AvgSkill = 7 // typed as if out of 10
	probs := ReviewProblems(p, p.Reviews[0])
	if len(probs) != 1 || probs[0].Field != FieldAvgSkill || !strings.Contains(probs[0].Msg, "from 1 to 5") {
		t.Errorf("7 on a 1–5 skill scale: %v", probs)
	}
	if f := ReviewFigures(p)[0]; f.HasSkill {
		t.Errorf("an average off the scale gives a gain: %v", f.SkillGainPct)
	}
}

func TestReadNumberAndBins(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"35", 35, true}, {"2,5 hours", 2.5, true}, {"40 h", 40, true}, {"-1", -1, true}, {"9th grade", 0, false}, {"50%", 50, true},
		{"5-10", 0, false}, {"about 5", 0, false}, {"3 or 4", 0, false}, {"", 0, false}, {"1.2.3", 0, false},
	} {
		got, ok := ReadNumber(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("ReadNumber(%q) = %v, %v", tc.in, got, ok)
		}
	}
	q := Question{ID: 1, Kind: KindNumber}
	qs := SummarizeQuestion(Survey{Responses: responses(1, text("23", "25", "31", "38", "44", "45", "52", "67", "n/a")...)}, q)
	equal(t, "n", qs.N, 9)
	equal(t, "unreadable", qs.Unreadable, 1)
	equal(t, "median", qs.Scale.Median, 41.0)
	var labels []string
	total := 0
	for _, b := range qs.Bins {
		labels = append(labels, b.Label)
		total += b.Count
	}
	equal(t, "bins", labels, []string{"20–29", "30–39", "40–49", "50–59", "60–69"})
	equal(t, "binned", total, 8)
	few := binsOf([]float64{1, 2, 2, 4})
	equal(t, "whole numbers a bin each", len(few), 4)
}

// A plan, whatever door it comes through, holds no range that is not one.
func TestCheckPlanScales(t *testing.T) {
	p := &Plan{Name: "x", Survey: Survey{Questions: []Question{{ID: 1, Kind: KindScale, Title: "Rate", Scale: Scale{Min: 5, Max: 1}}}}}
	if err := CheckPlan(p); err == nil || !strings.Contains(err.Error(), "question 1 (Rate)") {
		t.Errorf("5–1 accepted: %v", err)
	}
	p.Survey.Questions[0].Scale = Scale{Min: 0, Max: 10}
	if err := CheckPlan(p); err != nil {
		t.Error(err)
	}
}

func TestQuestionnaireTextScales(t *testing.T) {
	p := &Plan{Name: "Q", Survey: Survey{Questions: []Question{
		{ID: 1, Kind: KindScale, Title: "Recommend us?", Scale: Scale{Min: 0, Max: 10, Low: "Not likely", High: "Very likely"}},
		{ID: 2, Kind: KindScale, Title: "I can log in", Grid: "Confidence", Scale: Scale{Min: 0, Max: 5}},
		{ID: 3, Kind: KindNumber, Title: "Age"},
	}}}
	got := QuestionnaireText(p)
	for _, want := range []string{"1. **Recommend us?** (scale 0–10; 0 = Not likely, 10 = Very likely)", "2. **Confidence [I can log in]** (scale 0–5)", "3. **Age** (a number)"} {
		if !strings.Contains(got, want) {
			t.Errorf("questionnaire lacks %q:\n%s", want, got)
		}
	}
}
