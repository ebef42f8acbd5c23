package export

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
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
	d, err := newDoc(p, opt, "Launch plan")
	if err != nil {
		return nil, err
	}
	today := planner.DateOf(d.now)
	done, _ := planner.Progress(p)
	version, _ := charterVersion(p)
	d.cover(p, coverInfo{
		kicker:   "Community of Practice launch plan",
		title:    communityName(p),
		subtitle: p.Domain,
		facts: [][2]string{
			{"Client", p.Client}, {"Prepared by", p.PreparedBy},
			{"Date", d.now.Format("2 January 2006")}, {"Charter version", version},
			{"Progress", fmt.Sprintf("%d of 5 steps complete", done)}, {"Status", upperFirst(string(p.Status))},
		},
	})

	// The contents page is drawn last, when the chapters' pages are known.
	d.newPage()
	d.pdf.Bookmark("Contents", 0, -1)
	contentsPage := d.pdf.PageNo()
	var marks []chapterMark
	chapter := func(number, title string) {
		d.h1(number, title)
		link := d.pdf.AddLink()
		d.pdf.SetLink(link, 0, d.pdf.PageNo())
		marks = append(marks, chapterMark{number, title, d.pdf.PageNo(), link})
	}

	chapter("", "Overview")
	d.overview(p, today)
	chapter("1", "Domain survey")
	d.surveyChapter(p)
	chapter("2", "Recruitment")
	d.recruitChapter(p, today)
	chapter("3", "Charter summary")
	d.charterChapter(p)
	chapter("4", "Launch event")
	d.eventChapter(p, today)
	chapter("5", "Iteration reviews")
	d.reviewsChapter(p, today)

	last := d.pdf.PageNo()
	d.pdf.SetPage(contentsPage)
	d.contents(marks)
	d.pdf.SetPage(last) // gofpdf counts pages and draws the last footer from the current page
	return d, nil
}

// contents draws the contents list on the current (reserved) page.
func (d *doc) contents(marks []chapterMark) {
	// Going back to an earlier page leaves gofpdf believing the font is already selected in
	// that page's content stream: switch away and back to force it out.
	d.pdf.SetFont(fontFamily, "B", 7)
	d.pdf.SetFont(fontFamily, "", 7)
	d.pdf.SetXY(marginL, marginTop)
	d.font("B", sizeH1)
	d.textColor(inkColor)
	d.pdf.CellFormat(textW, 9, "Contents", "", 2, "L", false, 0, "")
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
	d.h2("Progress", false)
	var rows [][]string
	for _, s := range planner.Completion(p) {
		status := "In progress"
		if s.Complete {
			status = "Complete"
		}
		rows = append(rows, []string{s.Step.String(), status, strings.Join(s.Missing, "; ")})
	}
	d.table([]column{{"Step", 2.2, ""}, {"Status", 1.4, ""}, {"Still missing", 5, ""}}, rows)

	d.h2("The three elements of a Community of Practice", false)
	rows = nil
	for _, e := range planner.ThreeElements(p) {
		rows = append(rows, []string{e.Element, okLabel(e.OK), e.Detail})
	}
	d.table([]column{{"Element", 1.8, ""}, {"In place", 1.2, ""}, {"Detail", 5.5, ""}}, rows)

	if acts := planner.NextActions(p, today, 3); len(acts) > 0 {
		d.h2("Next three things to do", false)
		d.bullets(acts)
	}
	d.h2("Health", false)
	d.health(p)
}

func okLabel(ok bool) string {
	if ok {
		return "Yes"
	}
	return "Not yet"
}

func (d *doc) surveyChapter(p *planner.Plan) {
	s := p.Survey
	d.h2("Domain", true)
	d.paraOr(p.Domain, "The domain statement is not written yet.")

	tally := planner.TallyThemes(s)
	d.h2("Who answered", true)
	target := fmt.Sprintf("%d–%d", s.TargetMin, s.TargetMax)
	if s.TargetMin <= 0 && s.TargetMax <= 0 {
		target = "10–20"
	}
	d.field("Respondents", fmt.Sprintf("%d (target %s)", tally.Respondents, target))
	if s.Closed {
		d.field("Survey", "Closed by the organizer")
	}
	d.field("Questions", fmt.Sprint(len(s.Questions)))

	d.questionSummaries(s)

	d.h2("Pain themes", true)
	if len(tally.Themes) == 0 {
		d.note("No themes defined or tagged yet.")
	} else {
		if tally.Small {
			d.warn(planner.SmallSampleNote())
		}
		var rows [][]string
		var bars []bar
		maxCount := 0
		for i, t := range tally.Themes {
			quote := ""
			if len(t.Quotes) > 0 {
				quote = "“" + t.Quotes[0] + "”"
			}
			rows = append(rows, []string{fmt.Sprint(i + 1), t.Theme.Label, fmt.Sprint(t.Count), percentText(t.Share * 100), quote})
			bars = append(bars, bar{label: t.Theme.Label, value: float64(t.Count), text: fmt.Sprintf("%d (%s)", t.Count, percentText(math.Round(t.Share*100)))})
			maxCount = max(maxCount, t.Count)
		}
		d.barChart(bars, float64(max(maxCount, 1)), 0, "")
		d.table([]column{{"#", 0.5, "R"}, {"Theme", 2.2, ""}, {"Answers", 1.1, "R"}, {"Share", 1, "R"}, {"Example", 5, ""}}, rows)
		if tally.Untagged > 0 {
			d.note(planner.UntaggedNote(tally.Untagged))
		}
	}

	d.h2("Skill baseline", true)
	st := planner.SkillBaseline(s)
	if st.N == 0 {
		d.note("No skill self-ratings yet. Reviews measure skill gain against this baseline.")
	} else {
		d.field("Answers", fmt.Sprint(st.N))
		d.field("Mean", trimFloat(st.Mean)+" of 10")
		d.field("Median", trimFloat(st.Median)+" of 10")
		if st.Small {
			d.warn(fmt.Sprintf("Too small to read: fewer than %d answers.", planner.SmallN))
		}
	}

	d.ensure(90) // the heading with the first goal and its SMART table
	d.h2("Goals", true)
	if w := planner.GoalsWarning(p.Goals); w != "" {
		d.warn(w)
	}
	if len(p.Goals) == 0 {
		d.note("No goals set yet.")
	}
	for _, g := range p.Goals {
		d.ensure(72) // title, measure and SMART table together
		d.h3(firstNonEmpty(g.Title, g.Metric, "Untitled goal"))
		d.field("Measure", goalMeasure(g))
		if t := themeLabels(p, g.ThemeIDs); t != "" {
			d.field("Answers themes", t)
		}
		var rows [][]string
		for _, it := range planner.SmartCheck(g) {
			res := "Yes"
			if !it.Pass {
				res = "No"
			}
			rows = append(rows, []string{it.Criterion, it.Question, res, it.Reason})
		}
		d.table([]column{{"SMART", 1.5, ""}, {"Question", 4.6, ""}, {"Met", 0.7, ""}, {"Note", 2, ""}}, rows)
	}
	if sp := p.Sponsor; strings.TrimSpace(sp.Name) != "" {
		d.h2("Sponsor", true)
		d.field("Sponsor", joinNonEmpty(", ", sp.Name, sp.Role))
		d.field("Expects", sp.Expectations)
	}
}

// questionSummaries shows each survey question as a survey tool's summary view does: counted
// bars for choices, the distribution with mean and median for scales, n for each.
func (d *doc) questionSummaries(s planner.Survey) {
	sums := planner.SummarizeSurvey(s)
	if len(sums) == 0 {
		return
	}
	d.h2("Answers per question", true)
	for i, qs := range sums {
		// Keep the heading with its chart: 7.2 mm a bar, as barChart draws them.
		need := 22.0
		switch {
		case qs.N == 0:
		case qs.Question.Kind == planner.KindScale:
			need += 10*7.2 + 12
		case qs.Question.Kind == planner.KindSingle || qs.Question.Kind == planner.KindMulti:
			need += float64(len(qs.Choices)) * 7.2
		}
		d.ensure(min(need, contentBot-marginTop))
		d.h3(fmt.Sprintf("%d. %s", i+1, firstNonEmpty(qs.Question.Title, "Untitled question")))
		meta := qs.Question.Kind.Label() + " · " + qs.NLabel()
		if qs.Question.Role != planner.RoleNone {
			meta += " · used for " + strings.ToLower(qs.Question.Role.Label())
		}
		d.note(meta)
		if qs.N == 0 {
			continue
		}
		switch qs.Question.Kind {
		case planner.KindSingle, planner.KindMulti:
			var bars []bar
			for _, c := range qs.Choices {
				bars = append(bars, bar{label: c.Label, value: float64(c.Count), text: fmt.Sprintf("%d (%s)", c.Count, percentText(math.Round(c.Share*100)))})
			}
			d.barChart(bars, float64(qs.N), 0, "")
			for _, c := range qs.Choices {
				if n := c.OtherNote(); n != "" {
					d.note(c.Label + " includes " + n + ".")
				}
			}
			if qs.Question.Kind == planner.KindMulti {
				d.note("Respondents could choose several: shares are of respondents and may add up to more than 100%.")
			}
		case planner.KindScale:
			var bars []bar
			top := 0
			for v, n := range qs.Distribution {
				bars = append(bars, bar{label: fmt.Sprint(v + 1), value: float64(n), text: fmt.Sprint(n)})
				top = max(top, n)
			}
			d.barChart(bars, float64(max(top, 1)), 0, "")
			if qs.Scale.N > 0 {
				d.field("Mean", trimFloat(qs.Scale.Mean)+" of 10")
				d.field("Median", trimFloat(qs.Scale.Median)+" of 10")
			}
			if qs.Unreadable > 0 {
				d.note(fmt.Sprintf("%d %s not a number from 1 to 10 and left out.", qs.Unreadable, map[bool]string{true: "answer was", false: "answers were"}[qs.Unreadable == 1]))
			}
		default:
			d.note(fmt.Sprintf("%d open answers; the pain themes below tally them.", qs.Texts))
		}
	}
}

func (d *doc) recruitChapter(p *planner.Plan, today planner.Date) {
	sum := planner.SummarizeRecruitment(p, today)
	d.h2("Summary", true)
	d.field("Core members", fmt.Sprintf("%d accepted or joined (start small: 5–10)", sum.Core))
	var st []string
	for _, kv := range statusCounts(sum.ByStatus) {
		st = append(st, kv[0]+" "+kv[1])
	}
	d.field("By status", strings.Join(st, " · "))
	var ex []string
	for _, e := range planner.Experiences {
		ex = append(ex, fmt.Sprintf("%s %d", upperFirst(string(e)), sum.Experience[e]))
	}
	d.field("Experience", strings.Join(ex, " · "))
	var ac []string
	for _, a := range planner.Activities {
		ac = append(ac, fmt.Sprintf("%s %d", upperFirst(string(a)), sum.Activity[a]))
	}
	d.field("Activity", strings.Join(ac, " · "))
	d.field("Willing to lead", fmt.Sprintf("%d in the core group", sum.Leaders))
	if sum.Waiting > 0 {
		waiting := fmt.Sprintf("%d invitations, the oldest out for %d days", sum.Waiting, sum.LongestWaitDays)
		if sum.Waiting == 1 {
			waiting = fmt.Sprintf("1 invitation, out for %d days", sum.LongestWaitDays)
		}
		d.field("Awaiting an answer", waiting)
	}
	for _, w := range sum.Warnings {
		d.warn(w)
	}
	d.h2("Candidates", true)
	var rows [][]string
	for _, c := range p.Candidates {
		name := c.Name
		if h := strings.TrimSpace(c.Handle); h != "" {
			name = joinNonEmpty("\n", c.Name, h)
		}
		lead := ""
		if c.WillingToLead {
			lead = "Yes"
		}
		rows = append(rows, []string{name, c.Channel.Label(), upperFirst(string(c.Experience)), upperFirst(string(c.Activity)), upperFirst(string(c.Status)), lead, c.RoleInterest})
	}
	d.table([]column{{"Name", 2.6, ""}, {"Channel", 1.4, ""}, {"Experience", 1.5, ""}, {"Activity", 1.1, ""}, {"Status", 1.2, ""}, {"Leads", 0.8, ""}, {"Role interest", 2, ""}}, rows)

	if inv := planner.FilledInvites(p); len(inv) > 0 {
		d.ensure(60) // the heading with the first invitation
		d.h2("Invitations", true)
		d.note("Written from the plan: the community's name, the domain statement and the launch event's date and time. Each candidate's copy greets them by name.")
		for _, fi := range inv {
			d.ensure(24)
			d.h3(fi.Channel.Label())
			d.para(fi.Text)
		}
	}
}

func (d *doc) charterChapter(p *planner.Plan) {
	c := p.Charter
	d.note("A summary; the charter document has every section, the rotation schedule and the sign-off.")
	d.h2("Purpose", true)
	d.paraOr(firstNonEmpty(c.Purpose, p.Domain), "The purpose is not written yet.")
	d.h2("Membership", true)
	d.field("Who may join", c.WhoMayJoin)
	d.field("How to join", c.JoinMode.Label())
	d.h2("Roles", true)
	d.roleTables(p, false)
	d.h2("Norms", true)
	d.normList(p)
	d.h2("Cadence", true)
	d.cadenceTable(p)
	d.h2("Platform", true)
	d.platform(p, false)
	d.h2("Success measures", true)
	d.successMeasures(p)
}

func (d *doc) eventChapter(p *planner.Plan, today planner.Date) {
	re := planner.ResolveEvent(p)
	e := re.Event
	d.h2("The event", true)
	d.field("Title", e.Title)
	d.field("Format", e.Format.Label())
	d.field("When", re.When())
	if w := strings.TrimSpace(e.ScheduleWhy); w != "" {
		d.field("Why then", w)
	}
	if e.DurationMin > 0 {
		d.field("Duration", fmt.Sprintf("%d minutes", e.DurationMin))
	}
	platform := e.Platform
	if re.PlatformFromCharter && strings.TrimSpace(platform) != "" {
		platform += " (the charter's platform)"
	}
	d.field("Platform", platform)
	if strings.TrimSpace(e.Link) != "" {
		d.field("Link", e.Link)
	}
	d.field("Host", joinNonEmpty("; co-hosts: ", e.Host, e.CoHosts))
	d.field("Recording", yesNo(e.Recording)+map[bool]string{true: ", for members who cannot attend live", false: ""}[e.Recording])
	if strings.TrimSpace(e.Description) != "" {
		d.h3("Description")
		d.para(e.Description)
	}

	d.h2("Run of show", true)
	slots, total, over := planner.AgendaTimes(e)
	var rows [][]string
	for _, s := range slots {
		start := ""
		if !s.Start.IsZero() {
			start = s.Start.Format("15:04")
		}
		rows = append(rows, []string{start, s.Item.Title, fmt.Sprint(s.Item.Minutes), s.Item.Owner, s.Item.Notes})
	}
	d.table([]column{{"Start", 0.9, ""}, {"Item", 3, ""}, {"Min", 0.7, "R"}, {"Owner", 1.6, ""}, {"Cue / notes", 3.2, ""}}, rows)
	if len(slots) > 0 {
		switch {
		case e.DurationMin <= 0:
			d.note(fmt.Sprintf("The agenda runs %d minutes.", total))
		case over > 0:
			d.warn(fmt.Sprintf("The agenda runs %d minutes, %d over the %d-minute slot.", total, over, e.DurationMin))
		default:
			d.note(fmt.Sprintf("The agenda runs %d of %d minutes.", total, e.DurationMin))
		}
	}

	d.h2("Checklist", true)
	rows = nil
	for _, it := range planner.ChecklistDue(e, today) {
		rows = append(rows, []string{it.Due.String(), planner.Offset(it.Item.OffsetDays), it.Item.Task, it.State()})
	}
	d.table([]column{{"Due", 1.4, ""}, {"When", 0.9, ""}, {"Task", 5, ""}, {"Status", 1.2, ""}}, rows)

	d.h2("Invitees", true)
	inv := planner.Invitees(p)
	if len(inv) == 0 {
		d.note("No accepted or joined members to invite yet.")
	} else {
		var names []string
		for _, c := range inv {
			names = append(names, firstNonEmpty(c.Name, c.Handle, "Unnamed"))
		}
		// A long list helps nobody here: the recruitment chapter has everyone.
		const shown = 40
		list := strings.Join(names[:min(len(names), shown)], ", ")
		if len(names) > shown {
			list += fmt.Sprintf(" and %d more (see the recruitment chapter)", len(names)-shown)
		}
		d.para(fmt.Sprintf("%s: %s.", planner.Count(len(names), "person", "people"), list))
	}
	if e.Attendance > 0 || strings.TrimSpace(e.Outcomes) != "" || strings.TrimSpace(e.RecordingLink) != "" {
		d.h2("After the event", true)
		if e.Attendance > 0 {
			d.field("Attendance", fmt.Sprint(e.Attendance))
		}
		if strings.TrimSpace(e.RecordingLink) != "" {
			d.field("Recording", e.RecordingLink)
		}
		if strings.TrimSpace(e.Outcomes) != "" {
			d.field("Outcomes", e.Outcomes)
		}
	}
}

func (d *doc) reviewsChapter(p *planner.Plan, today planner.Date) {
	every := p.ReviewEvery
	if every == "" {
		every = planner.Monthly
	}
	d.field("Review cadence", every.Label())
	if next := planner.NextReviewDate(p, today); !next.IsZero() {
		d.field("Next review", next.String())
	}
	if p.Stage != "" {
		d.field("Lifecycle stage", p.Stage.Label())
	}
	figs := planner.ReviewFigures(p)
	if len(figs) == 0 {
		d.note("No reviews recorded yet. Hold the first a month after launch.")
		return
	}
	d.h2("Figures", true)
	var rows [][]string
	dash := "–"
	opt := func(v float64, ok bool) string {
		if !ok {
			return dash
		}
		return percentText(math.Round(v*10) / 10)
	}
	for _, f := range figs {
		r := f.Review
		rows = append(rows, []string{r.Date.String(), fmt.Sprint(r.MembersTotal), fmt.Sprint(r.WeeklyActive),
			opt(f.WeeklyActivePct, r.MembersTotal > 0), opt(f.PollResponsePct, f.HasPoll), opt(f.GrowthPct, f.HasGrowth),
			opt(f.RetentionPct, f.HasGrowth), opt(f.SkillGainPct, f.HasSkill)})
	}
	d.table([]column{{"Date", 1.5, ""}, {"Members", 1.1, "R"}, {"Weekly active", 1.2, "R"}, {"Active %", 1.1, "R"},
		{"Poll response", 1.2, "R"}, {"Growth", 1.1, "R"}, {"Retention", 1.2, "R"}, {"Skill gain", 1.1, "R"}}, rows)

	d.h2("Trends", true)
	for _, tr := range planner.ReviewTrends(p) {
		labels := make([]string, len(tr.Dates))
		for i, dt := range tr.Dates {
			labels[i] = dt.String()
		}
		unit := tr.Unit
		title := tr.Title
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
	d.h2("Success factors", true)
	d.note("Scores from 1 (weak) to 5 (strong) at the latest review, " + last.Review.Date.String() + ".")
	var bars []bar
	for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
		s := last.Review.Factors[f]
		text := "not scored"
		if s > 0 {
			text = fmt.Sprintf("%d of 5", s)
		}
		bars = append(bars, bar{label: f.String(), value: float64(s), text: text})
	}
	d.barChart(bars, 5, 0, "")

	if len(last.Goals) > 0 {
		d.h2("Goal progress", true)
		rows = nil
		for _, g := range last.Goals {
			val, prog := dash, dash
			if g.Has {
				val = trimFloat(g.Value) + unitSuffix(g.Goal.Unit)
				if g.Goal.Baseline != nil && g.Goal.Target != nil {
					prog = percentText(math.Round(g.Pct))
				}
			}
			rows = append(rows, []string{firstNonEmpty(g.Goal.Title, g.Goal.Metric, "Goal"), goalMeasure(g.Goal), val, prog})
		}
		d.table([]column{{"Goal", 2.4, ""}, {"Target", 3.6, ""}, {"Latest", 1.2, "R"}, {"Progress", 1.2, "R"}}, rows)
	}

	d.h2("Health score", true)
	d.health(p)

	if sug := planner.Suggestions(p); len(sug) > 0 {
		d.h2("Suggestions", true)
		var items []string
		for _, s := range sug {
			items = append(items, joinNonEmpty(": ", s.Title, s.Reason))
		}
		d.bullets(items)
	}

	d.h2("Open actions", true)
	rows = nil
	for _, f := range figs {
		for _, a := range f.Review.Actions {
			if a.Done {
				continue
			}
			due := a.Due.String()
			if !a.Due.IsZero() && a.Due.Before(today) {
				due += " (overdue)"
			}
			rows = append(rows, []string{a.Text, a.Owner, due, f.Review.Date.String()})
		}
	}
	if len(rows) == 0 {
		d.note("No open actions.")
	} else {
		d.table([]column{{"Action", 4.5, ""}, {"Owner", 1.6, ""}, {"Due", 1.7, ""}, {"From review", 1.4, ""}}, rows)
	}

	rows = nil
	for _, f := range figs {
		for _, s := range f.Review.Stories {
			rows = append(rows, []string{s.Member, s.Story, upperFirst(string(s.Cycle)), f.Review.Date.String()})
		}
	}
	if len(rows) > 0 {
		d.h2("Member value stories", true)
		d.table([]column{{"Member", 1.6, ""}, {"Story", 5, ""}, {"Value", 1.1, ""}, {"Review", 1.3, ""}}, rows)
	}

	if p.Stage != "" {
		if prompts := p.Stage.Prompts(); len(prompts) > 0 {
			d.h2("What the "+strings.ToLower(p.Stage.Label())+" stage asks", true)
			d.bullets(prompts)
		}
	}
}

// health shows the health score with its weights and parts, never as a black box.
func (d *doc) health(p *planner.Plan) {
	h := planner.HealthScore(p)
	if !h.Has {
		d.note("No health score yet: it is computed from the latest review.")
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
	d.pdf.CellFormat(60, 5, "of 100, from the latest review", "", 0, "L", false, 0, "")
	d.pdf.SetY(y + 15)
	var rows [][]string
	for _, part := range h.Parts {
		score := "no data"
		if part.Has {
			score = trimFloat(math.Round(part.Score))
		}
		rows = append(rows, []string{part.Name, trimFloat(part.Weight), score})
	}
	d.table([]column{{"Part", 3, ""}, {"Weight", 1.2, "R"}, {"Score (0–100)", 1.6, "R"}}, rows)
}

func unitSuffix(u string) string {
	u = strings.TrimSpace(u)
	switch u {
	case "":
		return ""
	case "%", "pp":
		return u
	}
	return " " + u
}
