package export

import (
	"bytes"
	"encoding/binary"
	"io"
	"sync"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"golang.org/x/image/font/gofont/goregular"
)

// TestScriptsPDFConcurrent writes PDFs of the eight-script plan at the same time: the
// bundled fonts are parsed once and shared, each document shapes with its own faces. Run
// with -race.
func TestScriptsPDFConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := range 4 {
		wg.Go(func() {
			p := scriptsPlan()
			if i%2 == 0 {
				errs <- CharterPDF(io.Discard, p, testOptions())
			} else {
				errs <- PlanPDF(io.Discard, p, testOptions())
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

// TestPDFLeavesTheFontBytesAlone checks the root of the race above without relying on the
// race detector's timing: gofpdf pads unaligned font tables with append, writing past a
// table into the slice it was given. The padding after the Go Regular font's name table (6,973
// bytes long) is marked here; a writer that handed gofpdf the caller's bytes would zero it.
func TestPDFLeavesTheFontBytesAlone(t *testing.T) {
	regular := bytes.Clone(goregular.TTF)
	end := -1
	n := int(binary.BigEndian.Uint16(regular[4:]))
	for i := range n {
		e := regular[12+16*i:]
		if string(e[:4]) == "name" {
			off, size := binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])
			if size%4 == 0 {
				t.Fatalf("the name table is %d bytes, aligned: pick another table to mark", size)
			}
			end = int(off + size)
		}
	}
	if end < 0 {
		t.Fatal("no name table in Go Regular")
	}
	pad := (4 - end%4) % 4
	for i := range pad {
		regular[end+i] = 0xAA
	}
	want := bytes.Clone(regular)
	opt := testOptions()
	opt.Fonts.Regular = regular
	for name, write := range map[string]func(io.Writer, *planner.Plan, Options) error{"charter": CharterPDF, "plan": PlanPDF} {
		if err := write(io.Discard, demoPlan(), opt); err != nil {
			t.Fatalf("%s PDF: %v", name, err)
		}
		if !bytes.Equal(regular, want) {
			t.Fatalf("the %s PDF wrote into the font bytes it was given", name)
		}
	}
}
