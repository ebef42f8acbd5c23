package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
)

// The forms of step 1's list items (questions, responses and their tags, themes, goals)
// and the re-tagging of responses when a theme changes.

// questionForm edits one question.
func (v *surveyStep) questionForm(q *planner.Question, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	key := func(f string) string { return fmt.Sprintf("question.%d.%s", q.ID, f) }
	f := v.fields
	// A new kind (or range) re-reads the stored answers; those that do not read are listed
	// under the kind, and kept.
	unread := wrapLabel("")
	keep(f, "question.unread", unread)
	newKind := q.Kind
	kindIn := func(k planner.QuestionKind) string { return k.In(tr) }
	kind := choiceField(planner.QuestionKinds, kindIn, func() planner.QuestionKind { return q.Kind }, func(k planner.QuestionKind) { newKind = k },
		func() error { return v.changeKind(q, newKind, planner.Scale{}, unread) })
	title := keep(f, "question.title", textField(s, key("title"), func() string { return q.Title }, func(t string) { q.Title = t }, save))
	help := textArea(s, key("help"), func() string { return q.Help }, func(t string) { q.Help = t }, save)
	keep(f, "question.kind", kind)
	opts := textArea(s, key("options"), func() string { return strings.Join(q.Options, "\n") }, func(t string) { q.Options = splitLines(t) }, save)
	roleIn := func(r planner.QuestionRole) string { return r.In(tr) }
	role := choiceField(questionRoles, roleIn, func() planner.QuestionRole { return q.Role }, func(r planner.QuestionRole) { q.Role = r }, save)
	// The range and end labels apply to a scale question; they are kept, not cleared, when
	// the kind changes, so switching back loses nothing.
	var newScale planner.Scale
	rng := keep(f, "question.scale", scaleRangeField(s, key("scale"), q.Range, func(sc planner.Scale) {
		newScale = sc
	}, func() error {
		// The end labels are the question's as they stand when the range is saved.
		newScale.Low, newScale.High = q.Scale.Low, q.Scale.High
		if q.Kind != planner.KindScale {
			q.Scale = newScale
			return save()
		}
		return v.changeKind(q, q.Kind, newScale, unread)
	}))
	setEnd := func(low bool) func(string) {
		return func(t string) {
			if q.Scale.IsZero() {
				q.Scale = planner.DefaultScale
			}
			if low {
				q.Scale.Low = t
			} else {
				q.Scale.High = t
			}
		}
	}
	lowLabel := keep(f, "question.scaleLow", textField(s, key("scaleLow"), func() string { return q.Scale.Low }, setEnd(true), save))
	highLabel := keep(f, "question.scaleHigh", textField(s, key("scaleHigh"), func() string { return q.Scale.High }, setEnd(false), save))
	lowLabel.SetPlaceHolder(tr.T("ui.survey.question.scale_low.placeholder"))
	highLabel.SetPlaceHolder(tr.T("ui.survey.question.scale_high.placeholder"))
	items := []*widget.FormItem{
		widget.NewFormItem(tr.T("ui.survey.question.kind"), container.NewVBox(kind, unread)),
		widget.NewFormItem(tr.T("ui.survey.question.title"), title),
		widget.NewFormItem(tr.T("ui.survey.question.help"), help),
		widget.NewFormItem(tr.T("ui.survey.question.options"), opts),
		widget.NewFormItem(tr.T("ui.survey.question.scale"), rng),
		widget.NewFormItem(tr.T("ui.survey.question.scale_low"), lowLabel),
		widget.NewFormItem(tr.T("ui.survey.question.scale_high"), highLabel),
		widget.NewFormItem(tr.T("ui.survey.question.role"), role),
	}
	if g := strings.TrimSpace(q.Grid); g != "" {
		gl := widget.NewLabel(g)
		gl.Wrapping = fyne.TextWrapWord
		items = append([]*widget.FormItem{widget.NewFormItem(tr.T("ui.survey.question.grid_row"), gl)}, items...)
	}
	return widget.NewForm(items...)
}

// changeKind gives q a new kind (and range, unless sc is zero) through planner.ChangeKind,
// stores the question and every response whose answer was re-read, and lists in note the
// answers that do not read as the new kind (kept as they were).
func (v *surveyStep) changeKind(q *planner.Question, k planner.QuestionKind, sc planner.Scale, note *widget.Label) error {
	s, tr := v.s, v.s.tr
	sv := &s.plan.Survey
	ch, err := planner.ChangeKind(sv, q.ID, k, sc)
	if err != nil {
		return s.report("the question's kind", err)
	}
	*q = ch.Question
	var firstErr error
	s.batch(func() {
		if err := s.put(q); err != nil {
			firstErr = err
		}
		for _, ri := range ch.Changed {
			if err := s.put(&sv.Responses[ri]); err != nil && firstErr == nil {
				firstErr = err
			}
		}
	})
	text := ""
	if n := len(ch.Unread); n > 0 {
		var shown []string
		for _, u := range ch.Unread[:min(n, 5)] {
			who := u.Respondent
			if who == "" {
				who = tr.T("ui.survey.kind.unread.response", "id", u.ResponseID)
			}
			shown = append(shown, tr.T("ui.survey.kind.unread.answer", "text", planner.ShortText(u.Text, 40), "who", who))
		}
		if n > len(shown) {
			shown = append(shown, tr.N("ui.survey.kind.unread.more", n-len(shown)))
		}
		text = tr.N("ui.survey.kind.unread", n, "kind", q.KindIn(tr), "answers", strings.Join(shown, ", "))
	}
	note.SetText(text)
	return firstErr
}

// splitLines returns the non-blank lines of t, trimmed.
func splitLines(t string) []string {
	var out []string
	for _, l := range strings.Split(t, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// splitComma returns the non-blank comma-separated parts of t, trimmed.
func splitComma(t string) []string {
	var out []string
	for _, l := range strings.Split(t, ",") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// answerOf returns r's answer to question qid, adding an empty one when missing. The pointer
// is only good until the next call (the slice may grow).
func answerOf(r *planner.Response, qid int64) *planner.Answer {
	for i := range r.Answers {
		if r.Answers[i].QuestionID == qid {
			return &r.Answers[i]
		}
	}
	r.Answers = append(r.Answers, planner.Answer{QuestionID: qid})
	return &r.Answers[len(r.Answers)-1]
}

// findAnswer returns r's answer to qid without adding one.
func findAnswer(r *planner.Response, qid int64) (planner.Answer, bool) {
	for _, a := range r.Answers {
		if a.QuestionID == qid {
			return a, true
		}
	}
	return planner.Answer{}, false
}

// retagOne recomputes the automatic theme tags of one response only.
func retagOne(sv *planner.Survey, r *planner.Response) {
	tmp := planner.Survey{Questions: sv.Questions, Themes: sv.Themes, Responses: []planner.Response{*r}}
	planner.AutoTag(&tmp)
	*r = tmp.Responses[0]
}

// responseForm edits one response: respondent, one answer editor per question, and the
// theme tags of its open answers.
func (v *surveyStep) responseForm(r *planner.Response, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	sv := &s.plan.Survey
	answers := container.NewVBox()
	who := form(
		widget.NewFormItem(tr.T("ui.survey.response.respondent"), keep(v.fields, "response.name", textField(s, fmt.Sprintf("response.%d.name", r.ID), func() string { return r.Respondent }, func(t string) { r.Respondent = t }, save))),
		widget.NewFormItem(tr.T("ui.survey.response.email"), keep(v.fields, "response.email", textField(s, fmt.Sprintf("response.%d.email", r.ID), func() string { return r.Email }, func(t string) { r.Email = t }, save))),
	)
	tags := container.NewVBox()
	var drawTags func()
	// saveText retags the response after an open-text edit, then saves it.
	saveText := func() error {
		retagOne(sv, r)
		err := save()
		drawTags()
		return err
	}
	grid := ""
	for _, q := range sv.Questions {
		qid := q.ID
		if g := strings.TrimSpace(q.Grid); g != grid {
			grid = g
			if g != "" { // the grid's title once, above its rows
				gl := widget.NewLabelWithStyle(g, fyne.TextAlignLeading, fyne.TextStyle{Bold: true, Italic: true})
				gl.Wrapping = fyne.TextWrapWord
				answers.Add(gl)
			}
		}
		get := func() string { a, _ := findAnswer(r, qid); return a.Text }
		set := func(t string) { answerOf(r, qid).Text = t }
		key := fmt.Sprintf("response.%d.q%d", r.ID, qid)
		var w, kept fyne.CanvasObject // the answer's widgets, and the one tests find by name
		switch q.Kind {
		case planner.KindScale:
			sc := q.Range()
			e := validatedField(s, key, get, scaleAnswerCheck(sc), set, save)
			e.SetPlaceHolder(sc.Describe())
			w = e
		case planner.KindNumber:
			e := validatedField(s, key, get, func(t string) error {
				if _, ok := planner.ReadNumber(t); !ok && strings.TrimSpace(t) != "" {
					return errors.New(tr.T("ui.survey.response.not_number"))
				}
				return nil
			}, set, save)
			w = e
		case planner.KindSingle:
			ct := newChoiceTexts(q.Options)
			sel := widget.NewSelect(ct.shown, nil)
			sel.PlaceHolder = s.tr.T("ui.common.select_one")
			other := newOtherBox(s, key+".other", q.Options)
			if on := ct.toShown([]string{get()}); len(on) == 1 {
				sel.SetSelected(on[0])
			} else if other.takes(get()) {
				sel.SetSelected(ct.short[other.option])
				other.box.SetText(get())
			}
			answer := func() string {
				if c := ct.full[sel.Selected]; c != other.option || other.said() == "" {
					return c
				}
				return other.said()
			}
			sel.OnChanged = func(o string) { set(answer()); _ = save(); other.shownIf(ct.full[o] == other.option) }
			other.onSaid = func() { set(answer()); s.debounce(key, func() { _ = save() }) }
			other.shownIf(sel.Selected != "" && ct.full[sel.Selected] == other.option)
			v.fields[fmt.Sprintf("response.other.q%d", qid)] = other.box
			w, kept = container.NewVBox(sel, other.box), sel
		case planner.KindMulti:
			a, _ := findAnswer(r, qid)
			ct := newChoiceTexts(q.Options)
			cg := widget.NewCheckGroup(ct.shown, nil)
			other := newOtherBox(s, key+".other", q.Options)
			on, said := splitOther(a.Choices, q.Options, other)
			cg.SetSelected(ct.toShown(on))
			other.box.SetText(said)
			choices := func() []string {
				out := ct.toFull(cg.Selected)
				if i := slices.Index(out, other.option); i >= 0 && other.said() != "" {
					out[i] = other.said()
				}
				return out
			}
			cg.OnChanged = func([]string) {
				answerOf(r, qid).Choices = choices()
				_ = save()
				other.shownIf(slices.Contains(ct.toFull(cg.Selected), other.option))
			}
			other.onSaid = func() { answerOf(r, qid).Choices = choices(); s.debounce(key, func() { _ = save() }) }
			other.shownIf(slices.Contains(ct.toFull(cg.Selected), other.option))
			v.fields[fmt.Sprintf("response.other.q%d", qid)] = other.box
			w, kept = container.NewVBox(cg, other.box), cg
		default:
			w = textArea(s, key, get, set, saveText)
		}
		if kept == nil {
			kept = w
		}
		v.fields[fmt.Sprintf("response.q%d", qid)] = kept
		// Question titles are long: each goes above its answer, wrapped, not in a form column.
		title := widget.NewLabelWithStyle(q.Title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		answers.Add(title)
		answers.Add(wheelThrough(w))
	}
	drawTags = func() { v.drawTags(r, tags, save) }
	drawTags()
	return container.NewVBox(who, answers, widget.NewLabelWithStyle(tr.T("ui.survey.response.themes"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), tags)
}

// otherBox is the "Say which" box under a choice question's Other option: shown while Other
// is chosen, and what is typed in it is the answer in place of "Other" (as Google Forms
// records it), so the summary lists it under Other.
type otherBox struct {
	option string // the question's Other option as written, "" when it has none
	box    *keyEntry
	onSaid func() // runs after each edit of the box
}

func newOtherBox(s *session, key string, options []string) *otherBox {
	o := &otherBox{box: newKeyEntry()}
	for _, opt := range options {
		if strings.EqualFold(strings.TrimSpace(opt), planner.OtherLabel) {
			o.option = opt
		}
	}
	o.box.SetPlaceHolder(s.tr.T("ui.survey.response.other.placeholder"))
	limitText(&o.box.Entry, key)
	o.box.OnChanged = func(t string) {
		if o.box.Validator(t) == nil && o.onSaid != nil {
			o.onSaid()
		}
	}
	o.box.Hide()
	return o
}

// said is the trimmed text of the box.
func (o *otherBox) said() string { return strings.TrimSpace(o.box.Text) }

// takes reports whether a single choice answer outside the options is an Other answer.
func (o *otherBox) takes(answer string) bool {
	return o.option != "" && strings.TrimSpace(answer) != ""
}

// shownIf shows the box while Other is chosen.
func (o *otherBox) shownIf(on bool) {
	if on && o.option != "" {
		o.box.Show()
	} else {
		o.box.Hide()
	}
}

// splitOther splits a multiple choice answer into the options chosen (Other for an answer
// outside them) and the text said for Other.
func splitOther(choices, options []string, o *otherBox) (on []string, said string) {
	for _, c := range choices {
		if slices.Contains(options, c) || o.option == "" {
			on = append(on, c)
			continue
		}
		if !slices.Contains(on, o.option) {
			on = append(on, o.option)
		}
		if said == "" {
			said = c
		}
	}
	return on, said
}

// drawTags shows, for each open answer of r, a check per theme: checking sets a manual tag,
// unchecking rejects the tag so automatic re-tagging does not bring it back.
func (v *surveyStep) drawTags(r *planner.Response, box *fyne.Container, save func() error) {
	sv := &v.s.plan.Survey
	box.RemoveAll()
	if len(sv.Themes) == 0 {
		box.Add(widget.NewLabel(v.s.tr.T("ui.survey.response.no_themes")))
		return
	}
	labels := make([]string, len(sv.Themes))
	for i, t := range sv.Themes {
		labels[i] = t.Label
	}
	for _, q := range sv.Questions {
		if !planner.Taggable(q) {
			continue
		}
		a, ok := findAnswer(r, q.ID)
		if !ok || strings.TrimSpace(a.Text) == "" {
			continue
		}
		var on []string
		for _, tg := range a.Tags {
			if tg.State == planner.TagRejected {
				continue
			}
			for _, t := range sv.Themes {
				if t.ID == tg.ThemeID {
					on = append(on, t.Label)
				}
			}
		}
		qid := q.ID
		ct := newChoiceTexts(labels)
		cg := widget.NewCheckGroup(ct.shown, nil)
		cg.SetSelected(ct.toShown(on))
		cg.OnChanged = func(sel []string) {
			ans := answerOf(r, qid)
			sel = ct.toFull(sel)
			for _, t := range sv.Themes {
				setTag(ans, t.ID, slices.Contains(sel, t.Label))
			}
			_ = save()
		}
		v.fields[fmt.Sprintf("response.tags.q%d", qid)] = cg
		ql := widget.NewLabel(leadIn(q.Title))
		ql.Wrapping = fyne.TextWrapWord
		box.Add(ql)
		box.Add(cg)
	}
}

// setTag records a hand-set tag: on marks the theme manual, off rejects it (when it was there).
func setTag(a *planner.Answer, themeID int64, on bool) {
	for i := range a.Tags {
		if a.Tags[i].ThemeID != themeID {
			continue
		}
		active := a.Tags[i].State != planner.TagRejected
		switch {
		case on && !active:
			a.Tags[i].State = planner.TagManual
		case !on && active:
			a.Tags[i].State = planner.TagRejected
		}
		return
	}
	if on {
		a.Tags = append(a.Tags, planner.Tag{ThemeID: themeID, State: planner.TagManual})
	}
}

// themeForm edits one theme; a keyword change re-tags the responses.
func (v *surveyStep) themeForm(t *planner.Theme, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	label := keep(v.fields, "theme.label", textField(s, fmt.Sprintf("theme.%d.label", t.ID), func() string { return t.Label }, func(x string) { t.Label = x }, save))
	kw := keep(v.fields, "theme.keywords", textField(s, fmt.Sprintf("theme.%d.keywords", t.ID), func() string { return strings.Join(t.Keywords, ", ") },
		func(x string) { t.Keywords = splitComma(x) },
		func() error {
			err := save()
			if err == nil {
				err = v.retagAll()
			}
			return err
		}))
	return form(
		widget.NewFormItem(tr.T("ui.survey.theme.label"), label),
		widget.NewFormItem(tr.T("ui.survey.theme.keywords"), kw),
	)
}

// retagAll re-runs automatic tagging over every response and saves only the responses whose
// tags changed.
func (v *surveyStep) retagAll() error {
	sv := &v.s.plan.Survey
	before := make([]string, len(sv.Responses))
	for i := range sv.Responses {
		before[i] = tagKey(&sv.Responses[i])
	}
	planner.AutoTag(sv)
	var firstErr error
	// One refresh of the page for however many responses were re-tagged.
	v.s.batch(func() {
		for i := range sv.Responses {
			if tagKey(&sv.Responses[i]) == before[i] {
				continue
			}
			if err := v.s.put(&sv.Responses[i]); err != nil && firstErr == nil {
				firstErr = err
			}
		}
	})
	return firstErr
}

// tagKey is a compact fingerprint of a response's tags, to spot changes.
func tagKey(r *planner.Response) string {
	var b strings.Builder
	for _, a := range r.Answers {
		for _, t := range a.Tags {
			fmt.Fprintf(&b, "%d:%d:%s;", a.QuestionID, t.ThemeID, t.State)
		}
	}
	return b.String()
}

// smartSetters points each SMART criterion, in SmartCheck's order, at its answer.
var smartSetters = []func(*planner.SmartAnswers) *bool{
	func(a *planner.SmartAnswers) *bool { return &a.Specific },
	func(a *planner.SmartAnswers) *bool { return &a.Measurable },
	func(a *planner.SmartAnswers) *bool { return &a.Achievable },
	func(a *planner.SmartAnswers) *bool { return &a.Relevant },
	func(a *planner.SmartAnswers) *bool { return &a.TimeBound },
}

// goalForm edits one goal with its SMART check.
func (v *surveyStep) goalForm(g *planner.Goal, save func() error) fyne.CanvasObject {
	s, tr := v.s, v.s.tr
	key := func(f string) string { return fmt.Sprintf("goal.%d.%s", g.ID, f) }
	sentence := widget.NewLabel("")
	sentence.Wrapping = fyne.TextWrapWord
	results := make([]*widget.Label, len(smartSetters))
	for i := range results {
		results[i] = widget.NewLabel("")
		results[i].Wrapping = fyne.TextWrapWord
	}
	type derivedCheck struct {
		c *widget.Check
		i int
	}
	var derived []derivedCheck
	update := func() {
		sentence.SetText(tr.T("ui.survey.goal.reads_as", "goal", g.SentenceIn(tr)))
		checks := planner.SmartCheck(*g)
		for _, d := range derived {
			d.c.SetChecked(checks[d.i].Pass)
		}
		for i, it := range checks {
			if i >= len(results) {
				break
			}
			if it.Pass {
				results[i].SetText(tr.T("ui.survey.goal.smart.pass"))
			} else {
				results[i].SetText(tr.T("ui.survey.goal.smart.fail", "reason", it.Reason.In(tr)))
			}
		}
	}
	saveG := func() error { err := save(); update(); return err }

	themeLabels := make([]string, len(s.plan.Survey.Themes))
	var on []string
	for i, t := range s.plan.Survey.Themes {
		themeLabels[i] = t.Label
		if slices.Contains(g.ThemeIDs, t.ID) {
			on = append(on, t.Label)
		}
	}
	ct := newChoiceTexts(themeLabels)
	themes := widget.NewCheckGroup(ct.shown, nil)
	themes.SetSelected(ct.toShown(on))
	themes.OnChanged = func(sel []string) {
		sel = ct.toFull(sel)
		g.ThemeIDs = nil
		for _, t := range s.plan.Survey.Themes {
			if slices.Contains(sel, t.Label) {
				g.ThemeIDs = append(g.ThemeIDs, t.ID)
			}
		}
		_ = saveG()
	}
	due := dateField(s, key("due"), v.w, func() planner.Date { return g.Due }, func(d planner.Date) { g.Due = d }, saveG)
	f := v.fields
	keep(f, "goal.due", due.entry)
	keep(f, "goal.themes", themes)
	fields := form(
		widget.NewFormItem(tr.T("ui.survey.goal.title"), keep(f, "goal.title", textField(s, key("title"), func() string { return g.Title }, func(t string) { g.Title = t }, saveG))),
		widget.NewFormItem(tr.T("ui.survey.goal.metric"), keep(f, "goal.metric", textField(s, key("metric"), func() string { return g.Metric }, func(t string) { g.Metric = t }, saveG))),
		widget.NewFormItem(tr.T("ui.survey.goal.unit"), keep(f, "goal.unit", textField(s, key("unit"), func() string { return g.Unit }, func(t string) { g.Unit = t }, saveG))),
		widget.NewFormItem(tr.T("ui.survey.goal.baseline"), keep(f, "goal.baseline", optFloatField(s, key("baseline"), func() *float64 { return g.Baseline }, func(f *float64) { g.Baseline = f }, saveG))),
		widget.NewFormItem(tr.T("ui.survey.goal.target"), keep(f, "goal.target", optFloatField(s, key("target"), func() *float64 { return g.Target }, func(f *float64) { g.Target = f }, saveG))),
		widget.NewFormItem(tr.T("ui.survey.goal.due"), due.object()),
		widget.NewFormItem(tr.T("ui.survey.goal.themes"), themes),
	)
	smart := container.NewVBox(widget.NewLabelWithStyle(tr.T("ui.survey.goal.smart.title"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for i, it := range planner.SmartCheck(*g) {
		if i >= len(smartSetters) {
			break
		}
		ptr := smartSetters[i]
		var c *widget.Check
		question := it.Question.In(tr)
		if it.FromFields {
			// Answered by the fields above: a check box the goal's fields tick, not the person.
			c = widget.NewCheck(it.Criterion.In(tr), nil)
			c.Disable()
			derived = append(derived, derivedCheck{c, i})
			question = tr.T("ui.survey.goal.smart.from_fields", "question", question)
		} else {
			c = checkField(it.Criterion.In(tr), func() bool { return *ptr(&g.Smart) }, func(b bool) { *ptr(&g.Smart) = b }, saveG)
		}
		v.fields[fmt.Sprintf("goal.smart%d", i)] = c
		v.fields[fmt.Sprintf("goal.smartResult%d", i)] = results[i]
		// The question and its result wrap beside the check, the result under the question, so
		// the row never widens the page, however long the reason is in the language.
		smart.Add(container.NewBorder(nil, nil, sized(c, 140, 0), nil, container.NewVBox(wrapLabel(question), results[i])))
	}
	update()
	return container.NewVBox(fields, sentence, smart)
}
