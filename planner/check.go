package planner

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// The rules every plan in the library obeys, and the one gate that applies them to each
// write: CheckPlan for a whole plan (a new plan, a copy, a plan file), CheckChange for one
// autosaved change, PlanProblems for what a plan saved before a rule existed breaks.

// CheckPlan applies the rules every plan entering the library obeys, whatever it comes from
// (the window, a plan file, the command line): texts within their length limits, scales
// with a range that is one, and review figures that agree with each other.
func CheckPlan(p *Plan) error {
	if err := CheckTexts(p); err != nil {
		return err
	}
	if err := CheckScales(p); err != nil {
		return err
	}
	return CheckReviews(p)
}

// PlanProblems returns every way the plan breaks CheckPlan's rules (nil for none): each text
// over its limit and each review figure that disagrees. A plan saved by an older version,
// before a rule existed, may break it; the overview lists what to fix.
func PlanProblems(p *Plan) []*ValidationError {
	if p == nil {
		return nil
	}
	out := textProblems(p, "", false)
	for _, r := range p.Reviews {
		for _, e := range ReviewProblems(p, r) {
			out = append(out, inReview(r, e))
		}
	}
	return out
}

// CheckChange applies CheckPlan's rules to what one change writes: the texts of the part or
// the item it saves, and, when it adds, edits, deletes or reorders a review, the figures of
// every review (members who left are counted against the review before). The error is the
// one CheckPlan gives for the same problem.
//
// A plan saved before a rule existed is not locked out: a problem the stored plan already
// has does not block a change, only a problem the change adds does. stored returns the plan
// as the library holds it before the change; CheckChange calls it only when the change
// touches reviews or holds a text over its limit, so that an ordinary edit reads nothing.
// reviewsOnly says that a plan holding only its reviews will do.
func CheckChange(ch Change, stored func(reviewsOnly bool) (*Plan, error)) error {
	if err := changeScale(ch); err != nil {
		return err
	}
	texts := changeTexts(ch)
	reviews := changesReviews(ch)
	if len(texts) == 0 && !reviews {
		return nil
	}
	p, err := stored(len(texts) == 0)
	if err != nil {
		return fmt.Errorf("read the plan to check the change: %w", err)
	}
	if len(texts) > 0 {
		var before []*ValidationError
		if old, ok := storedPart(p, ch); ok {
			before = changeTexts(old)
		}
		if e := added(before, texts, func(e *ValidationError) string { return e.Field }); e != nil {
			return e
		}
	}
	if !reviews {
		return nil
	}
	// A review's problems are told apart by the review's ID and the figure, so that a
	// problem it had stays the same problem when its date is edited.
	type key struct {
		id    int64
		field string
	}
	before := map[key]bool{}
	for _, r := range p.Reviews {
		for _, e := range ReviewProblems(p, r) {
			before[key{r.ID, e.Field}] = true
		}
	}
	after := &Plan{Reviews: changedReviews(p.Reviews, ch)}
	for _, r := range after.Reviews {
		for _, e := range ReviewProblems(after, r) {
			if r.ID == 0 || !before[key{r.ID, e.Field}] {
				return inReview(r, e)
			}
		}
	}
	return nil
}

// added returns the first problem of after whose key no problem of before has.
func added(before, after []*ValidationError, key func(*ValidationError) string) *ValidationError {
	had := map[string]bool{}
	for _, e := range before {
		had[key(e)] = true
	}
	for _, e := range after {
		if !had[key(e)] {
			return e
		}
	}
	return nil
}

// changeTexts returns the texts over their limits among what ch writes: the plan's own
// fields, the charter's or the event's own fields (their lists are items), or one item with
// its parts.
func changeTexts(ch Change) []*ValidationError {
	switch {
	case ch.Plan != nil:
		return textProblems(ch.Plan, "", true)
	case ch.Charter != nil:
		return textProblems(ch.Charter, "charter", true)
	case ch.Event != nil:
		return textProblems(ch.Event, "event", true)
	case ch.Item != nil:
		t := reflect.TypeOf(ch.Item)
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		return textProblems(ch.Item, words(t.Name()), false)
	}
	return nil
}

// storedPart returns the change that would write back what p holds in ch's place; false
// for a new item or one p does not hold.
func storedPart(p *Plan, ch Change) (Change, bool) {
	switch {
	case ch.Plan != nil:
		return Change{Plan: p}, true
	case ch.Charter != nil:
		return Change{Charter: &p.Charter}, true
	case ch.Event != nil:
		return Change{Event: &p.Event}, true
	case ch.Item != nil:
		v := reflect.ValueOf(ch.Item)
		if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
			return Change{}, false
		}
		id := v.Elem().FieldByName("ID")
		if !id.IsValid() || id.Int() == 0 {
			return Change{}, false
		}
		if old := findItem(reflect.ValueOf(p).Elem(), v.Elem().Type(), id.Int()); old != nil {
			return Change{Item: old}, true
		}
	}
	return Change{}, false
}

// findItem returns a pointer to the item of type t with this ID in the plan's lists (the
// plan's, its survey's, its charter's and its event's), or nil.
func findItem(v reflect.Value, t reflect.Type, id int64) any {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch {
		case f.Kind() == reflect.Slice && f.Type().Elem() == t:
			for j := 0; j < f.Len(); j++ {
				if f.Index(j).FieldByName("ID").Int() == id {
					return f.Index(j).Addr().Interface()
				}
			}
		case f.Kind() == reflect.Struct && v.Type().Field(i).IsExported():
			if x := findItem(f, t, id); x != nil {
				return x
			}
		}
	}
	return nil
}

// changesReviews reports whether ch adds, edits, deletes or reorders a review.
func changesReviews(ch Change) bool {
	_, review := ch.Item.(*Review)
	return review || ch.Delete != nil && ch.Delete.Kind == ItemReview || ch.Reorder != nil && ch.Reorder.Kind == ItemReview
}

// changedReviews returns the reviews as ch leaves them (rs itself is left alone).
func changedReviews(rs []Review, ch Change) []Review {
	out := slices.Clone(rs)
	switch {
	case ch.Item != nil:
		r := *ch.Item.(*Review)
		if i := slices.IndexFunc(out, func(o Review) bool { return o.ID == r.ID }); r.ID != 0 && i >= 0 {
			out[i] = r
		} else {
			out = append(out, r)
		}
	case ch.Delete != nil:
		out = slices.DeleteFunc(out, func(o Review) bool { return o.ID == ch.Delete.ID })
	case ch.Reorder != nil:
		pos := map[int64]int{}
		for i, id := range ch.Reorder.IDs {
			pos[id] = i
		}
		slices.SortStableFunc(out, func(a, b Review) int { return pos[a.ID] - pos[b.ID] })
	}
	return out
}

// changeScale checks the range of a question the change saves, when it states one: a range
// is new with the scale question's own range, so no stored plan has a broken one to keep.
func changeScale(ch Change) error {
	var q *Question
	switch it := ch.Item.(type) {
	case *Question:
		q = it
	case Question:
		q = &it
	}
	if q == nil || q.Scale.IsZero() {
		return nil
	}
	if err := CheckScale(q.Scale); err != nil {
		return fmt.Errorf("question %q: %w", shorten(strings.TrimSpace(q.Title), 40), err)
	}
	return nil
}
