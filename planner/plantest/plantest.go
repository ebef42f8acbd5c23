// Package plantest builds plans for tests and benchmarks only: the sample plan under its
// fixture name, a deterministic large plan at consultant scale, a plan with names in eight
// scripts and the flow tests' survey. The app never imports it (make check looks for its
// symbols in the built binary): what the app ships lives in planner/sample.
package plantest

import (
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/sample"
)

// Demo is the sample plan the app ships (sample.Plan), the base of the other fixtures.
func Demo(now time.Time) *planner.Plan { return sample.Plan(now) }
