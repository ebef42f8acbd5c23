package ui

import (
	"context"
	"fmt"
	"log"
	"sort"
	"sync"
	"time"

	"fyne.io/fyne/v2"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// Library is what the GUI needs of the plan library. The store satisfies it; the GUI never
// sees SQL.
type Library interface {
	Path() string
	List(ctx context.Context, opt planner.ListOptions) ([]planner.PlanSummary, error)
	Create(ctx context.Context, p *planner.Plan) (int64, error)
	Load(ctx context.Context, id int64) (*planner.Plan, error)
	Duplicate(ctx context.Context, id int64, name string) (int64, error)
	Rename(ctx context.Context, id int64, name string) error
	SetStatus(ctx context.Context, id int64, st planner.Status) error
	Delete(ctx context.Context, id int64) error
	Undelete(ctx context.Context, id int64) error
	// Save writes one change of an open plan and its progress in one transaction.
	Save(ctx context.Context, planID int64, ch planner.Change) error
	// Put saves one list item alone; CSV imports write through it (csvimport.Target).
	Put(ctx context.Context, planID int64, item any) error
	// The bulk writes below store the plan's progress, for which they read the plan back in
	// their transaction: they return it, so that the window need not load it a second time.
	DeletePersonAndLoad(ctx context.Context, planID, candidateID int64) (*planner.Plan, error)
	DeleteRespondentAndLoad(ctx context.Context, planID, responseID int64) (*planner.Plan, error)
	AddResponsesAndLoad(ctx context.Context, planID int64, rs []planner.Response) (int, *planner.Plan, error)
	AddCandidatesAndLoad(ctx context.Context, planID int64, cs []planner.Candidate) (int, *planner.Plan, error)
	ClientStore
}

// session is one open plan: the plan in memory, the library it is saved to, and the autosave
// status. Editors change s.plan and then call one of the save methods, which writes that one
// change and the plan's progress in one transaction, reports the outcome through onStatus
// and lets the window refresh through onChanged.
type session struct {
	lib  Library
	plan *planner.Plan
	now  func() time.Time
	// tr words the window's own texts in the app's language (English in tests that open a
	// session alone).
	tr *i18n.Printer

	// onStatus shows the autosave state: "Saved" or the error. Never nil after newSession.
	onStatus func(msg string, err error)
	// onChanged runs after every save, so that marks, hints and figures refresh; listed
	// says whether a value the plan library lists (name, client, progress…) changed.
	onChanged func(listed bool)
	// relayout lays the page out again after an editor changed size.
	relayout func()
	// rev is the plan's revision in this window: it grows with every change reported (saved
	// or not), so that what derives from the plan can be kept until the plan changes.
	rev uint64
	// listed is what the plan library showed of the plan after the last save.
	listed planner.PlanSummary
	// quiet is set while batch runs; changed and listedChanged collect what its saves did.
	quiet, changed, listedChanged bool

	// delay is how long typing must pause before a text edit is saved (autosaveDelay).
	delay time.Duration
	mu    sync.Mutex

	// changesSince is the issued charter version whose changes the charter exports list
	// ("" for none), as chosen on the Export page.
	changesSince string
	pending      map[string]*pendingSave
	seq          uint64
}

// autosaveDelay is how long typing must pause before a text edit is saved: short enough that
// every edit reaches the library within a second, long enough not to write every keystroke.
// Tests raise it so that saves happen only through flush, on the test's own goroutine.
var autosaveDelay = 400 * time.Millisecond

type pendingSave struct {
	timer *time.Timer
	fn    func()
	seq   uint64 // the order it was scheduled in: flush runs saves in that order
}

func newSession(lib Library, p *planner.Plan, now func() time.Time) *session {
	if now == nil {
		now = time.Now
	}
	s := &session{lib: lib, plan: p, now: now, tr: i18n.New(i18n.English), onStatus: func(string, error) {}, onChanged: func(bool) {},
		relayout: func() {}, delay: autosaveDelay, pending: map[string]*pendingSave{}}
	s.listed = s.summary()
	return s
}

// summary is what the plan library lists of the plan, its last edit to the minute as shown.
func (s *session) summary() planner.PlanSummary {
	p := s.plan
	done, cur := planner.Progress(p)
	// The library lists a plan's own client organisation, else its client preset's name.
	return planner.PlanSummary{ID: p.ID, Name: p.Name, Client: planner.EffectiveBranding(p).Client, Domain: p.Domain, Status: p.Status,
		Step: cur, Progress: done, Updated: s.now().Truncate(time.Minute)}
}

// debounce runs fn on the UI goroutine once edits under key have paused for s.delay. A
// newer call with the same key replaces the pending one. Text entries call it from OnChanged
// with a key naming the field (e.g. "charter.purpose"); fn applies nothing new, it only saves.
func (s *session) debounce(key string, fn func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.pending[key]; ok {
		p.timer.Stop()
	}
	s.seq++
	p := &pendingSave{fn: fn, seq: s.seq}
	p.timer = time.AfterFunc(s.delay, func() {
		s.mu.Lock()
		cur, ok := s.pending[key]
		if ok && cur == p {
			delete(s.pending, key)
		}
		s.mu.Unlock()
		if ok && cur == p {
			fyne.Do(fn)
		}
	})
	s.pending[key] = p
}

// flush runs every pending save now, on the calling (UI) goroutine: before a window closes,
// before an export reads the plan, and in tests instead of waiting.
// Saves run in the order their edits were made, so that a figure checked against another
// (weekly active against members) is applied after the one it depends on.
func (s *session) flush() {
	s.mu.Lock()
	ps := make([]*pendingSave, 0, len(s.pending))
	for k, p := range s.pending {
		if p.timer.Stop() {
			ps = append(ps, p)
		}
		delete(s.pending, k)
	}
	s.mu.Unlock()
	sort.Slice(ps, func(i, j int) bool { return ps[i].seq < ps[j].seq })
	for _, p := range ps {
		p.fn()
	}
}

// cancel drops the pending save under key, if any: the caller applies the edit itself.
func (s *session) cancel(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.pending[key]; ok {
		p.timer.Stop()
		delete(s.pending, key)
	}
}

// today is the session's current date, for due dates and overdue checks.
func (s *session) today() planner.Date { return planner.DateOf(s.now()) }

// batch runs fn, which may save many times, and lets the page refresh once at the end.
func (s *session) batch(fn func()) {
	s.quiet, s.changed, s.listedChanged = true, false, false
	defer func() {
		s.quiet = false
		if s.changed {
			s.onChanged(s.listedChanged)
		}
	}()
	fn()
}

// changedNow tells the window that the plan changed (listed: in a value the library lists),
// at once or, inside batch, once at its end.
func (s *session) changedNow(listed bool) {
	s.rev++
	if s.quiet {
		s.changed, s.listedChanged = true, s.listedChanged || listed
		return
	}
	s.onChanged(listed)
}

// save writes one change with the plan's progress and reports the outcome.
func (s *session) save(what string, ch planner.Change) error {
	ch.Done, ch.Current = planner.Progress(s.plan)
	return s.report(what, s.lib.Save(context.Background(), s.plan.ID, ch))
}

// report shows a save's outcome in the status line and lets the window refresh. Either way
// the page refreshes: it shows the plan as edited, saved or not. Writes that are not a Change
// (a person erased everywhere, a bulk add) report here too: the library stores the progress
// they lead to in their own transaction.
func (s *session) report(what string, err error) error {
	if err != nil {
		cause := err
		err = fmt.Errorf("could not save %s: %w", what, err)
		log.Print(err)
		// The status line says "Not saved" in the window's language around the cause; what
		// was being saved is in the log.
		s.onStatus(s.tr.T("ui.wizard.status.not_saved"), cause)
		s.changedNow(false)
		return err
	}
	s.onStatus(s.tr.T("ui.wizard.status.saved", "time", s.now().Format("15:04:05")), nil)
	sum := s.summary()
	listed := sum != s.listed
	s.listed = sum
	s.changedNow(listed)
	return nil
}

// savePlan saves the plan's own fields (metadata, domain, sponsor, survey settings, step 5
// settings).
func (s *session) savePlan() error { return s.save("the plan", planner.Change{Plan: s.plan}) }

// saveCharter saves the charter's own fields (not its lists).
func (s *session) saveCharter() error {
	return s.save("the charter", planner.Change{Charter: &s.plan.Charter})
}

// saveEvent saves the launch event's own fields and attendees (not its lists).
func (s *session) saveEvent() error { return s.save("the event", planner.Change{Event: &s.plan.Event}) }

// put saves one list item (a pointer into s.plan); a new item (ID 0) gets its ID set.
func (s *session) put(item any) error { return s.save("the change", planner.Change{Item: item}) }

// deleteItem removes one list item from the library; the caller has removed it from s.plan.
func (s *session) deleteItem(kind planner.ItemKind, id int64) error {
	return s.save("the deletion", planner.Change{Delete: &planner.ItemRef{Kind: kind, ID: id}})
}

// reorder saves the order of a list.
func (s *session) reorder(kind planner.ItemKind, ids []int64) error {
	return s.save("the new order", planner.Change{Reorder: &planner.ItemOrder{Kind: kind, IDs: ids}})
}
