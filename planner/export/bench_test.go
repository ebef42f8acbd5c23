package export

import (
	"io"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// BenchmarkPDF measures both PDFs of the demo and the large plan (SPEC §6), and of the demo
// plan with names in eight scripts, which are shaped and drawn as outlines.
func BenchmarkPDF(b *testing.B) {
	plans := []struct {
		name string
		plan *planner.Plan
	}{{"demo", demoPlan()}, {"large", plantest.Large(fixedNow)}, {"scripts", plantest.Scripts(fixedNow)}}
	for _, pc := range plans {
		b.Run("charter/"+pc.name, func(b *testing.B) {
			for b.Loop() {
				if err := CharterPDF(io.Discard, pc.plan, testOptions()); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("plan/"+pc.name, func(b *testing.B) {
			for b.Loop() {
				if err := PlanPDF(io.Discard, pc.plan, testOptions()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
