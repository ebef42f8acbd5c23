package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// clientSelect reads a clients row in the order scanClient expects.
const clientSelect = "SELECT id, name, logo, accent, contact, prepared_by, lang, paper FROM clients"

// rowScanner is a *sql.Row or *sql.Rows.
type rowScanner interface{ Scan(dest ...any) error }

func scanClient(r rowScanner) (planner.Client, error) {
	var c planner.Client
	var logo []byte
	var paper string
	if err := r.Scan(&c.ID, &c.Name, &logo, &c.AccentColor, &c.Contact, &c.PreparedBy, &c.Lang, &paper); err != nil {
		return planner.Client{}, notFound(err)
	}
	if len(logo) > 0 {
		c.Logo = logo
	}
	c.Paper = planner.Paper(paper)
	return c, nil
}

func clientValues(c *planner.Client) []any {
	var logo any
	if len(c.Logo) > 0 {
		logo = c.Logo
	}
	return []any{strings.TrimSpace(c.Name), logo, c.AccentColor, c.Contact, c.PreparedBy, c.Lang, string(c.Paper)}
}

// Clients lists the library's clients by name.
func (s *Store) Clients(ctx context.Context) ([]planner.Client, error) {
	rows, err := s.db.QueryContext(ctx, clientSelect+" ORDER BY name COLLATE NOCASE, id")
	if err != nil {
		return nil, fmt.Errorf("list clients: %w", err)
	}
	defer rows.Close()
	var out []planner.Client
	for rows.Next() {
		c, err := scanClient(rows)
		if err != nil {
			return nil, fmt.Errorf("list clients: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list clients: %w", err)
	}
	return out, nil
}

// Client loads one client.
func (s *Store) Client(ctx context.Context, id int64) (planner.Client, error) {
	c, err := scanClient(s.db.QueryRowContext(ctx, clientSelect+" WHERE id = ?", id))
	if err != nil {
		return planner.Client{}, fmt.Errorf("load client %d: %w", id, err)
	}
	return c, nil
}

// SaveClient adds a client (ID 0, which it then sets) or updates one. The plans made for the
// client see the change on their next load.
func (s *Store) SaveClient(ctx context.Context, c *planner.Client) error {
	if err := c.Validate(); err != nil {
		return fmt.Errorf("save client %q: %w", c.Name, err)
	}
	err := s.tx(ctx, func(w *txw) error {
		if c.ID == 0 {
			id, err := insertClient(w, c)
			c.ID = id
			return err
		}
		_, err := w.execOne(fmt.Sprintf("client %d", c.ID), `UPDATE clients SET name=?, logo=?, accent=?, contact=?,
			prepared_by=?, lang=?, paper=? WHERE id=?`, append(clientValues(c), c.ID)...)
		return err
	})
	if err != nil {
		return fmt.Errorf("save client %q: %w", c.Name, err)
	}
	return nil
}

func insertClient(w *txw, c *planner.Client) (int64, error) {
	res, err := w.exec(`INSERT INTO clients (name, logo, accent, contact, prepared_by, lang, paper)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, clientValues(c)...)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// ClientPlans names the plans made for a client (deleted ones aside), so that a person
// deleting the client knows what it touches.
func (s *Store) ClientPlans(ctx context.Context, id int64) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT name FROM plans WHERE client_id = ? AND deleted_at IS NULL ORDER BY name COLLATE NOCASE, id", id)
	if err != nil {
		return nil, fmt.Errorf("plans of client %d: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, fmt.Errorf("plans of client %d: %w", id, err)
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// DeleteClient removes a client. Its plans keep what the client gave them: the client's name,
// preparer, accent, logo, language and paper are copied into each plan where the plan had
// none of its own, so that no export changes.
func (s *Store) DeleteClient(ctx context.Context, id int64) error {
	err := s.tx(ctx, func(w *txw) error {
		c, err := scanClient(w.queryRow(clientSelect+" WHERE id = ?", id))
		if err != nil {
			return err
		}
		var logo any
		if len(c.Logo) > 0 {
			logo = c.Logo
		}
		if _, err := w.exec(`UPDATE plans SET
			client = CASE WHEN trim(client) = '' THEN ? ELSE client END,
			prepared_by = CASE WHEN trim(prepared_by) = '' THEN ? ELSE prepared_by END,
			accent = CASE WHEN trim(accent) = '' THEN ? ELSE accent END,
			logo = coalesce(logo, ?),
			lang = CASE WHEN lang = '' THEN ? ELSE lang END,
			paper = CASE WHEN paper = '' THEN ? ELSE paper END,
			client_id = NULL
			WHERE client_id = ?`, c.Name, c.PreparedBy, c.AccentColor, logo, c.Lang, string(c.Paper), id); err != nil {
			return err
		}
		_, err = w.execOne(fmt.Sprintf("client %d", id), "DELETE FROM clients WHERE id = ?", id)
		return err
	})
	if err != nil {
		return fmt.Errorf("delete client %d: %w", id, err)
	}
	return nil
}

// attachClient links a plan being created to its client: a plan from another library (a plan
// file) brings its client without a library number, and takes the client of the same name
// here, or adds it.
func attachClient(w *txw, p *planner.Plan) error {
	if p.ClientID != 0 || p.ClientPreset == nil {
		if p.ClientID != 0 && p.ClientPreset == nil {
			c, err := scanClient(w.queryRow(clientSelect+" WHERE id = ?", p.ClientID))
			if err != nil {
				return fmt.Errorf("client %d: %w", p.ClientID, err)
			}
			p.ClientPreset = &c
		}
		return nil
	}
	c := *p.ClientPreset
	if err := c.Validate(); err != nil {
		return fmt.Errorf("the plan's client: %w", err)
	}
	var id int64
	err := w.queryRow("SELECT id FROM clients WHERE name = ? ORDER BY id LIMIT 1", strings.TrimSpace(c.Name)).Scan(&id)
	switch {
	case err == nil:
		existing, err := scanClient(w.queryRow(clientSelect+" WHERE id = ?", id))
		if err != nil {
			return err
		}
		c = existing
	case errors.Is(err, sql.ErrNoRows):
		if id, err = insertClient(w, &c); err != nil {
			return fmt.Errorf("add the plan's client: %w", err)
		}
		c.ID = id
	default:
		return err
	}
	p.ClientID = c.ID
	p.ClientPreset = &c
	return nil
}
