package planner

import (
	"errors"
	"fmt"
	"strings"
)

// Labels of a review's figures as the review form shows them; ReviewProblems names fields
// with them.
const (
	FieldMembers       = "Members total"
	FieldWeeklyActive  = "Weekly active"
	FieldNewMembers    = "New members"
	FieldLeft          = "Left"
	FieldAvgSkill      = "Avg. skill rating"
	FieldPosts         = "Posts"
	FieldReplies       = "Replies"
	FieldEventsHeld    = "Events held"
	FieldPollAsked     = "Poll: asked"
	FieldPollResponses = "Poll: answered"
)

// ReviewProblems checks a review's figures against each other and against the plan: none is
// negative, weekly active members and new members are at most the members total, members who
// left are at most the members at the start (the previous review's total), the average skill
// is on the survey's scale (or not given: not measured), a poll went to at most the members and got
// at most one answer from each member asked, and factor scores are 0–5. Each problem names its field and says
// what is expected. p may be nil (then there is no previous review to compare with).
func ReviewProblems(p *Plan, r Review) []*ValidationError {
	var out []*ValidationError
	bad := func(field string, m Msg) {
		out = append(out, &ValidationError{Field: field, Msg: m.String(), Says: m})
	}
	counts := []struct {
		field string
		n     int
	}{
		{FieldMembers, r.MembersTotal}, {FieldWeeklyActive, r.WeeklyActive}, {FieldNewMembers, r.NewMembers},
		{FieldLeft, r.Left}, {FieldPosts, r.Posts}, {FieldReplies, r.Replies}, {FieldEventsHeld, r.EventsHeld},
		{FieldPollAsked, r.PollAsked}, {FieldPollResponses, r.PollResponses},
	}
	negative := map[string]bool{}
	for _, c := range counts {
		if c.n < 0 {
			negative[c.field] = true
			bad(c.field, msg("review.check.negative", "value", c.n))
		}
	}
	// A figure is compared with another only when both were given: an empty one is not 0.
	members := r.Given(FigMembersTotal) && !negative[FieldMembers]
	if members && r.Given(FigWeeklyActive) && !negative[FieldWeeklyActive] && r.WeeklyActive > r.MembersTotal {
		bad(FieldWeeklyActive, msgN("review.check.over_members", r.MembersTotal, "value", r.WeeklyActive, "max", max(0, r.MembersTotal)))
	}
	if members && r.Given(FigNewMembers) && !negative[FieldNewMembers] && r.NewMembers > r.MembersTotal {
		bad(FieldNewMembers, msgN("review.check.over_members", r.MembersTotal, "value", r.NewMembers, "max", max(0, r.MembersTotal)))
	}
	if prev, ok := previousReview(p, r); ok && prev.Given(FigMembersTotal) && r.Given(FigLeft) && !negative[FieldLeft] && r.Left > prev.MembersTotal {
		bad(FieldLeft, msgN("review.check.left_over", prev.MembersTotal, "value", r.Left, "date", prev.Date, "max", prev.MembersTotal))
	}
	if sc := planSkillScale(p); r.Given(FigAvgSkill) && !sc.Contains(r.AvgSkill) {
		bad(FieldAvgSkill, msg("review.check.skill_scale", "value", r.AvgSkill, "min", sc.Min, "max", sc.Max))
	}
	if members && r.Given(FigPollAsked) && !negative[FieldPollAsked] && r.PollAsked > r.MembersTotal {
		bad(FieldPollAsked, msgN("review.check.over_members", r.MembersTotal, "value", r.PollAsked, "max", max(0, r.MembersTotal)))
	}
	if !negative[FieldPollResponses] && !negative[FieldPollAsked] {
		switch {
		case r.PollResponses > 0 && (!r.Given(FigPollAsked) || r.PollAsked == 0):
			bad(FieldPollResponses, msgN("review.check.answers_unasked", r.PollResponses))
		case r.Given(FigPollResponses) && r.PollResponses > r.PollAsked:
			bad(FieldPollResponses, msgN("review.check.answers_over", r.PollAsked, "value", r.PollResponses, "max", r.PollAsked))
		}
	}
	for f := SuccessFactor(0); f < NumFactors; f++ {
		if s := r.Factors[f]; s < 0 || s > 5 {
			bad(f.String(), msg("review.check.factor_score", "value", s))
		}
	}
	return out
}

// planSkillScale is the plan's skill scale; DefaultScale without a plan.
func planSkillScale(p *Plan) Scale {
	if p == nil {
		return DefaultScale
	}
	return SkillScale(p.Survey)
}

// previousReview is the review dated before r (by date, then position), other than r itself.
func previousReview(p *Plan, r Review) (Review, bool) {
	if p == nil {
		return Review{}, false
	}
	var prev Review
	found := false
	for _, o := range SortedReviews(p) {
		if o.ID == r.ID && r.ID != 0 {
			break
		}
		if !o.Date.Before(r.Date) {
			break
		}
		prev, found = o, true
	}
	return prev, found
}

// CheckReviews returns the problems of every review of the plan as one error (nil when there
// are none), each prefixed with its review's date.
func CheckReviews(p *Plan) error {
	if p == nil {
		return nil
	}
	var errs []error
	for _, r := range p.Reviews {
		for _, e := range ReviewProblems(p, r) {
			errs = append(errs, inReview(r, e))
		}
	}
	return errors.Join(errs...)
}

// inReview names the review a problem of its figures is in, as CheckReviews reports it.
func inReview(r Review, e *ValidationError) *ValidationError {
	return &ValidationError{Field: fmt.Sprintf("Review of %s, %s", r.Date, e.Field), Msg: e.Msg, Says: e.Says}
}

// CheckScales checks the range of every question that states one (CheckScale).
func CheckScales(p *Plan) error {
	if p == nil {
		return nil
	}
	var errs []error
	for i, q := range p.Survey.Questions {
		if q.Scale.IsZero() {
			continue
		}
		if err := CheckScale(q.Scale); err != nil {
			errs = append(errs, fmt.Errorf("question %d (%s): %w", i+1, shorten(strings.TrimSpace(q.Title), 40), err))
		}
	}
	return errors.Join(errs...)
}
