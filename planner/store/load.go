package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// Load reads a whole plan: one query per table, assembled in memory.
//
// A Store holding the one-GUI lock reads the candidates with their status histories (about
// half of a large plan's work) on a second, read-only connection while its own connection
// reads the rest. The two read transactions see the same data because nothing can write
// between their starts: the lock keeps other processes' writers out, and writeMu keeps this
// Store's own writes out until both have finished. Any other Store reads in one transaction.
func (s *Store) Load(ctx context.Context, id int64) (*planner.Plan, error) {
	p := &planner.Plan{ID: id}
	var err error
	if rdb := s.reader(ctx); rdb != nil {
		s.writeMu.RLock()
		var errC error
		var wg sync.WaitGroup
		wg.Go(func() { errC = readTx(ctx, rdb, id, func(l *loader) error { return l.candidates(p) }) })
		err = readTx(ctx, s.db, id, func(l *loader) error { return l.rest(p) })
		wg.Wait()
		s.writeMu.RUnlock()
		if err == nil {
			err = errC
		}
	} else {
		err = readTx(ctx, s.db, id, func(l *loader) error {
			if err := l.rest(p); err != nil {
				return err
			}
			return l.candidates(p)
		})
	}
	if err != nil {
		return nil, fmt.Errorf("load plan %d: %w", id, notFound(err))
	}
	return p, nil
}

// reader returns the second connection of a Store holding the one-GUI lock, opening it on
// first use; nil for any other Store, or if it cannot be opened (Load then reads on the
// Store's own connection alone).
func (s *Store) reader(ctx context.Context) *sql.DB {
	if !s.exclusive {
		return nil
	}
	s.rdbOnce.Do(func() {
		// Each Load reads its half of the plan once, so this connection's page cache would
		// only hold memory: 512 KiB rather than the default 2 MB.
		db, err := sql.Open("sqlite", readDSN(s.path, false, "_pragma=cache_size(-512)"))
		if err != nil {
			return
		}
		db.SetMaxOpenConns(1)
		if err := db.PingContext(ctx); err != nil {
			_ = db.Close()
			return
		}
		s.rdb = db
	})
	return s.rdb
}

// loadIn reads a whole plan in a transaction already open.
func loadIn(ctx context.Context, tx *sql.Tx, id int64) (*planner.Plan, error) {
	p := &planner.Plan{ID: id}
	l := newLoader(ctx, tx, id)
	if err := l.rest(p); err != nil {
		return nil, err
	}
	if err := l.candidates(p); err != nil {
		return nil, err
	}
	return p, nil
}

// readTx runs fn with a loader on one read transaction of db.
func readTx(ctx context.Context, db *sql.DB, id int64, fn func(l *loader) error) error {
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(newLoader(ctx, tx, id))
}

type loader struct {
	ctx context.Context
	tx  *sql.Tx
	id  int64
	// The unpacker decodes the packed answers and histories, and interns the short texts that
	// repeat from row to row (statuses, channels, sources): the loaded plan then holds each
	// once. Its date parses each distinct date text once.
	*unpacker
}

func newLoader(ctx context.Context, tx *sql.Tx, id int64) *loader {
	return &loader{ctx: ctx, tx: tx, id: id, unpacker: newUnpacker()}
}

// countRows reads the number of the plan's rows of a big table (through its plan_id index
// alone), so that its slice is allocated once at its final size.
func (l *loader) countRows(table string) (n int, err error) {
	err = l.tx.QueryRowContext(l.ctx, "SELECT count(*) FROM "+table+" WHERE plan_id = ?", l.id).Scan(&n)
	return n, err
}

// each runs a query over the plan's rows of one table and calls fn for each row.
func (l *loader) each(query string, fn func(rows *sql.Rows) error) error {
	rows, err := l.tx.QueryContext(l.ctx, query, l.id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// scan is each for the big tables: every row is scanned into the same dest variables, so
// that reading a row allocates only its texts, and fn then takes the row from them.
func (l *loader) scan(query string, dest []any, fn func() error) error {
	return l.each(query, func(r *sql.Rows) error {
		if err := r.Scan(dest...); err != nil {
			return err
		}
		return fn()
	})
}

// rest reads everything but the candidates: the plan row and steps 1, 3, 4 and 5.
func (l *loader) rest(p *planner.Plan) error {
	var status, review, stage, created, updated, paper string
	var logo []byte
	hw := &p.HealthWeights
	var clientID sql.NullInt64
	err := l.tx.QueryRowContext(l.ctx, planRow.with("created", "updated").selectSQL()+" AND deleted_at IS NULL", l.id).Scan(
		&p.Name, &p.Client, &p.PreparedBy, &p.Audience, &p.Template, &status,
		&p.AccentColor, &logo, &p.Domain, &p.Sponsor.Name, &p.Sponsor.Role, &p.Sponsor.Expectations,
		&p.Survey.Closed, &p.Survey.TargetMin, &p.Survey.TargetMax, &review,
		&hw.WeeklyActive, &hw.PollResponse, &hw.SkillGain, &hw.Stories, &hw.Factors, &stage,
		&clientID, &p.Lang, &paper,
		&created, &updated)
	p.ClientID = clientID.Int64
	if err != nil {
		return err
	}
	p.Paper = planner.Paper(paper)
	if p.ClientID != 0 {
		c, err := scanClient(l.tx.QueryRowContext(l.ctx, clientSelect+" WHERE id = ?", p.ClientID))
		if err != nil {
			return fmt.Errorf("client %d: %w", p.ClientID, err)
		}
		p.ClientPreset = &c
	}
	if len(logo) > 0 {
		p.Logo = logo
	}
	p.Status, p.ReviewEvery, p.Stage = planner.Status(status), planner.Frequency(review), planner.Stage(stage)
	if p.Created, err = decTime(created); err != nil {
		return err
	}
	if p.Updated, err = decTime(updated); err != nil {
		return err
	}
	for _, step := range []func(*planner.Plan) error{l.survey, l.goals, l.charter, l.event, l.reviews, l.evidence} {
		if err := step(p); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) survey(p *planner.Plan) error {
	sv := &p.Survey
	err := l.each(tables[planner.ItemQuestion].selectSQL(), func(r *sql.Rows) error {
		var q planner.Question
		var kind, role string
		var opts sql.NullString
		if err := r.Scan(&q.ID, &kind, &q.Title, &q.Help, &opts, &role,
			&q.Scale.Min, &q.Scale.Max, &q.Scale.Low, &q.Scale.High, &q.Grid); err != nil {
			return err
		}
		q.Kind, q.Role = planner.QuestionKind(kind), planner.QuestionRole(role)
		var err error
		q.Options, err = decStrings(opts)
		sv.Questions = append(sv.Questions, q)
		return err
	})
	if err != nil {
		return fmt.Errorf("questions: %w", err)
	}
	err = l.each(tables[planner.ItemTheme].selectSQL(), func(r *sql.Rows) error {
		var t planner.Theme
		var kw sql.NullString
		if err := r.Scan(&t.ID, &t.Label, &kw); err != nil {
			return err
		}
		var err error
		t.Keywords, err = decStrings(kw)
		sv.Themes = append(sv.Themes, t)
		return err
	})
	if err != nil {
		return fmt.Errorf("themes: %w", err)
	}
	n, err := l.countRows("responses")
	if err != nil {
		return fmt.Errorf("count responses: %w", err)
	}
	sv.Responses = make([]planner.Response, 0, n)
	var x planner.Response
	var at, answers string
	err = l.scan(tables[planner.ItemResponse].selectSQL(),
		[]any{&x.ID, &x.Respondent, &x.Email, &at, &x.Source, &x.Key, &answers}, func() error {
			var err error
			if x.SubmittedAt, err = decTime(at); err != nil {
				return err
			}
			x.Source = l.intern(x.Source)
			if x.Answers, err = l.unpackAnswers(answers); err != nil {
				return fmt.Errorf("response %d: %w", x.ID, err)
			}
			sv.Responses = append(sv.Responses, x)
			return nil
		})
	if err != nil {
		return fmt.Errorf("responses: %w", err)
	}
	return nil
}

func (l *loader) goals(p *planner.Plan) error {
	idx := map[int64]int{}
	err := l.each(tables[planner.ItemGoal].selectSQL(), func(r *sql.Rows) error {
		var g planner.Goal
		var base, target sql.NullFloat64
		var due string
		sm := &g.Smart
		if err := r.Scan(&g.ID, &g.Title, &g.Metric, &g.Unit, &base, &target, &due,
			&sm.Specific, &sm.Measurable, &sm.Achievable, &sm.Relevant, &sm.TimeBound); err != nil {
			return err
		}
		g.Baseline, g.Target = decFloatPtr(base), decFloatPtr(target)
		var err error
		g.Due, err = decDate(due)
		idx[g.ID] = len(p.Goals)
		p.Goals = append(p.Goals, g)
		return err
	})
	if err != nil {
		return fmt.Errorf("goals: %w", err)
	}
	err = l.each(goalThemeRows.selectSQL, func(r *sql.Rows) error {
		var gid, tid int64
		if err := r.Scan(&gid, &tid); err != nil {
			return err
		}
		i, ok := idx[gid]
		if !ok {
			return fmt.Errorf("theme of unknown goal %d", gid)
		}
		p.Goals[i].ThemeIDs = append(p.Goals[i].ThemeIDs, tid)
		return nil
	})
	if err != nil {
		return fmt.Errorf("goal themes: %w", err)
	}
	return nil
}

func (l *loader) candidates(p *planner.Plan) error {
	n, err := l.countRows("candidates")
	if err != nil {
		return fmt.Errorf("count candidates: %w", err)
	}
	p.Candidates = make([]planner.Candidate, 0, n)
	var c planner.Candidate
	var channel, source, exp, act, status, history string
	var resp sql.NullInt64
	err = l.scan(tables[planner.ItemCandidate].selectSQL(),
		[]any{&c.ID, &c.Name, &c.Handle, &c.Contact, &channel, &source, &exp, &act, &c.RoleInterest,
			&c.WillingToLead, &status, &c.Notes, &resp, &history}, func() error {
			c.Channel, c.Source = planner.Channel(l.intern(channel)), planner.Source(l.intern(source))
			c.Experience, c.Activity = planner.Experience(l.intern(exp)), planner.Activity(l.intern(act))
			c.Status, c.ResponseID = planner.CandidateStatus(l.intern(status)), resp.Int64
			var err error
			if c.History, err = l.unpackHistory(history); err != nil {
				return fmt.Errorf("candidate %d: %w", c.ID, err)
			}
			p.Candidates = append(p.Candidates, c)
			return nil
		})
	if err != nil {
		return fmt.Errorf("candidates: %w", err)
	}
	err = l.each(tables[planner.ItemInvite].selectSQL(), func(r *sql.Rows) error {
		var t planner.InviteTemplate
		var ch string
		if err := r.Scan(&t.ID, &ch, &t.Text); err != nil {
			return err
		}
		t.Channel = planner.Channel(ch)
		p.Invites = append(p.Invites, t)
		return nil
	})
	if err != nil {
		return fmt.Errorf("invites: %w", err)
	}
	return nil
}

func (l *loader) charter(p *planner.Plan) error {
	c := &p.Charter
	var join, rotation, platform, reviewOn, needs string
	err := l.tx.QueryRowContext(l.ctx, charterRow.selectSQL(), l.id).Scan(
		&c.Name, &c.Purpose, &c.ScopeIn, &c.ScopeOut, &c.WhoMayJoin, &join, &c.MixNote, &rotation, &c.Conflicts,
		&c.Decisions, &platform, &c.PlatformWhy, &c.TimeZone, &c.TargetWeeklyActive, &c.TargetPollResponse,
		&c.TargetSkillGain, &c.MemberLedAt, &c.SubgroupsOver, &c.Assumptions, &reviewOn,
		&c.NeedsStated, &needs, &c.CadenceWhy)
	switch {
	case err == sql.ErrNoRows:
		// A plan whose charter was never saved: an empty charter.
	case err != nil:
		return fmt.Errorf("charter: %w", err)
	default:
		c.JoinMode, c.Platform = planner.JoinMode(join), planner.Platform(platform)
		if c.Needs, err = decNeeds(needs); err != nil {
			return fmt.Errorf("charter: %w", err)
		}
		if c.RotationOn, err = decDate(rotation); err != nil {
			return fmt.Errorf("charter: %w", err)
		}
		if c.ReviewOn, err = decDate(reviewOn); err != nil {
			return fmt.Errorf("charter: %w", err)
		}
	}
	roles := map[int64]int{}
	err = l.each(tables[planner.ItemRole].selectSQL(), func(r *sql.Rows) error {
		var x planner.Role
		if err := r.Scan(&x.ID, &x.Name, &x.Responsibilities, &x.RotationWeeks); err != nil {
			return err
		}
		roles[x.ID] = len(c.Roles)
		c.Roles = append(c.Roles, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("roles: %w", err)
	}
	err = l.each(holderRows.selectSQL, func(r *sql.Rows) error {
		var rid, cid int64
		if err := r.Scan(&rid, &cid); err != nil {
			return err
		}
		i, ok := roles[rid]
		if !ok {
			return fmt.Errorf("holder of unknown role %d", rid)
		}
		c.Roles[i].HolderIDs = append(c.Roles[i].HolderIDs, cid)
		return nil
	})
	if err != nil {
		return fmt.Errorf("role holders: %w", err)
	}
	err = l.each(tables[planner.ItemNorm].selectSQL(), func(r *sql.Rows) error {
		var x planner.Norm
		err := r.Scan(&x.ID, &x.Text)
		c.Norms = append(c.Norms, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("norms: %w", err)
	}
	err = l.each(tables[planner.ItemCadence].selectSQL(), func(r *sql.Rows) error {
		var x planner.CadenceItem
		var freq string
		var wd int
		err := r.Scan(&x.ID, &x.Practice, &freq, &wd, &x.Week, &x.Time, &x.DurationMin)
		x.Frequency, x.Weekday = planner.Frequency(freq), time.Weekday(wd)
		c.Cadence = append(c.Cadence, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("cadence: %w", err)
	}
	err = l.each(tables[planner.ItemTool].selectSQL(), func(r *sql.Rows) error {
		var x planner.Tool
		err := r.Scan(&x.ID, &x.Name, &x.Purpose)
		c.Tools = append(c.Tools, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("tools: %w", err)
	}
	err = l.each(tables[planner.ItemRisk].selectSQL(), func(r *sql.Rows) error {
		var x planner.Risk
		err := r.Scan(&x.ID, &x.Risk, &x.Likelihood, &x.Impact, &x.Mitigation)
		c.Risks = append(c.Risks, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("risks: %w", err)
	}
	err = l.each(tables[planner.ItemVersion].selectSQL(), func(r *sql.Rows) error {
		var x planner.CharterVersion
		var on, snap string
		if err := r.Scan(&x.ID, &x.Version, &on, &x.Author, &x.Changes, &snap); err != nil {
			return err
		}
		var err error
		if x.Snapshot, err = decSnapshot(snap); err != nil {
			return err
		}
		x.On, err = decDate(on)
		c.Versions = append(c.Versions, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("versions: %w", err)
	}
	err = l.each(tables[planner.ItemSignOff].selectSQL(), func(r *sql.Rows) error {
		var x planner.SignOff
		var on string
		var version sql.NullInt64
		if err := r.Scan(&x.ID, &x.Name, &x.Role, &on, &version); err != nil {
			return err
		}
		x.VersionID = version.Int64
		var err error
		x.On, err = decDate(on)
		c.SignOffs = append(c.SignOffs, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("sign-offs: %w", err)
	}
	return nil
}

func (l *loader) event(p *planner.Plan) error {
	e := &p.Event
	var format, date string
	err := l.tx.QueryRowContext(l.ctx, eventRow.selectSQL(), l.id).Scan(
		&format, &e.Title, &e.Description, &date, &e.Time, &e.TimeZone, &e.DurationMin, &e.Platform, &e.Link,
		&e.Host, &e.CoHosts, &e.Recording, &e.Attendance, &e.RecordingLink, &e.Outcomes, &e.ScheduleWhy,
		&e.HolidayCountry)
	switch {
	case err == sql.ErrNoRows:
	case err != nil:
		return fmt.Errorf("event: %w", err)
	default:
		e.Format = planner.EventFormat(format)
		if e.Date, err = decDate(date); err != nil {
			return fmt.Errorf("event: %w", err)
		}
	}
	err = l.each(tables[planner.ItemAgenda].selectSQL(), func(r *sql.Rows) error {
		var x planner.AgendaItem
		err := r.Scan(&x.ID, &x.Title, &x.Minutes, &x.Owner, &x.Notes)
		e.Agenda = append(e.Agenda, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("agenda: %w", err)
	}
	err = l.each(tables[planner.ItemChecklist].selectSQL(), func(r *sql.Rows) error {
		var x planner.ChecklistItem
		err := r.Scan(&x.ID, &x.Task, &x.OffsetDays, &x.Done)
		e.Checklist = append(e.Checklist, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("checklist: %w", err)
	}
	err = l.each(attendeeRows.selectSQL, func(r *sql.Rows) error {
		var id int64
		err := r.Scan(&id)
		e.AttendeeIDs = append(e.AttendeeIDs, id)
		return err
	})
	if err != nil {
		return fmt.Errorf("attendees: %w", err)
	}
	return nil
}

func (l *loader) reviews(p *planner.Plan) error {
	idx := map[int64]int{}
	err := l.each(tables[planner.ItemReview].selectSQL(), func(r *sql.Rows) error {
		var x planner.Review
		var date, states, factors string
		if err := r.Scan(&x.ID, &date, &x.MembersTotal, &x.WeeklyActive, &x.NewMembers, &x.Left, &x.Posts, &x.Replies,
			&x.EventsHeld, &x.PollAsked, &x.PollResponses, &x.AvgSkill, &states, &factors, &x.Worked, &x.Adjust); err != nil {
			return err
		}
		var err error
		if x.Date, err = decDate(date); err != nil {
			return err
		}
		if x.FigureStates, err = decFigureStates(states); err != nil {
			return err
		}
		if x.Factors, err = decFactors(factors); err != nil {
			return err
		}
		idx[x.ID] = len(p.Reviews)
		p.Reviews = append(p.Reviews, x)
		return nil
	})
	if err != nil {
		return fmt.Errorf("reviews: %w", err)
	}
	review := func(id int64) (*planner.Review, error) {
		i, ok := idx[id]
		if !ok {
			return nil, fmt.Errorf("part of unknown review %d", id)
		}
		return &p.Reviews[i], nil
	}
	err = l.each(goalValueRows.selectSQL, func(r *sql.Rows) error {
		var rid int64
		var gv planner.GoalValue
		if err := r.Scan(&rid, &gv.GoalID, &gv.Value); err != nil {
			return err
		}
		x, err := review(rid)
		if err != nil {
			return err
		}
		x.GoalValues = append(x.GoalValues, gv)
		return nil
	})
	if err != nil {
		return fmt.Errorf("goal values: %w", err)
	}
	err = l.each(actionRows.selectSQL, func(r *sql.Rows) error {
		var rid int64
		var a planner.Action
		var due string
		if err := r.Scan(&rid, &a.ID, &a.Text, &a.Owner, &due, &a.Done); err != nil {
			return err
		}
		var err error
		if a.Due, err = l.date(due); err != nil {
			return err
		}
		x, err := review(rid)
		if err != nil {
			return err
		}
		x.Actions = append(x.Actions, a)
		return nil
	})
	if err != nil {
		return fmt.Errorf("actions: %w", err)
	}
	err = l.each(storyRows.selectSQL, func(r *sql.Rows) error {
		var rid int64
		var st planner.Story
		var cycle string
		if err := r.Scan(&rid, &st.ID, &st.Member, &st.Story, &cycle); err != nil {
			return err
		}
		st.Cycle = planner.ValueCycle(cycle)
		x, err := review(rid)
		if err != nil {
			return err
		}
		x.Stories = append(x.Stories, st)
		return nil
	})
	if err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	return nil
}
