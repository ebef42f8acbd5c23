package planner

import (
	"fmt"
	"strconv"
	"strings"
)

// CharterSection names one section of the charter as a revision sees it.
type CharterSection string

// The charter's sections, in document order. Their titles are the exports' business (they are
// translated); the keys are stable and stored with every snapshot.
const (
	SectionName        CharterSection = "name"
	SectionPurpose     CharterSection = "purpose"
	SectionGoals       CharterSection = "goals"
	SectionScope       CharterSection = "scope"
	SectionMembership  CharterSection = "membership"
	SectionRoles       CharterSection = "roles"
	SectionNorms       CharterSection = "norms"
	SectionConflicts   CharterSection = "conflicts"
	SectionDecisions   CharterSection = "decisions"
	SectionCadence     CharterSection = "cadence"
	SectionPlatform    CharterSection = "platform"
	SectionMeasures    CharterSection = "measures"
	SectionGrowth      CharterSection = "growth"
	SectionRisks       CharterSection = "risks"
	SectionAssumptions CharterSection = "assumptions"
	SectionReview      CharterSection = "review"
)

// CharterSections lists the sections in document order.
var CharterSections = []CharterSection{SectionName, SectionPurpose, SectionGoals, SectionScope,
	SectionMembership, SectionRoles, SectionNorms, SectionConflicts, SectionDecisions, SectionCadence,
	SectionPlatform, SectionMeasures, SectionGrowth, SectionRisks, SectionAssumptions, SectionReview}

// SectionText is one section of the charter frozen as plain text: the organizer's words, one
// item a line, and the values the app names (frequencies, days, join modes, levels, platforms,
// rotation periods, percentages, dates, numbers) as markers such as ⟦freq:weekly⟧ or
// ⟦date:2026-12-01⟧, so that any language can word them; see Marker.
type SectionText struct {
	Section CharterSection
	Text    string
}

// Snapshot is the whole charter as it stood when a version was issued.
type Snapshot []SectionText

// Text is the snapshot's text of a section; "" when the snapshot has none.
func (s Snapshot) Text(sec CharterSection) string {
	for _, t := range s {
		if t.Section == sec {
			return t.Text
		}
	}
	return ""
}

// Issued reports whether the version froze the charter. A version without a snapshot was typed
// by hand before the app kept snapshots: it says what changed but not the words.
func (v CharterVersion) Issued() bool { return len(v.Snapshot) > 0 }

// Marker writes a value the app names as it stands in a snapshot: ⟦kind:code⟧. Kinds: freq
// (a Frequency), day (a time.Weekday number), join (a JoinMode), level (low, medium, high),
// platform (a Platform), rot (rotation weeks), pct (a percentage), num (a number), date (an ISO
// date). A marker never contains a space, so a word-level comparison treats it as one word.
func Marker(kind, code string) string {
	if code == "" {
		return ""
	}
	return "⟦" + kind + ":" + strings.Join(strings.Fields(code), "_") + "⟧"
}

// FreezeCharter renders every section of the plan's charter as it stands now.
func FreezeCharter(p *Plan) Snapshot {
	c := p.Charter
	names := CandidateNames(p)
	lines := func(ss ...string) string {
		var out []string
		for _, s := range ss {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return strings.Join(out, "\n")
	}
	item := func(parts ...string) string {
		var out []string
		for _, s := range parts {
			if s = strings.Join(strings.Fields(s), " "); s != "" {
				out = append(out, s)
			}
		}
		return strings.Join(out, " · ")
	}
	var goals, roles, norms, cadence, tools, risks []string
	num := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	for _, g := range p.Goals {
		amount := func(v *float64) string {
			if v == nil {
				return ""
			}
			if strings.TrimSpace(g.Unit) == "%" {
				return Marker("pct", num(*v))
			}
			return strings.TrimSpace(Marker("num", num(*v)) + " " + g.Unit)
		}
		span := amount(g.Baseline)
		if g.Target != nil {
			span = strings.TrimSpace(span + " → " + amount(g.Target))
		}
		goals = append(goals, item(firstSet(g.Title, g.Metric), g.Metric, span, Marker("date", g.Due.String())))
	}
	for _, r := range c.Roles {
		var hs []string
		for _, id := range r.HolderIDs {
			if n, ok := names[id]; ok {
				hs = append(hs, n)
			}
		}
		rot := ""
		if r.RotationWeeks > 0 {
			rot = Marker("rot", strconv.Itoa(r.RotationWeeks))
		}
		roles = append(roles, item(r.Name, r.Responsibilities, strings.Join(hs, ", "), rot))
	}
	for _, n := range c.Norms {
		norms = append(norms, n.Text)
	}
	for _, ci := range c.Cadence {
		dur := ""
		if ci.DurationMin > 0 {
			dur = Marker("min", strconv.Itoa(ci.DurationMin))
		}
		cadence = append(cadence, item(ci.Practice, Marker("freq", string(ci.Frequency)), Marker("day", strconv.Itoa(int(ci.Weekday))), ci.Time, dur))
	}
	for _, t := range c.Tools {
		tools = append(tools, item(t.Name, t.Purpose))
	}
	for _, r := range c.Risks {
		risks = append(risks, item(r.Risk, Marker("level", r.Likelihood), Marker("level", r.Impact), r.Mitigation))
	}
	t := PlanTargets(p)
	texts := map[CharterSection]string{
		SectionName:        lines(c.Name),
		SectionPurpose:     lines(firstSet(c.Purpose, p.Domain)),
		SectionGoals:       lines(goals...),
		SectionScope:       lines(c.ScopeIn, c.ScopeOut),
		SectionMembership:  lines(c.WhoMayJoin, Marker("join", string(c.JoinMode)), c.MixNote),
		SectionRoles:       lines(roles...),
		SectionNorms:       lines(norms...),
		SectionConflicts:   lines(c.Conflicts),
		SectionDecisions:   lines(c.Decisions),
		SectionCadence:     lines(append(cadence, c.TimeZone)...),
		SectionPlatform:    lines(append([]string{Marker("platform", string(c.Platform)), c.PlatformWhy}, tools...)...),
		SectionMeasures:    item(Marker("pct", num(t.WeeklyActive)), Marker("pct", num(t.PollResponse)), Marker("pct", num(t.SkillGain))),
		SectionGrowth:      item(Marker("num", strconv.Itoa(t.MemberLedAt)), Marker("num", strconv.Itoa(t.SubgroupsOver))),
		SectionRisks:       lines(risks...),
		SectionAssumptions: lines(c.Assumptions),
		SectionReview:      Marker("date", c.ReviewOn.String()),
	}
	out := make(Snapshot, 0, len(CharterSections))
	for _, s := range CharterSections {
		out = append(out, SectionText{Section: s, Text: texts[s]})
	}
	return out
}

// LastIssued is the latest version that froze the charter (the latest date, the later entry on
// a tie), or nil when none did.
func LastIssued(p *Plan) *CharterVersion {
	var best *CharterVersion
	for i := range p.Charter.Versions {
		v := &p.Charter.Versions[i]
		if v.Issued() && (best == nil || !v.On.Before(best.On)) {
			best = v
		}
	}
	return best
}

// NewSignOff starts a signature of the charter: it signs the latest issued version, the one a
// signatory has in front of them (none before a version is issued).
func NewSignOff(p *Plan) SignOff {
	so := SignOff{Name: "New signatory"}
	if v := LastIssued(p); v != nil {
		so.VersionID = v.ID
	}
	return so
}

// VersionByID finds a version of the charter history; nil when there is none with that ID.
func VersionByID(p *Plan, id int64) *CharterVersion {
	for i := range p.Charter.Versions {
		if p.Charter.Versions[i].ID == id && id != 0 {
			return &p.Charter.Versions[i]
		}
	}
	return nil
}

// VersionNamed finds a version of the charter history by its number, e.g. "1.0".
func VersionNamed(p *Plan, version string) *CharterVersion {
	version = strings.TrimSpace(version)
	for i := range p.Charter.Versions {
		if strings.TrimSpace(p.Charter.Versions[i].Version) == version {
			return &p.Charter.Versions[i]
		}
	}
	return nil
}

// NextVersion proposes the number of the next version to issue: "1.0" for the first issued
// version (when no typed note took it), then the latest version's "major.minor" with the minor
// raised ("1.0" → "1.1"), skipping numbers taken.
func NextVersion(p *Plan) string {
	last := LastIssued(p)
	if last == nil {
		if VersionNamed(p, "1.0") == nil {
			return "1.0"
		}
		for i := range p.Charter.Versions {
			v := &p.Charter.Versions[i]
			if last == nil || !v.On.Before(last.On) {
				last = v
			}
		}
	}
	m, n, ok := splitVersion(last.Version)
	if !ok {
		m, n = 1, -1
	}
	for {
		n++
		next := fmt.Sprintf("%d.%d", m, n)
		if VersionNamed(p, next) == nil {
			return next
		}
	}
}

func splitVersion(s string) (major, minor int, ok bool) {
	a, b, found := strings.Cut(strings.TrimPrefix(strings.TrimSpace(s), "v"), ".")
	if !found {
		b = "0"
	}
	m, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	return m, n, err1 == nil && err2 == nil
}

// IssueVersion freezes the charter as it stands as a new version of its history. An empty
// version number takes NextVersion; a number already in the history is refused.
func IssueVersion(p *Plan, version string, on Date, author, note string) (CharterVersion, error) {
	version = strings.TrimSpace(version)
	if version == "" {
		version = NextVersion(p)
	}
	if VersionNamed(p, version) != nil {
		m := msg("ui.charter.msg.version_taken", "version", version)
		return CharterVersion{}, &ValidationError{Field: "Version", Msg: m.String(), Says: m}
	}
	if on.IsZero() {
		m := msg("ui.charter.msg.version_date")
		return CharterVersion{}, &ValidationError{Field: "On", Msg: m.String(), Says: m}
	}
	v := CharterVersion{Version: version, On: on, Author: strings.TrimSpace(author), Changes: strings.TrimSpace(note), Snapshot: FreezeCharter(p)}
	return v, nil
}

// SectionDiff is a section whose text differs between a version and another version or the
// charter as it stands.
type SectionDiff struct {
	Section       CharterSection
	Before, After string
}

// ChangesBetween lists the sections whose text differs between two snapshots, in document order.
func ChangesBetween(from, to Snapshot) []SectionDiff {
	var out []SectionDiff
	for _, s := range CharterSections {
		a, b := from.Text(s), to.Text(s)
		if a != b {
			out = append(out, SectionDiff{Section: s, Before: a, After: b})
		}
	}
	return out
}

// ChangesSince lists the sections of the charter as it stands that differ from version v;
// nil when v froze nothing.
func ChangesSince(p *Plan, v *CharterVersion) []SectionDiff {
	if v == nil || !v.Issued() {
		return nil
	}
	return ChangesBetween(v.Snapshot, FreezeCharter(p))
}

// CharterDrift says whether the charter changed since its last issued version: the version
// compared with (nil when none was issued) and the sections that differ.
type CharterDrift struct {
	Since    *CharterVersion
	Signed   bool // someone signed that version
	Sections []CharterSection
}

// Changed reports whether any section differs from the last issued version.
func (c CharterDrift) Changed() bool { return len(c.Sections) > 0 }

// CharterChanges compares the charter with its last issued version, for the Overview.
func CharterChanges(p *Plan) CharterDrift {
	v := LastIssued(p)
	out := CharterDrift{Since: v}
	if v == nil {
		return out
	}
	for _, s := range p.Charter.SignOffs {
		if s.VersionID != 0 && s.VersionID == v.ID {
			out.Signed = true
		}
	}
	for _, ch := range ChangesSince(p, v) {
		out.Sections = append(out.Sections, ch.Section)
	}
	return out
}
