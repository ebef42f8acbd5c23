package planner

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Paper is the paper size PDFs are set on.
type Paper string

// Paper sizes. The empty Paper means "as the client's preset says", and A4 when there is none.
const (
	PaperA4     Paper = "a4"
	PaperLetter Paper = "letter"
)

// Papers lists the paper sizes in the order menus show them.
var Papers = []Paper{PaperA4, PaperLetter}

// In is the paper size as people name it in tr's language.
func (p Paper) In(tr *i18n.Printer) string { return codeLabel(tr, "paper", string(p)) }

// Label is the paper size in English.
func (p Paper) Label() string { return p.In(english) }

// ExportLangs are the export languages' codes (English, Spanish, French, German,
// Portuguese). The texts themselves live in planner/i18n; the plan only records the code.
var ExportLangs = []string{"en", "es", "fr", "de", "pt"}

// Client is a consultant's client, kept once in the library: the branding and defaults the
// plans made for it share. A plan that refers to a client takes every value it leaves empty
// from here, so that changing the client changes those plans.
type Client struct {
	ID   int64
	Name string // the client organisation
	// Logo is the client's logo (PNG or JPEG bytes) for the exports' cover.
	Logo []byte
	// AccentColor is the exports' accent colour as "#RRGGBB"; "" means the default.
	AccentColor string
	Contact     string // who to send documents to at the client
	PreparedBy  string // the consultant who usually prepares this client's documents
	Lang        string // export language code, one of ExportLangs; "" for English
	Paper       Paper  // "" for A4
}

// Validate checks a client before it is saved.
func (c Client) Validate() error {
	if strings.TrimSpace(c.Name) == "" {
		return &ValidationError{Field: "Name", Msg: "a client needs a name"}
	}
	if errs := textProblems(&c, "", false); len(errs) > 0 {
		return errs[0] // a plan made for the client holds these texts: CheckPlan's limits
	}
	if err := validLang(c.Lang); err != nil {
		return err
	}
	if err := validPaper(c.Paper); err != nil {
		return err
	}
	if s := strings.TrimSpace(c.AccentColor); s != "" {
		if _, err := ParseColor(s); err != nil {
			return err
		}
	}
	return nil
}

func validLang(s string) error {
	if s == "" {
		return nil
	}
	for _, l := range ExportLangs {
		if s == l {
			return nil
		}
	}
	return &ValidationError{Field: "Lang", Msg: fmt.Sprintf("unknown export language %q: use one of %s", s, strings.Join(ExportLangs, ", "))}
}

func validPaper(p Paper) error {
	if p == "" || p == PaperA4 || p == PaperLetter {
		return nil
	}
	return &ValidationError{Field: "Paper", Msg: fmt.Sprintf("unknown paper size %q: use a4 or letter", p)}
}

// Branding is what an export shows of who made it for whom, and how it is set: the plan's own
// values where it has them, else its client's, else the defaults.
type Branding struct {
	Client      string // the client organisation
	PreparedBy  string
	Contact     string
	AccentColor string
	Logo        []byte
	Lang        string // export language code, never "" (English by default)
	Paper       Paper  // never "" (A4 by default)
}

// EffectiveBranding gives the branding, language and paper a plan's exports use: each of the
// plan's own values overrides its client's, and "en" and A4 stand in when neither says.
func EffectiveBranding(p *Plan) Branding {
	var c Client
	if p.ClientPreset != nil {
		c = *p.ClientPreset
	}
	b := Branding{
		Client:      firstSet(p.Client, c.Name),
		PreparedBy:  firstSet(p.PreparedBy, c.PreparedBy),
		Contact:     c.Contact,
		AccentColor: firstSet(p.AccentColor, c.AccentColor),
		Logo:        p.Logo,
		Lang:        firstSet(p.Lang, c.Lang, "en"),
		Paper:       Paper(firstSet(string(p.Paper), string(c.Paper), string(PaperA4))),
	}
	if len(b.Logo) == 0 {
		b.Logo = c.Logo
	}
	return b
}

// Branded returns a shallow copy of the plan with its client's values filled in where the
// plan leaves them empty, so that a writer reading Client, PreparedBy, AccentColor, Logo,
// Lang and Paper sees the effective values.
func Branded(p *Plan) *Plan {
	if p == nil {
		return nil
	}
	b := EffectiveBranding(p)
	q := *p
	q.Client, q.PreparedBy, q.AccentColor, q.Logo = b.Client, b.PreparedBy, b.AccentColor, b.Logo
	q.Lang, q.Paper = b.Lang, b.Paper
	return &q
}

// SetClient makes c the plan's client preset (nil for none), for a new plan and for one
// that changes client alike. The rule is creation's: a value of the plan equal to its
// client's is the client's, so that changing the client changes it. The plan's own client
// name, "prepared by", accent colour, logo, export language and paper are therefore left
// empty where they equal the new client's, and emptied where they equalled the old client's
// (it was the old client's value, not the plan's); a value of the plan's own stays and
// overrides. Only branding and export defaults change: no text of the plan (invitations,
// charter, reviews) is touched.
func SetClient(p *Plan, c *Client) {
	if old := p.ClientPreset; old != nil {
		clearSame(p, old)
	}
	p.ClientID, p.ClientPreset = 0, nil
	if c != nil {
		cc := *c
		p.ClientID, p.ClientPreset = cc.ID, &cc
		clearSame(p, &cc)
	}
}

// clearSame empties each branding value of p that equals c's.
func clearSame(p *Plan, c *Client) {
	same := func(a, b string) bool {
		return strings.TrimSpace(a) != "" && strings.TrimSpace(a) == strings.TrimSpace(b)
	}
	if same(p.Client, c.Name) {
		p.Client = ""
	}
	if same(p.PreparedBy, c.PreparedBy) {
		p.PreparedBy = ""
	}
	if strings.TrimSpace(p.AccentColor) != "" && strings.EqualFold(strings.TrimSpace(p.AccentColor), strings.TrimSpace(c.AccentColor)) {
		p.AccentColor = ""
	}
	if same(p.Lang, c.Lang) {
		p.Lang = ""
	}
	if same(string(p.Paper), string(c.Paper)) {
		p.Paper = ""
	}
	if len(p.Logo) > 0 && bytes.Equal(p.Logo, c.Logo) {
		p.Logo = nil
	}
}

func firstSet(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}
