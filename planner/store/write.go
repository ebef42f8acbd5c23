package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/coplaunch/coplaunch/planner"
)

// txw is a write transaction. Its statements come from the Store's cache of prepared
// statements, so that bulk inserts compile each statement once and a small edit compiles none.
type txw struct {
	s      *Store
	ctx    context.Context
	tx     *sql.Tx
	stmts  map[string]*sql.Stmt
	missed []string    // queries not in the Store's cache yet
	refs   *answerRefs // the plan's question and theme IDs, once read (planRefs)
}

// stmt returns query prepared for this transaction: from the Store's cache when it is there,
// else prepared on the transaction and noted, to be cached once the transaction has given
// its connection back (the library has one connection, so preparing on the pool here would
// wait for ourselves).
func (w *txw) stmt(query string) (*sql.Stmt, error) {
	if st, ok := w.stmts[query]; ok {
		return st, nil
	}
	var st *sql.Stmt
	if ps := w.s.cached(query); ps != nil {
		st = w.tx.StmtContext(w.ctx, ps)
	} else {
		var err error
		if st, err = w.tx.PrepareContext(w.ctx, query); err != nil {
			return nil, err
		}
		w.missed = append(w.missed, query)
	}
	w.stmts[query] = st
	return st, nil
}

func (w *txw) exec(query string, args ...any) (sql.Result, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(w.ctx, args...)
}

// query runs a query of the transaction through the statement cache.
func (w *txw) query(query string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(w.ctx, args...)
}

// cached returns query's statement prepared on the library's connection, or nil.
func (s *Store) cached(query string) *sql.Stmt {
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	return s.stmts[query]
}

// cache prepares queries on the library's connection for the transactions to come. Compiling
// the statements of a one-field edit anew in every transaction was a quarter of its CPU time.
// The queries are literals, so the cache stays small. A failure only means no caching.
func (s *Store) cache(ctx context.Context, queries []string) {
	for _, q := range queries {
		if s.cached(q) != nil {
			continue
		}
		st, err := s.db.PrepareContext(ctx, q)
		if err != nil {
			continue
		}
		s.stmtMu.Lock()
		if s.stmts == nil {
			s.stmts = map[string]*sql.Stmt{}
		}
		if _, ok := s.stmts[q]; ok || s.closed {
			st.Close()
		} else {
			s.stmts[q] = st
		}
		s.stmtMu.Unlock()
	}
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
		return planner.ErrReadOnly
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	w := &txw{s: s, ctx: ctx, tx: tx, stmts: map[string]*sql.Stmt{}}
	err = fn(w)
	w.close()
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.cache(ctx, w.missed)
	s.afterWrite()
	return nil
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
