package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// TestPlatformWhyInDocumentLanguage checks that the rationale the app wrote for the chosen
// platform (here in English, as an older plan has it) is worded in the document's language,
// while one the organizer typed is printed as typed.
func TestPlatformWhyInDocumentLanguage(t *testing.T) {
	p := demoPlan()
	p.Lang = ""
	planner.ChoosePlatform(p, planner.Slack)
	english := p.Charter.PlatformWhy
	if !strings.HasPrefix(english, "Slack scores ") {
		t.Fatalf("English rationale %q", english)
	}
	p.Lang = "de"
	german := planner.AdvisePlatform(p).WhyIn(i18n.New(i18n.German), planner.Slack)
	var md bytes.Buffer
	if err := CharterMarkdown(&md, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), german) || strings.Contains(md.String(), english) {
		t.Errorf("German Markdown lacks the German rationale %q or keeps the English one", german)
	}
	typed := "Alle nutzen Slack schon bei der Arbeit."
	p.Charter.PlatformWhy = typed
	md.Reset()
	if err := CharterMarkdown(&md, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), typed) || strings.Contains(md.String(), german) {
		t.Errorf("the typed rationale is not printed as typed")
	}
}
