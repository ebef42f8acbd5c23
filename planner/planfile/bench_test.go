package planfile

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/plantest"
)

// benchNow is the fixed clock of the benchmarks.
var benchNow = time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)

// BenchmarkPerfRoundTrip exports the large plan to a plan file and imports it again (issue 7:
// budget ≤ 2× BenchmarkPerfRoundTripFloor).
func BenchmarkPerfRoundTrip(b *testing.B) {
	p := plantest.Large(benchNow)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Encode(&buf, p, benchNow); err != nil {
			b.Fatal(err)
		}
		q, err := Decode(&buf)
		if err != nil {
			b.Fatal(err)
		}
		if len(q.Candidates) != len(p.Candidates) {
			b.Fatalf("%d candidates after the round trip", len(q.Candidates))
		}
	}
}

// BenchmarkPerfRoundTripFloor is encoding/json alone on the same structs: Marshal of the plan
// and Unmarshal of the bytes into a new one.
func BenchmarkPerfRoundTripFloor(b *testing.B) {
	p := plantest.Large(benchNow)
	b.ReportAllocs()
	for b.Loop() {
		data, err := json.Marshal(p)
		if err != nil {
			b.Fatal(err)
		}
		var q planner.Plan
		if err := json.Unmarshal(data, &q); err != nil {
			b.Fatal(err)
		}
		if len(q.Candidates) != len(p.Candidates) {
			b.Fatalf("%d candidates after the round trip", len(q.Candidates))
		}
	}
}
