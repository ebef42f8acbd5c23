package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestListQuietUnderEveryLocale runs the command, as its own process (the test binary is the
// coplaunch binary with the same packages and the same init order), under the locales of
// servers, containers and odd setups: `list` prints the header and nothing on stderr, and its
// header and exit status are the same under every locale.
func TestListQuietUnderEveryLocale(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	mustCmd(t, "-db", db, "list") // creates the library
	locales := []struct {
		name string
		env  map[string]string // "" unsets
	}{
		{"LANG=C", map[string]string{"LANG": "C"}},
		{"LANG=POSIX", map[string]string{"LANG": "POSIX"}},
		{"unset", map[string]string{"LANG": ""}},
		{"LANG=C.UTF-8", map[string]string{"LANG": "C.UTF-8"}},
		{"LANG=POSIX.UTF-8", map[string]string{"LANG": "POSIX.UTF-8"}},
		{"LC_ALL=C.UTF-8", map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "C.UTF-8"}},
		{"LC_MESSAGES=C.UTF-8", map[string]string{"LANG": "", "LC_MESSAGES": "C.UTF-8"}},
		{"unknown tag", map[string]string{"LANG": "xx_YY.UTF-8"}},
		{"unknown LANGUAGE", map[string]string{"LANG": "de_DE.UTF-8", "LANGUAGE": "xx:zz"}},
		{"German", map[string]string{"LANG": "de_DE.UTF-8"}},
	}
	for _, loc := range locales {
		t.Run(loc.name, func(t *testing.T) {
			c := child(t, "cli", nil, "-db", db, "list")
			env := slices.DeleteFunc(c.Env, func(kv string) bool {
				k, _, _ := strings.Cut(kv, "=")
				return k == "LANG" || k == "LC_ALL" || k == "LC_MESSAGES" || k == "LANGUAGE"
			})
			for k, v := range loc.env {
				if v != "" {
					env = append(env, k+"="+v)
				}
			}
			c.Env = env
			var stderr strings.Builder
			c.Stderr = &stderr
			out, err := c.Output()
			if err != nil {
				t.Fatalf("list: %v\nstderr: %s", err, stderr.String())
			}
			if string(out) != "ID\tNAME\tCLIENT\tSTEP\tPROGRESS\tUPDATED\n" {
				t.Errorf("stdout = %q, want the header alone", out)
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr = %q, want nothing", stderr.String())
			}
		})
	}
}

// TestChildSeesTheUserLocale checks that the quiet locale Fyne is given does not leak into the
// command: run restores LC_ALL as the user set it (or unset).
func TestChildSeesTheUserLocale(t *testing.T) {
	for _, want := range []string{"de_DE.UTF-8", ""} {
		c := child(t, "lc-all", nil, "list")
		c.Env = slices.DeleteFunc(c.Env, func(kv string) bool { return strings.HasPrefix(kv, "LC_ALL=") })
		if want != "" {
			c.Env = append(c.Env, "LC_ALL="+want)
		}
		out, err := c.Output()
		if err != nil {
			t.Fatal(err)
		}
		if got := string(out); got != "LC_ALL="+want+"\n" {
			t.Errorf("the command sees %q, want LC_ALL=%s", got, want)
		}
	}
}

// TestHelpListsEveryFlag checks that the top-level help names every flag of every subcommand,
// as each subcommand's own -h prints them.
func TestHelpListsEveryFlag(t *testing.T) {
	_, help, _ := cmd(t, "help")
	flagRE := regexp.MustCompile(`(?m)^  (-[a-z-]+)`)
	db := filepath.Join(t.TempDir(), "lib.db")
	for _, sub := range []string{"list", "demo", "import", "export", "backup", "backups", "restore"} {
		_, _, usage := cmd(t, "-db", db, sub, "-h")
		flags := flagRE.FindAllStringSubmatch(usage, -1)
		if len(flags) == 0 && (sub == "import" || sub == "export") {
			t.Fatalf("%s -h lists no flags: %q", sub, usage)
		}
		for _, f := range flags {
			if !regexp.MustCompile(`\` + f[1] + `\b`).MatchString(help) {
				t.Errorf("help does not mention %s %s", sub, f[1])
			}
		}
	}
	for _, f := range []string{"-lang", "-since"} {
		if !strings.Contains(help, f) {
			t.Errorf("help lacks %s", f)
		}
	}
}

// TestMessagesFollowTheSystemLanguage runs export under a German and a Spanish locale: the
// command's own lines are in that language, while what scripts read (the list's header, the
// ID demo prints, the exit status) is the same in every language.
func TestMessagesFollowTheSystemLanguage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	id := strings.TrimSpace(mustCmd(t, "-db", db, "demo"))
	out := filepath.Join(t.TempDir(), "plan.json")
	for lang, want := range map[string]string{"de_DE.UTF-8": "Plandatei geschrieben: ", "es_ES.UTF-8": "archivo del plan escrito: ", "C": "wrote plan file: "} {
		run := func(args ...string) (string, string, error) {
			c := child(t, "cli", nil, args...)
			c.Env = append(slices.DeleteFunc(c.Env, func(kv string) bool {
				k, _, _ := strings.Cut(kv, "=")
				return k == "LANG" || k == "LC_ALL" || k == "LC_MESSAGES" || k == "LANGUAGE"
			}), "LANG="+lang)
			var stdout, stderr strings.Builder
			c.Stdout, c.Stderr = &stdout, &stderr
			err := c.Run()
			return stdout.String(), stderr.String(), err
		}
		stdout, stderr, err := run("-db", db, "export", "-plan", id, "-json", out)
		if err != nil || !strings.HasPrefix(stdout, want) {
			t.Errorf("%s: export printed %q (stderr %q, %v), want %q…", lang, stdout, stderr, err, want)
		}
		if stdout, _, _ := run("-db", db, "list"); !strings.HasPrefix(stdout, "ID\tNAME\tCLIENT\tSTEP\tPROGRESS\tUPDATED\n"+id+"\t") {
			t.Errorf("%s: list printed %q", lang, stdout)
		}
		if _, _, err := run("-db", db, "frobnicate"); err == nil || !strings.Contains(err.Error(), "exit status 2") {
			t.Errorf("%s: a wrong command gives %v, want exit status 2", lang, err)
		}
	}
}
