// The plan library's New plan dialog, and creating a plan from a template and a client.

package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// preparedByPref remembers who prepared the last plan, for the next New plan dialog.
const preparedByPref = "newPlan.preparedBy"

// onNew asks for the plan's name, client, who prepares it (the last plan's by default), a
// template and the plan's language, then creates the plan and opens it. The language is the
// window's until a saved client with a language of its own is chosen; the user may change it.
func (h *home) onNew() {
	tr := h.app.tr()
	h.newName = newKeyEntry()
	h.newName.SetPlaceHolder(tr.T("ui.newplan.name.placeholder"))
	h.newName.Validator = checkPlanName
	h.newClient = newKeyEntry()
	h.newClient.SetPlaceHolder(tr.T("ui.newplan.client.placeholder"))
	h.newPreparedBy = newKeyEntry()
	h.newPreparedBy.SetPlaceHolder(tr.T("ui.newplan.prepared_by.placeholder"))
	h.newPreparedBy.SetText(h.app.fa.Preferences().String(preparedByPref))
	names := []string{planner.BlankTemplateName(tr)}
	keys := []string{planner.TemplateBlank}
	for _, t := range planner.TemplatesIn(tr) {
		names = append(names, t.Name)
		keys = append(keys, t.Key)
	}
	h.newTemplate = newKeySelect(names, nil)
	h.newTemplate.SetSelected(names[0])
	// The languages a plan can be written in; a window in a language that is not one of
	// them (the test pseudo-language) offers its own too.
	langs := slices.Clone(i18n.Langs)
	if !slices.Contains(langs, tr.Lang()) {
		langs = append(langs, tr.Lang())
	}
	langNames := make([]string, len(langs))
	for i, l := range langs {
		langNames[i] = l.Name()
	}
	h.newLang = newKeySelect(langNames, nil)
	h.newLang.SetSelected(tr.Lang().Name())
	clients, _ := h.clientStore().Clients(context.Background())
	clientNames := []string{tr.T("ui.newplan.no_client")}
	for _, c := range clients {
		clientNames = append(clientNames, c.Name)
	}
	// Choosing a saved client fills the fields it decides, so the dialog never shows a client
	// name that disagrees with the preset, and the plan speaks the client's language; the
	// user may still edit them.
	h.newPreset = newKeySelect(clientNames, func(sel string) {
		for _, c := range clients {
			if c.Name == sel {
				h.newClient.SetText(c.Name)
				if c.PreparedBy != "" {
					h.newPreparedBy.SetText(c.PreparedBy)
				}
				if l, err := i18n.Parse(c.Lang); err == nil && c.Lang != "" {
					h.newLang.SetSelected(l.Name())
				}
			}
		}
	})
	h.newPreset.SetSelected(clientNames[0])
	// A dialog cancelled with text typed keeps it for the next New plan: nothing typed is lost.
	if d := h.newDraft; d != nil {
		h.newName.SetText(d.name)
		h.newClient.SetText(d.client)
		h.newPreparedBy.SetText(d.preparedBy)
		if d.lang != "" {
			h.newLang.SetSelected(d.lang.Name())
		}
		h.newDraft = nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("ui.newplan.name"), h.newName),
		{Text: tr.T("ui.newplan.preset"), Widget: h.newPreset, HintText: tr.T("ui.newplan.preset.hint")},
		{Text: tr.T("ui.newplan.client"), Widget: h.newClient, HintText: tr.T("ui.newplan.client.hint")},
		{Text: tr.T("ui.newplan.prepared_by"), Widget: h.newPreparedBy, HintText: tr.T("ui.newplan.prepared_by.hint")},
		widget.NewFormItem(tr.T("ui.newplan.template"), h.newTemplate),
		{Text: tr.T("ui.newplan.language"), Widget: h.newLang, HintText: tr.T("ui.newplan.language.hint")},
	}
	chosenLang := func() i18n.Lang {
		for i, n := range langNames {
			if n == h.newLang.Selected {
				return langs[i]
			}
		}
		return tr.Lang()
	}
	h.newDialog = newFormDialog(h.w, tr.T("ui.newplan.title"), tr.T("ui.newplan.create"), tr.T("ui.newplan.cancel"), items, func(ok bool) {
		if !ok {
			if strings.TrimSpace(h.newName.Text+h.newClient.Text) != "" {
				h.newDraft = &newPlanInfo{name: h.newName.Text, client: h.newClient.Text, preparedBy: h.newPreparedBy.Text, lang: chosenLang()}
			}
			return
		}
		key := ""
		for i, n := range names {
			if n == h.newTemplate.Selected {
				key = keys[i]
			}
		}
		var client *planner.Client
		for i := range clients {
			if clients[i].Name == h.newPreset.Selected {
				client = &clients[i]
			}
		}
		info := newPlanInfo{name: h.newName.Text, client: h.newClient.Text, preparedBy: h.newPreparedBy.Text, template: key, preset: client, lang: chosenLang()}
		id, err := h.create(info)
		if err != nil {
			h.newDraft = &info // shown again on the next try
			showError(h.w, err)
			return
		}
		h.app.fa.Preferences().SetString(preparedByPref, strings.TrimSpace(info.preparedBy))
		h.openID(id)
	})
	h.newDialog.Resize(dialogSize(h.w, fyne.NewSize(520, 420)))
	h.newDialog.Show()
}

// newPlanInfo is what the New plan dialog asks.
type newPlanInfo struct {
	name, client, preparedBy, template string
	preset                             *planner.Client // nil for none
	// lang is the plan's language; "" takes the preset's, else the window's (see planLang).
	lang i18n.Lang
}

// planLang is the language a new plan is written in: the one chosen, else its client's where
// the client has one, else the window's.
func (h *home) planLang(info newPlanInfo) i18n.Lang {
	if info.lang != "" {
		return info.lang
	}
	if info.preset != nil {
		if l, err := i18n.Parse(info.preset.Lang); err == nil && info.preset.Lang != "" {
			return l
		}
	}
	return h.app.tr().Lang()
}

// createPlan adds a new plan from a template ("" for blank) and selects it.
func (h *home) createPlan(name, templateKey string) (int64, error) {
	return h.create(newPlanInfo{name: name, template: templateKey})
}

// createPlanWith is createPlan for a client preset (nil for none): the plan takes its
// branding, language and paper from the client.
func (h *home) createPlanWith(name, templateKey string, client *planner.Client) (int64, error) {
	return h.create(newPlanInfo{name: name, template: templateKey, preset: client})
}

// create adds a new plan as the New plan dialog describes it and selects it. The plan's text
// and export language are planLang's. A client preset gives the plan its branding, language
// and paper; the client and "prepared by" typed in the dialog override the preset's, and so
// does a language chosen in the dialog.
func (h *home) create(info newPlanInfo) (int64, error) {
	name := strings.TrimSpace(info.name)
	p, err := planner.NewPlanIn(info.template, name, h.app.opt.Now(), h.planLang(info))
	if err != nil {
		return 0, fmt.Errorf("new plan %q: %w", name, err)
	}
	p.Client = strings.TrimSpace(info.client)
	p.PreparedBy = strings.TrimSpace(info.preparedBy)
	if info.preset != nil {
		planner.SetClient(p, info.preset) // the plan's language, when the client's, follows it
	}
	id, err := h.app.lib.Create(context.Background(), p)
	if err != nil {
		return 0, fmt.Errorf("create plan %q: %w", name, err)
	}
	h.selectPlan(id)
	return id, nil
}
