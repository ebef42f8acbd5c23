package planner

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFillInviteDomain(t *testing.T) {
	const (
		midSentence = "Join people working on {domain}. We begin soon."
		afterColon  = "Our focus: {domain}. Want in?"
		ownSentence = "Hi! {domain}. Want in?"
		endOfLine   = "What brings us together: {domain}\n\nThanks"
		beforeDash  = "A peer group ({domain}) for you."
	)
	long := strings.Repeat("helping engineers ship faster across many teams and time zones ", 12)
	tests := []struct {
		name, domain, text, want string
	}{
		{"plain mid", "Helping Globex engineers ship faster across teams.", midSentence, "Join people working on helping Globex engineers ship faster across teams. We begin soon."},
		{"ends with two dots", "ship faster..", midSentence, "Join people working on ship faster… We begin soon."},
		{"ends with !", "Ship faster!", ownSentence, "Hi! Ship faster! Want in?"},
		{"ends with …", "ship faster across teams…", ownSentence, "Hi! Ship faster across teams… Want in?"},
		{"ends with ?", "Why do builds break?", afterColon, "Our focus: Why do builds break? Want in?"},
		{"lower-case start", "ship faster across teams", ownSentence, "Hi! Ship faster across teams. Want in?"},
		{"lower-case mid", "ship faster across teams", midSentence, "Join people working on ship faster across teams. We begin soon."},
		{"name kept mid", "Globex engineers shipping faster", midSentence, "Join people working on Globex engineers shipping faster. We begin soon."},
		{"acronym kept", "NASA-style reviews", midSentence, "Join people working on NASA-style reviews. We begin soon."},
		{"end of line gets a stop", "Helping engineers ship", endOfLine, "What brings us together: Helping engineers ship.\n\nThanks"},
		{"end of line keeps !", "Ship it!", endOfLine, "What brings us together: Ship it!\n\nThanks"},
		{"inside brackets", "Editing video.", beforeDash, "A peer group (editing video) for you."},
		{"empty", "", midSentence, "Join people working on the craft we share. We begin soon."},
		{"only punctuation", " ... ", ownSentence, "Hi! The craft we share. Want in?"},
		{"Devanagari full stop", "मिलकर समझना।", endOfLine, "What brings us together: मिलकर समझना।\n\nThanks"},
		{"CJK full stop mid", "一緒に学ぶ。", ownSentence, "Hi! 一緒に学ぶ。 Want in?"},
		{"Arabic question mark", "لماذا؟", midSentence, "Join people working on لماذا؟ We begin soon."},
		{"spaces and lines", "  Helping\n engineers   ship. ", afterColon, "Our focus: Helping engineers ship. Want in?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FillInvite(tt.text, &Plan{Name: "P", Domain: tt.domain}, Candidate{Name: "Zoë"})
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	t.Run("very long", func(t *testing.T) {
		got := FillInvite(midSentence, &Plan{Domain: long + "."}, Candidate{})
		if strings.Contains(got, "..") || !strings.HasSuffix(got, "zones. We begin soon.") {
			t.Errorf("got %q", got[len(got)-60:])
		}
	})
}

func TestFillInviteNames(t *testing.T) {
	p := &Plan{Name: "Plan", Domain: "editing", Charter: Charter{Name: "Cut & Paste", TimeZone: "Europe/Berlin"},
		Event: Event{Date: d("2026-04-02"), Time: "18:00"}}
	const text = "Hi {name}, join {community}. We kick off on {event_date}. {unknown}"
	tests := []struct {
		name string
		p    *Plan
		c    Candidate
		want string
	}{
		{"all, zone from the charter", p, Candidate{Name: "Zoë"}, "Hi Zoë, join Cut & Paste. We kick off on Thursday 2 April 2026 at 18:00 (Europe/Berlin time). {unknown}"},
		{"handle, plan name, no time", &Plan{Name: "Plan", Event: Event{Date: d("2026-04-01")}}, Candidate{Handle: "@z"}, "Hi @z, join Plan. We kick off on Wednesday 1 April 2026. {unknown}"},
		{"nothing known", nil, Candidate{}, "Hi there, join a new community of practice. We kick off soon (date to follow). {unknown}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FillInvite(text, tt.p, tt.c); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	// A name containing a placeholder is not expanded again.
	if got := FillInvite("{name} {domain}", p, Candidate{Name: "{domain}"}); got != "{domain} editing." {
		t.Errorf("recursive fill: %q", got)
	}
	// No date: the plain phrase, capitalised where it starts a sentence.
	for text, want := range map[string]string{
		"First session {event_date}.":           "First session soon (date to follow).",
		"The launch session is on {event_date}": "The launch session is soon (date to follow)",
		"Hi. {event_date} we start.":            "Hi. Soon (date to follow) we start.",
	} {
		if got := FillInvite(text, &Plan{Name: "P"}, Candidate{}); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// Every default template reads without a placeholder or a doubled stop, whatever the plan
// holds, and the X invitation fits in a post.
func TestDefaultInvitesRead(t *testing.T) {
	domains := []string{"", "Helping Globex engineers ship faster across teams.", "ship faster!", "ship faster…",
		"we test things", strings.Repeat("a very long domain statement that goes on ", 20) + "."}
	events := []Event{{}, {Date: d("2026-04-02"), Time: "18:00", TimeZone: "Europe/Berlin"}}
	for _, dom := range domains {
		for _, ev := range events {
			p := &Plan{Name: "Globex DevEx", Domain: dom, Event: ev}
			for _, tpl := range DefaultInvites() {
				for _, c := range []Candidate{{}, {Name: "Zoë"}} {
					got := InviteText(tpl, p, c)
					for _, bad := range []string{"{", "}", "..", ". .", " ,", "!."} {
						if strings.Contains(strings.ReplaceAll(got, "…", ""), bad) {
							t.Errorf("%s, domain %.20q: %q has %q", tpl.Channel, dom, got, bad)
						}
					}
					if tpl.Channel == ChannelX && utf8.RuneCountInString(got) > XLimit {
						t.Errorf("X invitation has %d characters", utf8.RuneCountInString(got))
					}
				}
			}
		}
	}
}

func TestFilledInvites(t *testing.T) {
	p := &Plan{Name: "P", Invites: []InviteTemplate{{Channel: ChannelEmail, Text: "Hi {name}!"}, {Channel: ChannelX, Text: "  "}}}
	got := FilledInvites(p)
	equal(t, "filled", got, []FilledInvite{{ChannelEmail, "Hi there!"}})
}
