package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
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
func followLabels(tr *i18n.Printer, p *planner.Plan) (lang, paper string) {
	q := *p
	q.Lang, q.Paper = "", ""
	r := planner.EffectiveBranding(&q)
	key := "ui.export.follow.default"
	if p.ClientPreset != nil {
		key = "ui.export.follow.client"
	}
	return tr.T(key, "value", langName(r.Lang)), tr.T(key, "value", r.Paper.In(tr))
}

func newLangBox(s *session, w fyne.Window) *langBox {
	b := &langBox{s: s, w: w}
	b.client = widget.NewSelect(nil, b.onClient)
	b.lang = widget.NewSelect(nil, b.onLang)
	b.paper = widget.NewSelect(nil, b.onPaper)
	b.since = widget.NewSelect(nil, func(v string) {
		// The first choice is none; the others are the issued versions as they are.
		b.s.changesSince = ""
		if i := b.since.SelectedIndex(); i > 0 {
			b.s.changesSince = v
		}
	})
	b.effective = wrapLabel("")
	tr := s.tr
	b.obj = form(
		fieldHint(tr.T("ui.export.client"), b.client, tr.T("ui.export.client.hint")),
		fieldHint(tr.T("ui.export.language"), b.lang, tr.T("ui.export.language.hint")),
		widget.NewFormItem(tr.T("ui.export.paper"), b.paper),
		fieldHint(tr.T("ui.export.since"), b.since, tr.T("ui.export.since.hint")),
		widget.NewFormItem("", b.effective),
	)
	b.refresh()
	return b
}

func (b *langBox) object() fyne.CanvasObject { return b.obj }

// refresh re-reads the clients and shows the plan's choices. Each select's first option is
// "none" or "follow" in the window's language; the others are clients, languages and paper
// sizes by name, mapped back to their codes, so the plan stores the same whatever language
// the window speaks.
func (b *langBox) refresh() {
	p := b.s.plan
	tr := b.s.tr
	noClient, noChanges := tr.T("ui.export.no_client"), tr.T("ui.export.since.none")
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
	followLang, followPaper := followLabels(tr, p)
	lang := followLang
	if p.Lang != "" {
		lang = langName(p.Lang)
	}
	set(b.lang, append([]string{followLang}, langNames()...), lang)
	paper := followPaper
	if p.Paper != "" {
		paper = p.Paper.In(tr)
	}
	set(b.paper, append([]string{followPaper}, paperNames(tr)...), paper)
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
	b.effective.SetText(tr.T("ui.export.effective", "language", langName(r.Lang), "paper", r.Paper.In(tr)))
}

func (b *langBox) onClient(string) {
	// The first choice is no client; the others are the clients in b.clients' order.
	var client *planner.Client
	if i := b.client.SelectedIndex() - 1; i >= 0 && i < len(b.clients) {
		client = &b.clients[i]
	}
	planner.SetClient(b.s.plan, client) // creation's rule; the plan's texts stay as they are
	_ = b.s.savePlan()
	b.refresh()
}

func (b *langBox) onLang(name string) {
	b.s.plan.Lang = "" // the first choice follows the client or the default
	if b.lang.SelectedIndex() > 0 {
		b.s.plan.Lang = langOfName(name)
	}
	_ = b.s.savePlan()
	b.refresh()
}

func (b *langBox) onPaper(name string) {
	b.s.plan.Paper = "" // the first choice follows the client or the default
	if b.paper.SelectedIndex() > 0 {
		b.s.plan.Paper = paperOfName(b.s.tr, name)
	}
	_ = b.s.savePlan()
	b.refresh()
}
