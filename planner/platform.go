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

// RecommendPlatforms scores all five platforms against the needs, best first (ties in the
// order of Platforms). Every score starts at 50 and each need moves it up or down with a
// reason that says why; the first reason describes the platform.
func RecommendPlatforms(n PlatformNeeds) []PlatformScore {
	out := make([]PlatformScore, 0, len(Platforms))
	for _, pl := range Platforms {
		s := &PlatformScore{Platform: pl, Score: 50}
		adj := func(delta int, reason string) {
			s.Score += delta
			s.Reasons = append(s.Reasons, reason)
		}
		switch pl {
		case Discord:
			s.Reasons = append(s.Reasons, "Discord: casual chat with real-time voice and threads, free")
			if n.Casual {
				adj(+20, "Casual audience: Discord suits informal, chatty communities")
			}
			if n.Voice {
				adj(+25, "Real-time voice: Discord has stage and voice channels")
			}
			if n.Professional {
				adj(-15, "Professional audience: many professionals see Discord as a gaming app and do not have it installed")
			}
			if n.Courses {
				adj(-10, "Courses/events: Discord schedules events but has no course hosting")
			}
			if n.Monetize {
				adj(-5, "Monetization: only server subscriptions, with little control over pricing")
			}
			if n.Privacy {
				adj(-50, "Privacy required: Discord is a consumer platform; do not put regulated or health data there")
			}
			if n.Internal {
				adj(-10, "Internal community: Discord is rarely an approved work tool")
			}
			if n.Size >= largeCommunity {
				adj(+5, fmt.Sprintf("Size %d: Discord stays free at any size", n.Size))
			}
		case Slack:
			s.Reasons = append(s.Reasons, "Slack: real-time work chat that many professionals already use")
			if n.Professional {
				adj(+20, "Professional audience: Slack is the work chat people already have open")
			}
			if n.Voice {
				adj(+10, "Real-time voice: huddles cover small voice calls, not large stages")
			}
			if n.Courses {
				adj(-10, "Courses/events: Slack has no course or event pages")
			}
			if n.Monetize {
				adj(-20, "Monetization: Slack has no paid memberships")
			}
			if n.Privacy {
				adj(-25, "Privacy required: only Slack's enterprise plans offer compliance features; check them before sharing sensitive data")
			}
			if n.Internal {
				adj(+25, "Internal community: most companies already run a work chat, so there is no new tool to approve")
			}
			if n.Size >= largeCommunity {
				adj(-10, fmt.Sprintf("Size %d: the free plan hides older history and paid plans are per member", n.Size))
			}
		case LinkedInGroups:
			s.Reasons = append(s.Reasons, "LinkedIn Groups: professionals and B2B, under members' professional identity")
			if n.Professional {
				adj(+25, "Professional/B2B audience: members are already on LinkedIn with their work identity")
			}
			if n.Casual {
				adj(-15, "Casual audience: LinkedIn feels formal for a relaxed community")
			}
			if n.Voice {
				adj(-20, "Real-time voice: LinkedIn Groups have no voice rooms")
			}
			if n.Courses {
				adj(-10, "Courses/events: no courses inside a group; events are separate")
			}
			if n.Monetize {
				adj(-20, "Monetization: LinkedIn Groups cannot charge members")
			}
			if n.Privacy {
				adj(-50, "Privacy required: a public social network is no place for confidential or health data")
			}
			if n.Internal {
				adj(-30, "Internal community: a public network is the wrong place for company-internal discussion")
			}
			if n.Size >= largeCommunity {
				adj(+5, fmt.Sprintf("Size %d: LinkedIn's reach helps a large group grow", n.Size))
			}
		case Circle:
			s.Reasons = append(s.Reasons, "Circle: structured spaces with courses and events under your own brand")
			if n.Courses {
				adj(+25, "Courses/events: Circle has courses and event pages built in")
			}
			if n.Monetize {
				adj(+15, "Monetization: Circle sells paid memberships and courses")
			}
			if n.Professional {
				adj(+10, "Professional audience: a clean, branded space suits professionals")
			}
			if n.Voice {
				adj(+5, "Real-time voice: live rooms and streams on paid plans")
			}
			if n.Privacy {
				adj(-10, "Privacy required: private, invite-only spaces, but confirm Circle meets your privacy rules before storing sensitive data")
			}
			if n.Internal {
				adj(-5, "Internal community: another paid tool for the company to approve")
			}
			if n.Size > 0 && n.Size < smallCommunity {
				adj(-5, fmt.Sprintf("Size %d: a monthly fee weighs on a small group", n.Size))
			}
		case MightyNetworks:
			s.Reasons = append(s.Reasons, "Mighty Networks: community, courses and events with monetization built in")
			if n.Monetize {
				adj(+25, "Monetization: paid memberships, courses and bundles built in")
			}
			if n.Courses {
				adj(+20, "Courses/events: courses and events built in")
			}
			if n.Casual {
				adj(+5, "Casual audience: a friendly feed and mobile app")
			}
			if n.Voice {
				adj(+5, "Real-time voice: live streams, but no always-on voice rooms")
			}
			if n.Privacy {
				adj(-10, "Privacy required: confirm Mighty Networks meets your privacy rules before storing sensitive data")
			}
			if n.Internal {
				adj(-5, "Internal community: another paid tool for the company to approve")
			}
			if n.Size > 0 && n.Size < smallCommunity {
				adj(-5, fmt.Sprintf("Size %d: a monthly fee weighs on a small group", n.Size))
			}
		}
		s.Score = max(0, min(100, s.Score))
		out = append(out, *s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}
