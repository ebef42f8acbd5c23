package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
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
	d, err := newDoc(p, opt, "Community charter")
	if err != nil {
		return nil, err
	}
	d.sectionLevel = 0
	c := p.Charter
	version, versionOn := charterVersion(p)
	if !versionOn.IsZero() {
		version += " of " + versionOn.String()
	}
	d.cover(p, coverInfo{
		kicker:   "Community charter",
		title:    communityName(p),
		subtitle: firstNonEmpty(c.Purpose, p.Domain),
		facts: [][2]string{
			{"Client", p.Client}, {"Prepared by", p.PreparedBy},
			{"Date", d.now.Format("2 January 2006")}, {"Version", version},
		},
	})
	d.newPage()
	n := 0
	sec := func(title string) {
		n++
		d.section(fmt.Sprintf("%d  %s", n, title))
	}

	sec("Purpose")
	d.paraOr(firstNonEmpty(c.Purpose, p.Domain), "The purpose is not written yet.")
	if s := strings.TrimSpace(p.Domain); s != "" && s != strings.TrimSpace(c.Purpose) && strings.TrimSpace(c.Purpose) != "" {
		d.field("Domain", s)
	}
	if sp := p.Sponsor; strings.TrimSpace(sp.Name) != "" {
		d.field("Sponsor", joinNonEmpty(", ", sp.Name, sp.Role))
		if strings.TrimSpace(sp.Expectations) != "" {
			d.field("Sponsor expects", sp.Expectations)
		}
	}

	sec("Goals")
	d.goalTable(p)

	sec("Scope")
	d.field("In scope", c.ScopeIn)
	d.field("Out of scope", c.ScopeOut)

	sec("Membership")
	d.field("Who may join", c.WhoMayJoin)
	d.field("How to join", c.JoinMode.Label())
	d.field("Newcomer–veteran mix", c.MixNote)

	sec("Roles")
	d.roleTables(p, true)

	sec("Norms")
	d.normList(p)
	d.h3("When conflicts arise")
	d.paraOr(c.Conflicts, "Not agreed yet. A common rule: a private conversation first, a group vote if needed.")
	d.h3("How decisions are made")
	d.paraOr(c.Decisions, "Not agreed yet.")

	sec("Cadence")
	d.cadenceTable(p)

	sec("Platform and tools")
	d.platform(p, true)

	sec("Success measures")
	d.successMeasures(p)

	sec("Growth rules")
	t := planner.PlanTargets(p)
	d.bullets([]string{
		fmt.Sprintf("At %d members the community moves to member-led governance: members take over facilitation and moderation.", t.MemberLedAt),
		fmt.Sprintf("Above %d members it splits into sub-groups around sub-topics, each with its own facilitator.", t.SubgroupsOver),
	})

	sec("Risks and assumptions")
	var rows [][]string
	for _, r := range c.Risks {
		rows = append(rows, []string{r.Risk, upperFirst(r.Likelihood), upperFirst(r.Impact), r.Mitigation})
	}
	d.table([]column{{"Risk", 3, ""}, {"Likelihood", 1.2, ""}, {"Impact", 1.1, ""}, {"Mitigation", 3.5, ""}}, rows)
	d.h3("Assumptions")
	d.paraOr(c.Assumptions, "None written down yet.")

	sec("Version history")
	rows = nil
	for _, v := range c.Versions {
		rows = append(rows, []string{v.Version, v.On.String(), v.Author, v.Changes})
	}
	d.table([]column{{"Version", 1, ""}, {"Date", 1.3, ""}, {"Author", 1.8, ""}, {"Changes", 4.5, ""}}, rows)
	if c.ReviewOn.IsZero() {
		d.field("Next review", "Not set. Review the norms at least once a year.")
	} else {
		d.field("Next review", c.ReviewOn.String()+". The norms are reviewed at least once a year.")
	}

	sec("Sign-off")
	d.para("By signing, we agree to launch and run the community as this charter describes, and to review it together on the date above.")
	var signers [][3]string
	for _, s := range c.SignOffs {
		signers = append(signers, [3]string{s.Name, s.Role, s.On.String()})
	}
	if len(signers) == 0 {
		signers = [][3]string{{p.PreparedBy, "Organizer", ""}, {p.Sponsor.Name, "Sponsor", ""}}
	}
	d.signLines(signers)
	return d, nil
}

// section writes a numbered, bookmarked section heading.
func (d *doc) section(title string) {
	d.h2(title, true)
}

// goalTable lists the goals with their measure and the themes they answer.
// goalMeasure is a goal's sentence without its title: "2% → 4% by 2026-06-30".
func goalMeasure(g planner.Goal) string {
	measure := g.Sentence()
	if t := strings.TrimSpace(g.Title); t != "" && strings.HasPrefix(measure, t) {
		measure = strings.TrimPrefix(strings.TrimPrefix(measure, t), ": ")
	}
	if strings.TrimSpace(measure) == "" {
		return "No measure yet"
	}
	return measure
}

func (d *doc) goalTable(p *planner.Plan) {
	var rows [][]string
	for _, g := range p.Goals {
		rows = append(rows, []string{firstNonEmpty(g.Title, g.Metric, "Untitled goal"), goalMeasure(g), themeLabels(p, g.ThemeIDs)})
	}
	d.table([]column{{"Goal", 3, ""}, {"Measure", 3.2, ""}, {"Answers themes", 2.2, ""}}, rows)
	if w := planner.GoalsWarning(p.Goals); w != "" {
		d.warn(w)
	}
}

// roleTables shows the roles and, with schedule, who holds which role when.
func (d *doc) roleTables(p *planner.Plan, schedule bool) {
	names := planner.CandidateNames(p)
	var rows [][]string
	for _, r := range p.Charter.Roles {
		rows = append(rows, []string{r.Name, r.Responsibilities, holders(names, r.HolderIDs), rotationLabel(r.RotationWeeks)})
	}
	d.table([]column{{"Role", 1.6, ""}, {"Responsibilities", 3.6, ""}, {"Holders", 2.2, ""}, {"Rotation", 1.4, ""}}, rows)
	if !schedule {
		return
	}
	slots := planner.RotationSchedule(p, planner.DefaultRotationPeriods)
	if len(slots) == 0 {
		return
	}
	d.h3("Rotation schedule")
	d.note("Who holds each rotating role over the next periods, so that no one burns out.")
	rows = nil
	last := ""
	for _, s := range slots {
		role := s.Role
		if role == last {
			role = ""
		} else {
			last = s.Role
		}
		rows = append(rows, []string{role, fmt.Sprint(s.Period), s.Start.String() + " – " + s.End.String(), s.Holder})
	}
	d.table([]column{{"Role", 2, ""}, {"Period", 0.9, "R"}, {"Dates", 3, ""}, {"Holder", 2.6, ""}}, rows)
}

func (d *doc) normList(p *planner.Plan) {
	var items []string
	for _, n := range p.Charter.Norms {
		if strings.TrimSpace(n.Text) != "" {
			items = append(items, n.Text)
		}
	}
	if len(items) == 0 {
		d.note("No norms agreed yet.")
		return
	}
	d.bullets(items)
}

func (d *doc) cadenceTable(p *planner.Plan) {
	var rows [][]string
	for _, c := range p.Charter.Cadence {
		rows = append(rows, []string{c.Practice, c.Frequency.Label(), cadenceWhen(c)})
	}
	d.table([]column{{"Practice", 3, ""}, {"Frequency", 1.5, ""}, {"When", 4.4, ""}}, rows)
	if tz := strings.TrimSpace(p.Charter.TimeZone); tz != "" && len(rows) > 0 {
		d.note("Times are in " + tz + ".")
	}
	if w := strings.TrimSpace(p.Charter.CadenceWhy); w != "" {
		d.field("Why this rhythm", w)
	}
}

// platform shows the chosen platform, why, and with ranking the five platforms ranked for
// this community with their reasons; then the tools.
func (d *doc) platform(p *planner.Plan, ranking bool) {
	c := p.Charter
	d.field("Platform", c.Platform.Label())
	if strings.TrimSpace(c.PlatformWhy) != "" {
		d.field("Why", c.PlatformWhy)
	}
	adv := planner.AdvisePlatform(p)
	scores := adv.Scores
	if ev := adv.Evidence(); ev != "" {
		d.field("Survey", ev)
	}
	if ranking && len(scores) > 0 {
		d.h3("How the five platforms fit this community")
		needs := "Needs: " + adv.Needs.Describe() + "."
		if adv.Guessed {
			needs += " " + planner.GuessNote
		}
		d.note(needs)
		var rows [][]string
		for i, s := range scores {
			name := s.Platform.Label()
			if s.Platform == c.Platform {
				name += " (chosen)"
			}
			rows = append(rows, []string{fmt.Sprint(i + 1), name, fmt.Sprint(s.Score), strings.Join(s.Reasons, "; ")})
		}
		d.table([]column{{"#", 0.5, "R"}, {"Platform", 2, ""}, {"Score", 0.9, "R"}, {"Why", 6, ""}}, rows)
	} else if !ranking && len(scores) > 0 && c.Platform != scores[0].Platform {
		d.note("The recommendation ranks " + scores[0].Platform.Label() + " first: " + strings.Join(scores[0].Reasons, "; ") + ".")
	}
	if len(c.Tools) > 0 || ranking {
		d.h3("Tools")
		var rows [][]string
		for _, t := range c.Tools {
			rows = append(rows, []string{t.Name, t.Purpose})
		}
		d.table([]column{{"Tool", 2, ""}, {"Used for", 5, ""}}, rows)
	}
}

func (d *doc) successMeasures(p *planner.Plan) {
	t := planner.PlanTargets(p)
	rows := [][]string{
		{"Weekly active members", "at least " + percentText(t.WeeklyActive) + " of members"},
		{"Poll response after sessions", "at least " + percentText(t.PollResponse)},
		{"Skill gain over the survey baseline", percentText(t.SkillGain) + " rise in self-rated skill"},
	}
	for _, g := range p.Goals {
		rows = append(rows, []string{firstNonEmpty(g.Title, g.Metric, "Goal"), goalMeasure(g)})
	}
	d.table([]column{{"Measure", 3, ""}, {"Target", 4, ""}}, rows)
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
