package planner

import (
	"fmt"
	"strings"
	"time"
)

// CadenceSuggestion is what the survey's cadence answers suggest for the charter's live
// session and the launch event, with the evidence for each part. A part nobody's answer
// speaks to is left empty.
type CadenceSuggestion struct {
	// Respondents counts those who answered a cadence question.
	Respondents int

	// Frequency is the most frequent rhythm at least half of those who named one (or said
	// "whenever I can") can keep; "" when no answer names a rhythm.
	Frequency    Frequency
	FrequencyWhy string // "9 of 12 respondents can take part monthly or more often"

	// Weekday is the most named day when HasWeekday; weekends count as Saturday.
	Weekday    time.Weekday
	HasWeekday bool
	DayWhy     string

	// Time is the start "HH:MM" of the most named time of day; "" when none is named.
	Time    string
	TimeWhy string
}

// OK reports whether the suggestion suggests anything.
func (s CadenceSuggestion) OK() bool { return s.Frequency != "" || s.HasWeekday || s.Time != "" }

// Why joins the evidence into one sentence: "From the survey: 9 of 12 respondents can take
// part monthly or more often; 7 of 14 prefer evenings (18:00)."
func (s CadenceSuggestion) Why() string {
	var parts []string
	for _, w := range []string{s.FrequencyWhy, s.DayWhy, s.TimeWhy} {
		if w != "" {
			parts = append(parts, w)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "From the survey: " + strings.Join(parts, "; ") + "."
}

// rhythm words, most frequent first; ranks follow Frequencies. Bi-weekly is spelled out
// before matching so that "bi-weekly" is not read as "weekly".
var rhythmWords = [][]string{
	{"weekly", "every week", "once a week", "each week", "per week", "once per week"},
	{"biweekly", "fortnight", "fortnightly", "two weeks", "2 weeks", "every other week"},
	{"monthly", "every month", "once a month", "each month", "per month"},
	{"quarterly", "every quarter", "three months", "3 months"},
}

var asyncWords = []string{"whenever", "async", "asynchronous", "when i can", "no fixed", "irregular"}

var dayWords = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// timeSlots are times of day named in answers and the start each suggests.
var timeSlots = []struct {
	words []string
	label string
	start string
}{
	{[]string{"morning", "before work", "breakfast"}, "mornings", "09:00"},
	{[]string{"lunch", "lunchtime", "midday", "noon"}, "lunchtime", "12:30"},
	{[]string{"afternoon"}, "afternoons", "15:00"},
	{[]string{"evening", "after work"}, "evenings", "18:00"},
	{[]string{"night", "late evening"}, "late evenings", "20:00"},
}

// SuggestCadence reads the answers to the survey's cadence questions (every question with
// the cadence role; choice, text or both). A respondent's answer counts once per part: the
// most frequent rhythm they name, each day and each time of day they name.
func SuggestCadence(s Survey) CadenceSuggestion {
	var out CadenceSuggestion
	ids := map[int64]bool{}
	for _, q := range s.Questions {
		if q.Role == RoleCadence {
			ids[q.ID] = true
		}
	}
	if len(ids) == 0 {
		return out
	}
	var (
		rankCount [4]int
		rhythmN   int // named a rhythm or "whenever"
		days      [7]int
		weekdays  int // "weekday(s)" with no day
		slotCount = make([]int, len(timeSlots))
		clocks    = map[string]int{}
		clockSeq  []string
	)
	for _, r := range s.Responses {
		var texts []string
		for _, a := range r.Answers {
			if ids[a.QuestionID] && answered(a) {
				for _, c := range choicesOf(a) {
					// The default question's options in the plan's language read as in English.
					texts = append(texts, cadenceOptionInEnglish(c))
				}
			}
		}
		if len(texts) == 0 {
			continue
		}
		out.Respondents++
		t := fold(strings.Join(texts, " \n "))
		t = strings.ReplaceAll(t, "bi-weekly", "biweekly")
		t = strings.ReplaceAll(t, "bi weekly", "biweekly")

		best := -1
		for rank, words := range rhythmWords {
			if hasAny(t, words) {
				best = rank
				break
			}
		}
		if best >= 0 {
			rhythmN++
			rankCount[best]++
		} else if hasAny(t, asyncWords) {
			rhythmN++
		}

		named := false
		for d, w := range dayWords {
			if containsWord(t, w) {
				days[d]++
				named = true
			}
		}
		if hasAny(t, []string{"weekend"}) && days[time.Saturday] == 0 && days[time.Sunday] == 0 {
			days[time.Saturday]++ // "weekends" reads as Saturday
			named = true
		}
		if !named && hasAny(t, []string{"weekday", "workday", "working day"}) {
			weekdays++
		}

		for i, sl := range timeSlots {
			if hasAny(t, sl.words) {
				slotCount[i]++
			}
		}
		for _, c := range clocksIn(t) {
			if clocks[c] == 0 {
				clockSeq = append(clockSeq, c)
			}
			clocks[c]++
		}
	}

	if rhythmN > 0 {
		cum := 0
		for rank, n := range rankCount {
			cum += n
			if n > 0 && cum*2 >= rhythmN {
				out.Frequency = Frequencies[rank]
				out.FrequencyWhy = fmt.Sprintf("%d of %d respondents can take part %s", cum, rhythmN, rhythmPhrase(Frequencies[rank]))
				break
			}
		}
		if out.Frequency == "" && cum > 0 {
			// Fewer than half can keep any rhythm: suggest the gentlest one named.
			for rank := len(rankCount) - 1; rank >= 0; rank-- {
				if rankCount[rank] > 0 {
					out.Frequency = Frequencies[rank]
					break
				}
			}
			out.FrequencyWhy = fmt.Sprintf("only %d of %d respondents can keep a fixed rhythm, so start %s", cum, rhythmN, rhythmPhrase(out.Frequency))
		}
	}

	bestDay, bestN := -1, 0
	for i := range days {
		// Monday first on ties: a working week reads from Monday.
		d := (i + 1) % 7
		if days[d] > bestN {
			bestDay, bestN = d, days[d]
		}
	}
	if bestDay >= 0 && bestN > weekdays {
		out.Weekday, out.HasWeekday = time.Weekday(bestDay), true
		out.DayWhy = fmt.Sprintf("%d of %d respondents name %s", bestN, out.Respondents, time.Weekday(bestDay))
	} else if weekdays > 0 {
		out.DayWhy = fmt.Sprintf("%d of %d respondents prefer a weekday", weekdays, out.Respondents)
	}

	bestSlot, slotN := -1, 0
	for i, n := range slotCount {
		if n > slotN {
			bestSlot, slotN = i, n
		}
	}
	bestClock, clockN := "", 0
	for _, c := range clockSeq {
		if clocks[c] > clockN {
			bestClock, clockN = c, clocks[c]
		}
	}
	switch {
	case clockN > 0 && clockN >= slotN:
		out.Time = bestClock
		out.TimeWhy = fmt.Sprintf("%d of %d respondents name %s", clockN, out.Respondents, bestClock)
	case slotN > 0:
		sl := timeSlots[bestSlot]
		out.Time = sl.start
		out.TimeWhy = fmt.Sprintf("%d of %d respondents prefer %s (%s)", slotN, out.Respondents, sl.label, sl.start)
	}
	return out
}

func hasAny(text string, words []string) bool {
	for _, w := range words {
		if containsWord(text, w) {
			return true
		}
	}
	return false
}

// rhythmPhrase says how often: "weekly", "every two weeks or more often".
func rhythmPhrase(f Frequency) string {
	switch f {
	case Weekly:
		return "weekly"
	case Biweekly:
		return "every two weeks or more often"
	case Quarterly:
		return "quarterly or more often"
	}
	return "monthly or more often"
}

// clocksIn finds times of day written as "18:30", "18h", "6pm" or "6:30 pm" in folded text
// and returns them as "HH:MM".
func clocksIn(t string) []string {
	var out []string
	fields := strings.FieldsFunc(t, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == '\n' || r == '/'
	})
	for i, f := range fields {
		pm, am := false, false
		switch {
		case strings.HasSuffix(f, "pm"):
			pm, f = true, strings.TrimSuffix(f, "pm")
		case strings.HasSuffix(f, "am"):
			am, f = true, strings.TrimSuffix(f, "am")
		case strings.HasSuffix(f, "h") && len(f) <= 3:
			f = strings.TrimSuffix(f, "h") + ":00"
		case i+1 < len(fields) && (fields[i+1] == "pm" || fields[i+1] == "am"):
			pm, am = fields[i+1] == "pm", fields[i+1] == "am"
		}
		if f == "" {
			continue
		}
		if (pm || am) && !strings.Contains(f, ":") {
			f += ":00"
		}
		c, err := time.Parse("15:04", f)
		if err != nil {
			continue
		}
		h := c.Hour()
		if (pm || am) && h > 12 {
			continue
		}
		if pm && h < 12 {
			h += 12
		}
		if am && h == 12 {
			h = 0
		}
		out = append(out, fmt.Sprintf("%02d:%02d", h, c.Minute()))
	}
	return out
}

// MainSession returns the index of the charter's main live session: the first practice of
// 45 minutes or more that is not quarterly, else the first with a duration; -1 when there is
// none.
func MainSession(c Charter) int {
	first := -1
	for i, it := range c.Cadence {
		if it.DurationMin <= 0 {
			continue
		}
		if it.DurationMin >= 45 && it.Frequency != Quarterly {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// ApplyCadence applies the suggestion to the charter's main live session (adding a 60-minute
// "Live session" when there is none): its frequency, day and time where the survey named
// them; and records the evidence in CadenceWhy. It reports false, changing nothing, when
// the suggestion suggests nothing.
func ApplyCadence(c *Charter, s CadenceSuggestion) bool {
	if c == nil || !s.OK() {
		return false
	}
	i := MainSession(*c)
	if i < 0 {
		c.Cadence = append(c.Cadence, CadenceItem{Practice: "Live session", Frequency: Monthly, Weekday: time.Thursday, Week: 1, Time: "18:00", DurationMin: 60})
		i = len(c.Cadence) - 1
	}
	it := &c.Cadence[i]
	if s.Frequency != "" && s.Frequency != it.Frequency {
		it.Practice = renameRhythm(it.Practice, it.Frequency, s.Frequency)
		it.Frequency = s.Frequency
	}
	if (it.Frequency == Monthly || it.Frequency == Quarterly) && it.Week == 0 {
		it.Week = 1
	}
	if s.HasWeekday {
		it.Weekday = s.Weekday
	}
	if s.Time != "" {
		it.Time = s.Time
	}
	c.CadenceWhy = s.Why()
	return true
}

// CadenceFollows reports whether the charter's main live session already has what the
// suggestion suggests (rhythm, day and time, where it names them), so that applying it again
// would change nothing.
func CadenceFollows(c Charter, s CadenceSuggestion) bool {
	i := MainSession(c)
	if i < 0 || !s.OK() {
		return false
	}
	it := c.Cadence[i]
	return (s.Frequency == "" || s.Frequency == it.Frequency) &&
		(!s.HasWeekday || s.Weekday == it.Weekday) &&
		(s.Time == "" || s.Time == strings.TrimSpace(it.Time))
}

// rhythmAdjective is the word a practice's name may start with for each frequency.
var rhythmAdjective = map[Frequency]string{Weekly: "Weekly", Biweekly: "Fortnightly", Monthly: "Monthly", Quarterly: "Quarterly"}

// renameRhythm replaces the frequency word a practice's name starts with ("Monthly AMA")
// by the new frequency's ("Fortnightly AMA"), so that the name does not contradict the
// rhythm; any other name is kept.
func renameRhythm(name string, from, to Frequency) string {
	old, nw := rhythmAdjective[from], rhythmAdjective[to]
	first, rest, _ := strings.Cut(strings.TrimSpace(name), " ")
	if old == "" || nw == "" || !strings.EqualFold(first, old) {
		return name
	}
	if rest == "" {
		return nw
	}
	return nw + " " + rest
}

// EventSchedule is a suggested date and start for the launch event, with why.
type EventSchedule struct {
	Date Date
	Time string
	Why  string
}

// launchLead is how many days ahead the suggested launch date lies at least: the checklist
// announces the event 14 days before, and the organizer needs a week to prepare that.
const launchLead = 21

// SuggestEventSchedule suggests the launch event's date and start: the day and time of the
// charter's main live session (or what the survey names when the charter has no session),
// on the first such day at least three weeks after today that is not in the year-end break.
// ok is false when neither says a time.
func SuggestEventSchedule(p *Plan, today Date) (EventSchedule, bool) {
	return SuggestEventScheduleAvoiding(p, today, nil)
}

// SuggestEventScheduleAvoiding is SuggestEventSchedule that also skips the public holidays
// holiday reports (nil: none), and says which it skipped.
func SuggestEventScheduleAvoiding(p *Plan, today Date, holiday HolidayFunc) (EventSchedule, bool) {
	if p == nil || today.IsZero() {
		return EventSchedule{}, false
	}
	sug := SuggestCadence(p.Survey)
	var (
		wd  time.Weekday
		hm  string
		why []string
	)
	if i := MainSession(p.Charter); i >= 0 && strings.TrimSpace(p.Charter.Cadence[i].Time) != "" {
		it := p.Charter.Cadence[i]
		wd, hm = it.Weekday, strings.TrimSpace(it.Time)
		name := strings.TrimSpace(it.Practice)
		if name == "" {
			name = "main session"
		}
		why = append(why, fmt.Sprintf("%s %s is the day and time of the charter's “%s”.", wd, hm, name))
		if w := strings.TrimSpace(p.Charter.CadenceWhy); w != "" {
			why = append(why, strings.TrimSuffix(w, ".")+".")
		}
	} else if sug.Time != "" {
		wd, hm = time.Thursday, sug.Time
		if sug.HasWeekday {
			wd = sug.Weekday
		}
		why = append(why, fmt.Sprintf("%s %s: %s", wd, hm, lowerFirst(sug.Why())))
	} else {
		return EventSchedule{}, false
	}
	date := today.AddDays(launchLead)
	for date.Time().Weekday() != wd {
		date = date.AddDays(1)
	}
	why = append(why, fmt.Sprintf("At least %d days ahead, so that the announcement can go out two weeks before.", launchLead))
	// The same weekday a week later while the day is in the year-end break or a holiday
	// (a year of weeks at most: a calendar cannot hold every week).
	var skipped []string
	for i := 0; i < 53; i++ {
		if YearEndBreak(date) {
			skipped = append(skipped, date.Time().Format("2 January")+" (year-end break)")
		} else if name, ok := holidayOn(holiday, date); ok {
			skipped = append(skipped, date.Time().Format("2 January")+" ("+name+")")
		} else {
			break
		}
		date = date.AddDays(7)
	}
	if len(skipped) > 0 {
		why = append(why, "Not "+joinAnd(skipped)+".")
	}
	return EventSchedule{Date: date, Time: hm, Why: strings.Join(why, " ")}, true
}

// holidayOn is holiday(d), false for a nil holiday.
func holidayOn(holiday HolidayFunc, d Date) (string, bool) {
	if holiday == nil {
		return "", false
	}
	return holiday(d)
}

// ApplyEventSchedule sets the event's date and start from s and records why.
func ApplyEventSchedule(e *Event, s EventSchedule) {
	if e == nil || s.Date.IsZero() {
		return
	}
	e.Date, e.Time, e.ScheduleWhy = s.Date, s.Time, s.Why
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'A' && r[1] <= 'Z' {
		return s // an acronym
	}
	return strings.ToLower(string(r[0])) + string(r[1:])
}
