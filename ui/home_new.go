// The plan library's New plan dialog, and creating a plan from a template and a client.

package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// preparedByPref remembers who prepared the last plan, for the next New plan dialog.
const preparedByPref = "newPlan.preparedBy"

// onNew asks for the plan's name, client, who prepares it (the last plan's by default) and
// a template, then creates the plan and opens it.
func (h *home) onNew() {
	h.newName = newKeyEntry()
	h.newName.SetPlaceHolder("e.g. Acme creators CoP")
	h.newName.Validator = checkPlanName
	h.newClient = newKeyEntry()
	h.newClient.SetPlaceHolder("The organisation the plan is for (optional)")
	h.newPreparedBy = newKeyEntry()
	h.newPreparedBy.SetPlaceHolder("You, or your firm (optional)")
	h.newPreparedBy.SetText(h.app.fa.Preferences().String(preparedByPref))
	tpls := planner.Templates()
	names := []string{"Blank"}
	keys := []string{""}
	for _, t := range tpls {
		names = append(names, t.Name)
		keys = append(keys, t.Key)
	}
	h.newTemplate = newKeySelect(names, nil)
	h.newTemplate.SetSelected(names[0])
	clients, _ := h.clientStore().Clients(context.Background())
	clientNames := []string{noClient}
	for _, c := range clients {
		clientNames = append(clientNames, c.Name)
	}
	// Choosing a saved client fills the two fields it decides, so the dialog never shows a
	// client name that disagrees with the preset; the user may still edit them.
	h.newPreset = newKeySelect(clientNames, func(sel string) {
		for _, c := range clients {
			if c.Name == sel {
				h.newClient.SetText(c.Name)
				if c.PreparedBy != "" {
					h.newPreparedBy.SetText(c.PreparedBy)
				}
			}
		}
	})
	h.newPreset.SetSelected(noClient)
	// A dialog cancelled with text typed keeps it for the next New plan: nothing typed is lost.
	if d := h.newDraft; d != nil {
		h.newName.SetText(d.name)
		h.newClient.SetText(d.client)
		h.newPreparedBy.SetText(d.preparedBy)
		h.newDraft = nil
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Name", h.newName),
		{Text: "Saved client", Widget: h.newPreset, HintText: "Branding, language and paper kept for a client"},
		{Text: "Client", Widget: h.newClient, HintText: "Shown on the cover of the charter and plan PDFs"},
		{Text: "Prepared by", Widget: h.newPreparedBy, HintText: "Remembered for your next plan"},
		widget.NewFormItem("Template", h.newTemplate),
	}
	h.newDialog = newFormDialog(h.w, "New plan", "Create", "Cancel", items, func(ok bool) {
		if !ok {
			if strings.TrimSpace(h.newName.Text+h.newClient.Text) != "" {
				h.newDraft = &newPlanInfo{name: h.newName.Text, client: h.newClient.Text, preparedBy: h.newPreparedBy.Text}
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
		info := newPlanInfo{name: h.newName.Text, client: h.newClient.Text, preparedBy: h.newPreparedBy.Text, template: key, preset: client}
		id, err := h.create(info)
		if err != nil {
			h.newDraft = &info // shown again on the next try
			showError(h.w, err)
			return
		}
		h.app.fa.Preferences().SetString(preparedByPref, strings.TrimSpace(info.preparedBy))
		h.openID(id)
	})
	h.newDialog.Resize(dialogSize(h.w, fyne.NewSize(520, 380)))
	h.newDialog.Show()
}

// newPlanInfo is what the New plan dialog asks.
type newPlanInfo struct {
	name, client, preparedBy, template string
	preset                             *planner.Client // nil for none
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

// create adds a new plan as the New plan dialog describes it and selects it. A client preset
// gives the plan its branding, language and paper; the client and "prepared by" typed in the
// dialog override the preset's.
func (h *home) create(info newPlanInfo) (int64, error) {
	name := strings.TrimSpace(info.name)
	p, err := planner.NewPlan(info.template, name, h.app.opt.Now())
	if err != nil {
		return 0, fmt.Errorf("new plan %q: %w", name, err)
	}
	p.Client = strings.TrimSpace(info.client)
	p.PreparedBy = strings.TrimSpace(info.preparedBy)
	if info.preset != nil {
		planner.SetClient(p, info.preset)
		planner.LocalizeInvites(p) // a new plan's default invitations, in the client's language
	}
	id, err := h.app.lib.Create(context.Background(), p)
	if err != nil {
		return 0, fmt.Errorf("create plan %q: %w", name, err)
	}
	h.selectPlan(id)
	return id, nil
}
