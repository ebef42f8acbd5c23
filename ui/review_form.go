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
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// The form of one iteration review: figures, factor scores, notes, goal values, actions and
// member value stories.

// reviewLabel is a review's line in the list, in English (reviewLabelIn).
func reviewLabel(p *planner.Plan, r *planner.Review) string { return reviewLabelIn(enPrinter, p, r) }

// reviewLabelIn is a review's line in the list, in tr's language: its date, members and
// whether it is dated before the launch.
func reviewLabelIn(tr *i18n.Printer, p *planner.Plan, r *planner.Review) string {
	members := tr.T("ui.reviews.members_not_given")
	if r.Given(planner.FigMembersTotal) {
		members = tr.N("ui.reviews.members", r.MembersTotal)
	}
	l := dayIn(tr, r.Date) + " · " + members
	if !r.Date.IsZero() && planner.ReviewDateWarningMsg(p, *r).Key != "" {
		l += " · " + tr.T("ui.reviews.list.before_launch")
	}
	return l
}

// newReview starts a review on the next review date (the date the page shows as due), with
// no figure given: it is a draft until one is typed (the members field shows the latest count
// as a hint, not as a value).
func (v *reviewsStep) newReview() planner.Review {
	return planner.NewReview(v.s.plan, v.s.today())
}

// figureValue is a review figure as its field holds it: a number, or not given.
type figureValue struct {
	v     float64
	given bool
}

// figureField edits figure f of review r: empty text means not given (never 0), a number
// typed is Typed. It is a parsedField, so a figure is applied only when typing pauses or
// focus leaves, and only when it agrees with the other figures (planner.ReviewProblems).
func (v *reviewsStep) figureField(r *planner.Review, key string, f planner.Figure, save func() error) *parsedEntry {
	tr := v.s.tr
	get := func() figureValue { return figureValue{r.FigureValue(f), r.Given(f)} }
	format := func(x figureValue) string {
		if !x.given {
			return ""
		}
		return formatFloat(x.v)
	}
	parse := func(t string) (figureValue, error) {
		t = strings.TrimSpace(t)
		if t == "" {
			return figureValue{}, nil
		}
		if f.Whole() {
			n, err := strconv.Atoi(t)
			if err != nil {
				return figureValue{}, errors.New(tr.T("ui.reviews.err.whole"))
			}
			return figureValue{float64(n), true}, nil
		}
		x, err := parseFloat(t)
		if err != nil {
			return figureValue{}, errors.New(tr.T("ui.reviews.err.number", "example", tr.Number(6.5, 1)))
		}
		return figureValue{x, true}, nil
	}
	state := widget.NewLabel("")
	show := func() { state.SetText(figureStateText(tr, r.StateOf(f))) }
	set := func(x figureValue) {
		st := planner.Typed
		if !x.given {
			st = planner.NotGiven
		}
		r.SetFigure(f, x.v, st)
		show()
	}
	e := parsedField(v.s, key, get, format, parse, set, save)
	e.PlaceHolder = tr.T("ui.reviews.placeholder")
	if f == planner.FigMembersTotal {
		if prev, ok := latestMembers(v.s.plan, r); ok {
			e.PlaceHolder = tr.T("ui.reviews.placeholder_last", "n", tr.Int(prev))
		}
	}
	show()
	v.figureStates[e] = state
	reviewRule(tr, v.s.plan, r, f.Label(), e, func(rv *planner.Review, t string) {
		if x, err := parse(t); err == nil {
			st := planner.Typed
			if !x.given {
				st = planner.NotGiven
			}
			rv.SetFigure(f, x.v, st)
		}
	})
	return e
}

// figureBox is a figure's entry with its state beside it (typed, not given, from files).
func (v *reviewsStep) figureBox(e *parsedEntry) fyne.CanvasObject {
	return newValidBox(&e.Entry, container.NewBorder(nil, nil, nil, v.figureStates[e], e))
}

// figureStateText words a figure's state as the review form shows it.
func figureStateText(tr *i18n.Printer, s planner.FigureState) string {
	switch s {
	case planner.Typed:
		return tr.T("ui.reviews.state.typed")
	case planner.FromEvidence:
		return tr.T("ui.reviews.state.from_files")
	}
	return tr.T("ui.reviews.state.not_given")
}

// latestMembers is the members total of the latest review before r that gave it.
func latestMembers(p *planner.Plan, r *planner.Review) (int, bool) {
	n, ok := 0, false
	for _, o := range planner.SortedReviews(p) {
		if o.ID == r.ID || r.Date.Before(o.Date) {
			continue
		}
		if o.Given(planner.FigMembersTotal) {
			n, ok = o.MembersTotal, true
		}
	}
	return n, ok
}

// reviewForm edits one review: its figures, factor scores, notes, goal values, actions and
// stories. Actions and stories are saved by putting the review.
func (v *reviewsStep) reviewForm(r *planner.Review, save func() error) fyne.CanvasObject {
	s := v.s
	tr := s.tr
	key := fmt.Sprintf("review.%d.", r.ID)
	v.fields = map[string]*parsedEntry{}
	v.figureStates = map[*parsedEntry]*widget.Label{}
	v.dateWarn = wrapLabel(planner.ReviewDateWarningMsg(s.plan, *r).In(tr))
	v.dateWarn.Importance = widget.WarningImportance
	date := dateField(s, key+"date", v.w, func() planner.Date { return r.Date }, func(d planner.Date) {
		r.Date = d
		v.dateWarn.SetText(planner.ReviewDateWarningMsg(s.plan, *r).In(tr))
	}, save)
	v.fields["date"] = date.entry
	num := func(name string, f planner.Figure) fyne.CanvasObject {
		e := v.figureField(r, key+name, f, save)
		v.fields[name] = e
		return v.figureBox(e)
	}
	skill := num("skill", planner.FigAvgSkill)
	// Two columns keep the eleven figures on one screen where they fit side by side; one
	// above the other where a language's labels are too long for that.
	figures := container.New(&columnsOrRows{changed: s.relayout},
		form(
			field(tr.T("ui.reviews.field.date"), date.object()),
			field("", v.dateWarn),
			field(planner.FigMembersTotal.In(tr), num("members", planner.FigMembersTotal)),
			field(planner.FigWeeklyActive.In(tr), num("active", planner.FigWeeklyActive)),
			field(planner.FigNewMembers.In(tr), num("new", planner.FigNewMembers)),
			field(planner.FigLeft.In(tr), num("left", planner.FigLeft)),
			fieldHint(planner.FigAvgSkill.In(tr), skill, tr.T("ui.reviews.skill_hint", "scale", planner.SkillScale(s.plan.Survey).String())),
		),
		form(
			field(planner.FigPosts.In(tr), num("posts", planner.FigPosts)),
			field(planner.FigReplies.In(tr), num("replies", planner.FigReplies)),
			field(planner.FigEventsHeld.In(tr), num("events", planner.FigEventsHeld)),
			fieldHint(planner.FigPollAsked.In(tr), num("polls", planner.FigPollAsked), tr.T("ui.reviews.poll_asked_hint")),
			fieldHint(planner.FigPollResponses.In(tr), num("responses", planner.FigPollResponses), tr.T("ui.reviews.poll_share_hint")),
		),
	)
	var factorItems []*widget.FormItem
	for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
		f := f
		v.factors[f] = scoreField(func() int { return r.Factors[f] }, func(n int) { r.Factors[f] = n }, save)
		factorItems = append(factorItems, fieldHint(factorName(tr, f), v.factors[f], tr.T("factor."+f.Key()+".description")))
	}
	factors := form(factorItems...)
	notes := form(
		field(tr.T("ui.reviews.field.worked"), textArea(s, key+"worked", func() string { return r.Worked }, func(t string) { r.Worked = t }, save)),
		field(tr.T("ui.reviews.field.adjust"), textArea(s, key+"adjust", func() string { return r.Adjust }, func(t string) { r.Adjust = t }, save)),
	)
	// Each goal's title (the organizer's words, up to a line's limit) wraps above its field:
	// as a form label it would not wrap and would widen the page.
	goals := container.NewVBox()
	v.goalEntries = map[int64]*parsedEntry{}
	for _, g := range v.s.plan.Goals {
		gid := g.ID
		e := optFloatField(s, fmt.Sprintf("%sgoal.%d", key, gid), func() *float64 { return goalValue(r, gid) }, func(x *float64) { setGoalValue(r, gid, x) }, save)
		v.goalEntries[gid] = e
		title := wrapLabel(goalName(tr, g))
		title.TextStyle.Bold = true
		goals.Add(title)
		// The status line names an invalid value's field by the goal, not by the label every
		// goal's row shares.
		goals.Add(form(widget.NewFormItem(tr.T("ui.reviews.field.goal_value"), watchField(goalName(tr, g), wheelThrough(e), g.SentenceIn(tr)))))
	}
	var goalsObj fyne.CanvasObject = goals
	if len(v.s.plan.Goals) == 0 {
		goalsObj = wrapLabel(tr.T("ui.reviews.goals_none"))
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
			return joinNonBlank(" ", mark, a.Text, parens(joinNonBlank(", ", a.Owner, dueText(tr, a.Due))))
		},
		newItem: func() planner.Action {
			return planner.Action{Text: tr.T("ui.reviews.action.new"), Due: r.Date.AddDays(14)}
		},
		form: func(a *planner.Action, save func() error) fyne.CanvasObject {
			k := fmt.Sprintf("%saction.%d.", key, a.ID)
			v.actionText = textField(s, k+"text", func() string { return a.Text }, func(t string) { a.Text = t }, save)
			return form(
				field(tr.T("ui.reviews.field.action"), v.actionText),
				field(tr.T("ui.reviews.field.owner"), textField(s, k+"owner", func() string { return a.Owner }, func(t string) { a.Owner = t }, save)),
				field(tr.T("ui.reviews.field.due"), dateField(s, k+"due", v.w, func() planner.Date { return a.Due }, func(d planner.Date) { a.Due = d }, save).object()),
				field("", checkField(tr.T("ui.reviews.field.done"), func() bool { return a.Done }, func(b bool) { a.Done = b }, save)),
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
			return joinNonBlank(" — ", st.Member, cycleName(tr, st.Cycle), st.Story)
		},
		newItem: func() planner.Story { return planner.Story{Cycle: planner.CycleImmediate} },
		form: func(st *planner.Story, save func() error) fyne.CanvasObject {
			k := fmt.Sprintf("%sstory.%d.", key, st.ID)
			v.storyText = textArea(s, k+"story", func() string { return st.Story }, func(t string) { st.Story = t }, save)
			return form(
				field(tr.T("ui.reviews.field.member"), textField(s, k+"member", func() string { return st.Member }, func(t string) { st.Member = t }, save)),
				fieldHint(tr.T("ui.reviews.field.story"), v.storyText, tr.T("ui.reviews.story_hint")),
				field(tr.T("ui.reviews.field.cycle"), choiceField(planner.ValueCycles, func(c planner.ValueCycle) string { return cycleName(tr, c) }, func() planner.ValueCycle { return st.Cycle }, func(c planner.ValueCycle) { st.Cycle = c }, save)),
			)
		},
		save:     func(*planner.Story) error { return saveParent() },
		saveList: saveParent,
		what:     "story",
	})
	return container.NewVBox(
		section(tr.T("ui.reviews.section.figures"), figures),
		section(tr.T("ui.reviews.section.factor_scores"), factors),
		section(tr.T("ui.reviews.section.notes"), notes),
		section(tr.T("ui.reviews.section.goal_values"), goalsObj),
		section(tr.T("ui.reviews.section.actions"), v.actions.object()),
		section(tr.T("ui.reviews.section.stories"), v.stories.object()),
	)
}

func parens(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func dueText(tr *i18n.Printer, d planner.Date) string {
	if d.IsZero() {
		return ""
	}
	return tr.T("ui.reviews.action.due", "date", dayIn(tr, d))
}

// cycleName is a value cycle's name in tr's language; the stored code never changes.
func cycleName(tr *i18n.Printer, c planner.ValueCycle) string {
	if c == "" {
		return ""
	}
	if key := "cycle." + string(c); i18n.Has(key) {
		return tr.T(key)
	}
	return string(c)
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
// field, stays on screen and is not applied (parsedField). apply sets the typed text on a copy of the review.
// Problems the saved review already had on other fields do not block this one.
func reviewRule(tr *i18n.Printer, p *planner.Plan, r *planner.Review, label string, e *parsedEntry, apply func(rv *planner.Review, text string)) {
	e.addRule(func(t string) error {
		before := map[string]bool{}
		for _, pr := range planner.ReviewProblems(p, *r) {
			before[pr.Field] = true
		}
		trial := *r
		apply(&trial, t)
		for _, pr := range planner.ReviewProblems(p, trial) {
			switch {
			case pr.Field == label:
				return errors.New(pr.Says.In(tr))
			case !before[pr.Field]:
				return errors.New(tr.T("ui.reviews.rule.other_field", "field", fieldIn(tr, pr.Field), "problem", pr.Says.In(tr)))
			}
		}
		return nil
	})
}

// fieldIn words the field a review problem names (a figure's or a success factor's English
// label) in tr's language.
func fieldIn(tr *i18n.Printer, label string) string {
	if f, ok := planner.FigureOfLabel(label); ok {
		return f.In(tr)
	}
	for f := planner.SuccessFactor(0); f < planner.NumFactors; f++ {
		if f.String() == label {
			return factorName(tr, f)
		}
	}
	return label
}
