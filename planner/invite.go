package planner

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// InviteWords are the words an invitation is filled with that do not come from the plan, in
// one language: what stands in for a placeholder whose value is not known (an invitation
// never shows a raw {placeholder}), and how the event's day and time are written.
type InviteWords struct {
	NoName, NoCommunity, NoDomain, NoDate string
	// DropBeforeDate is the word before {event_date} that goes when the date is not known
	// ("on": "We kick off soon (date to follow)."); "" drops nothing.
	DropBeforeDate string
	// When writes the event's day and start; nil writes them in English.
	When func(ResolvedEvent) string
	// LowerCommonStart lowers the capital of a domain statement that continues a sentence
	// when it starts with a common English word; only English templates want it.
	LowerCommonStart bool
}

// InviteWordsIn are the words of the printer's language for filling invitations: what stands
// in for an unknown name, community, domain or date, and the event's day and time as the
// language writes them ("Thursday 26 March 2026 at 18:00 (Europe/Berlin time)", "jueves,
// 26 de marzo de 2026 a las 18:00 (hora de Europe/Berlin)").
func InviteWordsIn(tr *i18n.Printer) InviteWords {
	return InviteWords{
		NoName:           tr.T("invite.no_name"),
		NoCommunity:      tr.T("invite.no_community"),
		NoDomain:         tr.T("invite.no_domain"),
		NoDate:           tr.T("invite.no_date"),
		DropBeforeDate:   tr.T("invite.drop_before_date"),
		When:             func(e ResolvedEvent) string { return inviteWhen(tr, e) },
		LowerCommonStart: tr.Lang() == i18n.English,
	}
}

func inviteWhen(tr *i18n.Printer, e ResolvedEvent) string {
	if e.Date.IsZero() {
		return ""
	}
	d := e.Date
	when := tr.T("date.weekday_long", "weekday", tr.Weekday(d.Time().Weekday()), "date", tr.Date(d.Year, d.Month, d.Day))
	if t := strings.TrimSpace(e.Time); t != "" {
		if z := strings.TrimSpace(e.TimeZone); z != "" {
			return tr.T("invite.when_at_zone", "date", when, "time", t, "zone", z)
		}
		return tr.T("invite.when_at", "date", when, "time", t)
	}
	return when
}

// inviteWords are the invitation words of the plan's export language.
func inviteWords(p *Plan) InviteWords {
	if p == nil {
		return InviteWordsIn(i18n.New(i18n.English))
	}
	return InviteWordsIn(i18n.New(i18n.Lang(EffectiveBranding(p).Lang)))
}

// DefaultInvite is the default invitation text of a channel in the printer's language, with
// its {name}, {community}, {domain} and {event_date} placeholders; false when there is none.
func DefaultInvite(tr *i18n.Printer, ch Channel) (string, bool) {
	key := "invite." + string(ch)
	if !i18n.Has(key) {
		return "", false
	}
	// The catalogue names its placeholders as every text does; the invitation keeps them in
	// the form FillInvite fills for each candidate.
	return tr.T(key, "name", "{name}", "community", "{community}", "domain", "{domain}", "event_date", "{event_date}"), true
}

// LocalizeInvites puts the plan's invitation templates that are still the English defaults
// into the plan's export language. Text the organizer wrote or edited is left alone.
func LocalizeInvites(p *Plan) {
	tr := i18n.New(i18n.Lang(EffectiveBranding(p).Lang))
	english := map[Channel]string{}
	for _, inv := range DefaultInvites() {
		english[inv.Channel] = inv.Text
	}
	for i := range p.Invites {
		inv := &p.Invites[i]
		if def, ok := english[inv.Channel]; !ok || inv.Text != def {
			continue
		}
		if s, ok := DefaultInvite(tr, inv.Channel); ok {
			inv.Text = s
		}
	}
}

// XLimit is the most characters a post on X may have; an invitation for X is shortened to it.
const XLimit = 280

var placeholderRE = regexp.MustCompile(`\{(name|community|domain|event_date)\}`)

// FillInvite fills an invitation template's {name}, {community}, {domain} and {event_date}
// placeholders for a candidate, writing as a person would:
//
//   - every placeholder gets words in the plan's export language (FillInviteWith takes
//     others): in English no name reads "there" ("Hi there,"), no date "soon (date
//     to follow)" (a preceding "on" goes: "We kick off soon (date to follow)."), no domain
//     "the craft we share";
//   - the domain statement fits where it stands: its own closing punctuation gives way to the
//     template's (no "teams.."), keeps a "!", "?" or "…" in place of a template's full stop,
//     and gets a full stop when it ends a line; a value that starts a sentence gets a capital,
//     and a domain that continues one loses the capital that only marked its own start
//     ("people working on helping Globex engineers…");
//   - the date is the event's, in its resolved zone (see ResolveEvent).
//
// Values are not expanded again, so a name containing "{domain}" stays as it is.
func FillInvite(text string, p *Plan, c Candidate) string {
	return FillInviteWith(text, p, c, inviteWords(p))
}

// FillInviteWith is FillInvite with the words of another language.
func FillInviteWith(text string, p *Plan, c Candidate, w InviteWords) string {
	return fillInvite(text, p, c, -1, w)
}

// InviteText fills the template for a candidate as FillInvite does and keeps an invitation
// for X within XLimit characters by shortening the domain statement at a word.
func InviteText(t InviteTemplate, p *Plan, c Candidate) string {
	return InviteTextWith(t, p, c, inviteWords(p))
}

// InviteTextWith is InviteText with the words of another language.
func InviteTextWith(t InviteTemplate, p *Plan, c Candidate, w InviteWords) string {
	out := fillInvite(t.Text, p, c, -1, w)
	if t.Channel != ChannelX || utf8.RuneCountInString(out) <= XLimit || p == nil {
		return out
	}
	over := utf8.RuneCountInString(out) - XLimit
	dom := utf8.RuneCountInString(inviteDomain(p))
	if keep := dom - over - 1; keep > 0 {
		return fillInvite(t.Text, p, c, keep, w)
	}
	return out
}

// FilledInvite is an invitation template filled for no one in particular.
type FilledInvite struct {
	Channel Channel
	Text    string
}

// FilledInvites fills every invitation template of the plan for an unnamed reader, as the
// plan document shows them, in the plan's export language.
func FilledInvites(p *Plan) []FilledInvite {
	return FilledInvitesWith(p, inviteWords(p))
}

// FilledInvitesWith is FilledInvites with the words of another language.
func FilledInvitesWith(p *Plan, w InviteWords) []FilledInvite {
	if p == nil {
		return nil
	}
	out := make([]FilledInvite, 0, len(p.Invites))
	for _, t := range p.Invites {
		if strings.TrimSpace(t.Text) == "" {
			continue
		}
		out = append(out, FilledInvite{t.Channel, InviteTextWith(t, p, Candidate{}, w)})
	}
	return out
}

// inviteDomain is the domain statement on one line; "" when it has no word in it.
func inviteDomain(p *Plan) string {
	if strings.IndexFunc(p.Domain, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return ""
	}
	return strings.Join(strings.Fields(p.Domain), " ")
}

// fillInvite fills text; domainMax > 0 shortens the domain to that many characters.
func fillInvite(text string, p *Plan, c Candidate, domainMax int, w InviteWords) string {
	if p == nil {
		p = &Plan{}
	}
	when := w.When
	if when == nil {
		when = func(e ResolvedEvent) string { return inviteWhen(i18n.New(i18n.English), e) }
	}
	vals := map[string]string{
		"name":       strings.Join(strings.Fields(firstNonBlank(c.Name, c.Handle, w.NoName)), " "),
		"community":  strings.TrimSpace(firstNonBlank(p.Charter.Name, p.Name, w.NoCommunity)),
		"domain":     inviteDomain(p),
		"event_date": when(ResolveEvent(p)),
	}
	if vals["domain"] == "" {
		vals["domain"] = w.NoDomain
	} else if domainMax > 0 {
		vals["domain"] = shorten(vals["domain"], domainMax)
	}
	var b strings.Builder
	pos := 0
	for _, m := range placeholderRE.FindAllStringSubmatchIndex(text, -1) {
		key := text[m[2]:m[3]]
		seg := text[pos:m[0]]
		v := vals[key]
		if key == "event_date" && v == "" {
			v = w.NoDate
			if drop := strings.ToLower(w.DropBeforeDate); drop != "" && strings.HasSuffix(strings.ToLower(seg), " "+drop+" ") {
				seg = seg[:len(seg)-len(drop+" ")]
			}
		}
		b.WriteString(seg)
		before, after := b.String(), text[m[1]:]
		start := sentenceStart(before)
		if key == "domain" {
			var skip int
			v, skip = fitPunctuation(v, after)
			pos = m[1] + skip
			if w.LowerCommonStart && !start && !strings.HasSuffix(strings.TrimRight(before, " "), ":") {
				v = lowerCommonStart(v)
			}
		} else {
			pos = m[1]
		}
		if start {
			v = upperFirst(v)
		}
		b.WriteString(v)
	}
	b.WriteString(text[pos:])
	return b.String()
}

// sentenceStart reports whether text written after before starts a sentence.
func sentenceStart(before string) bool {
	t := strings.TrimRight(before, " \t")
	if t == "" || strings.HasSuffix(t, "\n") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune(sentenceEnds, r)
}

// sentenceEnds are the marks that close a sentence: Latin, the ellipsis, and the full stops and
// question marks of CJK, Devanagari, Arabic and Urdu text.
const sentenceEnds = ".!?…。．！？।॥؟۔"

// fitPunctuation fits a statement's closing punctuation to the template text that follows
// it. It returns the value and how many bytes of after it has taken over.
func fitPunctuation(v, after string) (string, int) {
	core := strings.TrimRightFunc(v, func(r rune) bool { return strings.ContainsRune(sentenceEnds, r) || unicode.IsSpace(r) })
	if core == "" {
		return v, 0
	}
	end := v[len(core):]
	mark := ""
	switch {
	case strings.ContainsAny(end, "。．！？।॥؟۔"):
		// A script's own mark stays as written.
		mark = strings.TrimSpace(end)
	case strings.Contains(end, "?"):
		mark = "?"
	case strings.Contains(end, "!"):
		mark = "!"
	case strings.Contains(end, "…") || strings.Contains(end, ".."):
		mark = "…"
	case strings.Contains(end, "."):
		mark = "."
	}
	next, _ := utf8.DecodeRuneInString(after)
	rest := strings.TrimLeft(after, " \t")
	switch {
	case next == '.':
		if mark != "" && mark != "." {
			return core + mark, 1 // "faster!" keeps its "!" instead of the template's "."
		}
		return core, 0
	case next == '!' || next == '?' || next == '…':
		return core, 0
	case rest == "" || strings.HasPrefix(rest, "\n") || strings.HasPrefix(rest, "\r"):
		if mark == "" {
			mark = "."
		}
		return core + mark, 0
	}
	return core, 0
}

// commonStarts are words that start a domain statement with a capital only because they
// start it; in the middle of a sentence they are written in lower case.
var commonStarts = map[string]bool{
	"a": true, "an": true, "the": true, "our": true, "how": true, "to": true, "for": true, "with": true,
	"people": true, "anyone": true, "everyone": true, "those": true, "teams": true, "better": true,
	"more": true, "less": true, "making": true, "helping": true, "learning": true, "building": true,
}

// lowerCommonStart lower-cases the first letter of s when its first word is a capitalised
// common word ("Helping", "The") or an -ing form; names and acronyms keep their case.
func lowerCommonStart(s string) string {
	w := s
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = s[:i]
	}
	r := []rune(w)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return s
	}
	for _, x := range r[1:] {
		if !unicode.IsLower(x) {
			return s // "NASA", "McKinsey"
		}
	}
	lw := strings.ToLower(w)
	if !commonStarts[lw] && !(len(r) > 4 && strings.HasSuffix(lw, "ing")) {
		return s
	}
	return string(unicode.ToLower(r[0])) + s[len(string(r[0])):]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// shorten cuts s to at most n characters at a word, ending in "…".
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:max(0, n-1)])
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRightFunc(cut, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }) + "…"
}
