package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
	"github.com/coplaunch/coplaunch/planner/textdiff"
)

// CharterPDF writes the charter as an A4 PDF: a cover (community, client, preparer, date,
// version, the client's logo), then every charter section with tables for goals, roles,
// rotation, cadence, platforms, tools, risks and versions, and a sign-off block with lines
// to sign on. Pages carry a running header and "Page X of Y"; sections are bookmarked.
func CharterPDF(w io.Writer, p *planner.Plan, opt Options) error {
	return writePDF(w, func() (*doc, error) { return buildCharter(p, opt) })
}

// writePDF builds a document and writes it. A panic inside gofpdf is turned into an error:
// the cleaner is meant to make them impossible, but a desktop app must not crash on export.
func writePDF(w io.Writer, build func() (*doc, error)) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("write PDF: internal error: %v", r)
		}
	}()
	d, err := build()
	if err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	if err := d.output(w); err != nil {
		return fmt.Errorf("write PDF: %w", err)
	}
	return nil
}

func buildCharter(p *planner.Plan, opt Options) (*doc, error) {
	if p == nil {
		return nil, fmt.Errorf("no plan")
	}
	p = planner.Branded(p)
	d, err := newDoc(p, opt, "charter.title")
	if err != nil {
		return nil, err
	}
	tr := d.tr
	d.sectionLevel = 0
	c := p.Charter
	version := versionText(tr, p, true)
	d.cover(p, coverInfo{
		kicker:   tr.T("charter.title"),
		title:    communityName(tr, p),
		subtitle: firstNonEmpty(c.Purpose, p.Domain),
		facts: [][2]string{
			{tr.T("cover.client"), p.Client}, {tr.T("cover.prepared_by"), p.PreparedBy},
			{tr.T("cover.date"), tr.Time(d.now)}, {tr.T("cover.version"), version},
		},
	})
	d.newPage()
	n := 0
	sec := func(title string) {
		n++
		d.section(fmt.Sprintf("%d  %s", n, title))
	}

	if since := changesBase(p, opt.ChangesSince); since != nil {
		sec(tr.T("changes.title", "version", since.Version))
		d.changesSince(p, since)
	}

	sec(tr.T("section.purpose"))
	d.paraOr(firstNonEmpty(c.Purpose, p.Domain), tr.T("charter.no_purpose"))
	if s := strings.TrimSpace(p.Domain); s != "" && s != strings.TrimSpace(c.Purpose) && strings.TrimSpace(c.Purpose) != "" {
		d.field(tr.T("field.domain"), s)
	}
	if sp := p.Sponsor; strings.TrimSpace(sp.Name) != "" {
		d.field(tr.T("field.sponsor"), joinNonEmpty(", ", sp.Name, sp.Role))
		if strings.TrimSpace(sp.Expectations) != "" {
			d.field(tr.T("field.sponsor_expects"), sp.Expectations)
		}
	}

	sec(tr.T("section.goals"))
	d.goalTable(p)

	sec(tr.T("section.scope"))
	d.field(tr.T("field.scope_in"), c.ScopeIn)
	d.field(tr.T("field.scope_out"), c.ScopeOut)

	sec(tr.T("section.membership"))
	d.field(tr.T("field.who_may_join"), c.WhoMayJoin)
	d.field(tr.T("field.how_to_join"), label(tr, "join", string(c.JoinMode)))
	d.field(tr.T("field.mix"), c.MixNote)

	sec(tr.T("section.roles"))
	d.roleTables(p, true)

	sec(tr.T("section.norms"))
	d.normList(p)
	d.h3(tr.T("section.conflicts"))
	d.paraOr(c.Conflicts, tr.T("charter.no_conflicts"))
	d.h3(tr.T("section.decisions"))
	d.paraOr(c.Decisions, tr.T("charter.not_agreed"))

	sec(tr.T("section.cadence"))
	d.cadenceTable(p)

	sec(tr.T("section.platform"))
	d.platform(p, true)

	sec(tr.T("section.measures"))
	d.successMeasures(p)

	sec(tr.T("section.growth"))
	t := planner.PlanTargets(p)
	d.bullets([]string{
		tr.T("growth.member_led", "n", tr.Int(t.MemberLedAt)),
		tr.T("growth.subgroups", "n", tr.Int(t.SubgroupsOver)),
	})

	sec(tr.T("section.risks_assumptions"))
	var rows [][]string
	for _, r := range c.Risks {
		rows = append(rows, []string{r.Risk, label(tr, "level", r.Likelihood), label(tr, "level", r.Impact), r.Mitigation})
	}
	d.table([]column{{tr.T("col.risk"), 3, ""}, {tr.T("col.likelihood"), 1.2, ""}, {tr.T("col.impact"), 1.1, ""}, {tr.T("col.mitigation"), 3.5, ""}}, rows)
	d.h3(tr.T("section.assumptions"))
	d.paraOr(c.Assumptions, tr.T("charter.no_assumptions"))

	sec(tr.T("section.versions"))
	vh := versionHeader(tr)
	d.table([]column{{vh[0], 1, ""}, {vh[1], 1.7, ""}, {vh[2], 1.8, ""}, {vh[3], 4.1, ""}}, versionRows(tr, &c))
	if c.ReviewOn.IsZero() {
		d.field(tr.T("field.next_review"), tr.T("review.not_set"))
	} else {
		d.field(tr.T("field.next_review"), tr.T("review.on", "date", longDate(tr, c.ReviewOn)))
	}

	sec(tr.T("section.signoff"))
	d.para(tr.T("signoff.intro"))
	var signers [][3]string
	var signed []string
	for _, s := range c.SignOffs {
		role := s.Role
		if v := planner.VersionByID(p, s.VersionID); v != nil {
			role = joinNonEmpty(" · ", role, tr.T("signoff.version", "version", v.Version))
		}
		signers = append(signers, [3]string{s.Name, role, longDate(tr, s.On)})
		if v := planner.VersionByID(p, s.VersionID); v != nil {
			signed = append(signed, tr.T("signoff.signed_version", "name", firstNonEmpty(s.Name, "—"), "version", v.Version))
		}
	}
	if len(signers) == 0 {
		signers = [][3]string{{p.PreparedBy, tr.T("signoff.organizer"), ""}, {p.Sponsor.Name, tr.T("signoff.sponsor"), ""}}
	}
	if len(signed) > 0 {
		d.note(strings.Join(signed, " "))
	}
	d.signLines(signers)
	return d, nil
}

// changesBase finds the version a "Changes since" section compares with: the one named, or
// with "last" the last issued version. It is nil when that version froze nothing to compare.
func changesBase(p *planner.Plan, since string) *planner.CharterVersion {
	since = strings.TrimSpace(since)
	var v *planner.CharterVersion
	switch since {
	case "":
		return nil
	case "last":
		v = planner.LastIssued(p)
	default:
		v = planner.VersionNamed(p, since)
	}
	if v == nil || !v.Issued() {
		return nil
	}
	return v
}

// changesSince writes, for each section changed since v, what was removed and what was added,
// each change with the words just before it so that a reader finds the place.
func (d *doc) changesSince(p *planner.Plan, v *planner.CharterVersion) {
	tr := d.tr
	changes := planner.ChangesSince(p, v)
	d.note(tr.T("changes.intro", "version", v.Version, "date", longDate(tr, v.On)))
	if len(changes) == 0 {
		d.para(tr.T("changes.none"))
		return
	}
	for _, ch := range changes {
		d.h3(tr.T("section." + string(ch.Section)))
		for _, h := range hunks(ch.Before, ch.After) {
			if h.context != "" {
				d.note("… " + wordMarkers(tr, h.context))
			}
			if h.removed != "" {
				d.field(tr.T("changes.removed"), wordMarkers(tr, h.removed))
			}
			if h.added != "" {
				d.field(tr.T("changes.added"), wordMarkers(tr, h.added))
			}
		}
	}
}

// section writes a numbered, bookmarked section heading.
func (d *doc) section(title string) {
	d.h2(title, true)
}

// goalMeasure is a goal's sentence without its title (planner.Goal.MeasureIn), or says it
// has none.
func goalMeasure(tr *i18n.Printer, g planner.Goal) string {
	if m := g.MeasureIn(tr); m != "" {
		return m
	}
	return tr.T("goal.no_measure")
}

// goalTable lists the goals with their measure and the themes they answer.
func (d *doc) goalTable(p *planner.Plan) {
	tr := d.tr
	var rows [][]string
	for _, g := range p.Goals {
		rows = append(rows, []string{firstNonEmpty(g.Title, g.Metric, tr.T("goal.untitled")), goalMeasure(tr, g), themeLabels(p, g.ThemeIDs)})
	}
	d.table([]column{{tr.T("col.goal"), 3, ""}, {tr.T("col.measure"), 3.2, ""}, {tr.T("col.answers_themes"), 2.2, ""}}, rows)
	switch n := len(p.Goals); {
	case n < 2:
		d.warn(tr.N("goal.warn_few", 2-n, "have", tr.Int(n)))
	case n > 3:
		d.warn(tr.T("goal.warn_many", "n", tr.Int(n)))
	}
}

// candidateNamesIn maps the plan's candidate IDs to their names in the document's language
// (a candidate without a name or handle is "Candidato 3" in Spanish; see
// planner.Candidate.NameIn).
func candidateNamesIn(p *planner.Plan, tr *i18n.Printer) map[int64]string {
	m := make(map[int64]string, len(p.Candidates))
	for _, c := range p.Candidates {
		m[c.ID] = c.NameIn(tr)
	}
	return m
}

// slotHolder names a rotation slot's holder in the document's language: by HolderID, else
// as planner wrote it.
func slotHolder(names map[int64]string, s planner.RotationSlot) string {
	if n, ok := names[s.HolderID]; ok {
		return n
	}
	return s.Holder
}

// roleTables shows the roles and, with schedule, who holds which role when.
func (d *doc) roleTables(p *planner.Plan, schedule bool) {
	names := candidateNamesIn(p, d.tr)
	var rows [][]string
	for _, r := range p.Charter.Roles {
		rows = append(rows, []string{r.Name, r.Responsibilities, holders(names, r.HolderIDs), rotationLabel(d.tr, r.RotationWeeks)})
	}
	d.table([]column{{d.tr.T("col.role"), 1.6, ""}, {d.tr.T("col.responsibilities"), 3.6, ""}, {d.tr.T("col.holders"), 2.2, ""}, {d.tr.T("col.rotation"), 1.4, ""}}, rows)
	if !schedule {
		return
	}
	slots := planner.RotationSchedule(p, planner.DefaultRotationPeriods)
	if len(slots) == 0 {
		return
	}
	d.h3(d.tr.T("rotation.title"))
	d.note(d.tr.T("rotation.intro"))
	rows = nil
	last := ""
	for _, s := range slots {
		role := s.Role
		if role == last {
			role = ""
		} else {
			last = s.Role
		}
		rows = append(rows, []string{role, fmt.Sprint(s.Period), s.Start.String() + " – " + s.End.String(), slotHolder(names, s)})
	}
	d.table([]column{{d.tr.T("col.role"), 2, ""}, {d.tr.T("col.period"), 0.9, "R"}, {d.tr.T("col.dates"), 3, ""}, {d.tr.T("col.holder"), 2.6, ""}}, rows)
}

func (d *doc) normList(p *planner.Plan) {
	var items []string
	for _, n := range p.Charter.Norms {
		if strings.TrimSpace(n.Text) != "" {
			items = append(items, n.Text)
		}
	}
	if len(items) == 0 {
		d.note(d.tr.T("charter.no_norms"))
		return
	}
	d.bullets(items)
}

func (d *doc) cadenceTable(p *planner.Plan) {
	tr := d.tr
	var rows [][]string
	for _, c := range p.Charter.Cadence {
		rows = append(rows, []string{c.Practice, label(tr, "freq", string(c.Frequency)), cadenceWhen(tr, c)})
	}
	d.table([]column{{tr.T("col.practice"), 3, ""}, {tr.T("col.frequency"), 1.5, ""}, {tr.T("col.when"), 4.4, ""}}, rows)
	if tz := strings.TrimSpace(p.Charter.TimeZone); tz != "" && len(rows) > 0 {
		d.note(tr.T("cadence.zone", "zone", tz))
	}
	if w := strings.TrimSpace(p.Charter.CadenceWhy); w != "" {
		d.field(tr.T("field.cadence_why"), w)
	}
}

// platform shows the chosen platform, why, and with ranking the five platforms ranked for
// this community with their reasons; then the tools.
func (d *doc) platform(p *planner.Plan, ranking bool) {
	tr := d.tr
	c := p.Charter
	d.field(tr.T("field.platform"), platformName(tr, c.Platform))
	if why := planner.PlatformWhyIn(p, tr); strings.TrimSpace(why) != "" {
		d.field(tr.T("field.why"), why)
	}
	adv := planner.AdvisePlatform(p)
	scores := adv.Scores
	if ev := evidenceText(tr, adv); ev != "" {
		d.field(tr.T("field.survey"), ev)
	}
	if ranking && len(scores) > 0 {
		d.h3(tr.T("platform.ranking"))
		needs := tr.T("platform.needs", "needs", needsText(tr, adv.Needs))
		if adv.Guessed {
			needs += " " + tr.T("platform.guessed")
		}
		d.note(needs)
		var rows [][]string
		for i, s := range scores {
			name := platformName(tr, s.Platform)
			if s.Platform == c.Platform {
				name += " (" + tr.T("platform.chosen") + ")"
			}
			rows = append(rows, []string{fmt.Sprint(i + 1), name, fmt.Sprint(s.Score), strings.Join(platformReasons(tr, adv, s), "; ")})
		}
		d.table([]column{{"#", 0.5, "R"}, {tr.T("col.platform"), 2, ""}, {tr.T("col.score"), 0.9, "R"}, {tr.T("col.why"), 6, ""}}, rows)
	} else if !ranking && len(scores) > 0 && c.Platform != scores[0].Platform {
		d.note(tr.T("platform.ranks_first", "platform", platformName(tr, scores[0].Platform), "reasons", strings.Join(platformReasons(tr, adv, scores[0]), "; ")))
	}
	if len(c.Tools) > 0 || ranking {
		d.h3(tr.T("section.tools"))
		var rows [][]string
		for _, t := range c.Tools {
			rows = append(rows, []string{t.Name, t.Purpose})
		}
		d.table([]column{{tr.T("col.tool"), 2, ""}, {tr.T("col.used_for"), 5, ""}}, rows)
	}
}

func (d *doc) successMeasures(p *planner.Plan) {
	tr := d.tr
	t := planner.PlanTargets(p)
	rows := [][]string{
		{tr.T("measure.weekly_active"), tr.T("measure.weekly_active_target", "pct", tr.Percent(t.WeeklyActive))},
		{tr.T("measure.poll_response"), tr.T("measure.at_least", "pct", tr.Percent(t.PollResponse))},
		{tr.T("measure.skill_gain"), tr.T("measure.skill_gain_on", "pct", tr.Percent(t.SkillGain), "range", planner.SkillScale(p.Survey).String())},
	}
	for _, g := range p.Goals {
		rows = append(rows, []string{firstNonEmpty(g.Title, g.Metric, tr.T("col.goal")), goalMeasure(tr, g)})
	}
	d.table([]column{{tr.T("col.measure"), 3, ""}, {tr.T("col.target"), 4, ""}}, rows)
}

func joinNonEmpty(sep string, ss ...string) string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// platformName is a platform's name; the product names stay as they are, "Other" and "Not
// chosen" are translated.
func platformName(tr *i18n.Printer, pl planner.Platform) string {
	switch pl {
	case planner.PlatformNone:
		return tr.T("platform.none")
	case planner.PlatformOther:
		return tr.T("platform.other")
	}
	return pl.Label()
}

// hunk is one change inside a section: the words just before it, what was removed and what
// was added.
type hunk struct {
	context, removed, added string
}

// hunks groups a word-level comparison into changes, each with up to six words of context.
func hunks(before, after string) []hunk {
	const contextWords = 6
	var out []hunk
	var cur *hunk
	lastEqual := ""
	for _, part := range textdiff.Words(before, after) {
		switch part.Op {
		case textdiff.Equal:
			if cur != nil {
				out = append(out, *cur)
				cur = nil
			}
			lastEqual = part.Text
		default:
			if cur == nil {
				ws := strings.Fields(lastEqual)
				if len(ws) > contextWords {
					ws = ws[len(ws)-contextWords:]
				}
				cur = &hunk{context: strings.Join(ws, " ")}
			}
			t := strings.Join(strings.Fields(part.Text), " ")
			if part.Op == textdiff.Removed {
				cur.removed = joinNonEmpty(" ", cur.removed, t)
			} else {
				cur.added = joinNonEmpty(" ", cur.added, t)
			}
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}
