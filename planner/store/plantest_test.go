package store

import (
	"context"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// TestFixturesRoundTrip stores the shared demo and large fixtures and loads them back equal.
func TestFixturesRoundTrip(t *testing.T) {
	for name, build := range map[string]func(time.Time) *planner.Plan{"demo": plantest.Demo, "large": plantest.Large} {
		t.Run(name, func(t *testing.T) {
			if name == "large" && testing.Short() {
				t.Skip("large plan")
			}
			ctx := context.Background()
			s := mustOpen(t)
			p := build(testNow)
			start := time.Now()
			if _, err := s.Create(ctx, p); err != nil {
				t.Fatal(err)
			}
			t.Logf("Create %s: %v", name, time.Since(start))
			start = time.Now()
			got, err := s.Load(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("Load %s: %v (%d responses, %d candidates)", name, time.Since(start), len(got.Survey.Responses), len(got.Candidates))
			requireEqual(t, p, got)
		})
	}
}
