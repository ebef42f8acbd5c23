package planner

import (
	"fmt"
	"sort"
	"strings"
)

// Label returns the platform's display name.
func (p Platform) Label() string {
	switch p {
	case PlatformNone:
		return "Not chosen"
	case Discord:
		return "Discord"
	case Slack:
		return "Slack"
	case LinkedInGroups:
		return "LinkedIn Groups"
	case Circle:
		return "Circle"
	case MightyNetworks:
		return "Mighty Networks"
	case PlatformOther:
		return "Other"
	}
	return string(p)
}

// PlatformNeeds are what a community needs from its platform.
type PlatformNeeds struct {
	Size         int  // expected members
	Voice        bool // real-time voice sessions
	Courses      bool // courses, cohorts or structured events
	Monetize     bool // paid memberships
	Privacy      bool // regulated or confidential data, e.g. healthcare
	Professional bool // professional or B2B audience
	Casual       bool // casual audience, e.g. creators or hobbyists
	// Internal is set for a community inside one organisation, whose members already share
	// a work chat. (Added to the contract: without it an internal CoP ranks a public network
	// first.)
	Internal bool
}

// PlatformScore is one platform's fit, 0–100, and the reasons behind it.
type PlatformScore struct {
	Platform Platform
	Score    int
	Reasons  []string
	// ReasonKeys name the reasons for translations, e.g. "discord.about", "discord.voice";
	// a reason about the size quotes Size.
	ReasonKeys []string
	Size       int
}

// Size thresholds of the platform recommendation.
const (
	smallCommunity = 30  // a paid platform costs as much for 10 members as for 300
	largeCommunity = 500 // per-seat pricing and history limits start to bite
)

// Keyword heuristics of NeedsFromPlan, matched as words in the plan's audience, template
// key, domain and "who may join" text. A keyword may take up to three more letters
// (see MatchThemes), so short stems that start common words ("fan" → "fancy", "call" →
// "called", "health" → "healthy") are left out.
var (
	needProfessional = []string{"professional", "b2b", "business", "enterprise", "company", "corporate", "internal", "employee", "staff", "consultant", "executive", "manager", "industry", "saas", "sales", "engineer"}
	needInternal     = []string{"internal", "employee", "employees", "staff", "colleagues", "company-wide", "our company", "intranet"}
	needCasual       = []string{"creator", "youtube", "tiktok", "twitch", "streamer", "gamer", "gaming", "hobby", "hobbyist", "fans", "fandom", "casual", "student", "artist", "maker"}
	needVoice        = []string{"voice", "live session", "audio", "podcast", "stream", "voice chat"}
	needCourses      = []string{"course", "cohort", "training", "workshop", "curriculum", "certification", "classes", "lesson", "bootcamp"}
	needMonetize     = []string{"paid", "monetize", "monetise", "monetization", "monetisation", "membership fee", "subscription", "premium", "revenue", "income"}
	needPrivacy      = []string{"healthcare", "health data", "public health", "patient", "clinical", "clinic", "medical", "hospital", "nurse", "therapy", "mental health", "peer support", "hipaa", "gdpr", "privacy", "confidential", "regulated", "bank", "legal", "children"}
)

// NeedsFromPlan guesses the platform needs from the plan. The heuristics: keywords (see the
// need* lists) in the audience, template key, domain and "who may join" text; a live-voice
// launch event means voice; the healthcare template means privacy, the content-creator
// template casual, the professional and internal templates professional, the internal
// template internal. Size is the larger of the candidates still in play (all but declined) and the
// latest review's member count.
func NeedsFromPlan(p *Plan) PlatformNeeds {
	var n PlatformNeeds
	if p == nil {
		return n
	}
	text := fold(strings.Join([]string{p.Audience, strings.ReplaceAll(p.Template, "-", " "), p.Domain, p.Charter.WhoMayJoin}, " \n "))
	has := func(kws []string) bool {
		for _, k := range kws {
			if containsWord(text, k) {
				return true
			}
		}
		return false
	}
	n.Professional = has(needProfessional) || p.Template == TemplateProfessional || p.Template == TemplateInternal
	n.Casual = has(needCasual) || p.Template == TemplateCreators
	n.Voice = has(needVoice) || p.Event.Format == FormatVoice
	n.Courses = has(needCourses)
	n.Internal = has(needInternal) || p.Template == TemplateInternal
	n.Monetize = has(needMonetize)
	n.Privacy = has(needPrivacy) || p.Template == TemplateHealthcare
	for _, c := range p.Candidates {
		if c.Status != Declined {
			n.Size++
		}
	}
	if rs := SortedReviews(p); len(rs) > 0 && rs[len(rs)-1].MembersTotal > n.Size {
		n.Size = rs[len(rs)-1].MembersTotal
	}
	return n
}

// platformEffect is one way a need moves a platform's score, with the reason shown to the
// user. A reason with %d is given the community's size.
type platformEffect struct {
	applies func(PlatformNeeds) bool
	delta   int
	need    string // what the need is called in the reason's key, e.g. "voice"
	reason  string
}

// platformProfile describes a platform and how each need moves its score.
type platformProfile struct {
	about   string
	effects []platformEffect
}

// The needs, as predicates for the table below.
var (
	wantsCasual       = func(n PlatformNeeds) bool { return n.Casual }
	wantsVoice        = func(n PlatformNeeds) bool { return n.Voice }
	wantsProfessional = func(n PlatformNeeds) bool { return n.Professional }
	wantsCourses      = func(n PlatformNeeds) bool { return n.Courses }
	wantsMonetize     = func(n PlatformNeeds) bool { return n.Monetize }
	wantsPrivacy      = func(n PlatformNeeds) bool { return n.Privacy }
	wantsInternal     = func(n PlatformNeeds) bool { return n.Internal }
	isLarge           = func(n PlatformNeeds) bool { return n.Size >= largeCommunity }
	isSmall           = func(n PlatformNeeds) bool { return n.Size > 0 && n.Size < smallCommunity }
)

// platformProfiles holds the recommendation's knowledge as data: every weight and every reason
// of every platform in one table.
var platformProfiles = map[Platform]platformProfile{
	Discord: {
		about: "Discord: casual chat with real-time voice and threads, free",
		effects: []platformEffect{
			{wantsCasual, 20, "casual", "Casual audience: Discord suits informal, chatty communities"},
			{wantsVoice, 25, "voice", "Real-time voice: Discord has stage and voice channels"},
			{wantsProfessional, -15, "professional", "Professional audience: many professionals see Discord as a gaming app and do not have it installed"},
			{wantsCourses, -10, "courses", "Courses/events: Discord schedules events but has no course hosting"},
			{wantsMonetize, -5, "monetize", "Monetization: only server subscriptions, with little control over pricing"},
			{wantsPrivacy, -50, "privacy", "Privacy required: Discord is a consumer platform; do not put regulated or health data there"},
			{wantsInternal, -10, "internal", "Internal community: Discord is rarely an approved work tool"},
			{isLarge, 5, "large", "Size %d: Discord stays free at any size"},
		},
	},
	Slack: {
		about: "Slack: real-time work chat that many professionals already use",
		effects: []platformEffect{
			{wantsProfessional, 20, "professional", "Professional audience: Slack is the work chat people already have open"},
			{wantsVoice, 10, "voice", "Real-time voice: huddles cover small voice calls, not large stages"},
			{wantsCourses, -10, "courses", "Courses/events: Slack has no course or event pages"},
			{wantsMonetize, -20, "monetize", "Monetization: Slack has no paid memberships"},
			{wantsPrivacy, -25, "privacy", "Privacy required: only Slack's enterprise plans offer compliance features; check them before sharing sensitive data"},
			{wantsInternal, 25, "internal", "Internal community: most companies already run a work chat, so there is no new tool to approve"},
			{isLarge, -10, "large", "Size %d: the free plan hides older history and paid plans are per member"},
		},
	},
	LinkedInGroups: {
		about: "LinkedIn Groups: professionals and B2B, under members' professional identity",
		effects: []platformEffect{
			{wantsProfessional, 25, "professional", "Professional/B2B audience: members are already on LinkedIn with their work identity"},
			{wantsCasual, -15, "casual", "Casual audience: LinkedIn feels formal for a relaxed community"},
			{wantsVoice, -20, "voice", "Real-time voice: LinkedIn Groups have no voice rooms"},
			{wantsCourses, -10, "courses", "Courses/events: no courses inside a group; events are separate"},
			{wantsMonetize, -20, "monetize", "Monetization: LinkedIn Groups cannot charge members"},
			{wantsPrivacy, -50, "privacy", "Privacy required: a public social network is no place for confidential or health data"},
			{wantsInternal, -30, "internal", "Internal community: a public network is the wrong place for company-internal discussion"},
			{isLarge, 5, "large", "Size %d: LinkedIn's reach helps a large group grow"},
		},
	},
	Circle: {
		about: "Circle: structured spaces with courses and events under your own brand",
		effects: []platformEffect{
			{wantsCourses, 25, "courses", "Courses/events: Circle has courses and event pages built in"},
			{wantsMonetize, 15, "monetize", "Monetization: Circle sells paid memberships and courses"},
			{wantsProfessional, 10, "professional", "Professional audience: a clean, branded space suits professionals"},
			{wantsVoice, 5, "voice", "Real-time voice: live rooms and streams on paid plans"},
			{wantsPrivacy, -10, "privacy", "Privacy required: private, invite-only spaces, but confirm Circle meets your privacy rules before storing sensitive data"},
			{wantsInternal, -5, "internal", "Internal community: another paid tool for the company to approve"},
			{isSmall, -5, "small", "Size %d: a monthly fee weighs on a small group"},
		},
	},
	MightyNetworks: {
		about: "Mighty Networks: community, courses and events with monetization built in",
		effects: []platformEffect{
			{wantsMonetize, 25, "monetize", "Monetization: paid memberships, courses and bundles built in"},
			{wantsCourses, 20, "courses", "Courses/events: courses and events built in"},
			{wantsCasual, 5, "casual", "Casual audience: a friendly feed and mobile app"},
			{wantsVoice, 5, "voice", "Real-time voice: live streams, but no always-on voice rooms"},
			{wantsPrivacy, -10, "privacy", "Privacy required: confirm Mighty Networks meets your privacy rules before storing sensitive data"},
			{wantsInternal, -5, "internal", "Internal community: another paid tool for the company to approve"},
			{isSmall, -5, "small", "Size %d: a monthly fee weighs on a small group"},
		},
	},
}

// RecommendPlatforms scores all five platforms against the needs, best first (ties in the
// order of Platforms). Every score starts at 50 and each need moves it up or down with a
// reason that says why; the first reason describes the platform.
func RecommendPlatforms(n PlatformNeeds) []PlatformScore {
	out := make([]PlatformScore, 0, len(Platforms))
	for _, pl := range Platforms {
		prof := platformProfiles[pl]
		s := PlatformScore{Platform: pl, Score: 50, Reasons: []string{prof.about}, ReasonKeys: []string{string(pl) + ".about"}, Size: n.Size}
		for _, e := range prof.effects {
			if !e.applies(n) {
				continue
			}
			s.Score += e.delta
			reason := e.reason
			if strings.Contains(reason, "%d") {
				reason = fmt.Sprintf(reason, n.Size)
			}
			s.Reasons = append(s.Reasons, reason)
			s.ReasonKeys = append(s.ReasonKeys, string(pl)+"."+e.need)
		}
		s.Score = max(0, min(100, s.Score))
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}
