package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// ClientStore is what the GUI needs of the library's client presets.
type ClientStore interface {
	Clients(ctx context.Context) ([]planner.Client, error)
	SaveClient(ctx context.Context, c *planner.Client) error
	DeleteClient(ctx context.Context, id int64) error
	ClientPlans(ctx context.Context, id int64) ([]string, error)
}

// langNames are the export languages as menus show them, in i18n.Langs order.
func langNames() []string {
	out := make([]string, len(i18n.Langs))
	for i, l := range i18n.Langs {
		out[i] = l.Name()
	}
	return out
}

// langOfName is the code of a language shown by its name; "" when none matches.
func langOfName(name string) string {
	for _, l := range i18n.Langs {
		if l.Name() == name {
			return string(l)
		}
	}
	return ""
}

// langName is the name of a language code, English for "".
func langName(code string) string {
	l, err := i18n.Parse(code)
	if err != nil {
		return code
	}
	return l.Name()
}

// paperNames are the paper sizes as menus show them.
func paperNames() []string {
	out := make([]string, len(planner.Papers))
	for i, p := range planner.Papers {
		out[i] = p.Label()
	}
	return out
}

func paperOfName(name string) planner.Paper {
	for _, p := range planner.Papers {
		if p.Label() == name {
			return p
		}
	}
	return ""
}

// clientsPanel manages the library's clients: a list, the selected client's fields, and
// buttons to add, save, delete and start a plan for it.
type clientsPanel struct {
	h       *home
	clients []planner.Client
	sel     int // index in clients; -1 when none (a new client is being typed)

	list                                   *widget.List
	name, contact, preparedBy, accent      *widget.Entry
	lang, paper                            *widget.Select
	logo                                   *widget.Label
	logoData                               []byte
	addBtn, saveBtn, deleteBtn, newPlanBtn *widget.Button
	pickLogo, dropLogo                     *widget.Button
	status                                 *widget.Label

	dlg dialog.Dialog
	obj fyne.CanvasObject
}

// newClientsPanel builds the client manager of the home window.
func newClientsPanel(h *home) *clientsPanel {
	c := &clientsPanel{h: h, sel: -1}
	c.list = widget.NewList(
		func() int { return len(c.clients) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i < len(c.clients) {
				o.(*widget.Label).SetText(c.clients[i].Name)
			}
		},
	)
	c.list.OnSelected = func(i widget.ListItemID) { c.show(i) }
	c.name = widget.NewEntry()
	c.name.PlaceHolder = "Client organisation"
	c.contact = widget.NewEntry()
	c.contact.PlaceHolder = "Who receives the documents"
	c.preparedBy = widget.NewEntry()
	c.preparedBy.PlaceHolder = "Default \"prepared by\" of this client's plans"
	c.accent = widget.NewEntry()
	c.accent.PlaceHolder = "#RRGGBB"
	c.accent.Validator = checkColor
	c.lang = widget.NewSelect(langNames(), nil)
	c.paper = widget.NewSelect(paperNames(), nil)
	c.logo = wrapLabel("")
	c.pickLogo = widget.NewButtonWithIcon("Choose logo …", theme.FolderOpenIcon(), c.onPickLogo)
	c.dropLogo = widget.NewButtonWithIcon("Remove logo", theme.DeleteIcon(), func() { c.logoData = nil; c.showLogo() })
	c.addBtn = widget.NewButtonWithIcon("New client", theme.ContentAddIcon(), c.onAdd)
	c.saveBtn = widget.NewButtonWithIcon("Save client", theme.DocumentSaveIcon(), c.onSave)
	c.deleteBtn = widget.NewButtonWithIcon("Delete client …", theme.DeleteIcon(), c.onDelete)
	c.newPlanBtn = widget.NewButtonWithIcon("New plan for this client", theme.DocumentCreateIcon(), c.onNewPlan)
	c.status = wrapLabel("")

	fields := form(
		widget.NewFormItem("Name", c.name),
		widget.NewFormItem("Contact", c.contact),
		widget.NewFormItem("Prepared by", c.preparedBy),
		fieldHint("Accent colour", c.accent, "Headings and charts of the PDFs; empty for the default blue."),
		widget.NewFormItem("Export language", c.lang),
		widget.NewFormItem("Paper", c.paper),
		fieldHint("Logo", container.NewVBox(c.logo, container.NewHBox(c.pickLogo, c.dropLogo)), "PNG or JPEG, on the cover of the PDFs."),
	)
	right := container.NewBorder(nil, container.NewVBox(c.status,
		container.NewHBox(c.saveBtn, c.deleteBtn, c.newPlanBtn)), nil, nil, container.NewVScroll(fields))
	left := container.NewBorder(nil, c.addBtn, nil, nil, c.list)
	split := container.NewHSplit(left, right)
	split.Offset = 0.3
	c.obj = split
	c.reload(0)
	c.onAdd()
	return c
}

// reload reads the clients and selects the one with ID id (none for 0).
func (c *clientsPanel) reload(id int64) {
	cs, err := c.h.clientStore().Clients(context.Background())
	if err != nil {
		showError(c.h.w, err)
		return
	}
	c.clients = cs
	c.list.UnselectAll()
	c.list.Refresh()
	for i, cl := range cs {
		if cl.ID == id && id != 0 {
			c.list.Select(i)
		}
	}
}

// show puts client i in the fields.
func (c *clientsPanel) show(i int) {
	if i < 0 || i >= len(c.clients) {
		return
	}
	c.sel = i
	cl := c.clients[i]
	c.name.SetText(cl.Name)
	c.contact.SetText(cl.Contact)
	c.preparedBy.SetText(cl.PreparedBy)
	c.accent.SetText(cl.AccentColor)
	c.lang.SetSelected(langName(cl.Lang))
	paper := cl.Paper
	if paper == "" {
		paper = planner.PaperA4
	}
	c.paper.SetSelected(paper.Label())
	c.logoData = cl.Logo
	c.showLogo()
	c.deleteBtn.Enable()
	c.newPlanBtn.Enable()
	c.status.SetText("")
}

func (c *clientsPanel) showLogo() {
	if len(c.logoData) == 0 {
		c.logo.SetText("No logo.")
		c.dropLogo.Disable()
		return
	}
	c.logo.SetText(fmt.Sprintf("Logo set (%d KB).", (len(c.logoData)+1023)/1024))
	c.dropLogo.Enable()
}

// onAdd clears the fields for a new client.
func (c *clientsPanel) onAdd() {
	c.sel = -1
	c.list.UnselectAll()
	for _, e := range []*widget.Entry{c.name, c.contact, c.preparedBy, c.accent} {
		e.SetText("")
	}
	c.lang.SetSelected(i18n.English.Name())
	c.paper.SetSelected(planner.PaperA4.Label())
	c.logoData = nil
	c.showLogo()
	c.deleteBtn.Disable()
	c.newPlanBtn.Disable()
	c.status.SetText("Type the new client's details, then save.")
}

// onSave adds or updates the client in the fields.
func (c *clientsPanel) onSave() {
	cl := planner.Client{
		Name: strings.TrimSpace(c.name.Text), Contact: strings.TrimSpace(c.contact.Text),
		PreparedBy: strings.TrimSpace(c.preparedBy.Text), AccentColor: strings.TrimSpace(c.accent.Text),
		Lang: langOfName(c.lang.Selected), Paper: paperOfName(c.paper.Selected), Logo: c.logoData,
	}
	if c.sel >= 0 {
		cl.ID = c.clients[c.sel].ID
	}
	if err := c.h.clientStore().SaveClient(context.Background(), &cl); err != nil {
		showError(c.h.w, err)
		return
	}
	c.reload(cl.ID)
	c.h.reload()
	c.status.SetText("Saved. Plans made for " + cl.Name + " use these values unless they set their own.")
}

// onDelete names the plans that use the client and deletes it once confirmed.
func (c *clientsPanel) onDelete() {
	if c.sel < 0 {
		return
	}
	cl := c.clients[c.sel]
	plans, err := c.h.clientStore().ClientPlans(context.Background(), cl.ID)
	if err != nil {
		showError(c.h.w, err)
		return
	}
	msg := fmt.Sprintf("Delete the client %q? No plan uses it.", cl.Name)
	if len(plans) > 0 {
		msg = fmt.Sprintf("Delete the client %q? %s made for it: %s. They keep the client's name, logo, colour, language and paper as their own.",
			cl.Name, plural(len(plans), "One plan was", fmt.Sprintf("%d plans were", len(plans))), strings.Join(plans, ", "))
	}
	c.h.confirm(msg, func() {
		if err := c.h.clientStore().DeleteClient(context.Background(), cl.ID); err != nil {
			showError(c.h.w, err)
			return
		}
		c.reload(0)
		c.onAdd()
		c.h.reload()
		c.status.SetText("Deleted " + cl.Name + ".")
	})
}

// onNewPlan makes a blank plan for the selected client, with its branding, and opens it.
func (c *clientsPanel) onNewPlan() {
	if c.sel < 0 {
		return
	}
	cl := c.clients[c.sel]
	if c.dlg != nil {
		c.dlg.Hide()
	}
	id, err := c.h.createPlanFor(cl, "")
	if err != nil {
		showError(c.h.w, err)
		return
	}
	c.h.openID(id)
}

func (c *clientsPanel) onPickLogo() {
	pickFile(c.h.w, []string{".png", ".jpg", ".jpeg"}, func(rc fyne.URIReadCloser) error {
		data, err := readLogo(rc)
		if err != nil {
			return fmt.Errorf("could not use %s as the logo: %w", rc.URI().Name(), err)
		}
		c.logoData = data
		c.showLogo()
		return nil
	})
}

// noClient is the client menus' choice of no client.
const noClient = "No client"

// clientStore is the library's client presets.
func (h *home) clientStore() ClientStore { return h.app.lib }

// reloadClients refreshes the "New plan for client" menu.
func (h *home) reloadClients() {
	if h.forClient == nil {
		return
	}
	cs, err := h.clientStore().Clients(context.Background())
	if err != nil {
		showError(h.w, err)
		return
	}
	names := make([]string, len(cs))
	for i, c := range cs {
		names[i] = c.Name
	}
	h.forClient.SetOptions(names)
	if len(names) == 0 {
		h.forClient.Disable()
	} else {
		h.forClient.Enable()
	}
}

// onNewForClient makes a plan for the client just chosen in the menu and opens it: two clicks
// from the library to a plan with the client's branding.
func (h *home) onNewForClient(name string) {
	if name == "" {
		return
	}
	defer h.forClient.ClearSelected()
	cs, err := h.clientStore().Clients(context.Background())
	if err != nil {
		showError(h.w, err)
		return
	}
	for _, c := range cs {
		if c.Name == name {
			id, err := h.createPlanFor(c, "")
			if err != nil {
				showError(h.w, err)
				return
			}
			h.openID(id)
			return
		}
	}
}

// createPlanFor makes a plan named after the client and the day, for the client.
func (h *home) createPlanFor(c planner.Client, templateKey string) (int64, error) {
	name := fmt.Sprintf("%s – %s", c.Name, h.app.opt.Now().Format("2006-01-02"))
	return h.createPlanWith(name, templateKey, &c)
}

// onClients shows the client manager.
func (h *home) onClients() {
	h.clients = newClientsPanel(h)
	d := dialog.NewCustom("Clients", "Close", h.clients.obj, h.w)
	h.clients.dlg = d
	d.Resize(fyne.NewSize(820, 520))
	d.Show()
}
