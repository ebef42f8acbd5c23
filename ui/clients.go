package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
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

// paperNames are the paper sizes as menus show them, in tr's language.
func paperNames(tr *i18n.Printer) []string {
	out := make([]string, len(planner.Papers))
	for i, p := range planner.Papers {
		out[i] = p.In(tr)
	}
	return out
}

// paperOfName is the paper size a menu shows as name in tr's language; "" when none is.
func paperOfName(tr *i18n.Printer, name string) planner.Paper {
	for _, p := range planner.Papers {
		if p.In(tr) == name {
			return p
		}
	}
	return ""
}

// clientsPanel manages the library's clients: a list, the selected client's fields, and
// buttons to add, delete and start a plan for it. Like the rest of the app it saves by
// itself: an edit is saved when typing pauses, when another client is chosen and when the
// manager closes; a client that cannot be saved yet (no name, a colour that is not one) is
// named with what would be lost before the manager closes.
type clientsPanel struct {
	h       *home
	clients []planner.Client
	sel     int // index in clients; -1 when none (a new client is being typed)

	// The manager's controls hand Esc to its dialog (keyEntry, keySelect, keyButton): Esc
	// closes it as Close does, saving first.
	list                              *widget.List
	name, contact, preparedBy, accent *keyEntry
	lang, paper                       *keySelect
	logo                              *widget.Label
	logoData                          []byte
	addBtn, deleteBtn, newPlanBtn     *keyButton
	closeBtn                          *keyButton
	pickLogo, dropLogo                *keyButton
	status                            *widget.Label
	// tr words the manager's texts in the app's language.
	tr *i18n.Printer

	// loading is set while show and onAdd fill the fields, which is no edit; dirty says the
	// fields hold an edit not saved yet.
	loading, dirty bool
	// pending is the save waiting for typing to pause.
	pending *time.Timer
	delay   time.Duration

	dlg *keyDialog
	obj fyne.CanvasObject
}

// newClientsPanel builds the client manager of the home window.
func newClientsPanel(h *home) *clientsPanel {
	c := &clientsPanel{h: h, sel: -1, delay: autosaveDelay, tr: h.app.tr()}
	tr := c.tr
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
	c.list.OnSelected = func(i widget.ListItemID) {
		if i == c.sel || i >= len(c.clients) {
			return
		}
		// The edit in the fields is saved first; that may rename and so move clients.
		id := c.clients[i].ID
		c.flush()
		for j, cl := range c.clients {
			if cl.ID == id {
				c.show(j)
				c.list.Select(j)
			}
		}
	}
	c.name, c.contact, c.preparedBy, c.accent = newKeyEntry(), newKeyEntry(), newKeyEntry(), newKeyEntry()
	c.name.PlaceHolder = tr.T("ui.overview.client")
	c.contact.PlaceHolder = tr.T("ui.clients.contact.placeholder")
	c.preparedBy.PlaceHolder = tr.T("ui.clients.prepared_by.placeholder")
	c.accent.PlaceHolder = "#RRGGBB"
	c.accent.Validator = checkColor
	for _, e := range c.entries() {
		e.OnChanged = func(string) { c.edited(false) }
	}
	c.lang = newKeySelect(langNames(), func(string) { c.edited(true) })
	c.paper = newKeySelect(paperNames(tr), func(string) { c.edited(true) })
	c.logo = wrapLabel("")
	c.pickLogo = newKeyButtonWithIcon(tr.T("ui.export.logo.choose"), theme.FolderOpenIcon(), c.onPickLogo)
	c.dropLogo = newKeyButtonWithIcon(tr.T("ui.export.logo.remove"), theme.DeleteIcon(), func() { c.logoData = nil; c.showLogo(); c.edited(true) })
	c.addBtn = newKeyButtonWithIcon(tr.T("ui.clients.new"), theme.ContentAddIcon(), func() { c.flush(); c.onAdd() })
	c.deleteBtn = newKeyButtonWithIcon(tr.T("ui.clients.delete"), theme.DeleteIcon(), c.onDelete)
	c.newPlanBtn = newKeyButtonWithIcon(tr.T("ui.clients.new_plan"), theme.DocumentCreateIcon(), c.onNewPlan)
	c.closeBtn = newKeyButton(tr.T("ui.common.close"), c.onClose)
	c.status = wrapLabel("")

	fields := form(
		widget.NewFormItem(tr.T("ui.clients.name"), c.name),
		widget.NewFormItem(tr.T("ui.clients.contact"), c.contact),
		widget.NewFormItem(tr.T("ui.overview.prepared_by"), c.preparedBy),
		fieldHint(tr.T("ui.export.accent"), c.accent, tr.T("ui.clients.accent.hint")),
		widget.NewFormItem(tr.T("ui.clients.language"), c.lang),
		widget.NewFormItem(tr.T("ui.export.paper"), c.paper),
		fieldHint(tr.T("ui.clients.logo"), container.NewVBox(c.logo, container.NewHBox(c.pickLogo, c.dropLogo)), tr.T("ui.clients.logo.hint")),
	)
	right := container.NewBorder(nil, container.NewVBox(c.status,
		container.NewHBox(c.deleteBtn, c.newPlanBtn, layout.NewSpacer(), c.closeBtn)), nil, nil, container.NewVScroll(fields))
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
	c.sel = -1
	c.list.UnselectAll()
	c.list.Refresh()
	for i, cl := range cs {
		if cl.ID == id && id != 0 {
			c.sel = i // the fields already show it
			c.list.Select(i)
		}
	}
}

// show puts client i in the fields.
func (c *clientsPanel) show(i int) {
	if i < 0 || i >= len(c.clients) {
		return
	}
	c.loading = true
	defer func() { c.loading = false }()
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
	c.paper.SetSelected(paper.In(c.tr))
	c.logoData = cl.Logo
	c.showLogo()
	c.deleteBtn.Enable()
	c.newPlanBtn.Enable()
	c.dirty = false
	c.status.SetText(c.tr.T("ui.clients.status.autosave"))
}

func (c *clientsPanel) showLogo() {
	c.logo.SetText(logoText(c.tr, c.logoData))
	setEnabled(c.dropLogo, len(c.logoData) > 0)
}

// onAdd clears the fields for a new client.
func (c *clientsPanel) onAdd() {
	c.loading = true
	defer func() { c.loading = false }()
	c.sel = -1
	c.list.UnselectAll()
	for _, e := range c.entries() {
		e.SetText("")
	}
	c.lang.SetSelected(i18n.English.Name())
	c.paper.SetSelected(planner.PaperA4.In(c.tr))
	c.logoData = nil
	c.showLogo()
	c.deleteBtn.Disable()
	c.newPlanBtn.Disable()
	c.dirty = false
	c.status.SetText(c.tr.T("ui.clients.status.new"))
}

// edited notes an edit of the fields: the last "Saved" no longer describes them, and they are
// saved when typing pauses (now for a choice, a logo).
func (c *clientsPanel) edited(now bool) {
	if c.loading {
		return
	}
	c.dirty = true
	c.status.SetText(c.tr.T("ui.clients.status.editing"))
	if c.pending != nil {
		c.pending.Stop()
	}
	if now {
		c.pending = nil
		c.save()
		return
	}
	var t *time.Timer
	t = time.AfterFunc(c.delay, func() {
		fyne.Do(func() {
			if c.pending == t {
				c.pending = nil
				c.save()
			}
		})
	})
	c.pending = t
}

// entries are the manager's text fields.
func (c *clientsPanel) entries() []*widget.Entry {
	return []*widget.Entry{&c.name.Entry, &c.contact.Entry, &c.preparedBy.Entry, &c.accent.Entry}
}

// flush saves a pending edit now: before another client is shown, a plan is made or the
// manager closes.
func (c *clientsPanel) flush() {
	if c.pending != nil {
		c.pending.Stop()
		c.pending = nil
	}
	if c.dirty {
		c.save()
	}
}

// fields is the client the fields describe.
func (c *clientsPanel) fields() planner.Client {
	cl := planner.Client{
		Name: strings.TrimSpace(c.name.Text), Contact: strings.TrimSpace(c.contact.Text),
		PreparedBy: strings.TrimSpace(c.preparedBy.Text), AccentColor: strings.TrimSpace(c.accent.Text),
		Lang: langOfName(c.lang.Selected), Paper: paperOfName(c.tr, c.paper.Selected), Logo: c.logoData,
	}
	if c.sel >= 0 {
		cl.ID = c.clients[c.sel].ID
	}
	return cl
}

// save adds or updates the client in the fields when they make a valid client; otherwise the
// status line says what keeps it from being saved, and the fields stay as typed.
func (c *clientsPanel) save() bool {
	cl := c.fields()
	if err := cl.Validate(); err != nil {
		c.status.SetText(c.tr.T("ui.clients.status.not_yet", "error", strings.TrimRight(clientMessage(c.tr, err), ".")))
		return false
	}
	if err := c.h.clientStore().SaveClient(context.Background(), &cl); err != nil {
		c.status.SetText(c.tr.T("ui.clients.status.failed", "error", err.Error()))
		showError(c.h.w, err)
		return false
	}
	c.dirty = false
	if c.sel < 0 || c.clients[c.sel].Name != cl.Name {
		c.reload(cl.ID) // a new client, or a new name: the list shows it
	} else {
		c.clients[c.sel] = cl
	}
	c.deleteBtn.Enable()
	c.newPlanBtn.Enable()
	c.h.reload()
	c.status.SetText(c.tr.T("ui.clients.status.saved", "time", c.h.app.opt.Now().Format("15:04:05"), "client", cl.Name))
	return true
}

// unsaved names what the fields hold that is not in the library, "" when nothing is.
func (c *clientsPanel) unsaved() string {
	if !c.dirty {
		return ""
	}
	cl := c.fields()
	tr := c.tr
	var parts []string
	for _, f := range []struct{ key, v string }{{"ui.clients.unsaved.name", cl.Name}, {"ui.clients.unsaved.contact", cl.Contact},
		{"ui.clients.unsaved.prepared_by", cl.PreparedBy}, {"ui.clients.unsaved.accent", cl.AccentColor}} {
		if f.v != "" {
			parts = append(parts, tr.T(f.key, "value", shortText(f.v, 40)))
		}
	}
	if len(cl.Logo) > 0 {
		parts = append(parts, tr.T("ui.clients.unsaved.logo"))
	}
	if len(parts) == 0 {
		return ""
	}
	what := tr.T("ui.clients.unsaved.new")
	if c.sel >= 0 {
		what = tr.T("ui.clients.unsaved.changes", "client", c.clients[c.sel].Name)
	}
	why := tr.T("ui.clients.unsaved.cannot")
	if err := cl.Validate(); err != nil {
		why = clientMessage(tr, err)
	}
	return tr.T("ui.clients.unsaved", "what", what, "parts", strings.Join(parts, ", "), "why", why)
}

// onClose saves what can be saved and closes the manager; when the fields hold something
// that cannot be saved, it asks first and names what would be lost.
func (c *clientsPanel) onClose() {
	c.flush()
	lost := c.unsaved()
	if lost == "" {
		c.hide()
		return
	}
	c.h.confirm(c.tr.T("ui.clients.close_unsaved", "what", lost), c.hide)
}

func (c *clientsPanel) hide() {
	if c.dlg != nil {
		c.dlg.Close()
	}
}

// onDelete names the plans that use the client and deletes it once confirmed.
func (c *clientsPanel) onDelete() {
	if c.sel < 0 {
		return
	}
	c.flush()
	if c.sel < 0 {
		return
	}
	cl := c.clients[c.sel]
	plans, err := c.h.clientStore().ClientPlans(context.Background(), cl.ID)
	if err != nil {
		showError(c.h.w, err)
		return
	}
	msg := c.tr.T("ui.clients.delete.unused", "client", cl.Name)
	if len(plans) > 0 {
		msg = c.tr.N("ui.clients.delete.used", len(plans), "client", cl.Name, "plans", strings.Join(plans, ", "))
	}
	c.h.confirm(msg, func() {
		if err := c.h.clientStore().DeleteClient(context.Background(), cl.ID); err != nil {
			showError(c.h.w, err)
			return
		}
		c.reload(0)
		c.onAdd()
		c.h.reload()
		c.status.SetText(c.tr.T("ui.clients.status.deleted", "client", cl.Name))
	})
}

// onNewPlan makes a blank plan for the selected client, with its branding, and opens it.
func (c *clientsPanel) onNewPlan() {
	if c.sel < 0 {
		return
	}
	c.flush()
	if c.sel < 0 {
		return
	}
	cl := c.clients[c.sel]
	c.hide()
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
			return errors.New(c.tr.T("ui.export.logo.unusable", "file", rc.URI().Name(), "error", err.Error()))
		}
		c.logoData = data
		c.showLogo()
		c.edited(true)
		return nil
	})
}

// noClient is the New plan dialog's choice of no client, in English; the Export page words
// it in the window's language (ui.export.no_client).
const noClient = "No client"

// clientMessage is what keeps a client from being saved (planner.Client.Validate), in tr's
// language where the rule has its sentence.
func clientMessage(tr *i18n.Printer, err error) string {
	var ve *planner.ValidationError
	if errors.As(err, &ve) && ve.Says.Key != "" {
		return ve.Says.In(tr)
	}
	return fieldMessage(err).Error()
}

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

// onClients shows the client manager; when it is open already (Ctrl+K pressed again, or from
// a plan window), it stays the one shown, with what is typed in it.
func (h *home) onClients() {
	if c := h.clients; c != nil && c.dlg != nil && !c.dlg.closed {
		h.w.Canvas().Focus(c.name)
		return
	}
	c := newClientsPanel(h)
	h.clients = c
	// No dialog button: the panel's own Close saves first, and asks before losing anything;
	// Esc does the same as Close. The dialog opens on the name field; Enter there does not
	// close it.
	d := newKeyDialog(h.w, c.tr.T("ui.clients.title"), c.obj, "", "", nil)
	d.beforeDismiss = func(func()) { c.onClose() }
	d.first = c.name
	c.dlg = d
	d.Resize(dialogSize(h.w, fyne.NewSize(820, 520)))
	d.Show()
}
