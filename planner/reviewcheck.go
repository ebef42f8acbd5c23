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
	bad := func(field, format string, a ...any) {
		out = append(out, &ValidationError{Field: field, Msg: fmt.Sprintf(format, a...)})
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
			bad(c.field, "%d is negative; enter 0 or more.", c.n)
		}
	}
	// A figure is compared with another only when both were given: an empty one is not 0.
	members := r.Given(FigMembersTotal) && !negative[FieldMembers]
	if members && r.Given(FigWeeklyActive) && !negative[FieldWeeklyActive] && r.WeeklyActive > r.MembersTotal {
		bad(FieldWeeklyActive, "%d is more than the %s; enter at most %d.", r.WeeklyActive, Count(r.MembersTotal, "member", "members"), max(0, r.MembersTotal))
	}
	if members && r.Given(FigNewMembers) && !negative[FieldNewMembers] && r.NewMembers > r.MembersTotal {
		bad(FieldNewMembers, "%d is more than the %s; enter at most %d.", r.NewMembers, Count(r.MembersTotal, "member", "members"), max(0, r.MembersTotal))
	}
	if prev, ok := previousReview(p, r); ok && prev.Given(FigMembersTotal) && r.Given(FigLeft) && !negative[FieldLeft] && r.Left > prev.MembersTotal {
		bad(FieldLeft, "%d is more than the %s at the start (the review of %s); enter at most %d.",
			r.Left, Count(prev.MembersTotal, "member", "members"), prev.Date, prev.MembersTotal)
	}
	if sc := planSkillScale(p); r.Given(FigAvgSkill) && !sc.Contains(r.AvgSkill) {
		bad(FieldAvgSkill, "%g is outside the survey's skill scale; enter a rating from %d to %d, or leave it empty when not measured.", r.AvgSkill, sc.Min, sc.Max)
	}
	if members && r.Given(FigPollAsked) && !negative[FieldPollAsked] && r.PollAsked > r.MembersTotal {
		bad(FieldPollAsked, "%d is more than the %s; enter at most %d.", r.PollAsked, Count(r.MembersTotal, "member", "members"), max(0, r.MembersTotal))
	}
	if !negative[FieldPollResponses] && !negative[FieldPollAsked] {
		switch {
		case r.PollResponses > 0 && (!r.Given(FigPollAsked) || r.PollAsked == 0):
			bad(FieldPollResponses, "%s but no member was asked; enter how many members the poll went to first.", Count(r.PollResponses, "answer", "answers"))
		case r.Given(FigPollResponses) && r.PollResponses > r.PollAsked:
			bad(FieldPollResponses, "%d is more than the %s the poll went to; enter at most %d.",
				r.PollResponses, Count(r.PollAsked, "member", "members"), r.PollAsked)
		}
	}
	for f := SuccessFactor(0); f < NumFactors; f++ {
		if s := r.Factors[f]; s < 0 || s > 5 {
			bad(f.String(), "%d is not a score; enter 1 to 5, or 0 when not scored.", s)
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
	return &ValidationError{Field: fmt.Sprintf("Review of %s, %s", r.Date, e.Field), Msg: e.Msg}
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
