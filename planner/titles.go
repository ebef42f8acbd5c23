package planner

import "strings"

// DistinctCuts cuts each title to at most n characters (with "…") for a list or a report
// that has no room for more, so that no two titles that differ read the same after cutting:
// titles whose plain cuts would collide keep their start and their end around the "…"
// ("Give your confidence levels: I can log…" and "…: I can submit a batch job" read alike
// cut at the end; "Give your confi…log in to the cluster" and "Give your confi…submit a batch
// job" do not). Titles within n characters are kept whole.
func DistinctCuts(titles []string, n int) []string {
	out := make([]string, len(titles))
	seen := map[string][]int{}
	for i, t := range titles {
		out[i] = cutEnd(t, n)
		seen[out[i]] = append(seen[out[i]], i)
	}
	for _, idx := range seen {
		if len(idx) < 2 {
			continue
		}
		for _, i := range idx {
			out[i] = cutMiddle(titles[i], n)
		}
	}
	return out
}

// ShortText is s on one line, cut to at most n characters with "…".
func ShortText(s string, n int) string { return cutEnd(s, n) }

func cutEnd(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:max(1, n-1)]), " ") + "…"
}

// cutMiddle keeps the start and the end of s: a third of the room for the start, the rest
// for the end, where titles that share a beginning differ.
func cutMiddle(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	head := max(1, (n-1)/3)
	tail := n - 1 - head
	return strings.TrimRight(string(r[:head]), " ") + "…" + strings.TrimLeft(string(r[len(r)-tail:]), " ")
}

// ListTitle is the question's title for a list: a grid row's label first, then its grid's
// title in brackets, so that the rows of a grid (and same-named rows of two grids) read
// apart however the end is cut.
func (q Question) ListTitle() string {
	t := strings.TrimSpace(q.Title)
	if g := strings.TrimSpace(q.Grid); g != "" {
		return t + " (" + g + ")"
	}
	return t
}
