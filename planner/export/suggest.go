package export

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// suggestionText is a suggestion as the plan PDF's bullet says it, "title: reason", in the
// document's language, its lists separated by commas (planner.ListsCommas); a suggestion the
// catalogue does not know keeps planner's English words.
func suggestionText(tr *i18n.Printer, s planner.Suggestion) string {
	return joinNonEmpty(": ", s.TitleIn(tr), s.ReasonListed(tr, planner.ListsCommas))
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
