package export

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// PlanPDF writes the whole plan as an A4 PDF: a cover, a contents page with links and PDF
// bookmarks, an overview (progress, the three elements, next actions, health), then a
// chapter per step: the survey (theme tally table and bar chart, skill baseline, goals with
// their SMART check, sponsor), recruitment (status summary, warnings, candidate table), a
// charter summary, the launch event (run of show, dated checklist, invitees) and the reviews
// (figures table, trend charts against their targets, success-factor bars, goal progress,
// health score, suggestions, open actions, value stories). Opt.Now is "today" for overdue
// items and waiting times.
func PlanPDF(w io.Writer, p *planner.Plan, opt Options) error {
	return writePDF(w, func() (*doc, error) { return buildPlan(p, opt) })
}

// chapterMark records where a chapter starts, for the contents page.
type chapterMark struct {
	number, title string
	page          int
	link          int
}

func buildPlan(p *planner.Plan, opt Options) (*doc, error) {
	if p == nil {
		return nil, fmt.Errorf("no plan")
	}
	p = planner.Branded(p)
	// What takes planner longest is worked out on another goroutine from here, while the
	// fonts are read and the first chapters drawn.
	ahead := aheadOf(p)
	d, err := newDoc(p, opt, "plan.title")
	if err != nil {
		return nil, err
	}
	tr := d.tr
	today := planner.DateOf(d.now)
	done, _ := planner.Progress(p)
	version := versionText(tr, p, false)
	d.cover(p, coverInfo{
		kicker:   tr.T("plan.kicker"),
		title:    communityName(tr, p),
		subtitle: p.Domain,
		facts: [][2]string{
			{tr.T("cover.client"), p.Client}, {tr.T("cover.prepared_by"), p.PreparedBy},
			{tr.T("cover.date"), tr.Time(d.now)}, {tr.T("plan.charter_version"), version},
			{tr.T("plan.progress"), tr.T("plan.progress_of", "n", tr.Int(done))}, {tr.T("plan.status"), label(tr, "plan_status", string(p.Status))},
		},
	})

	// The contents page is drawn last, when the chapters' pages are known.
	d.newPage()
	d.pdf.Bookmark(d.cl.line(tr.T("plan.contents")), 0, -1)
	contentsPage := d.pdf.PageNo()
	var marks []chapterMark
	chapter := func(number, title string) {
		d.h1(number, title)
		link := d.pdf.AddLink()
		d.pdf.SetLink(link, 0, d.pdf.PageNo())
		marks = append(marks, chapterMark{number, title, d.pdf.PageNo(), link})
	}

	chapter("", tr.T("plan.ch.overview"))
	d.overview(p, today)
	chapter("1", tr.T("plan.ch.survey"))
	d.surveyChapter(p, ahead.blocks())
	chapter("2", tr.T("plan.ch.recruit"))
	d.recruitChapter(p, today)
	chapter("3", tr.T("plan.ch.charter"))
	d.charterChapter(p)
	chapter("4", tr.T("plan.ch.event"))
	d.eventChapter(p, today, ahead.later().invitees)
	chapter("5", tr.T("plan.ch.reviews"))
	d.reviewsChapter(p, today, ahead.later())

	last := d.pdf.PageNo()
	d.pdf.SetPage(contentsPage)
	d.contents(marks)
	d.pdf.SetPage(last) // gofpdf counts the pages up to the current one when it writes the file
	return d, nil
}

// contents draws the contents list on the current (reserved) page.
func (d *doc) contents(marks []chapterMark) {
	// Going back to an earlier page leaves gofpdf believing the font is already selected in
	// that page's content stream: switch away and back to force it out. The same for the
	// fill colour, which gofpdf draws text in when it equals the text colour.
	d.pdf.SetFont(fontFamily, "B", 7)
	d.pdf.SetFont(fontFamily, "", 7)
	d.fillColor(whiteColor)
	d.pdf.SetXY(marginL, marginTop)
	d.font("B", sizeH1)
	d.textColor(inkColor)
	d.pdf.CellFormat(textW, 9, d.cl.line(d.tr.T("plan.contents")), "", 2, "L", false, 0, "")
	d.space(2)
	d.drawColor(d.accent)
	d.pdf.SetLineWidth(0.8)
	d.pdf.Line(marginL, d.y(), marginL+18, d.y())
	d.space(10)
	for _, m := range marks {
		y := d.y()
		d.font("B", 11)
		d.textColor(d.accentText)
		d.pdf.SetXY(marginL, y)
		d.pdf.CellFormat(10, 7, m.number, "", 0, "L", false, 0, "")
		d.textColor(inkColor)
		title := d.fit(m.title, textW-30)
		d.font("", 11)
		d.pdf.SetXY(marginL+10, y)
		d.cell(textW-30, 7, title, "", 0, "L", false, 0, "")
		tw := d.strWidth(title)
		num := fmt.Sprint(m.page)
		// Dotted leader between title and page number.
		d.drawColor(ruleColor)
		d.pdf.SetLineWidth(0.3)
		d.pdf.SetDashPattern([]float64{0.4, 1.2}, 0)
		d.pdf.Line(marginL+10+tw+3, y+5, pageW-marginR-12, y+5)
		d.pdf.SetDashPattern(nil, 0)
		d.pdf.SetXY(pageW-marginR-10, y)
		d.pdf.CellFormat(10, 7, num, "", 0, "R", false, 0, "")
		d.pdf.Link(marginL, y, textW, 7, m.link)
		d.pdf.SetY(y + 10)
	}
}

func (d *doc) overview(p *planner.Plan, today planner.Date) {
	d.h2(d.tr.T("pp.progress"), false)
	var rows [][]string
	for _, s := range planner.Completion(p) {
		status := d.tr.T("pp.in_progress")
		if s.Complete {
			status = d.tr.T("pp.complete")
		}
		rows = append(rows, []string{stepName(d.tr, s.Step), status, strings.Join(msgsIn(d.tr, s.Missing), "; ")})
	}
	d.table([]column{{d.tr.T("pp.step"), 2.2, ""}, {d.tr.T("pp.status"), 1.4, ""}, {d.tr.T("pp.still_missing"), 5, ""}}, rows)

	d.h2(d.tr.T("pp.elements"), false)
	rows = nil
	for _, e := range planner.ThreeElements(p) {
		rows = append(rows, []string{label(d.tr, "element", strings.ToLower(e.Element)), okLabel(d.tr, e.OK), e.Detail.In(d.tr)})
	}
	d.table([]column{{d.tr.T("pp.element"), 1.8, ""}, {d.tr.T("pp.in_place"), 1.2, ""}, {d.tr.T("pp.detail"), 5.5, ""}}, rows)

	if acts := planner.NextActions(p, today, 3); len(acts) > 0 {
		d.h2(d.tr.T("pp.next_three"), false)
		d.bullets(msgsIn(d.tr, acts))
	}
	d.h2(d.tr.T("pp.health"), false)
	d.health(p)
}

func okLabel(tr *i18n.Printer, ok bool) string {
	if ok {
		return tr.T("yes")
	}
	return tr.T("pp.not_yet")
}

func (d *doc) surveyChapter(p *planner.Plan, blocks []planner.SummaryBlock) {
	s := p.Survey
	d.h2(d.tr.T("pp.domain"), true)
	d.paraOr(p.Domain, d.tr.T("pp.no_domain"))

	tally := planner.TallyThemes(s)
	d.h2(d.tr.T("pp.who_answered"), true)
	target := fmt.Sprintf("%d–%d", s.TargetMin, s.TargetMax)
	if s.TargetMin <= 0 && s.TargetMax <= 0 {
		target = "10–20"
	}
	d.field(d.tr.T("pp.respondents"), d.tr.T("pp.respondents_of", "n", d.tr.Int(tally.Respondents), "target", target))
	if s.Closed {
		d.field(d.tr.T("pp.survey"), d.tr.T("pp.closed"))
	}
	d.field(d.tr.T("pp.questions"), fmt.Sprint(len(s.Questions)))

	d.questionSummaries(blocks)

	d.h2(d.tr.T("pp.pain_themes"), true)
	if len(tally.Themes) == 0 {
		d.note(d.tr.T("pp.no_themes"))
	} else {
		if tally.Small {
			d.warn(d.tr.T("pp.small_respondents", "n", planner.SmallN))
		}
		var rows [][]string
		var bars []bar
		maxCount := 0
		for i, t := range tally.Themes {
			quote := ""
			if len(t.Quotes) > 0 {
				quote = "“" + t.Quotes[0] + "”"
			}
			rows = append(rows, []string{fmt.Sprint(i + 1), t.Theme.Label, fmt.Sprint(t.Count), percentText(d.tr, t.Share*100), quote})
			bars = append(bars, bar{label: t.Theme.Label, value: float64(t.Count), text: fmt.Sprintf("%d (%s)", t.Count, percentText(d.tr, math.Round(t.Share*100)))})
			maxCount = max(maxCount, t.Count)
		}
		d.barChart(bars, float64(max(maxCount, 1)), 0, "")
		d.table([]column{{"#", 0.5, "R"}, {d.tr.T("pp.theme"), 2.2, ""}, {d.tr.T("pp.answers"), 1.1, "R"}, {d.tr.T("pp.share"), 1, "R"}, {d.tr.T("pp.example"), 5, ""}}, rows)
		if tally.Untagged > 0 {
			d.note(d.tr.N("pp.untagged", tally.Untagged))
		}
	}

	d.h2(d.tr.T("pp.skill_baseline"), true)
	st := planner.SkillBaseline(s)
	if st.N == 0 {
		d.note(d.tr.T("pp.no_skill"))
	} else {
		d.field(d.tr.T("pp.answers"), fmt.Sprint(st.N))
		top := planner.SkillScale(s).Max
		d.field(d.tr.T("pp.mean"), d.tr.T("sum.of_top", "n", d.tr.Number(st.Mean, 1), "top", top))
		d.field(d.tr.T("pp.median"), d.tr.T("sum.of_top", "n", d.tr.Number(st.Median, 1), "top", top))
		if st.Small {
			d.warn(d.tr.T("pp.small_answers", "n", planner.SmallN))
		}
	}

	d.ensure(90) // the heading with the first goal and its SMART table
	d.h2(d.tr.T("pp.goals"), true)
	switch n := len(p.Goals); {
	case n < 2:
		d.warn(d.tr.N("goal.warn_few", 2-n, "have", d.tr.Int(n)))
	case n > 3:
		d.warn(d.tr.T("goal.warn_many", "n", d.tr.Int(n)))
	}
	if len(p.Goals) == 0 {
		d.note(d.tr.T("pp.no_goals"))
	}
	for _, g := range p.Goals {
		d.ensure(72) // title, measure and SMART table together
		d.h3(firstNonEmpty(g.Title, g.Metric, d.tr.T("goal.untitled")))
		d.field(d.tr.T("col.measure"), goalMeasure(d.tr, g))
		if t := themeLabels(p, g.ThemeIDs); t != "" {
			d.field(d.tr.T("col.answers_themes"), t)
		}
		var rows [][]string
		for _, it := range planner.SmartCheck(g) {
			res := yesNo(d.tr, it.Pass)
			rows = append(rows, []string{it.Criterion.In(d.tr), it.Question.In(d.tr), res, it.Reason.In(d.tr)})
		}
		d.table([]column{{d.tr.T("pp.smart"), 1.5, ""}, {d.tr.T("pp.question"), 4.6, ""}, {d.tr.T("pp.met"), 0.7, ""}, {d.tr.T("pp.note"), 2, ""}}, rows)
	}
	if sp := p.Sponsor; strings.TrimSpace(sp.Name) != "" {
		d.h2(d.tr.T("field.sponsor"), true)
		d.field(d.tr.T("field.sponsor"), joinNonEmpty(", ", sp.Name, sp.Role))
		d.field(d.tr.T("pp.expects"), sp.Expectations)
	}
}

// questionSummaries shows each survey question as a survey tool's summary view does: counted
// bars for choices, the distribution with mean and median for scales, n for each.
// blocks is planner.SummarizeBlocks of the survey.
func (d *doc) questionSummaries(blocks []planner.SummaryBlock) {
	tr := d.tr
	if len(blocks) == 0 {
		return
	}
	d.h2(tr.T("sum.heading"), true)
	for i, b := range blocks {
		if b.Grid != nil {
			d.gridSummary(i+1, *b.Grid)
			continue
		}
		qs := *b.Question
		// Keep the heading with its chart: 7.2 mm a bar, as barChart draws them.
		need := 22.0
		switch {
		case qs.N == 0:
		case qs.Question.Kind == planner.KindScale:
			need += float64(len(qs.Distribution))*7.2 + 12
		case qs.Question.Kind == planner.KindNumber:
			need += float64(len(qs.Bins))*7.2 + 12
		case qs.Question.Kind == planner.KindSingle || qs.Question.Kind == planner.KindMulti:
			need += float64(len(qs.Choices)) * 7.2
		}
		d.ensure(min(need, contentBot-marginTop))
		d.h3(fmt.Sprintf("%d. %s", i+1, firstNonEmpty(qs.Question.Title, tr.T("sum.untitled"))))
		meta := label(tr, "qkind", string(qs.Question.Kind))
		if qs.Question.Kind == planner.KindScale {
			meta += " " + qs.Question.Range().Describe()
		}
		meta += " · " + sampleText(tr, qs)
		if qs.Question.Role != planner.RoleNone {
			meta += " · " + tr.T("sum.used_for", "role", label(tr, "qrole", string(qs.Question.Role)))
		}
		d.note(meta)
		if qs.N == 0 {
			continue
		}
		switch qs.Question.Kind {
		case planner.KindSingle, planner.KindMulti:
			var bars []bar
			for _, c := range qs.Choices {
				bars = append(bars, bar{label: choiceLabel(tr, c), value: float64(c.Count), text: tr.T("sum.count_share", "n", tr.Int(c.Count), "share", percentText(tr, math.Round(c.Share*100)))})
			}
			d.barChart(bars, float64(qs.N), 0, "")
			for _, c := range qs.Choices {
				if n := otherNote(tr, c); n != "" {
					d.note(tr.T("sum.includes", "label", choiceLabel(tr, c), "answers", n))
				}
			}
			if qs.Question.Kind == planner.KindMulti {
				d.note(tr.T("sum.multi_note"))
			}
			if qs.Positional {
				d.field(tr.T("sum.mean"), tr.T("sum.of_top", "n", tr.Number(qs.PositionMean, 1), "top", len(qs.Question.Options)))
			}
		case planner.KindScale:
			sc := qs.Question.Range()
			var bars []bar
			top := 0
			for v, n := range qs.Distribution {
				bars = append(bars, bar{label: fmt.Sprint(sc.Min + v), value: float64(n), text: tr.Int(n)})
				top = max(top, n)
			}
			d.barChart(bars, float64(max(top, 1)), 0, "")
			if qs.Scale.N > 0 {
				d.field(tr.T("sum.mean"), tr.T("sum.of_top", "n", tr.Number(qs.Scale.Mean, 1), "top", sc.Max))
				d.field(tr.T("sum.median"), tr.T("sum.of_top", "n", tr.Number(qs.Scale.Median, 1), "top", sc.Max))
			}
			if n := qs.NPS; n != nil {
				d.field(tr.T("sum.nps_label"), npsText(tr, *n))
			}
			if qs.Unreadable > 0 {
				d.note(tr.N("sum.unreadable", qs.Unreadable, "lo", sc.Min, "hi", sc.Max))
			}
		case planner.KindNumber:
			var bars []bar
			top := 0
			for _, b := range qs.Bins {
				bars = append(bars, bar{label: b.Label, value: float64(b.Count), text: tr.Int(b.Count)})
				top = max(top, b.Count)
			}
			d.barChart(bars, float64(max(top, 1)), 0, "")
			if qs.Scale.N > 0 {
				d.field(tr.T("sum.mean"), tr.Number(qs.Scale.Mean, 1))
				d.field(tr.T("sum.median"), tr.Number(qs.Scale.Median, 1))
			}
			if qs.Unreadable > 0 {
				d.note(tr.N("sum.not_number", qs.Unreadable))
			}
		default:
			d.note(tr.N("sum.open_answers", qs.Texts))
		}
	}
}

func (d *doc) recruitChapter(p *planner.Plan, today planner.Date) {
	sum := planner.SummarizeRecruitment(p, today)
	d.h2(d.tr.T("pp.summary"), true)
	d.field(d.tr.T("pp.core_members"), d.tr.T("pp.core_of", "n", d.tr.Int(sum.Core)))
	var st []string
	for _, kv := range statusCounts(d.tr, sum.ByStatus) {
		st = append(st, kv[0]+" "+kv[1])
	}
	d.field(d.tr.T("pp.by_status"), strings.Join(st, " · "))
	var ex []string
	for _, e := range planner.Experiences {
		ex = append(ex, label(d.tr, "exp", string(e))+" "+d.tr.Int(sum.Experience[e]))
	}
	d.field(d.tr.T("pp.experience"), strings.Join(ex, " · "))
	var ac []string
	for _, a := range planner.Activities {
		ac = append(ac, label(d.tr, "level", string(a))+" "+d.tr.Int(sum.Activity[a]))
	}
	d.field(d.tr.T("pp.activity"), strings.Join(ac, " · "))
	d.field(d.tr.T("pp.willing_to_lead"), d.tr.T("pp.leaders_of", "n", d.tr.Int(sum.Leaders)))
	if sum.Waiting > 0 {
		waiting := d.tr.N("pp.waiting", sum.Waiting, "days", d.tr.Int(sum.LongestWaitDays))
		d.field(d.tr.T("pp.awaiting"), waiting)
	}
	for _, w := range sum.Warnings {
		d.warn(w.In(d.tr))
	}
	d.h2(d.tr.T("pp.candidates"), true)
	// Thousands of candidates share a handful of labels: each is looked up once.
	labels := map[[2]string]string{}
	lbl := func(kind, code string) string {
		k := [2]string{kind, code}
		s, ok := labels[k]
		if !ok {
			s = label(d.tr, kind, code)
			labels[k] = s
		}
		return s
	}
	yes := d.tr.T("yes")
	rows := make([][]string, 0, len(p.Candidates))
	for _, c := range p.Candidates {
		name := c.Name
		if h := strings.TrimSpace(c.Handle); h != "" {
			name = joinNonEmpty("\n", c.Name, h)
		}
		lead := ""
		if c.WillingToLead {
			lead = yes
		}
		rows = append(rows, []string{name, lbl("channel", string(c.Channel)), lbl("exp", string(c.Experience)),
			lbl("level", string(c.Activity)), lbl("status", string(c.Status)), lead, c.RoleInterest})
	}
	d.table([]column{{d.tr.T("pp.name"), 2.6, ""}, {d.tr.T("pp.channel"), 1.4, ""}, {d.tr.T("pp.experience"), 1.5, ""}, {d.tr.T("pp.activity"), 1.1, ""}, {d.tr.T("pp.status"), 1.2, ""}, {d.tr.T("pp.leads"), 0.8, ""}, {d.tr.T("pp.role_interest"), 2, ""}}, rows)

	if inv := planner.FilledInvites(p); len(inv) > 0 {
		d.ensure(60) // the heading with the first invitation
		d.h2(d.tr.T("pp.invitations"), true)
		d.note(d.tr.T("pp.invitations_note"))
		for _, fi := range inv {
			d.ensure(24)
			d.h3(label(d.tr, "channel", string(fi.Channel)))
			d.para(fi.Text)
		}
	}
}

func (d *doc) charterChapter(p *planner.Plan) {
	c := p.Charter
	d.note(d.tr.T("pp.charter_note"))
	d.h2(d.tr.T("section.purpose"), true)
	d.paraOr(firstNonEmpty(c.Purpose, p.Domain), d.tr.T("charter.no_purpose"))
	d.h2(d.tr.T("section.membership"), true)
	d.field(d.tr.T("field.who_may_join"), c.WhoMayJoin)
	d.field(d.tr.T("field.how_to_join"), label(d.tr, "join", string(c.JoinMode)))
	d.h2(d.tr.T("section.roles"), true)
	d.roleTables(p, false)
	d.h2(d.tr.T("section.norms"), true)
	d.normList(p)
	d.h2(d.tr.T("section.cadence"), true)
	d.cadenceTable(p)
	d.h2(d.tr.T("field.platform"), true)
	d.platform(p, false)
	d.h2(d.tr.T("section.measures"), true)
	d.successMeasures(p)
}

// invitees is planner.Invitees(p).
func (d *doc) eventChapter(p *planner.Plan, today planner.Date, invitees []planner.Candidate) {
	re := planner.ResolveEvent(p)
	e := re.Event
	d.h2(d.tr.T("pp.the_event"), true)
	d.field(d.tr.T("pp.title"), e.Title)
	d.field(d.tr.T("pp.format"), label(d.tr, "format", string(e.Format)))
	d.field(d.tr.T("pp.when"), eventWhenText(d.tr, re))
	if w := strings.TrimSpace(e.ScheduleWhy); w != "" {
		d.field(d.tr.T("pp.why_then"), w)
	}
	if e.DurationMin > 0 {
		d.field(d.tr.T("pp.duration"), d.tr.T("pp.minutes", "n", d.tr.Int(e.DurationMin)))
	}
	platform := e.Platform
	if re.PlatformFromCharter && strings.TrimSpace(platform) != "" {
		platform = d.tr.T("pp.charter_platform", "platform", platform)
	}
	d.field(d.tr.T("field.platform"), platform)
	if strings.TrimSpace(e.Link) != "" {
		d.field(d.tr.T("pp.link"), e.Link)
	}
	host := e.Host
	if strings.TrimSpace(e.CoHosts) != "" {
		host = d.tr.T("pp.cohosts", "host", e.Host, "cohosts", e.CoHosts)
	}
	d.field(d.tr.T("pp.host"), host)
	recording := yesNo(d.tr, false)
	if e.Recording {
		recording = d.tr.T("pp.recording_yes")
	}
	d.field(d.tr.T("pp.recording"), recording)
	if strings.TrimSpace(e.Description) != "" {
		d.h3(d.tr.T("pp.description"))
		d.para(e.Description)
	}

	d.h2(d.tr.T("pp.run_of_show"), true)
	slots, total, over := planner.AgendaTimes(e)
	var rows [][]string
	for _, s := range slots {
		start := ""
		if !s.Start.IsZero() {
			start = s.Start.Format("15:04")
		}
		rows = append(rows, []string{start, s.Item.Title, fmt.Sprint(s.Item.Minutes), s.Item.Owner, s.Item.Notes})
	}
	d.table([]column{{d.tr.T("pp.start"), 0.9, ""}, {d.tr.T("pp.item"), 3, ""}, {d.tr.T("pp.min"), 0.7, "R"}, {d.tr.T("pp.owner"), 1.6, ""}, {d.tr.T("pp.cue"), 3.2, ""}}, rows)
	if len(slots) > 0 {
		switch {
		case e.DurationMin <= 0:
			d.note(d.tr.T("pp.agenda_runs", "total", total))
		case over > 0:
			d.warn(d.tr.T("pp.agenda_over", "total", total, "over", over, "slot", e.DurationMin))
		default:
			d.note(d.tr.T("pp.agenda_of", "total", total, "slot", e.DurationMin))
		}
	}

	d.h2(d.tr.T("pp.checklist"), true)
	rows = nil
	for _, it := range planner.ChecklistDue(e, today) {
		rows = append(rows, []string{it.Due.String(), planner.Offset(it.Item.OffsetDays), it.Item.Task, d.tr.T("pp.state." + strings.ToLower(it.State()))})
	}
	d.table([]column{{d.tr.T("pp.due"), 1.4, ""}, {d.tr.T("pp.when"), 0.9, ""}, {d.tr.T("pp.task"), 5, ""}, {d.tr.T("pp.status"), 1.2, ""}}, rows)

	d.h2(d.tr.T("pp.invitees"), true)
	if len(invitees) == 0 {
		d.note(d.tr.T("pp.no_invitees"))
	} else {
		var names []string
		for _, c := range invitees {
			names = append(names, firstNonEmpty(c.Name, c.Handle, d.tr.T("pp.unnamed")))
		}
		// A long list helps nobody here: the recruitment chapter has everyone.
		list := strings.Join(names[:min(len(names), namesShown)], ", ")
		if len(names) > namesShown {
			list = d.tr.T("pp.and_more", "list", list, "n", d.tr.Int(len(names)-namesShown))
		}
		d.para(d.tr.N("pp.people", len(names), "list", list))
	}
	if e.Attendance > 0 || strings.TrimSpace(e.Outcomes) != "" || strings.TrimSpace(e.RecordingLink) != "" {
		d.h2(d.tr.T("pp.after_event"), true)
		if e.Attendance > 0 {
			d.field(d.tr.T("pp.attendance"), d.tr.Int(e.Attendance))
		}
		if strings.TrimSpace(e.RecordingLink) != "" {
			d.field(d.tr.T("pp.recording"), e.RecordingLink)
		}
		if strings.TrimSpace(e.Outcomes) != "" {
			d.field(d.tr.T("pp.outcomes"), e.Outcomes)
		}
	}
}

func (d *doc) reviewsChapter(p *planner.Plan, today planner.Date, facts *reviewFacts) {
	d.field(d.tr.T("pp.review_cadence"), label(d.tr, "freq", string(planner.ReviewCadence(p))))
	if next := planner.NextReviewDate(p, today); !next.IsZero() {
		d.field(d.tr.T("pp.next_review"), longDate(d.tr, next))
	}
	if p.Stage != "" {
		d.field(d.tr.T("pp.lifecycle"), label(d.tr, "stage", string(p.Stage)))
	}
	figs := facts.figs
	if len(figs) == 0 {
		d.note(d.tr.T("pp.no_reviews"))
		return
	}
	d.h2(d.tr.T("pp.figures"), true)
	var rows [][]string
	dash := "–"
	opt := func(v float64, ok bool) string {
		if !ok {
			return dash
		}
		return percentText(d.tr, math.Round(v*10)/10)
	}
	for _, f := range figs {
		r := f.Review
		count := func(g planner.Figure) string {
			if !r.Given(g) {
				return dash
			}
			return fmt.Sprint(r.FigureValue(g))
		}
		rows = append(rows, []string{r.Date.String(), count(planner.FigMembersTotal), count(planner.FigWeeklyActive),
			opt(f.WeeklyActivePct, f.HasWeekly), opt(f.PollResponsePct, f.HasPoll), opt(f.GrowthPct, f.HasGrowth),
			opt(f.RetentionPct, f.HasRetention), opt(f.SkillGainPct, f.HasSkill)})
	}
	d.table([]column{{d.tr.T("pp.date"), 1.5, ""}, {d.tr.T("pp.members"), 1.1, "R"}, {d.tr.T("pp.weekly_active"), 1.2, "R"}, {d.tr.T("pp.active_pct"), 1.1, "R"},
		{d.tr.T("pp.poll_response"), 1.2, "R"}, {d.tr.T("pp.growth"), 1.1, "R"}, {d.tr.T("pp.retention"), 1.2, "R"}, {d.tr.T("pp.skill_gain"), 1.1, "R"}}, rows)

	d.records(p, figs, facts.months)

	d.h2(d.tr.T("pp.trends"), true)
	for _, tr := range planner.ReviewTrends(p) {
		labels := make([]string, len(tr.Dates))
		for i, dt := range tr.Dates {
			labels[i] = dt.String()
		}
		unit := tr.Unit
		title := trendTitle(d.tr, tr)
		if unit != "%" && unit != "" {
			title += " (" + unit + ")"
			unit = ""
		}
		target := math.NaN()
		if tr.HasTarget {
			target = tr.Target
		}
		d.lineChart(title, series{values: tr.Values, target: target}, labels, unit)
	}

	last := figs[len(figs)-1]
	d.h2(d.tr.T("pp.factors"), true)
	d.note(d.tr.T("pp.factors_note", "date", longDate(d.tr, last.Review.Date)))
	var bars []bar
	for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
		s := last.Review.Factors[f]
		text := d.tr.T("pp.not_scored")
		if s > 0 {
			text = d.tr.T("pp.of_5", "n", s)
		}
		bars = append(bars, bar{label: factorName(d.tr, f), value: float64(s), text: text})
	}
	d.barChart(bars, 5, 0, "")

	if len(last.Goals) > 0 {
		d.h2(d.tr.T("pp.goal_progress"), true)
		rows = nil
		for _, g := range last.Goals {
			val, prog := dash, dash
			if g.Has {
				val = planner.AmountIn(d.tr, g.Goal.Unit, g.Value, 1)
				if g.Goal.Baseline != nil && g.Goal.Target != nil {
					prog = percentText(d.tr, math.Round(g.Pct))
				}
			}
			rows = append(rows, []string{firstNonEmpty(g.Goal.Title, g.Goal.Metric, d.tr.T("pp.goal")), goalMeasure(d.tr, g.Goal), val, prog})
		}
		d.table([]column{{d.tr.T("pp.goal"), 2.4, ""}, {d.tr.T("pp.target"), 3.6, ""}, {d.tr.T("pp.latest"), 1.2, "R"}, {d.tr.T("pp.progress"), 1.2, "R"}}, rows)
	}

	d.h2(d.tr.T("pp.health_score"), true)
	d.health(p)

	if sug := facts.suggestions; len(sug) > 0 {
		d.h2(d.tr.T("pp.suggestions"), true)
		var items []string
		for _, s := range sug {
			items = append(items, suggestionText(d.tr, s))
		}
		d.bullets(items)
	}

	d.h2(d.tr.T("pp.open_actions"), true)
	rows = nil
	for _, f := range figs {
		for _, a := range f.Review.Actions {
			if a.Done {
				continue
			}
			due := a.Due.String()
			if !a.Due.IsZero() && a.Due.Before(today) {
				due = d.tr.T("pp.overdue", "date", due)
			}
			rows = append(rows, []string{a.Text, a.Owner, due, f.Review.Date.String()})
		}
	}
	if len(rows) == 0 {
		d.note(d.tr.T("pp.no_actions"))
	} else {
		d.table([]column{{d.tr.T("pp.action"), 4.5, ""}, {d.tr.T("pp.owner"), 1.6, ""}, {d.tr.T("pp.due"), 1.7, ""}, {d.tr.T("pp.from_review"), 1.4, ""}}, rows)
	}

	rows = nil
	for _, f := range figs {
		for _, s := range f.Review.Stories {
			rows = append(rows, []string{s.Member, s.Story, label(d.tr, "cycle", string(s.Cycle)), f.Review.Date.String()})
		}
	}
	if len(rows) > 0 {
		d.h2(d.tr.T("pp.stories"), true)
		d.table([]column{{d.tr.T("pp.member"), 1.6, ""}, {d.tr.T("pp.story"), 5, ""}, {d.tr.T("pp.value"), 1.1, ""}, {d.tr.T("pp.review"), 1.3, ""}}, rows)
	}

	if p.Stage != "" {
		if keys := p.Stage.PromptKeys(); len(keys) > 0 {
			stage := label(d.tr, "stage", string(p.Stage))
			if d.tr.Lang() != i18n.German { // German nouns keep their capital
				stage = strings.ToLower(stage)
			}
			d.h2(d.tr.T("pp.stage_asks", "stage", stage), true)
			prompts := make([]string, len(keys))
			for i, k := range keys {
				prompts[i] = d.tr.T(k)
			}
			d.bullets(prompts)
		}
	}
}

// health shows the health score with its weights and parts, never as a black box.
func (d *doc) health(p *planner.Plan) {
	h := planner.HealthScore(p)
	if !h.Has {
		d.note(d.tr.T("pp.no_health"))
		return
	}
	d.ensure(30 + float64(len(h.Parts)+1)*8.5) // the score with its parts table
	y := d.y()
	d.font("B", 28)
	d.textColor(d.accentText)
	d.pdf.SetXY(marginL, y)
	d.pdf.CellFormat(24, 12, fmt.Sprint(h.Score), "", 0, "L", false, 0, "")
	d.font("", sizeSmall)
	d.textColor(mutedColor)
	d.pdf.SetXY(marginL+24, y+4.5)
	d.pdf.CellFormat(60, 5, d.cl.line(d.tr.T("pp.of_100")), "", 0, "L", false, 0, "")
	d.pdf.SetY(y + 15)
	var rows [][]string
	for _, part := range h.Parts {
		score := d.tr.T("pp.no_data")
		if part.Has {
			score = d.tr.Int(int(math.Round(part.Score)))
		}
		rows = append(rows, []string{healthPartName(d.tr, part.Name), d.tr.Number(part.Weight, 2), score})
	}
	d.table([]column{{d.tr.T("pp.part"), 3, ""}, {d.tr.T("pp.weight"), 1.2, "R"}, {d.tr.T("pp.score_100"), 1.6, "R"}}, rows)
}

// stepName names a step of the wizard as the plan PDF's tables show it: "1 Domain survey".
func stepName(tr *i18n.Printer, st planner.Step) string {
	keys := map[planner.Step]string{planner.StepSurvey: "1 plan.ch.survey", planner.StepRecruit: "2 plan.ch.recruit",
		planner.StepCharter: "3 section.charter", planner.StepEvent: "4 plan.ch.event", planner.StepReviews: "5 plan.ch.reviews"}
	k, ok := keys[st]
	if !ok {
		return st.String()
	}
	n, key, _ := strings.Cut(k, " ")
	return n + " " + tr.T(key)
}

// healthPartName translates a part of the health score.
func healthPartName(tr *i18n.Printer, name string) string {
	keys := map[string]string{planner.HealthWeeklyActive: "pp.weekly_active", planner.HealthPollResponse: "pp.poll_response",
		planner.HealthSkillGain: "pp.skill_gain", planner.HealthStories: "pp.value_stories", planner.HealthFactors: "pp.factors"}
	if k, ok := keys[name]; ok {
		return tr.T(k)
	}
	return name
}

// msgsIn words planner's sentences in the document's language.
func msgsIn(tr *i18n.Printer, ms []planner.Msg) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.In(tr)
	}
	return out
}

// npsText writes a 0–10 question's Net Promoter split: "NPS 11: 4 promoters (9–10), …".
func npsText(tr *i18n.Printer, n planner.NPS) string {
	return tr.T("sum.nps", "score", tr.Number(math.Round(n.Score), 0), "promoters", tr.Int(n.Promoters),
		"passives", tr.Int(n.Passives), "detractors", tr.Int(n.Detractors))
}

// gridSummary shows a grid's rows as one table: a row per grid row, the answers per point or
// option across, then n and the mean of each row.
func (d *doc) gridSummary(num int, g planner.GridSummary) {
	tr := d.tr
	d.ensure(min(40+float64(len(g.Rows))*7, contentBot-marginTop))
	d.h3(fmt.Sprintf("%d. %s", num, firstNonEmpty(g.Title, tr.T("sum.untitled"))))
	if len(g.Rows) == 0 {
		return
	}
	q := g.Rows[0].Summary.Question
	meta := tr.T("sum.grid_rows", "n", tr.Int(len(g.Rows))) + " · " + label(tr, "qkind", string(q.Kind))
	if q.Kind == planner.KindScale {
		meta += " " + q.Range().Describe()
	}
	d.note(meta)
	cols := []column{{"", 4, ""}}
	w := 0.8
	if q.Kind != planner.KindScale {
		w = 1.3
	}
	for _, c := range g.Columns {
		cols = append(cols, column{c, w, "R"})
	}
	cols = append(cols, column{"n", 0.7, "R"}, column{tr.T("sum.mean"), 1, "R"})
	var rows [][]string
	for _, r := range g.Rows {
		row := []string{r.Summary.Question.Title}
		for _, n := range r.Counts {
			row = append(row, tr.Int(n))
		}
		mean := "–"
		if g.HasMean && r.Summary.N > 0 {
			mean = tr.Number(r.Mean, 1)
		}
		rows = append(rows, append(row, tr.Int(r.Summary.N), mean))
	}
	d.table(cols, rows)
}

// records shows, for each review whose month has meeting or platform records, where its
// figures can come from and the attendance of each practice, and who was quiet: the
// evidence behind the figures (see planner.FiguresFromEvidence). months is each review's
// month's evidence (see monthsOf).
func (d *doc) records(p *planner.Plan, figs []planner.Figures, months []monthEvidence) {
	if len(months) == 0 {
		return
	}
	first := true
	for i, f := range figs {
		r := f.Review
		ef := months[i].counts
		if ef.Reports == 0 && len(ef.Exports) == 0 {
			continue
		}
		if first {
			d.h2(d.tr.T("pp.records"), true)
			first = false
		}
		var what []string
		if ef.Reports > 0 {
			what = append(what, d.tr.N("pp.records_reports", ef.Reports))
		}
		kinds := map[string]int{}
		var order []string
		for _, e := range ef.Exports {
			if kinds[e] == 0 {
				order = append(order, e)
			}
			kinds[e]++
		}
		for _, k := range order {
			what = append(what, d.tr.N("pp.records_exports", kinds[k], "name", k))
		}
		span := longDate(d.tr, ef.Span.From) + " – " + longDate(d.tr, ef.Span.To)
		d.note(d.tr.T("pp.records_source", "date", longDate(d.tr, r.Date), "what", joinList(d.tr, what), "span", span))
		if pf, ok := ef.Figure(planner.FigWeeklyActive); ok && pf.Estimate {
			d.note(d.tr.T("pp.records_estimate"))
		}
		if len(ef.Practices) > 0 {
			var rows [][]string
			for _, pa := range ef.Practices {
				name := pa.Practice
				if pa.PracticeID == 0 {
					name = d.tr.T("pp.no_practice")
				}
				rows = append(rows, []string{name, d.tr.Int(pa.Sessions),
					d.tr.Int(pa.Counted) + " (" + d.tr.Number(pa.Average(), 1) + ")", d.tr.Int(pa.Members)})
			}
			d.table([]column{{d.tr.T("pp.practice"), 3.4, ""}, {d.tr.T("pp.sessions"), 1.4, "R"},
				{d.tr.T("pp.per_session"), 2.2, "R"}, {d.tr.T("pp.members_came"), 2, "R"}}, rows)
		}
		if quiet := months[i].quiet; len(quiet) > 0 {
			names := make([]string, len(quiet))
			for i, q := range quiet {
				names[i] = q.Name
			}
			// The first names, as for the invitees: a year of a large community's quiet
			// members filled 75 pages; the window's review evidence lists them all.
			d.note(d.tr.T("pp.quiet", "n", planner.NudgeWeeks(p.Charter), "names", namesUpTo(d.tr, names)))
		}
	}
}

// namesShown is how many names a list of people in the plan PDF shows before "and N more".
const namesShown = 40

// namesUpTo lists the first namesShown names, then says how many others there are.
func namesUpTo(tr *i18n.Printer, names []string) string {
	if len(names) <= namesShown {
		return joinList(tr, names)
	}
	return tr.T("pp.and_others", "list", strings.Join(names[:namesShown], ", "), "n", tr.Int(len(names)-namesShown))
}
