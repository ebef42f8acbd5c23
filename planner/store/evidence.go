package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// SaveEvidence replaces the plan's evidence (sessions with their attendance, activity
// exports, remembered match decisions, the minimum time counted as attending) with p's, in
// one transaction that also checks its references to members and practices. New candidates
// the user chose to add ("add as a new member") are stored first, with AddCandidates, so
// that the evidence can name them. p is given the stored IDs.
func (s *Store) SaveEvidence(ctx context.Context, planID int64, p *planner.Plan) error {
	return s.edit(ctx, planID, fmt.Sprintf("save evidence of plan %d", planID), func(w *txw) error {
		for _, spec := range evidenceTables {
			if _, err := w.exec("DELETE FROM "+spec.table+" WHERE plan_id = ?", planID); err != nil {
				return err
			}
		}
		return writeEvidence(w, planID, p, nil, nil)
	})
}

// writeEvidence writes p's evidence to the plan's (empty) evidence tables and gives p the
// stored IDs. cmap and pmap, when given, map the plan's candidate and practice IDs to the
// stored ones (a plan being created: a reference to nothing becomes 0, and a decision naming
// no member is dropped); otherwise the IDs are the stored ones and must be the plan's.
func writeEvidence(w *txw, planID int64, p *planner.Plan, cmap, pmap map[int64]int64) error {
	// ref maps *id through m (a plan being created) or checks it is the plan's (in table);
	// it returns the value to store: NULL for 0.
	ref := func(id *int64, m map[int64]int64, table, what string) (any, error) {
		if m != nil {
			*id = m[*id]
		}
		if *id == 0 {
			return nil, nil
		}
		if m == nil {
			var got int64
			if err := w.queryRow("SELECT id FROM "+table+" WHERE id = ? AND plan_id = ?", *id, planID).Scan(&got); err != nil {
				return nil, fmt.Errorf("%s %d: %w", what, *id, notFound(err))
			}
		}
		return *id, nil
	}
	member := func(id *int64) (any, error) { return ref(id, cmap, "candidates", "member") }
	if _, err := w.exec(evidenceRow.upsertSQL(), planID, p.MinAttendMinutes); err != nil {
		return err
	}
	for i := range p.Sessions {
		s := &p.Sessions[i]
		pr, err := ref(&s.PracticeID, pmap, "cadence", "practice")
		if err != nil {
			return err
		}
		res, err := w.exec(sessionTable.insertSQL(), planID, i+1, encDate(s.Date), s.Title, s.Source, s.Minutes, pr)
		if err != nil {
			return err
		}
		if s.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		for j := range s.Attendees {
			a := &s.Attendees[j]
			m, err := member(&a.CandidateID)
			if err != nil {
				return err
			}
			if _, err := sessionAttendeeRows.insert(w, planID, s.ID, j+1, nil, 0,
				a.Name, a.Email, a.Minutes, a.Joins, a.Organizer, a.Guest, m); err != nil {
				return err
			}
		}
	}
	for i := range p.Activity {
		e := &p.Activity[i]
		res, err := w.exec(exportTable.insertSQL(), planID, i+1, e.Source, encDate(e.From), encDate(e.To), e.Estimate, e.Reason)
		if err != nil {
			return err
		}
		if e.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		for j := range e.Members {
			m := &e.Members[j]
			c, err := member(&m.CandidateID)
			if err != nil {
				return err
			}
			days := ""
			if m.Days != nil {
				b, err := json.Marshal(m.Days)
				if err != nil {
					return err
				}
				days = string(b)
			}
			if _, err := activityMemberRows.insert(w, planID, e.ID, j+1, nil, 0, m.Name, m.Email, days, m.DaysActive,
				m.Messages, encDate(m.LastActive), encDate(m.Joined), encDate(m.Left), c); err != nil {
				return err
			}
		}
		for j, wc := range e.Weekly {
			if _, err := activityWeekRows.insert(w, planID, e.ID, j+1, nil, 0, encDate(wc.Date), wc.Active); err != nil {
				return err
			}
		}
	}
	kept := p.Matches[:0]
	for _, d := range p.Matches {
		c, err := member(&d.CandidateID)
		if err != nil {
			return err
		}
		if c == nil && d.Action != planner.MatchNotMember {
			continue // the member it named is gone: ask again
		}
		res, err := w.exec(decisionTable.insertSQL(), planID, len(kept)+1, d.Key, d.Name, d.Email, string(d.Action), c)
		if err != nil {
			return err
		}
		if d.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		kept = append(kept, d)
	}
	if p.Matches != nil {
		p.Matches = kept
	}
	return nil
}

// evidence reads the plan's evidence.
func (l *loader) evidence(p *planner.Plan) error {
	err := l.tx.QueryRowContext(l.ctx, evidenceRow.selectSQL(), l.id).Scan(&p.MinAttendMinutes)
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("evidence settings: %w", err)
	}
	sessions := map[int64]int{}
	err = l.each(sessionTable.selectSQL(), func(r *sql.Rows) error {
		var s planner.Session
		var date string
		var practice sql.NullInt64
		if err := r.Scan(&s.ID, &date, &s.Title, &s.Source, &s.Minutes, &practice); err != nil {
			return err
		}
		var err error
		if s.Date, err = decDate(date); err != nil {
			return err
		}
		s.PracticeID = practice.Int64
		sessions[s.ID] = len(p.Sessions)
		p.Sessions = append(p.Sessions, s)
		return nil
	})
	if err != nil {
		return fmt.Errorf("sessions: %w", err)
	}
	// A year of attendance is thousands of rows: they come grouped by session, and each
	// session's run is carved, capped, from one array of them all.
	n, err := l.countRows(sessionAttendeeRows.table)
	if err != nil {
		return fmt.Errorf("count attendance: %w", err)
	}
	all := make([]planner.Attendee, 0, n)
	start, cur := 0, -1
	end := func() {
		if cur >= 0 {
			p.Sessions[cur].Attendees = all[start:len(all):len(all)]
		}
	}
	var a planner.Attendee
	var sid int64
	var c sql.NullInt64
	err = l.scan(sessionAttendeeRows.selectSQL, []any{&sid, &a.Name, &a.Email, &a.Minutes, &a.Joins, &a.Organizer, &a.Guest, &c}, func() error {
		i, ok := sessions[sid]
		if !ok {
			return fmt.Errorf("attendance of unknown session %d", sid)
		}
		if i != cur {
			end()
			if cur >= 0 && p.Sessions[i].Attendees != nil {
				return fmt.Errorf("attendance of session %d out of order", sid)
			}
			start, cur = len(all), i
		}
		a.CandidateID = c.Int64
		all = append(all, a)
		return nil
	})
	if err != nil {
		return fmt.Errorf("attendance: %w", err)
	}
	end()
	exports := map[int64]int{}
	err = l.each(exportTable.selectSQL(), func(r *sql.Rows) error {
		var e planner.ActivityExport
		var from, to string
		if err := r.Scan(&e.ID, &e.Source, &from, &to, &e.Estimate, &e.Reason); err != nil {
			return err
		}
		var err error
		if e.From, err = decDate(from); err != nil {
			return err
		}
		if e.To, err = decDate(to); err != nil {
			return err
		}
		exports[e.ID] = len(p.Activity)
		p.Activity = append(p.Activity, e)
		return nil
	})
	if err != nil {
		return fmt.Errorf("activity exports: %w", err)
	}
	err = l.each(activityMemberRows.selectSQL, func(r *sql.Rows) error {
		var eid int64
		var m planner.MemberActivity
		var days, last, joined, left string
		var c sql.NullInt64
		if err := r.Scan(&eid, &m.Name, &m.Email, &days, &m.DaysActive, &m.Messages, &last, &joined, &left, &c); err != nil {
			return err
		}
		i, ok := exports[eid]
		if !ok {
			return fmt.Errorf("activity of unknown export %d", eid)
		}
		if days != "" {
			if err := json.Unmarshal([]byte(days), &m.Days); err != nil {
				return fmt.Errorf("active days: %w", err)
			}
		}
		for _, d := range []struct {
			s string
			t *planner.Date
		}{{last, &m.LastActive}, {joined, &m.Joined}, {left, &m.Left}} {
			v, err := decDate(d.s)
			if err != nil {
				return err
			}
			*d.t = v
		}
		m.CandidateID = c.Int64
		p.Activity[i].Members = append(p.Activity[i].Members, m)
		return nil
	})
	if err != nil {
		return fmt.Errorf("activity: %w", err)
	}
	err = l.each(activityWeekRows.selectSQL, func(r *sql.Rows) error {
		var eid int64
		var wc planner.WeekCount
		var date string
		if err := r.Scan(&eid, &date, &wc.Active); err != nil {
			return err
		}
		i, ok := exports[eid]
		if !ok {
			return fmt.Errorf("weekly count of unknown export %d", eid)
		}
		var err error
		if wc.Date, err = decDate(date); err != nil {
			return err
		}
		p.Activity[i].Weekly = append(p.Activity[i].Weekly, wc)
		return nil
	})
	if err != nil {
		return fmt.Errorf("weekly counts: %w", err)
	}
	err = l.each(decisionTable.selectSQL(), func(r *sql.Rows) error {
		var d planner.MatchDecision
		var action string
		var c sql.NullInt64
		if err := r.Scan(&d.ID, &d.Key, &d.Name, &d.Email, &action, &c); err != nil {
			return err
		}
		d.Action, d.CandidateID = planner.MatchAction(action), c.Int64
		p.Matches = append(p.Matches, d)
		return nil
	})
	if err != nil {
		return fmt.Errorf("match decisions: %w", err)
	}
	return nil
}

// deleteEvidenceOf deletes what the evidence holds of a person beyond the rows that go with
// their candidate row: unmatched attendance and activity under their email, and decisions
// about that email.
func deleteEvidenceOf(w *txw, planID int64, email string) error {
	if !strings.Contains(email, "@") {
		return nil // a URL or a handle names no one in a report
	}
	for _, q := range []string{
		"DELETE FROM session_attendees WHERE plan_id = ? AND email = ?",
		"DELETE FROM activity_members WHERE plan_id = ? AND email = ?",
		"DELETE FROM match_decisions WHERE plan_id = ? AND email = ?",
	} {
		if _, err := w.exec(q, planID, email); err != nil {
			return err
		}
	}
	return nil
}
