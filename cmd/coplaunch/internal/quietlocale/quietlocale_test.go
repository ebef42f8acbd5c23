package quietlocale

import (
	"os"
	"testing"
)

func TestCommand(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{nil, false},
		{[]string{"-db", "x.db"}, false},
		{[]string{"-db=x.db"}, false},
		{[]string{"--db", "list"}, false}, // "list" is the library's path here
		{[]string{"list"}, true},
		{[]string{"-db", "x.db", "list"}, true},
		{[]string{"-h"}, true},
		{[]string{"help"}, true},
	} {
		if got := Command(tt.args); got != tt.want {
			t.Errorf("Command(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}

func TestRestore(t *testing.T) {
	t.Setenv("LC_ALL", "de_DE.UTF-8")
	saved, wasSet, replaced = "de_DE.UTF-8", true, true
	os.Setenv("LC_ALL", "C")
	Restore()
	if got := os.Getenv("LC_ALL"); got != "de_DE.UTF-8" {
		t.Errorf("LC_ALL = %q after Restore, want the user's", got)
	}
	saved, wasSet, replaced = "", false, true
	Restore()
	if _, ok := os.LookupEnv("LC_ALL"); ok {
		t.Error("LC_ALL stays set after Restore, but the user had not set it")
	}
}
