package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
)

// CharterMarkdown writes the charter as Markdown to paste into Notion, Discord or a wiki:
// every section of the charter PDF, with tables for roles, rotation, cadence, risks, versions
// and sign-off. Text the organizer wrote is passed through (it may itself be Markdown);
// table cells and headings are kept to one line with pipes escaped.
func CharterMarkdown(w io.Writer, p *planner.Plan) error {
	if p == nil {
		return fmt.Errorf("charter Markdown: no plan")
	}
	m := &mdWriter{w: bufio.NewWriter(w)}
	c := p.Charter
	names := planner.CandidateNames(p)
	version, _ := charterVersion(p)

	m.linef("# %s", mdLine(communityName(p)))
	m.line("")
	var meta []string
	if s := strings.TrimSpace(p.Client); s != "" {
		meta = append(meta, "Client: "+mdLine(s))
	}
	if s := strings.TrimSpace(p.PreparedBy); s != "" {
		meta = append(meta, "Prepared by: "+mdLine(s))
	}
	meta = append(meta, "Version: "+mdLine(version))
	m.linef("*Community charter · %s*", strings.Join(meta, " · "))

	m.section("Purpose")
	m.para(firstNonEmpty(c.Purpose, p.Domain))

	m.section("Goals")
	if len(p.Goals) == 0 {
		m.para("")
	}
	for _, g := range p.Goals {
		item := "**" + mdLine(firstNonEmpty(g.Title, g.Metric, "Untitled goal")) + "**: " + mdLine(goalMeasure(g))
		if t := themeLabels(p, g.ThemeIDs); t != "" {
			item += " (answers: " + mdLine(t) + ")"
		}
		m.line("- " + item)
	}

	m.section("Scope")
	m.line("**In scope**")
	m.line("")
	m.para(c.ScopeIn)
	m.line("**Out of scope**")
	m.line("")
	m.para(c.ScopeOut)

	m.section("Membership")
	m.linef("- **Who may join:** %s", mdLine(orDash(c.WhoMayJoin)))
	m.linef("- **How to join:** %s", mdLine(orDash(c.JoinMode.Label())))
	m.linef("- **Newcomer–veteran mix:** %s", mdLine(orDash(c.MixNote)))

	m.section("Roles")
	var rows [][]string
	for _, r := range c.Roles {
		rows = append(rows, []string{r.Name, r.Responsibilities, holders(names, r.HolderIDs), rotationLabel(r.RotationWeeks)})
	}
	m.table([]string{"Role", "Responsibilities", "Holders", "Rotation"}, rows)
	if slots := planner.RotationSchedule(p, planner.DefaultRotationPeriods); len(slots) > 0 {
		m.line("")
		m.line("### Rotation schedule")
		m.line("")
		rows = nil
		for _, s := range slots {
			rows = append(rows, []string{s.Role, fmt.Sprint(s.Period), s.Start.String(), s.End.String(), s.Holder})
		}
		m.table([]string{"Role", "Period", "From", "To", "Holder"}, rows)
	}

	m.section("Norms")
	if len(c.Norms) == 0 {
		m.para("")
	}
	for _, n := range c.Norms {
		m.line("- " + mdLine(n.Text))
	}
	m.section("Handling conflicts")
	m.para(c.Conflicts)
	m.section("Making decisions")
	m.para(c.Decisions)

	m.section("Cadence")
	rows = nil
	for _, ci := range c.Cadence {
		rows = append(rows, []string{ci.Practice, ci.Frequency.Label(), cadenceWhen(ci)})
	}
	m.table([]string{"Practice", "Frequency", "When"}, rows)
	if tz := strings.TrimSpace(c.TimeZone); tz != "" {
		m.line("")
		m.line("Times are in " + mdLine(tz) + ".")
	}
	if w := strings.TrimSpace(c.CadenceWhy); w != "" {
		m.line("")
		m.line("Why this rhythm: " + mdLine(w))
	}

	m.section("Platform and tools")
	m.linef("**Platform:** %s", mdLine(c.Platform.Label()))
	m.line("")
	m.para(c.PlatformWhy)
	adv := planner.AdvisePlatform(p)
	m.line("**How the five platforms fit this community**")
	m.line("")
	m.linef("Needs: %s.", mdLine(adv.Needs.Describe()))
	if adv.Guessed {
		m.line("")
		m.line("_" + mdLine(planner.GuessNote) + "_")
	}
	if ev := adv.Evidence(); ev != "" {
		m.line("")
		m.linef("Survey: %s.", mdLine(ev))
	}
	m.line("")
	for i, s := range adv.Scores {
		m.linef("%d. **%s** (score %d): %s", i+1, s.Platform.Label(), s.Score, mdLine(strings.Join(s.Reasons, "; ")))
	}
	if len(c.Tools) > 0 {
		m.line("")
		m.line("**Tools**")
		m.line("")
		for _, t := range c.Tools {
			item := "- **" + mdLine(t.Name) + "**"
			if s := strings.TrimSpace(t.Purpose); s != "" {
				item += ": " + mdLine(s)
			}
			m.line(item)
		}
	}

	m.section("Success measures")
	t := planner.PlanTargets(p)
	m.linef("- Weekly active members: at least %s", percentText(t.WeeklyActive))
	m.linef("- Poll response: at least %s", percentText(t.PollResponse))
	m.linef("- Skill gain over the survey baseline: %s", percentText(t.SkillGain))
	for _, g := range p.Goals {
		m.line("- " + mdLine(firstNonEmpty(g.Title, g.Metric, "Goal")) + ": " + mdLine(goalMeasure(g)))
	}

	m.section("Growth rules")
	m.linef("- Move to member-led governance at %d members.", t.MemberLedAt)
	m.linef("- Split into sub-groups above %d members.", t.SubgroupsOver)

	m.section("Risks")
	rows = nil
	for _, r := range c.Risks {
		rows = append(rows, []string{r.Risk, r.Likelihood, r.Impact, r.Mitigation})
	}
	m.table([]string{"Risk", "Likelihood", "Impact", "Mitigation"}, rows)

	m.section("Assumptions")
	m.para(c.Assumptions)

	m.section("Version history")
	rows = nil
	for _, v := range c.Versions {
		rows = append(rows, []string{v.Version, v.On.String(), v.Author, v.Changes})
	}
	m.table([]string{"Version", "Date", "Author", "Changes"}, rows)
	m.line("")
	if c.ReviewOn.IsZero() {
		m.line("**Next review of the norms:** not set (review them at least yearly).")
	} else {
		m.linef("**Next review of the norms:** %s", c.ReviewOn)
	}

	m.section("Sign-off")
	rows = nil
	for _, s := range c.SignOffs {
		rows = append(rows, []string{s.Name, s.Role, s.On.String()})
	}
	m.table([]string{"Name", "Role", "Date"}, rows)

	if m.err != nil {
		return fmt.Errorf("charter Markdown: %w", m.err)
	}
	if err := m.w.Flush(); err != nil {
		return fmt.Errorf("charter Markdown: %w", err)
	}
	return nil
}

// mdWriter writes lines and remembers the first error.
type mdWriter struct {
	w     *bufio.Writer
	err   error
	blank bool // the last line written was empty
}

func (m *mdWriter) line(s string) {
	if s == "" && m.blank {
		return // one empty line between blocks is enough
	}
	m.blank = s == ""
	if m.err == nil {
		_, m.err = m.w.WriteString(s + "\n")
	}
}

func (m *mdWriter) linef(format string, args ...any) { m.line(fmt.Sprintf(format, args...)) }

func (m *mdWriter) section(title string) {
	m.line("")
	m.line("## " + title)
	m.line("")
}

// para writes free text as the organizer typed it, or a placeholder when empty.
func (m *mdWriter) para(s string) {
	s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
	if s == "" {
		s = "*Not set yet.*"
	}
	m.line(s)
	m.line("")
}

// table writes a GitHub-flavoured Markdown table, or a placeholder when there are no rows.
func (m *mdWriter) table(head []string, rows [][]string) {
	if len(rows) == 0 {
		m.line("*None yet.*")
		return
	}
	m.line("| " + strings.Join(head, " | ") + " |")
	seps := make([]string, len(head))
	for i := range seps {
		seps[i] = "---"
	}
	m.line("| " + strings.Join(seps, " | ") + " |")
	for _, r := range rows {
		cells := make([]string, len(head))
		for i := range cells {
			if i < len(r) {
				cells[i] = mdCell(r[i])
			}
		}
		m.line("| " + strings.Join(cells, " | ") + " |")
	}
}

// mdLine keeps text on one line.
func mdLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// mdCell keeps a table cell on one line (line breaks become <br>) and escapes pipes.
func mdCell(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"))
	parts := strings.Split(s, "\n")
	for i, p := range parts {
		parts[i] = mdLine(p)
	}
	s = strings.Join(parts, "<br>")
	return strings.ReplaceAll(s, "|", `\|`)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}
