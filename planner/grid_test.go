package planner

import (
	"strings"
	"testing"
)

// TestSummarizeBlocks: the neighbouring rows of a grid make one table with n and the mean per
// row; a question on its own stays one.
func TestSummarizeBlocks(t *testing.T) {
	g := "Give your confidence levels"
	sc := Scale{Min: 0, Max: 5}
	s := Survey{Questions: []Question{
		{ID: 1, Kind: KindScale, Title: "I can log in", Grid: g, Scale: sc},
		{ID: 2, Kind: KindScale, Title: "I can submit a job", Grid: g, Scale: sc},
		{ID: 3, Kind: KindText, Title: "Anything else?"},
		{ID: 4, Kind: KindSingle, Title: "Clothing", Grid: "How often online?", Options: []string{"Never", "Sometimes", "Always"}},
		{ID: 5, Kind: KindSingle, Title: "Books", Grid: "How often online?", Options: []string{"Never", "Sometimes", "Always"}},
	}}
	add := func(id int64, texts ...string) {
		for i, v := range texts {
			for len(s.Responses) <= i {
				s.Responses = append(s.Responses, Response{ID: int64(len(s.Responses) + 1)})
			}
			if v != "" {
				s.Responses[i].Answers = append(s.Responses[i].Answers, Answer{QuestionID: id, Text: v})
			}
		}
	}
	add(1, "5", "4", "0", "5")
	add(2, "3", "", "1", "2")
	add(4, "Always", "Never", "Sometimes", "Weekly")
	add(5, "Never", "Never", "Sometimes", "")
	blocks := SummarizeBlocks(s)
	if len(blocks) != 3 || blocks[0].Grid == nil || blocks[1].Question == nil || blocks[2].Grid == nil {
		t.Fatalf("blocks %+v, want grid, question, grid", blocks)
	}
	sg := blocks[0].Grid
	equal(t, "scale columns", strings.Join(sg.Columns, " "), "0 1 2 3 4 5")
	equal(t, "rows", len(sg.Rows), 2)
	equal(t, "row 1 counts", sg.Rows[0].Counts, []int{1, 0, 0, 0, 1, 2})
	equal(t, "row 1 n", sg.Rows[0].Summary.N, 4)
	equal(t, "row 1 mean", sg.Rows[0].Mean, 3.5)
	equal(t, "row 2 n", sg.Rows[1].Summary.N, 3)
	cg := blocks[2].Grid
	equal(t, "choice columns", strings.Join(cg.Columns, "|"), "Never|Sometimes|Always|Other")
	equal(t, "clothing counts", cg.Rows[0].Counts, []int{1, 1, 1, 1})
	if !cg.HasMean || cg.Rows[1].Mean != 4.0/3 {
		t.Errorf("books mean %v (has %v), want 4/3 by position", cg.Rows[1].Mean, cg.HasMean)
	}
}

func TestDistinctCuts(t *testing.T) {
	g := "Give your confidence levels: "
	in := []string{g + "I can log in to the cluster", g + "I can submit a batch job", "Short", g + "I can log in to the cluster"}
	out := DistinctCuts(in, 30)
	if out[0] == out[1] {
		t.Errorf("two rows read the same: %q", out[0])
	}
	if !strings.HasSuffix(out[1], "batch job") || !strings.Contains(out[1], "…") {
		t.Errorf("cut %q, want the row's end kept", out[1])
	}
	equal(t, "short", out[2], "Short")
	for _, o := range out {
		if n := len([]rune(o)); n > 30 {
			t.Errorf("%q is %d characters", o, n)
		}
	}
}

func TestListTitle(t *testing.T) {
	equal(t, "grid row", Question{Title: "Clothing", Grid: "How often do you buy online?"}.ListTitle(), "Clothing (How often do you buy online?)")
	equal(t, "plain", Question{Title: " Team "}.ListTitle(), "Team")
}
