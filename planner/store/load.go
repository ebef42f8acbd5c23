package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// Load reads a whole plan: one query per table, assembled in memory.
func (s *Store) Load(ctx context.Context, id int64) (*planner.Plan, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("load plan %d: %w", id, err)
	}
	defer tx.Rollback()
	l := loader{ctx: ctx, tx: tx, id: id}
	p, err := l.load()
	if err != nil {
		return nil, fmt.Errorf("load plan %d: %w", id, notFound(err))
	}
	return p, nil
}

type loader struct {
	ctx context.Context
	tx  *sql.Tx
	id  int64
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

func (l *loader) load() (*planner.Plan, error) {
	p := &planner.Plan{ID: l.id}
	var status, review, stage, created, updated string
	var logo []byte
	hw := &p.HealthWeights
	err := l.tx.QueryRowContext(l.ctx, `SELECT name, client, prepared_by, audience, template, status, created, updated,
		accent, logo, domain, sponsor_name, sponsor_role, sponsor_expectations, survey_closed, target_min, target_max,
		review_every, hw_weekly_active, hw_poll_response, hw_skill_gain, hw_stories, hw_factors, stage
		FROM plans WHERE id = ? AND deleted_at IS NULL`, l.id).Scan(
		&p.Name, &p.Client, &p.PreparedBy, &p.Audience, &p.Template, &status, &created, &updated,
		&p.AccentColor, &logo, &p.Domain, &p.Sponsor.Name, &p.Sponsor.Role, &p.Sponsor.Expectations,
		&p.Survey.Closed, &p.Survey.TargetMin, &p.Survey.TargetMax,
		&review, &hw.WeeklyActive, &hw.PollResponse, &hw.SkillGain, &hw.Stories, &hw.Factors, &stage)
	if err != nil {
		return nil, err
	}
	if len(logo) > 0 {
		p.Logo = logo
	}
	p.Status, p.ReviewEvery, p.Stage = planner.Status(status), planner.Frequency(review), planner.Stage(stage)
	if p.Created, err = decTime(created); err != nil {
		return nil, err
	}
	if p.Updated, err = decTime(updated); err != nil {
		return nil, err
	}
	for _, step := range []func(*planner.Plan) error{l.survey, l.goals, l.candidates, l.charter, l.event, l.reviews} {
		if err := step(p); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func (l *loader) survey(p *planner.Plan) error {
	sv := &p.Survey
	err := l.each("SELECT id, kind, title, help, options, role FROM questions WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var q planner.Question
		var kind, role string
		var opts sql.NullString
		if err := r.Scan(&q.ID, &kind, &q.Title, &q.Help, &opts, &role); err != nil {
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
	err = l.each("SELECT id, label, keywords FROM themes WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
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
	resp := map[int64]int{}
	err = l.each("SELECT id, respondent, email, submitted_at, source, key FROM responses WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.Response
		var at string
		if err := r.Scan(&x.ID, &x.Respondent, &x.Email, &at, &x.Source, &x.Key); err != nil {
			return err
		}
		var err error
		x.SubmittedAt, err = decTime(at)
		resp[x.ID] = len(sv.Responses)
		sv.Responses = append(sv.Responses, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("responses: %w", err)
	}
	type at struct{ r, a int }
	answers := map[int64]at{}
	err = l.each("SELECT id, response_id, question_id, text, choices FROM answers WHERE plan_id = ? ORDER BY response_id, pos, id", func(r *sql.Rows) error {
		var a planner.Answer
		var id, rid int64
		var choices sql.NullString
		if err := r.Scan(&id, &rid, &a.QuestionID, &a.Text, &choices); err != nil {
			return err
		}
		var err error
		if a.Choices, err = decStrings(choices); err != nil {
			return err
		}
		ri, ok := resp[rid]
		if !ok {
			return fmt.Errorf("answer %d of unknown response %d", id, rid)
		}
		x := &sv.Responses[ri]
		answers[id] = at{ri, len(x.Answers)}
		x.Answers = append(x.Answers, a)
		return nil
	})
	if err != nil {
		return fmt.Errorf("answers: %w", err)
	}
	err = l.each("SELECT answer_id, theme_id, state FROM answer_tags WHERE plan_id = ? ORDER BY answer_id, pos", func(r *sql.Rows) error {
		var aid int64
		var t planner.Tag
		var state string
		if err := r.Scan(&aid, &t.ThemeID, &state); err != nil {
			return err
		}
		t.State = planner.TagState(state)
		loc, ok := answers[aid]
		if !ok {
			return fmt.Errorf("tag of unknown answer %d", aid)
		}
		a := &sv.Responses[loc.r].Answers[loc.a]
		a.Tags = append(a.Tags, t)
		return nil
	})
	if err != nil {
		return fmt.Errorf("answer tags: %w", err)
	}
	return nil
}

func (l *loader) goals(p *planner.Plan) error {
	idx := map[int64]int{}
	err := l.each(`SELECT id, title, metric, unit, baseline, target, due, smart_specific, smart_measurable,
		smart_achievable, smart_relevant, smart_time_bound FROM goals WHERE plan_id = ? ORDER BY pos, id`, func(r *sql.Rows) error {
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
	err = l.each("SELECT goal_id, theme_id FROM goal_themes WHERE plan_id = ? ORDER BY goal_id, pos", func(r *sql.Rows) error {
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
	idx := map[int64]int{}
	err := l.each(`SELECT id, name, handle, contact, channel, source, experience, activity, role_interest,
		willing_to_lead, status, notes, response_id FROM candidates WHERE plan_id = ? ORDER BY pos, id`, func(r *sql.Rows) error {
		var c planner.Candidate
		var channel, source, exp, act, status string
		var resp sql.NullInt64
		if err := r.Scan(&c.ID, &c.Name, &c.Handle, &c.Contact, &channel, &source, &exp, &act, &c.RoleInterest,
			&c.WillingToLead, &status, &c.Notes, &resp); err != nil {
			return err
		}
		c.Channel, c.Source, c.Experience = planner.Channel(channel), planner.Source(source), planner.Experience(exp)
		c.Activity, c.Status, c.ResponseID = planner.Activity(act), planner.CandidateStatus(status), resp.Int64
		idx[c.ID] = len(p.Candidates)
		p.Candidates = append(p.Candidates, c)
		return nil
	})
	if err != nil {
		return fmt.Errorf("candidates: %w", err)
	}
	err = l.each("SELECT candidate_id, status, on_date FROM status_history WHERE plan_id = ? ORDER BY candidate_id, pos", func(r *sql.Rows) error {
		var cid int64
		var status, on string
		if err := r.Scan(&cid, &status, &on); err != nil {
			return err
		}
		d, err := decDate(on)
		if err != nil {
			return err
		}
		i, ok := idx[cid]
		if !ok {
			return fmt.Errorf("history of unknown candidate %d", cid)
		}
		p.Candidates[i].History = append(p.Candidates[i].History, planner.StatusChange{Status: planner.CandidateStatus(status), On: d})
		return nil
	})
	if err != nil {
		return fmt.Errorf("status history: %w", err)
	}
	err = l.each("SELECT id, channel, text FROM invites WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
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
	var join, rotation, platform, reviewOn string
	err := l.tx.QueryRowContext(l.ctx, `SELECT name, purpose, scope_in, scope_out, who_may_join, join_mode, mix_note,
		rotation_on, conflicts, decisions, platform, platform_why, time_zone, target_weekly_active, target_poll_response,
		target_skill_gain, member_led_at, subgroups_over, assumptions, review_on FROM charter WHERE plan_id = ?`, l.id).Scan(
		&c.Name, &c.Purpose, &c.ScopeIn, &c.ScopeOut, &c.WhoMayJoin, &join, &c.MixNote, &rotation, &c.Conflicts,
		&c.Decisions, &platform, &c.PlatformWhy, &c.TimeZone, &c.TargetWeeklyActive, &c.TargetPollResponse,
		&c.TargetSkillGain, &c.MemberLedAt, &c.SubgroupsOver, &c.Assumptions, &reviewOn)
	switch {
	case err == sql.ErrNoRows:
		// A plan whose charter was never saved: an empty charter.
	case err != nil:
		return fmt.Errorf("charter: %w", err)
	default:
		c.JoinMode, c.Platform = planner.JoinMode(join), planner.Platform(platform)
		if c.RotationOn, err = decDate(rotation); err != nil {
			return fmt.Errorf("charter: %w", err)
		}
		if c.ReviewOn, err = decDate(reviewOn); err != nil {
			return fmt.Errorf("charter: %w", err)
		}
	}
	roles := map[int64]int{}
	err = l.each("SELECT id, name, responsibilities, rotation_weeks FROM roles WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
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
	err = l.each("SELECT role_id, candidate_id FROM role_holders WHERE plan_id = ? ORDER BY role_id, pos", func(r *sql.Rows) error {
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
	err = l.each("SELECT id, text FROM norms WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.Norm
		err := r.Scan(&x.ID, &x.Text)
		c.Norms = append(c.Norms, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("norms: %w", err)
	}
	err = l.each("SELECT id, practice, frequency, weekday, week, time, duration_min FROM cadence WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
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
	err = l.each("SELECT id, name, purpose FROM tools WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.Tool
		err := r.Scan(&x.ID, &x.Name, &x.Purpose)
		c.Tools = append(c.Tools, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("tools: %w", err)
	}
	err = l.each("SELECT id, risk, likelihood, impact, mitigation FROM risks WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.Risk
		err := r.Scan(&x.ID, &x.Risk, &x.Likelihood, &x.Impact, &x.Mitigation)
		c.Risks = append(c.Risks, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("risks: %w", err)
	}
	err = l.each("SELECT id, version, on_date, author, changes FROM versions WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.CharterVersion
		var on string
		if err := r.Scan(&x.ID, &x.Version, &on, &x.Author, &x.Changes); err != nil {
			return err
		}
		var err error
		x.On, err = decDate(on)
		c.Versions = append(c.Versions, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("versions: %w", err)
	}
	err = l.each("SELECT id, name, role, on_date FROM signoffs WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.SignOff
		var on string
		if err := r.Scan(&x.ID, &x.Name, &x.Role, &on); err != nil {
			return err
		}
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
	err := l.tx.QueryRowContext(l.ctx, `SELECT format, title, description, date, time, time_zone, duration_min, platform,
		link, host, co_hosts, recording, attendance, recording_link, outcomes FROM event WHERE plan_id = ?`, l.id).Scan(
		&format, &e.Title, &e.Description, &date, &e.Time, &e.TimeZone, &e.DurationMin, &e.Platform, &e.Link,
		&e.Host, &e.CoHosts, &e.Recording, &e.Attendance, &e.RecordingLink, &e.Outcomes)
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
	err = l.each("SELECT id, title, minutes, owner, notes FROM agenda WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.AgendaItem
		err := r.Scan(&x.ID, &x.Title, &x.Minutes, &x.Owner, &x.Notes)
		e.Agenda = append(e.Agenda, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("agenda: %w", err)
	}
	err = l.each("SELECT id, task, offset_days, done FROM checklist WHERE plan_id = ? ORDER BY pos, id", func(r *sql.Rows) error {
		var x planner.ChecklistItem
		err := r.Scan(&x.ID, &x.Task, &x.OffsetDays, &x.Done)
		e.Checklist = append(e.Checklist, x)
		return err
	})
	if err != nil {
		return fmt.Errorf("checklist: %w", err)
	}
	err = l.each("SELECT candidate_id FROM attendees WHERE plan_id = ? ORDER BY pos", func(r *sql.Rows) error {
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
	err := l.each(`SELECT id, date, members_total, weekly_active, new_members, left_count, posts, replies, events_held,
		polls_sent, poll_responses, avg_skill, factors, worked, adjust FROM reviews WHERE plan_id = ? ORDER BY pos, id`, func(r *sql.Rows) error {
		var x planner.Review
		var date, factors string
		if err := r.Scan(&x.ID, &date, &x.MembersTotal, &x.WeeklyActive, &x.NewMembers, &x.Left, &x.Posts, &x.Replies,
			&x.EventsHeld, &x.PollsSent, &x.PollResponses, &x.AvgSkill, &factors, &x.Worked, &x.Adjust); err != nil {
			return err
		}
		var err error
		if x.Date, err = decDate(date); err != nil {
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
	err = l.each("SELECT review_id, goal_id, value FROM goal_values WHERE plan_id = ? ORDER BY review_id, pos", func(r *sql.Rows) error {
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
	err = l.each("SELECT review_id, id, text, owner, due, done FROM actions WHERE plan_id = ? ORDER BY review_id, pos, id", func(r *sql.Rows) error {
		var rid int64
		var a planner.Action
		var due string
		if err := r.Scan(&rid, &a.ID, &a.Text, &a.Owner, &due, &a.Done); err != nil {
			return err
		}
		var err error
		if a.Due, err = decDate(due); err != nil {
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
	err = l.each("SELECT review_id, id, member, story, cycle FROM stories WHERE plan_id = ? ORDER BY review_id, pos, id", func(r *sql.Rows) error {
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
