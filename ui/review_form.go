package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// The form of one iteration review: figures, factor scores, notes, goal values, actions and
// member value stories.

func reviewLabel(p *planner.Plan, r *planner.Review) string {
	l := fmt.Sprintf("%s · %s", orDash(r.Date.String()), planner.Count(r.MembersTotal, "member", "members"))
	if !r.Date.IsZero() && planner.ReviewDateWarning(p, *r) != "" {
		l += " · before the launch"
	}
	return l
}

// newReview starts a review on the next review date (the date the page shows as due),
// carrying the member count over from the latest one.
func (v *reviewsStep) newReview() planner.Review {
	r := planner.NewReview(v.s.plan, v.s.today())
	if rs := planner.SortedReviews(v.s.plan); len(rs) > 0 {
		r.MembersTotal = rs[len(rs)-1].MembersTotal
	}
	return r
}

// reviewForm edits one review: its figures, factor scores, notes, goal values, actions and
// stories. Actions and stories are saved by putting the review.
func (v *reviewsStep) reviewForm(r *planner.Review, save func() error) fyne.CanvasObject {
	s := v.s
	key := fmt.Sprintf("review.%d.", r.ID)
	v.fields = map[string]*widget.Entry{}
	v.dateWarn = wrapLabel(planner.ReviewDateWarning(s.plan, *r))
	v.dateWarn.Importance = widget.WarningImportance
	date := dateField(s, key+"date", v.w, func() planner.Date { return r.Date }, func(d planner.Date) {
		r.Date = d
		v.dateWarn.SetText(planner.ReviewDateWarning(s.plan, *r))
	}, save)
	v.fields["date"] = date.entry
	num := func(name, label string, f func(*planner.Review) *int) *widget.Entry {
		e := intField(s, key+name, func() int { return *f(r) }, func(n int) { *f(r) = n }, save)
		reviewRule(s.plan, r, label, e, func(rv *planner.Review, t string) {
			n, _ := strconv.Atoi(strings.TrimSpace(t))
			*f(rv) = n
		})
		v.fields[name] = e
		return e
	}
	skill := floatField(s, key+"skill", func() float64 { return r.AvgSkill }, func(f float64) { r.AvgSkill = f }, save)
	reviewRule(s.plan, r, planner.FieldAvgSkill, skill, func(rv *planner.Review, t string) {
		rv.AvgSkill = 0
		if strings.TrimSpace(t) != "" {
			rv.AvgSkill, _ = parseFloat(t)
		}
	})
	// Two columns keep the eleven figures on one screen.
	figures := container.NewGridWithColumns(2,
		form(
			field("Date", date.object()),
			field("", v.dateWarn),
			field(planner.FieldMembers, num("members", planner.FieldMembers, func(rv *planner.Review) *int { return &rv.MembersTotal })),
			field(planner.FieldWeeklyActive, num("active", planner.FieldWeeklyActive, func(rv *planner.Review) *int { return &rv.WeeklyActive })),
			field(planner.FieldNewMembers, num("new", planner.FieldNewMembers, func(rv *planner.Review) *int { return &rv.NewMembers })),
			field(planner.FieldLeft, num("left", planner.FieldLeft, func(rv *planner.Review) *int { return &rv.Left })),
			fieldHint(planner.FieldAvgSkill, skill, planner.SkillScale(s.plan.Survey).String()+" self-rating, as the survey's skill question; 0: not measured."),
		),
		form(
			field(planner.FieldPosts, num("posts", planner.FieldPosts, func(rv *planner.Review) *int { return &rv.Posts })),
			field(planner.FieldReplies, num("replies", planner.FieldReplies, func(rv *planner.Review) *int { return &rv.Replies })),
			field(planner.FieldEventsHeld, num("events", planner.FieldEventsHeld, func(rv *planner.Review) *int { return &rv.EventsHeld })),
			fieldHint(planner.FieldPollAsked, num("polls", planner.FieldPollAsked, func(rv *planner.Review) *int { return &rv.PollAsked }), "Members the last poll went to"),
			fieldHint(planner.FieldPollResponses, num("responses", planner.FieldPollResponses, func(rv *planner.Review) *int { return &rv.PollResponses }), "Share = answered ÷ asked"),
		),
	)
	factors := form()
	for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
		f := f
		v.factors[f] = scoreField(func() int { return r.Factors[f] }, func(n int) { r.Factors[f] = n }, save)
		it := fieldHint(f.String(), v.factors[f], f.Description())
		factors.AppendItem(it)
	}
	notes := form(
		field("What worked", textArea(s, key+"worked", func() string { return r.Worked }, func(t string) { r.Worked = t }, save)),
		field("What to adjust", textArea(s, key+"adjust", func() string { return r.Adjust }, func(t string) { r.Adjust = t }, save)),
	)
	goals := form()
	v.goalEntries = map[int64]*widget.Entry{}
	for _, g := range v.s.plan.Goals {
		gid := g.ID
		e := optFloatField(s, fmt.Sprintf("%sgoal.%d", key, gid), func() *float64 { return goalValue(r, gid) }, func(x *float64) { setGoalValue(r, gid, x) }, save)
		v.goalEntries[gid] = e
		goals.AppendItem(fieldHint(goalName(g), e, g.Sentence()))
	}
	var goalsObj fyne.CanvasObject = goals
	if len(v.s.plan.Goals) == 0 {
		goalsObj = wrapLabel("The plan has no goals yet (step 1).")
	}

	saveParent := func() error { return s.put(r) }
	v.actions = newListEditor(s, v.w, listSpec[planner.Action]{
		items: func() *[]planner.Action { return &r.Actions },
		id:    func(a *planner.Action) int64 { return a.ID },
		label: func(a *planner.Action) string {
			mark := "[ ]"
			if a.Done {
				mark = "[x]"
			}
			return joinNonBlank(" ", mark, a.Text, parens(joinNonBlank(", ", a.Owner, dueText(a.Due))))
		},
		newItem: func() planner.Action { return planner.Action{Text: "New action", Due: r.Date.AddDays(14)} },
		form: func(a *planner.Action, save func() error) fyne.CanvasObject {
			k := fmt.Sprintf("%saction.%d.", key, a.ID)
			v.actionText = textField(s, k+"text", func() string { return a.Text }, func(t string) { a.Text = t }, save)
			return form(
				field("Action", v.actionText),
				field("Owner", textField(s, k+"owner", func() string { return a.Owner }, func(t string) { a.Owner = t }, save)),
				field("Due", dateField(s, k+"due", v.w, func() planner.Date { return a.Due }, func(d planner.Date) { a.Due = d }, save).object()),
				field("", checkField("Done", func() bool { return a.Done }, func(b bool) { a.Done = b }, save)),
			)
		},
		save:     func(*planner.Action) error { return saveParent() },
		saveList: saveParent,
		what:     "action",
	})
	v.stories = newListEditor(s, v.w, listSpec[planner.Story]{
		items: func() *[]planner.Story { return &r.Stories },
		id:    func(st *planner.Story) int64 { return st.ID },
		label: func(st *planner.Story) string {
			return joinNonBlank(" — ", st.Member, string(st.Cycle), st.Story)
		},
		newItem: func() planner.Story { return planner.Story{Cycle: planner.CycleImmediate} },
		form: func(st *planner.Story, save func() error) fyne.CanvasObject {
			k := fmt.Sprintf("%sstory.%d.", key, st.ID)
			v.storyText = textArea(s, k+"story", func() string { return st.Story }, func(t string) { st.Story = t }, save)
			return form(
				field("Member", textField(s, k+"member", func() string { return st.Member }, func(t string) { st.Member = t }, save)),
				fieldHint("Story", v.storyText, "What the member learned and applied."),
				field("Value cycle", choiceField(planner.ValueCycles, func(c planner.ValueCycle) string { return string(c) }, func() planner.ValueCycle { return st.Cycle }, func(c planner.ValueCycle) { st.Cycle = c }, save)),
			)
		},
		save:     func(*planner.Story) error { return saveParent() },
		saveList: saveParent,
		what:     "story",
	})
	return container.NewVBox(
		section("Figures", figures),
		section("Success factors (1–5)", factors),
		section("Notes", notes),
		section("Goal values", goalsObj),
		section("Actions", v.actions.object()),
		section("Member value stories", v.stories.object()),
	)
}

func parens(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func dueText(d planner.Date) string {
	if d.IsZero() {
		return ""
	}
	return "due " + d.String()
}

// goalValue returns the review's value of a goal, nil when not measured.
func goalValue(r *planner.Review, goalID int64) *float64 {
	for i := range r.GoalValues {
		if r.GoalValues[i].GoalID == goalID {
			v := r.GoalValues[i].Value
			return &v
		}
	}
	return nil
}

// setGoalValue records (or, with nil, removes) the review's value of a goal.
func setGoalValue(r *planner.Review, goalID int64, x *float64) {
	for i := range r.GoalValues {
		if r.GoalValues[i].GoalID == goalID {
			if x == nil {
				r.GoalValues = append(r.GoalValues[:i], r.GoalValues[i+1:]...)
			} else {
				r.GoalValues[i].Value = *x
			}
			return
		}
	}
	if x != nil {
		r.GoalValues = append(r.GoalValues, planner.GoalValue{GoalID: goalID, Value: *x})
	}
}

// reviewRule adds the planner's rules between review figures (planner.ReviewProblems) to the
// entry of the figure label: a value that breaks one shows the rule's sentence under the
// field, stays on screen and is not saved. apply sets the typed text on a copy of the review.
// Problems the saved review already had on other fields do not block this one.
func reviewRule(p *planner.Plan, r *planner.Review, label string, e *widget.Entry, apply func(rv *planner.Review, text string)) {
	parse := e.Validator
	e.Validator = func(t string) error {
		if err := parse(t); err != nil {
			return err
		}
		before := map[string]bool{}
		for _, pr := range planner.ReviewProblems(p, *r) {
			before[pr.Field] = true
		}
		trial := *r
		apply(&trial, t)
		for _, pr := range planner.ReviewProblems(p, trial) {
			switch {
			case pr.Field == label:
				return errors.New(pr.Msg)
			case !before[pr.Field]:
				return fmt.Errorf("that makes %s wrong: %s", pr.Field, pr.Msg)
			}
		}
		return nil
	}
	changed := e.OnChanged
	e.OnChanged = func(t string) {
		if e.Validator(t) != nil {
			return
		}
		changed(t)
	}
}
