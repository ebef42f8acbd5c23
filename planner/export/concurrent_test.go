package export

import (
	"io"
	"sync"
	"testing"
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
