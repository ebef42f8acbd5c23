package main

import (
	"fmt"
	"strings"
	"testing"
)

const sampleBench = `goos: linux
BenchmarkPerfLoad-2        	      10	  30000000 ns/op	 100 B/op	 1 allocs/op
BenchmarkPerfLoad-2        	      10	  40000000 ns/op	 100 B/op	 1 allocs/op
BenchmarkPerfLoad-2        	      10	  90000000 ns/op	 100 B/op	 1 allocs/op
BenchmarkPerfLoadFloor-2   	      10	  25000000 ns/op
BenchmarkImport10k-2       	       1	 50000000 ns/op	  200000 rows/s
`

func TestParseBenchMedian(t *testing.T) {
	res, err := parseBench(strings.NewReader(sampleBench))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, unit string
		want       float64
	}{
		{"BenchmarkPerfLoad", "ns/op", 40e6},
		{"BenchmarkPerfLoadFloor", "ns/op", 25e6},
		{"BenchmarkImport10k", "rows/s", 200000},
	} {
		got, ok := res.median(c.name, c.unit)
		if !ok || got != c.want {
			t.Errorf("median %s %s = %v, %v; want %v", c.name, c.unit, got, ok, c.want)
		}
	}
	if _, ok := res.median("BenchmarkPerfSaveFloor", "ns/op"); ok {
		t.Error("a benchmark that did not run has a median")
	}
}

// TestPrintTableJudges checks the exit status the harness relies on: a missed budget fails a
// full run, not a smoke pass; a missing figure fails both.
func TestPrintTableJudges(t *testing.T) {
	res, err := parseBench(strings.NewReader(sampleBench))
	if err != nil {
		t.Fatal(err)
	}
	// Load is 40 ms against a 25 ms floor: 1.6×, over its 1.5× budget. Most rows have no
	// figure at all.
	var b strings.Builder
	if printTable(&b, rows(res, nil), false) {
		t.Error("a table with a missed budget and missing figures passed")
	}
	if !strings.Contains(b.String(), "MISS") || !strings.Contains(b.String(), "n/a") {
		t.Errorf("table does not say MISS and n/a:\n%s", b.String())
	}
	if printTable(&strings.Builder{}, rows(res, nil), true) {
		t.Error("a smoke table with missing figures passed")
	}
	load := rows(res, nil)[:1]
	if printTable(&strings.Builder{}, load, false) {
		t.Error("the load row over its budget passed")
	}
	if !printTable(&strings.Builder{}, load, true) {
		t.Error("the smoke pass judged the load row's budget")
	}
}

// TestPairedRatioByRound: a figure and its floor that ran once a round are compared round by
// round (the median of the rounds' ratios), not by the ratio of medians from different
// rounds; with unequal runs the medians are compared. The rounds are the plan PDF's from a
// make bench run of 2026-12-07.
func TestPairedRatioByRound(t *testing.T) {
	var b strings.Builder
	for _, r := range [][2]int{{228, 135}, {226, 174}, {244, 173}, {202, 131}, {162, 134}} {
		fmt.Fprintf(&b, "BenchmarkPerfPlanPDF-2 1 %d000000 ns/op\nBenchmarkPerfPlanPDFFloor-2 1 %d000000 ns/op\n", r[0], r[1])
	}
	res, err := parseBench(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	got, ok := res.pairedRatio("BenchmarkPerfPlanPDF", "BenchmarkPerfPlanPDFFloor")
	if want := 244.0 / 173; !ok || got != want {
		t.Errorf("paired ratio %v, %v; want the middle round's %v", got, ok, want)
	}
	fig, _ := res.median("BenchmarkPerfPlanPDF", "ns/op")
	floor, _ := res.median("BenchmarkPerfPlanPDFFloor", "ns/op")
	if fig/floor < 1.6 {
		t.Errorf("the ratio of medians is %.2f; the example should show it over the 1.6 budget", fig/floor)
	}
	res, _ = parseBench(strings.NewReader(sampleBench)) // Load ran three times, its floor once
	if got, ok := res.pairedRatio("BenchmarkPerfLoad", "BenchmarkPerfLoadFloor"); !ok || got != 40.0/25 {
		t.Errorf("unequal runs: %v, %v; want the medians' 1.6", got, ok)
	}
	if _, ok := res.pairedRatio("BenchmarkPerfLoad", "BenchmarkPerfSaveFloor"); ok {
		t.Error("a ratio against a floor that did not run")
	}
}
