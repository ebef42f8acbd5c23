package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// langBox chooses the plan's client, the exports' language and paper size, and whether the
// charter exports list the changes since an issued version.
type langBox struct {
	s *session
	w fyne.Window

	client, lang, paper, since *widget.Select
	effective                  *widget.Label
	clients                    []planner.Client

	obj fyne.CanvasObject
}

// followLabels are the menus' choices to follow the client's preset, or the app's default
// when the plan has no client: "As the client (Español)", "Default (English)". They name
// what they give, and never "the client" for a plan that has none.
func followLabels(p *planner.Plan) (lang, paper string) {
	q := *p
	q.Lang, q.Paper = "", ""
	r := planner.EffectiveBranding(&q)
	if p.ClientPreset != nil {
		return "As the client (" + langName(r.Lang) + ")", "As the client (" + r.Paper.Label() + ")"
	}
	return "Default (" + langName(r.Lang) + ")", "Default (" + r.Paper.Label() + ")"
}

func newLangBox(s *session, w fyne.Window) *langBox {
	b := &langBox{s: s, w: w}
	b.client = widget.NewSelect(nil, b.onClient)
	b.lang = widget.NewSelect(nil, b.onLang)
	b.paper = widget.NewSelect(nil, b.onPaper)
	b.since = widget.NewSelect(nil, func(v string) {
		b.s.changesSince = ""
		if v != noChanges {
			b.s.changesSince = v
		}
	})
	b.effective = wrapLabel("")
	b.obj = form(
		fieldHint("Client", b.client, "Its logo, colour, preparer, language and paper apply unless this plan sets its own."),
		fieldHint("Language", b.lang, "Every fixed text, date and number of the PDFs, Markdown and calendar; your own text stays as you wrote it."),
		widget.NewFormItem("Paper", b.paper),
		fieldHint("Charter changes", b.since, "List, in the charter PDF and Markdown, what changed since an issued version."),
		widget.NewFormItem("", b.effective),
	)
	b.refresh()
	return b
}

func (b *langBox) object() fyne.CanvasObject { return b.obj }

// noChanges is the "Charter changes" choice of none.
const noChanges = "Do not list changes"

// refresh re-reads the clients and shows the plan's choices.
func (b *langBox) refresh() {
	p := b.s.plan
	cs, err := b.s.lib.Clients(context.Background())
	if err != nil {
		showError(b.w, err)
	}
	b.clients = cs
	names := []string{noClient}
	for _, c := range cs {
		names = append(names, c.Name)
	}
	set := func(sel *widget.Select, opts []string, choice string) {
		h := sel.OnChanged
		sel.OnChanged = nil
		if opts != nil {
			sel.SetOptions(opts)
		}
		sel.SetSelected(choice)
		sel.OnChanged = h
	}
	client := noClient
	if p.ClientPreset != nil {
		client = p.ClientPreset.Name
	}
	set(b.client, names, client)
	followLang, followPaper := followLabels(p)
	lang := followLang
	if p.Lang != "" {
		lang = langName(p.Lang)
	}
	set(b.lang, append([]string{followLang}, langNames()...), lang)
	paper := followPaper
	if p.Paper != "" {
		paper = p.Paper.Label()
	}
	set(b.paper, append([]string{followPaper}, paperNames()...), paper)
	versions := []string{noChanges}
	for _, v := range p.Charter.Versions {
		if v.Issued() {
			versions = append(versions, v.Version)
		}
	}
	since := noChanges
	if b.s.changesSince != "" {
		since = b.s.changesSince
	}
	set(b.since, versions, since)
	r := planner.EffectiveBranding(p)
	b.effective.SetText(fmt.Sprintf("The exports are in %s on %s paper.", langName(r.Lang), r.Paper.Label()))
}

func (b *langBox) onClient(name string) {
	var client *planner.Client
	for i := range b.clients {
		if b.clients[i].Name == name {
			client = &b.clients[i]
		}
	}
	planner.SetClient(b.s.plan, client) // creation's rule; the plan's texts stay as they are
	_ = b.s.savePlan()
	b.refresh()
}

func (b *langBox) onLang(name string) {
	b.s.plan.Lang = langOfName(name) // "" for the choice to follow the client or default
	_ = b.s.savePlan()
	b.refresh()
}

func (b *langBox) onPaper(name string) {
	b.s.plan.Paper = paperOfName(name)
	_ = b.s.savePlan()
	b.refresh()
}
