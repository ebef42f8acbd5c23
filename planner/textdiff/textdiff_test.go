package textdiff

import (
	"fmt"
	"strings"
	"testing"
)

func join(parts []Part, keep Op) string {
	var sb strings.Builder
	for _, p := range parts {
		if p.Op == Equal || p.Op == keep {
			sb.WriteString(p.Text)
		}
	}
	return sb.String()
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, before, after string
		removed, added      []string
	}{
		{"same", "a b c", "a b c", nil, nil},
		{"one word", "we meet every monday", "we meet every tuesday", []string{"monday"}, []string{"tuesday"}},
		{"phrase", "Share one thing weekly. Be kind.", "Share one useful link each week. Be kind.", []string{"thing weekly."}, []string{"useful link each week."}},
		{"from empty", "", "new text", nil, []string{"new text"}},
		{"to empty", "old text", "", []string{"old text"}, nil},
		{"accents", "réunion mensuelle", "réunion hebdomadaire", []string{"mensuelle"}, []string{"hebdomadaire"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := Words(tt.before, tt.after)
			if got := join(parts, Removed); got != tt.before {
				t.Errorf("equal+removed = %q, want %q", got, tt.before)
			}
			if got := join(parts, Added); got != tt.after {
				t.Errorf("equal+added = %q, want %q", got, tt.after)
			}
			var removed, added []string
			for _, p := range parts {
				switch p.Op {
				case Removed:
					removed = append(removed, strings.TrimSpace(p.Text))
				case Added:
					added = append(added, strings.TrimSpace(p.Text))
				}
			}
			if fmt.Sprint(removed) != fmt.Sprint(tt.removed) || fmt.Sprint(added) != fmt.Sprint(tt.added) {
				t.Errorf("removed %q added %q, want %q and %q", removed, added, tt.removed, tt.added)
			}
		})
	}
}

// TestManyWords crosses the surrogate range of the rune mapping.
func TestManyWords(t *testing.T) {
	var a, b []string
	for i := 0; i < 60000; i++ {
		a = append(a, fmt.Sprintf("w%d", i))
		b = append(b, fmt.Sprintf("w%d", i))
	}
	b[59000] = "changed"
	before, after := strings.Join(a, " "), strings.Join(b, " ")
	parts := Words(before, after)
	if join(parts, Removed) != before || join(parts, Added) != after {
		t.Fatal("round trip failed")
	}
	found := false
	for _, p := range parts {
		if p.Op == Added && strings.TrimSpace(p.Text) == "changed" {
			found = true
		}
	}
	if !found {
		t.Errorf("the changed word is not reported as added: %d parts", len(parts))
	}
}
