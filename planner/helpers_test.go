package planner

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

var testNow = time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC) // a Wednesday

func d(s string) Date { return MustDate(s) }

func candidates(statuses ...CandidateStatus) []Candidate {
	cs := make([]Candidate, len(statuses))
	for i, s := range statuses {
		cs[i] = Candidate{ID: int64(i + 1), Name: "C" + string(rune('A'+i)), Status: s}
	}
	return cs
}

func equal(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: got %#v, want %#v", what, got, want)
	}
}

func hasPrefix(ss []string, prefix string) bool {
	for _, s := range ss {
		if strings.HasPrefix(s, prefix) {
			return true
		}
	}
	return false
}

func anyContains(ss []string, sub string) bool {
	for _, s := range ss {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
