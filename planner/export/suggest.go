package export

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// suggestionText words a suggestion in the document's language from its key and values; a
// suggestion the catalogue does not know keeps planner's English words.
func suggestionText(tr *i18n.Printer, s planner.Suggestion) string {
	if s.Key == "" {
		return joinNonEmpty(": ", s.Title, s.Reason)
	}
	var args []any
	count := -1
	for name, v := range s.Values {
		var text string
		switch x := v.(type) {
		case float64:
			text = tr.Percent(x)
			if name == "from" || name == "to" { // skill ratings, not percentages
				text = tr.Number(x, 2)
			}
		case int:
			text = tr.Int(x)
			if name == "n" {
				count = x
			}
		case planner.Date:
			text = longDate(tr, x)
			if x.IsZero() {
				text = tr.T("sug.latest")
			}
		case []string:
			text = strings.Join(x, ", ")
		case planner.SuccessFactor:
			text = factorName(tr, x)
		case string:
			text = x
		default:
			text = fmt.Sprint(x)
		}
		args = append(args, name, text)
	}
	var title, reason string
	switch s.Key {
	case "factor-low":
		f, _ := s.Values["factor"].(planner.SuccessFactor)
		title = tr.T("factor." + f.Key() + ".advice")
	case "goal-unmeasured":
		goal, _ := s.Values["goal"].(string)
		if goal == "" {
			goal = tr.T("sug.the_goal")
		}
		title = tr.T("sug.goal-unmeasured.title", "goal", goal)
	default:
		title = tr.T("sug."+s.Key+".title", args...)
	}
	if s.Key == "goal-unmeasured" {
		// The reason quotes the goal as a sentence.
		sentence, _ := s.Values["sentence"].(string)
		args = append(args, "goal", sentence)
	}
	if count >= 0 && (s.Key == "poll-none" || s.Key == "overdue-actions") {
		reason = tr.N("sug."+s.Key+".reason", count, args...)
	} else {
		reason = tr.T("sug."+s.Key+".reason", args...)
	}
	if strings.HasPrefix(title, "sug.") || strings.HasPrefix(reason, "sug.") || strings.Contains(title, "factor.") {
		return joinNonEmpty(": ", s.Title, s.Reason)
	}
	return joinNonEmpty(": ", title, reason)
}

// factorName names a success factor in the document's language.
func factorName(tr *i18n.Printer, f planner.SuccessFactor) string {
	if key := "factor." + f.Key() + ".name"; i18n.Has(key) {
		return tr.T(key)
	}
	return f.String()
}

// platformReasons words a platform's reasons in the document's language, each from its key;
// a reason the catalogue lacks keeps planner's English.
func platformReasons(tr *i18n.Printer, a planner.PlatformAdvice, s planner.PlatformScore) []string {
	out := make([]string, len(s.Reasons))
	for i, r := range s.Reasons {
		out[i] = r
		if i < len(s.ReasonKeys) && s.ReasonKeys[i] == "survey" {
			if t := surveyReason(tr, a, s.Platform); t != "" {
				out[i] = t
			}
			continue
		}
		if i < len(s.ReasonKeys) {
			key := "reason." + s.ReasonKeys[i]
			if t := tr.T(key, "n", tr.Int(s.Size)); t != key {
				out[i] = t
			}
		}
	}
	return out
}

// marker matches a value named in a charter snapshot, e.g. ⟦freq:weekly⟧ (see planner.Marker).
var marker = regexp.MustCompile(`⟦([a-z]+):([^⟧]*)⟧`)

// wordMarkers words the markers of snapshot text in the document's language.
func wordMarkers(tr *i18n.Printer, s string) string {
	if !strings.Contains(s, "⟦") {
		return s
	}
	return marker.ReplaceAllStringFunc(s, func(m string) string {
		sub := marker.FindStringSubmatch(m)
		kind, code := sub[1], strings.ReplaceAll(sub[2], "_", " ")
		n, nerr := strconv.Atoi(code)
		f, ferr := strconv.ParseFloat(code, 64)
		switch {
		case kind == "freq":
			return label(tr, "freq", code)
		case kind == "join":
			return label(tr, "join", code)
		case kind == "level":
			return label(tr, "level", code)
		case kind == "platform":
			return platformName(tr, planner.Platform(code))
		case kind == "day" && nerr == nil:
			return upperFirst(tr.Weekday(time.Weekday(n)))
		case kind == "rot" && nerr == nil:
			return rotationLabel(tr, n)
		case kind == "min" && nerr == nil:
			return tr.T("unit.minutes", "n", tr.Int(n))
		case kind == "pct" && ferr == nil:
			return tr.Percent(f)
		case kind == "num" && ferr == nil:
			return tr.Number(f, 2)
		case kind == "date":
			if d, err := planner.ParseDate(code); err == nil {
				return longDate(tr, d)
			}
		}
		return code
	})
}
