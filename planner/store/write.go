package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/coplaunch/coplaunch/planner"
)

// txw is a write transaction with a cache of prepared statements, so that bulk inserts compile
// each statement once.
type txw struct {
	ctx   context.Context
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
}

func (w *txw) exec(query string, args ...any) (sql.Result, error) {
	st, ok := w.stmts[query]
	if !ok {
		var err error
		st, err = w.tx.PrepareContext(w.ctx, query)
		if err != nil {
			return nil, err
		}
		w.stmts[query] = st
	}
	return st.ExecContext(w.ctx, args...)
}

// execOne runs a statement that must touch one row; none means the row is not in the plan.
func (w *txw) execOne(what string, query string, args ...any) (sql.Result, error) {
	res, err := w.exec(query, args...)
	if err != nil {
		return nil, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, fmt.Errorf("%s: %w", what, planner.ErrNotFound)
	}
	return res, nil
}

func (w *txw) queryRow(query string, args ...any) *sql.Row {
	return w.tx.QueryRowContext(w.ctx, query, args...)
}

func (w *txw) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// tx runs fn in one immediate transaction (the DSN's _txlock), committing when fn succeeds.
func (s *Store) tx(ctx context.Context, fn func(w *txw) error) error {
	if s.readOnly {
		return ErrReadOnly
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w := &txw{ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
	err = fn(w)
	w.close()
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// edit runs fn in one transaction on a live plan and bumps the plan's updated time.
func (s *Store) edit(ctx context.Context, planID int64, what string, fn func(w *txw) error) error {
	err := s.tx(ctx, func(w *txw) error {
		if _, err := w.execOne(fmt.Sprintf("plan %d", planID),
			"UPDATE plans SET updated = ? WHERE id = ? AND deleted_at IS NULL", encTime(s.now()), planID); err != nil {
			return err
		}
		return fn(w)
	})
	if err != nil {
		return fmt.Errorf("%s: %w", what, notFound(err))
	}
	return nil
}

// notFound maps sql.ErrNoRows to planner.ErrNotFound.
func notFound(err error) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: %v", planner.ErrNotFound, err)
	}
	return err
}
