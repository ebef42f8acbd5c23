package planner_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	. "github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

func TestCheckTextsNamesTheTooLongField(t *testing.T) {
	base := func() *Plan { return plantest.Demo(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)) }
	tests := []struct {
		name    string
		edit    func(p *Plan)
		wantErr string // "" for no error
	}{
		{"demo as it is", func(*Plan) {}, ""},
		{"name at the limit", func(p *Plan) { p.Name = strings.Repeat("é", MaxShortText) }, ""},
		{"name over the limit", func(p *Plan) { p.Name = strings.Repeat("é", MaxShortText+1) }, "Name: 201 characters is too long; shorten it to at most 200 characters."},
		{"purpose at the limit", func(p *Plan) { p.Charter.Purpose = strings.Repeat("a", MaxLongText) }, ""},
		{"purpose over the limit", func(p *Plan) { p.Charter.Purpose = strings.Repeat("a", MaxLongText+1) }, "Charter purpose: 10,001 characters"},
		{"second goal title", func(p *Plan) { p.Goals[1].Title = strings.Repeat("g", 5000) }, "Goals 2 title: 5,000 characters"},
		{"question option", func(p *Plan) { p.Survey.Questions[0].Options = []string{"ok", strings.Repeat("o", 300)} }, "Survey questions 1 options 2: 300 characters"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.edit(p)
			err := CheckTexts(p)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("CheckTexts = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.wantErr) {
				t.Fatalf("CheckTexts = %v, want it to start with %q", err, tc.wantErr)
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("errors.Is(%v, ErrInvalid) = false", err)
			}
		})
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 12345: "12,345", 1234567: "1,234,567", -5000: "-5,000"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
