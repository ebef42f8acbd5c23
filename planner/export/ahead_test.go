package export

import (
	"strings"
	"testing"
)

// TestBackgroundPanicsInWaiter: a panic of work done in the background is raised again where
// its result is waited for, so that writePDF reports it as an error instead of the program
// ending; a result comes back as it was made.
func TestBackgroundPanicsInWaiter(t *testing.T) {
	if got := background(func() []int { return []int{1, 2} })(); len(got) != 2 || got[1] != 2 {
		t.Errorf("result %v, want [1 2]", got)
	}
	wait := background(func() int { panic("no figures") })
	err := writePDF(nil, func() (*doc, error) {
		wait()
		return nil, nil
	})
	if err == nil || !strings.Contains(err.Error(), "no figures") {
		t.Errorf("error %v, want the background's panic", err)
	}
}
