package planner

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner/i18n"
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

	// FrequencySays, DaySays and TimeSays are the evidence of FrequencyWhy, DayWhy and
	// TimeWhy (their English) as sentences any language can word; zero where there is none.
	FrequencySays, DaySays, TimeSays Msg
}

// OK reports whether the suggestion suggests anything.
func (s CadenceSuggestion) OK() bool { return s.Frequency != "" || s.HasWeekday || s.Time != "" }

// Why joins the evidence into one sentence: "From the survey: 9 of 12 respondents can take
// part monthly or more often; 7 of 14 prefer evenings (18:00)."
func (s CadenceSuggestion) Why() string { return s.WhyIn(english) }

// WhyIn is Why in tr's language. A part given only as English text (FrequencyWhy without
// FrequencySays, as a hand-made suggestion has) stays as it is.
func (s CadenceSuggestion) WhyIn(tr *i18n.Printer) string {
	var parts []string
	for _, w := range []struct {
		says Msg
		text string
	}{{s.FrequencySays, s.FrequencyWhy}, {s.DaySays, s.DayWhy}, {s.TimeSays, s.TimeWhy}} {
		switch {
		case w.says.Key != "":
			parts = append(parts, w.says.In(tr))
		case w.text != "":
			parts = append(parts, w.text)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return tr.T("ui.charter.msg.from_survey", "evidence", strings.Join(parts, "; "))
}

// The cadence reading's words in each language (see vocab: matching vocabulary, matched in
// every language whatever the plan's). Rhythm words go most frequent first; ranks follow
// Frequencies. "Twice a month" and its kin read as every two weeks.
var (
	rhythmVocab = []vocab{
		{
			i18n.English:    {"weekly", "every week", "once a week", "each week", "per week", "once per week"},
			i18n.Spanish:    {"semanal", "semanalmente", "cada semana", "una vez a la semana", "una vez por semana", "todas las semanas"},
			i18n.French:     {"hebdomadaire", "hebdo", "chaque semaine", "une fois par semaine", "toutes les semaines"},
			i18n.German:     {"wochentlich", "woechentlich", "jede woche", "einmal pro woche", "einmal die woche", "einmal in der woche", "1x pro woche", "1x die woche"},
			i18n.Portuguese: {"semanal", "semanalmente", "toda semana", "todas as semanas", "uma vez por semana", "cada semana"},
		},
		{
			i18n.English:    {"biweekly", "fortnight", "fortnightly", "two weeks", "2 weeks", "every other week", "twice a month"},
			i18n.Spanish:    {"quincenal", "quincenalmente", "cada quince dias", "quince dias", "15 dias", "cada dos semanas", "dos semanas", "2 semanas", "dos veces al mes", "semana si, semana no"},
			i18n.French:     {"toutes les deux semaines", "deux semaines", "2 semaines", "tous les quinze jours", "quinze jours", "15 jours", "bimensuel", "bimensuelle", "deux fois par mois", "une semaine sur deux", "sur deux"},
			i18n.German:     {"zweiwochentlich", "alle zwei wochen", "alle 2 wochen", "zwei wochen", "14-tagig", "14-tagl", "vierzehntagig", "alle 14 tage", "zweimal im monat", "zweimal pro monat", "2x im monat", "2x pro monat", "jede zweite woche", "jeden zweiten", "alle vierzehn tage"},
			i18n.Portuguese: {"quinzenal", "quinzenalmente", "a cada quinze dias", "quinze dias", "15 dias", "a cada duas semanas", "duas semanas", "2 semanas", "duas vezes por mes", "semana sim, semana nao"},
		},
		{
			i18n.English:    {"monthly", "every month", "once a month", "each month", "per month"},
			i18n.Spanish:    {"mensual", "mensualmente", "cada mes", "una vez al mes", "una vez por mes", "todos los meses", "cada cuatro semanas", "cada 4 semanas"},
			i18n.French:     {"mensuel", "mensuelle", "mensuellement", "chaque mois", "une fois par mois", "tous les mois", "toutes les quatre semaines", "toutes les 4 semaines"},
			i18n.German:     {"monatlich", "jeden monat", "einmal im monat", "einmal pro monat", "1x im monat", "1x pro monat", "alle vier wochen", "alle 4 wochen", "vierwochentlich"},
			i18n.Portuguese: {"mensal", "mensalmente", "todo mes", "todos os meses", "cada mes", "uma vez por mes", "uma vez ao mes", "a cada quatro semanas", "a cada 4 semanas"},
		},
		{
			i18n.English:    {"quarterly", "every quarter", "three months", "3 months"},
			i18n.Spanish:    {"trimestral", "trimestralmente", "cada trimestre", "cada tres meses", "tres meses", "3 meses"},
			i18n.French:     {"trimestriel", "trimestrielle", "chaque trimestre", "tous les trois mois", "trois mois", "3 mois"},
			i18n.German:     {"vierteljahrlich", "quartalsweise", "jedes quartal", "einmal im quartal", "alle drei monate", "drei monate", "3 monate"},
			i18n.Portuguese: {"trimestral", "trimestralmente", "cada trimestre", "a cada tres meses", "tres meses", "3 meses"},
		},
	}
	asyncVocab = vocab{
		i18n.English:    {"whenever", "async", "asynchronous", "when i can", "no fixed", "irregular"},
		i18n.Spanish:    {"cuando pueda", "cuando puedo", "asincrono", "asincronico", "sin horario fijo", "sin fecha fija", "a mi ritmo"},
		i18n.French:     {"quand je peux", "quand je le peux", "asynchrone", "pas de rythme fixe", "sans horaire fixe", "irregulier", "a mon rythme"},
		i18n.German:     {"wann immer", "wenn ich kann", "wenn es passt", "asynchron", "unregelmassig", "kein fester", "keine festen"},
		i18n.Portuguese: {"quando puder", "quando eu puder", "quando posso", "assincrono", "sem horario fixo", "no meu ritmo"},
	}
	// dayVocab names each day of the week, Sunday first as time.Weekday counts. Portuguese
	// weekdays are ordinals ("segunda" is also Spanish "second"), so they are read with
	// "-feira" or as "on Mondays" ("às segundas").
	dayVocab = []vocab{
		{i18n.English: {"sunday"}, i18n.Spanish: {"domingo"}, i18n.French: {"dimanche"}, i18n.German: {"sonntag"}, i18n.Portuguese: {"domingo"}},
		{i18n.English: {"monday"}, i18n.Spanish: {"lunes"}, i18n.French: {"lundi"}, i18n.German: {"montag"}, i18n.Portuguese: {"segunda-feira", "segunda feira", "segundas", "na segunda", "as segundas"}},
		{i18n.English: {"tuesday"}, i18n.Spanish: {"martes"}, i18n.French: {"mardi"}, i18n.German: {"dienstag"}, i18n.Portuguese: {"terca-feira", "terca feira", "tercas", "na terca", "as tercas"}},
		{i18n.English: {"wednesday"}, i18n.Spanish: {"miercoles"}, i18n.French: {"mercredi"}, i18n.German: {"mittwoch"}, i18n.Portuguese: {"quarta-feira", "quarta feira", "quartas", "na quarta", "as quartas"}},
		{i18n.English: {"thursday"}, i18n.Spanish: {"jueves"}, i18n.French: {"jeudi"}, i18n.German: {"donnerstag"}, i18n.Portuguese: {"quinta-feira", "quinta feira", "quintas", "na quinta", "as quintas"}},
		{i18n.English: {"friday"}, i18n.Spanish: {"viernes"}, i18n.French: {"vendredi"}, i18n.German: {"freitag"}, i18n.Portuguese: {"sexta-feira", "sexta feira", "sextas", "na sexta", "as sextas"}},
		{i18n.English: {"saturday"}, i18n.Spanish: {"sabado"}, i18n.French: {"samedi"}, i18n.German: {"samstag", "sonnabend"}, i18n.Portuguese: {"sabado"}},
	}
	weekendVocab = vocab{
		i18n.English:    {"weekend"},
		i18n.Spanish:    {"fin de semana", "fines de semana", "finde"},
		i18n.French:     {"week-end", "week end"},
		i18n.German:     {"wochenende"},
		i18n.Portuguese: {"fim de semana", "fins de semana", "final de semana"},
	}
	weekdayVocab = vocab{
		i18n.English:    {"weekday", "workday", "working day"},
		i18n.Spanish:    {"entre semana", "dia laborable", "dias laborables", "dias de semana"},
		i18n.French:     {"en semaine", "jour ouvre", "jours ouvres", "jours de semaine"},
		i18n.German:     {"werktag", "werktags", "wochentag", "wochentags", "arbeitstag", "unter der woche"},
		i18n.Portuguese: {"dia util", "dias uteis", "durante a semana", "dia de semana", "dias de semana"},
	}
)

// cadenceJoins writes as one word the phrases whose parts would read as another time: French
// "après-midi" holds "midi" (noon), "petit-déjeuner" holds "déjeuner" (lunch), Portuguese
// "fim da tarde" is evening and "tarde da noite" late night, not afternoon; and it splits
// German compounds of a day and a time ("Dienstagabend", "Mittwochnachmittag") into their
// words. Keys are folded.
var cadenceJoins = strings.NewReplacer(
	"bi-weekly", "biweekly", "bi weekly", "biweekly",
	"tagabend", "tag abend", "tagnachmittag", "tag nachmittag", "tagvormittag", "tag vormittag",
	"tagmittag", "tag mittag", "tagmorgen", "tag morgens", "tagnacht", "tag nacht",
	"wochabend", "woch abend", "wochnachmittag", "woch nachmittag", "wochvormittag", "woch vormittag",
	"wochmittag", "woch mittag", "wochmorgen", "woch morgens", "wochnacht", "woch nacht",
	"apres-midi", "apresmidi", "apres midi", "apresmidi",
	"petit-dejeuner", "petitdejeuner", "petit dejeuner", "petitdejeuner",
	"fim da tarde", "fimdatarde", "final da tarde", "fimdatarde",
	"tarde da noite", "tardedanoite",
)

// rhythmWords, asyncWords, dayWords, weekendWords and weekdayWords are the vocabularies'
// words in every language.
var (
	rhythmWords  = vocabsWords(rhythmVocab)
	asyncWords   = asyncVocab.words()
	dayWords     = vocabsWords(dayVocab)
	weekendWords = weekendVocab.words()
	weekdayWords = weekdayVocab.words()
)

func vocabsWords(vs []vocab) [][]string {
	out := make([][]string, len(vs))
	for i, v := range vs {
		out[i] = v.words()
	}
	return out
}

// timeSlots are times of day named in answers and the start each suggests.
// A slot's term names it inside a sentence ("7 of 14 respondents prefer evenings").
var timeSlots = []struct {
	words []string
	term  Term
	start string
}{
	{vocab{
		i18n.English:    {"morning", "before work", "breakfast"},
		i18n.Spanish:    {"por la manana", "mananas", "de manana", "antes del trabajo", "desayuno"},
		i18n.French:     {"matin", "matinee", "avant le travail", "petitdejeuner"},
		i18n.German:     {"morgens", "vormittag", "vormittags", "fruh am morgen", "vor der arbeit", "fruhstuck"},
		i18n.Portuguese: {"manha", "de manha", "pela manha", "antes do trabalho", "cafe da manha"},
	}.words(), "ui.charter.msg.slot.mornings", "09:00"},
	{vocab{
		i18n.English:    {"lunch", "lunchtime", "midday", "noon"},
		i18n.Spanish:    {"almuerzo", "mediodia", "hora de comer", "hora de la comida"},
		i18n.French:     {"midi", "dejeuner", "pause dejeuner", "pause de midi"},
		i18n.German:     {"mittag", "mittags", "mittagspause", "mittagessen"},
		i18n.Portuguese: {"almoco", "hora do almoco", "meio-dia", "meio dia"},
	}.words(), "ui.charter.msg.slot.lunchtime", "12:30"},
	{vocab{
		i18n.English:    {"afternoon"},
		i18n.Spanish:    {"tarde", "tardes", "por la tarde"},
		i18n.French:     {"apresmidi"},
		i18n.German:     {"nachmittag", "nachmittags"},
		i18n.Portuguese: {"tarde", "a tarde", "de tarde", "pela tarde"},
	}.words(), "ui.charter.msg.slot.afternoons", "15:00"},
	{vocab{
		i18n.English:    {"evening", "after work"},
		i18n.Spanish:    {"despues del trabajo", "al salir del trabajo", "despues de trabajar"},
		i18n.French:     {"soir", "soiree", "apres le travail", "apres le boulot", "fin de journee"},
		i18n.German:     {"abend", "abends", "feierabend", "nach der arbeit"},
		i18n.Portuguese: {"fimdatarde", "depois do trabalho", "apos o trabalho", "depois do expediente", "fim do dia"},
	}.words(), "ui.charter.msg.slot.evenings", "18:00"},
	{vocab{
		i18n.English:    {"night", "late evening"},
		i18n.Spanish:    {"noche", "noches", "por la noche"},
		i18n.French:     {"nuit", "tard le soir"},
		i18n.German:     {"spatabends", "spat abends", "nachts", "nacht"},
		i18n.Portuguese: {"noite", "a noite", "tardedanoite"},
	}.words(), "ui.charter.msg.slot.late_evenings", "20:00"},
}

// SuggestCadence reads the answers to the survey's cadence questions (every question with
// the cadence role; choice, text or both). A respondent's answer counts once per part: the
// most frequent rhythm they name, each day and each time of day they name. Answers are read in
// English, Spanish, French, German and Portuguese alike (see rhythmVocab and timeSlots).
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
		t := cadenceJoins.Replace(fold(strings.Join(texts, " \n ")))

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
		for d, ws := range dayWords {
			if hasAny(t, ws) {
				days[d]++
				named = true
			}
		}
		if hasAny(t, weekendWords) && days[time.Saturday] == 0 && days[time.Sunday] == 0 {
			days[time.Saturday]++ // "weekends" reads as Saturday
			named = true
		}
		if !named && hasAny(t, weekdayWords) {
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
				out.FrequencySays = msg("ui.charter.msg.freq_can", "count", cum, "total", rhythmN, "rhythm", rhythmPhrase(Frequencies[rank]))
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
			out.FrequencySays = msg("ui.charter.msg.freq_few", "count", cum, "total", rhythmN, "rhythm", rhythmPhrase(out.Frequency))
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
		out.DaySays = msg("ui.charter.msg.day_named", "count", bestN, "total", out.Respondents, "day", weekdayTerm(time.Weekday(bestDay)))
	} else if weekdays > 0 {
		out.DaySays = msg("ui.charter.msg.day_weekday", "count", weekdays, "total", out.Respondents)
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
		out.TimeSays = msg("ui.charter.msg.time_named", "count", clockN, "total", out.Respondents, "time", bestClock)
	case slotN > 0:
		sl := timeSlots[bestSlot]
		out.Time = sl.start
		out.TimeSays = msg("ui.charter.msg.time_slot", "count", slotN, "total", out.Respondents, "slot", sl.term, "time", sl.start)
	}
	out.FrequencyWhy, out.DayWhy, out.TimeWhy = out.FrequencySays.String(), out.DaySays.String(), out.TimeSays.String()
	return out
}

// weekdayTerm names a day of the week inside a sentence: "Thursday", "jueves".
func weekdayTerm(d time.Weekday) Term { return Term("weekday." + strings.ToLower(d.String())) }

func hasAny(text string, words []string) bool {
	for _, w := range words {
		if containsWord(text, w) {
			return true
		}
	}
	return false
}

// rhythmPhrase says how often: "weekly", "every two weeks or more often".
func rhythmPhrase(f Frequency) Term {
	switch f {
	case Weekly:
		return "ui.charter.msg.rhythm.weekly"
	case Biweekly:
		return "ui.charter.msg.rhythm.biweekly"
	case Quarterly:
		return "ui.charter.msg.rhythm.quarterly"
	}
	return "ui.charter.msg.rhythm.monthly"
}

// clocksIn finds times of day written as "18:30", "18h", "18h30", "18 h", "18 Uhr",
// "18.30 Uhr", "6pm" or "6:30 pm" in folded text and returns them as "HH:MM".
func clocksIn(t string) []string {
	var out []string
	fields := strings.FieldsFunc(t, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '(' || r == ')' || r == '\n' || r == '/'
	})
	for i, f := range fields {
		pm, am := false, false
		next := ""
		if i+1 < len(fields) {
			next = fields[i+1]
		}
		switch {
		case strings.HasSuffix(f, "pm"):
			pm, f = true, strings.TrimSuffix(f, "pm")
		case strings.HasSuffix(f, "am"):
			am, f = true, strings.TrimSuffix(f, "am")
		case strings.HasSuffix(f, "h") && len(f) <= 3:
			f = strings.TrimSuffix(f, "h") + ":00"
		case next == "pm" || next == "am":
			pm, am = next == "pm", next == "am"
		case next == "h" || next == "uhr":
			// "18 h", "18 Uhr", "18.30 Uhr"
			f = strings.Replace(f, ".", ":", 1)
			if !strings.Contains(f, ":") {
				f += ":00"
			}
		default:
			// "18h30"
			if h, m, ok := strings.Cut(f, "h"); ok && len(h) <= 2 && len(m) == 2 {
				f = h + ":" + m
			}
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
// the suggestion suggests nothing. The words it writes into the plan are English; see
// ApplyCadenceIn.
func ApplyCadence(c *Charter, s CadenceSuggestion) bool { return ApplyCadenceIn(c, s, english) }

// ApplyCadenceIn is ApplyCadence writing the new session's name and the evidence in tr's
// language. A session whose name says its rhythm ("Taller mensual", "Monatlicher Workshop")
// is renamed in the name's own language (see renameRhythm; tr's language tells Spanish from
// Portuguese where the name does not).
func ApplyCadenceIn(c *Charter, s CadenceSuggestion, tr *i18n.Printer) bool {
	if c == nil || !s.OK() {
		return false
	}
	i := MainSession(*c)
	if i < 0 {
		c.Cadence = append(c.Cadence, CadenceItem{Practice: tr.T("ui.charter.msg.live_session"), Frequency: Monthly, Weekday: time.Thursday, Week: 1, Time: "18:00", DurationMin: 60})
		i = len(c.Cadence) - 1
	}
	it := &c.Cadence[i]
	if s.Frequency != "" && s.Frequency != it.Frequency {
		it.Practice = renameRhythm(it.Practice, it.Frequency, s.Frequency, tr.Lang())
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
	c.CadenceWhy = s.WhyIn(tr)
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

// rhythmNames are the words a practice's name says its rhythm with, in each language, so that
// a suggestion that changes the rhythm renames "Monthly AMA", "AMA mensual", "Atelier
// mensuel", "Monatlicher Workshop" and "Oficina mensal" alike (the template practices of every
// language). Each language lists, per frequency, its forms; a form's gender or inflection
// picks the matching form of the new word.
var rhythmNames = []struct {
	lang  i18n.Lang
	words map[Frequency][]string // the forms; French lists masculine then feminine (see renameRhythm)
	// firstOnly: the word counts only as the name's first word (English: "Monthly AMA",
	// not "AMA, monthly").
	firstOnly bool
	// stem: the forms are stems that take an adjective ending (German "Monatlich|er").
	stem bool
}{
	{lang: i18n.English, firstOnly: true, words: map[Frequency][]string{
		Weekly: {"Weekly"}, Biweekly: {"Fortnightly", "Biweekly", "Bi-weekly"}, Monthly: {"Monthly"}, Quarterly: {"Quarterly"}}},
	{lang: i18n.Spanish, words: map[Frequency][]string{
		Weekly: {"semanal"}, Biweekly: {"quincenal"}, Monthly: {"mensual"}, Quarterly: {"trimestral"}}},
	// French: masculine form first, then feminine; "hebdomadaire" is both.
	{lang: i18n.French, words: map[Frequency][]string{
		Weekly: {"hebdomadaire", "hebdomadaire"}, Biweekly: {"bimensuel", "bimensuelle"}, Monthly: {"mensuel", "mensuelle"}, Quarterly: {"trimestriel", "trimestrielle"}}},
	{lang: i18n.German, stem: true, words: map[Frequency][]string{
		Weekly: {"wöchentlich"}, Biweekly: {"zweiwöchentlich", "vierzehntägig"}, Monthly: {"monatlich"}, Quarterly: {"vierteljährlich"}}},
	{lang: i18n.Portuguese, words: map[Frequency][]string{
		Weekly: {"semanal"}, Biweekly: {"quinzenal"}, Monthly: {"mensal"}, Quarterly: {"trimestral"}}},
}

// germanEndings are the endings a German adjective takes after its stem.
var germanEndings = []string{"", "e", "em", "en", "er", "es"}

// frenchFeminine are the feminine nouns a French practice's name may start with, which give
// the gender when the rhythm word says none ("Séance hebdomadaire" → "Séance mensuelle").
var frenchFeminine = []string{"session", "seance", "reunion", "rencontre", "discussion", "table", "revue",
	"conference", "formation", "soiree", "permanence", "visio", "visioconference", "causerie", "veille",
	"lettre", "newsletter", "video", "presentation", "demo", "demonstration", "heure", "pause", "emission",
	"matinale", "masterclass", "journee", "matinee", "serie", "question", "foire"}

// renameRhythm replaces the frequency word of a practice's name ("Monthly AMA", "Taller
// mensual", "Monatlicher Workshop") by the new frequency's in the same language ("Fortnightly
// AMA", "Taller quincenal", "Zweiwöchentlicher Workshop"), keeping its capital, gender and
// ending, so that the name does not contradict the rhythm; any other name is kept. Spanish
// and Portuguese share "semanal" and "trimestral": the name's other words tell them apart,
// else hint (the language the caller writes in) does.
func renameRhythm(name string, from, to Frequency, hint i18n.Lang) string {
	words := wordSpans(name)
	var skip i18n.Lang // the one of Spanish and Portuguese the name is not in, when both would match
	if slices.Equal(rhythmWordsOf(i18n.Spanish, from), rhythmWordsOf(i18n.Portuguese, from)) {
		skip = i18n.Portuguese
		if portugueseName(name, hint) {
			skip = i18n.Spanish
		}
	}
	for _, rn := range rhythmNames {
		old, nw := rn.words[from], rn.words[to]
		if len(old) == 0 || len(nw) == 0 || rn.lang == skip {
			continue
		}
		for wi, sp := range words {
			if rn.firstOnly && wi > 0 {
				break
			}
			w := name[sp[0]:sp[1]]
			repl, ok := "", false
			switch {
			case rn.stem:
				for _, o := range old {
					if rest, cut := strings.CutPrefix(fold(w), fold(o)); cut && slices.Contains(germanEndings, rest) {
						repl, ok = nw[0]+rest, true
						break
					}
				}
			case rn.lang == i18n.French:
				for g, o := range old {
					if fold(w) != fold(o) {
						continue
					}
					gender := g // 0 masculine, 1 feminine
					if old[0] == old[len(old)-1] && len(words) > 0 {
						// The word says no gender: the name's first noun does.
						gender = 0
						if slices.Contains(frenchFeminine, fold(name[words[0][0]:words[0][1]])) {
							gender = 1
						}
					}
					repl, ok = nw[min(gender, len(nw)-1)], true
					break
				}
			default:
				for _, o := range old {
					if fold(w) == fold(o) {
						repl, ok = nw[0], true
						break
					}
				}
			}
			if !ok {
				continue
			}
			if !rn.firstOnly { // an English name starts with the word, capitalised
				repl = matchCapital(w, repl)
			}
			return name[:sp[0]] + repl + name[sp[1]:]
		}
	}
	return name
}

// rhythmWordsOf are the forms of f's word in lang's practice names.
func rhythmWordsOf(lang i18n.Lang, f Frequency) []string {
	for _, rn := range rhythmNames {
		if rn.lang == lang {
			return rn.words[f]
		}
	}
	return nil
}

// Words only Spanish or only Portuguese writes, that tell a name's language.
var (
	spanishMarkers    = []string{"un", "una", "unos", "unas", "con", "y", "del", "el", "la", "las", "los", "en", "al", "su", "sus", "entre", "cada"}
	portugueseMarkers = []string{"um", "uma", "uns", "umas", "com", "ou", "e", "do", "da", "das", "na", "nas", "nos", "em", "ao", "aos", "pelo", "pela", "seu", "sua", "nao", "cada"}
)

// portugueseName reports whether a name that may be Spanish or Portuguese is Portuguese: by
// its letters (ã, õ, ç are Portuguese, ñ Spanish) and words, else by hint.
func portugueseName(name string, hint i18n.Lang) bool {
	score := 0
	for _, r := range strings.ToLower(name) {
		switch r {
		case 'ã', 'õ', 'ç':
			score += 2
		case 'ñ':
			score -= 2
		}
	}
	for _, sp := range wordSpans(name) {
		w := fold(name[sp[0]:sp[1]])
		if slices.Contains(portugueseMarkers, w) {
			score++
		}
		if slices.Contains(spanishMarkers, w) {
			score--
		}
	}
	if score != 0 {
		return score > 0
	}
	return hint == i18n.Portuguese
}

// wordSpans returns the byte spans of the words (runs of letters, with hyphens inside a
// word) of s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		letter := unicode.IsLetter(r) || (r == '-' && start >= 0)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	for i, sp := range out { // a word does not end in a hyphen: "Experten-" of "Experten- und"
		for sp[1] > sp[0] && s[sp[1]-1] == '-' {
			sp[1]--
		}
		out[i] = sp
	}
	return out
}

// matchCapital gives repl the case of w's first letter: "Monatlicher" → "Zweiwöchentlicher",
// "mensual" → "quincenal".
func matchCapital(w, repl string) string {
	r, _ := utf8.DecodeRuneInString(w)
	n, size := utf8.DecodeRuneInString(repl)
	if unicode.IsUpper(r) {
		return string(unicode.ToUpper(n)) + repl[size:]
	}
	return string(unicode.ToLower(n)) + repl[size:]
}

// EventSchedule is a suggested date and start for the launch event, with why.
type EventSchedule struct {
	Date Date
	Time string
	// Why says why, in English; WhyIn words it in another language.
	Why string

	// What Why is made of.
	day         time.Weekday
	fromCharter bool              // the date follows the charter's main session, not the survey
	practice    string            // that session's name as the organizer wrote it
	noted       string            // the charter's CadenceWhy, as it stands in the plan
	survey      CadenceSuggestion // the survey's suggestion, when the date follows it
	skipped     []skippedDay
}

// skippedDay is a day the suggestion passed over: a public holiday, or the year-end break
// when holiday is "".
type skippedDay struct {
	date    Date
	holiday string
}

// WhyIn is Why in tr's language: the day and time and what they follow, the lead time, and
// the days skipped. What the organizer wrote (a session's name, the charter's evidence)
// stays as written.
func (e EventSchedule) WhyIn(tr *i18n.Printer) string {
	var why []string
	day := tr.Weekday(e.day)
	if e.fromCharter {
		name := e.practice
		if name == "" {
			name = tr.T("ui.charter.msg.main_session")
		}
		why = append(why, tr.T("ui.charter.msg.sched_charter", "day", day, "time", e.Time, "practice", name))
		if e.noted != "" {
			why = append(why, strings.TrimSuffix(e.noted, ".")+".")
		}
	} else {
		why = append(why, tr.T("ui.charter.msg.sched_survey", "day", day, "time", e.Time, "why", lowerFirst(e.survey.WhyIn(tr))))
	}
	why[0] = upperFirst(why[0]) // a weekday starts the sentence: "jueves a las 18:00 …"
	why = append(why, tr.N("ui.charter.msg.sched_lead", launchLead))
	if len(e.skipped) > 0 {
		dates := make([]string, len(e.skipped))
		for i, sk := range e.skipped {
			dm := tr.T("ui.charter.msg.day_month", "day", sk.date.Day, "month", tr.Month(sk.date.Month))
			if sk.holiday == "" {
				dates[i] = tr.T("ui.charter.msg.skipped_break", "date", dm)
			} else {
				dates[i] = tr.T("ui.charter.msg.skipped_holiday", "date", dm, "holiday", sk.holiday)
			}
		}
		why = append(why, tr.T("ui.charter.msg.sched_not", "dates", tr.List(dates)))
	}
	return strings.Join(why, " ")
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
	// The survey is read only when the charter has no main session with a start: reading
	// 2,000 responses' rhythm answers is most of the event page's first showing.
	var e EventSchedule
	if i := MainSession(p.Charter); i >= 0 && strings.TrimSpace(p.Charter.Cadence[i].Time) != "" {
		it := p.Charter.Cadence[i]
		e.day, e.Time, e.fromCharter = it.Weekday, strings.TrimSpace(it.Time), true
		e.practice = strings.TrimSpace(it.Practice)
		e.noted = strings.TrimSpace(p.Charter.CadenceWhy)
	} else if sug := SuggestCadence(p.Survey); sug.Time != "" {
		e.day, e.Time, e.survey = time.Thursday, sug.Time, sug
		if sug.HasWeekday {
			e.day = sug.Weekday
		}
	} else {
		return EventSchedule{}, false
	}
	date := today.AddDays(launchLead)
	for date.Time().Weekday() != e.day {
		date = date.AddDays(1)
	}
	// The same weekday a week later while the day is in the year-end break or a holiday
	// (a year of weeks at most: a calendar cannot hold every week).
	for i := 0; i < 53; i++ {
		if YearEndBreak(date) {
			e.skipped = append(e.skipped, skippedDay{date: date})
		} else if name, ok := holidayOn(holiday, date); ok {
			e.skipped = append(e.skipped, skippedDay{date: date, holiday: name})
		} else {
			break
		}
		date = date.AddDays(7)
	}
	e.Date = date
	e.Why = e.WhyIn(english)
	return e, true
}

// holidayOn is holiday(d), false for a nil holiday.
func holidayOn(holiday HolidayFunc, d Date) (string, bool) {
	if holiday == nil {
		return "", false
	}
	return holiday(d)
}

// ApplyEventSchedule sets the event's date and start from s and records why, in English;
// see ApplyEventScheduleIn.
func ApplyEventSchedule(e *Event, s EventSchedule) {
	if e == nil || s.Date.IsZero() {
		return
	}
	e.Date, e.Time, e.ScheduleWhy = s.Date, s.Time, s.Why
}

// ApplyEventScheduleIn is ApplyEventSchedule recording why in tr's language.
func ApplyEventScheduleIn(e *Event, s EventSchedule, tr *i18n.Printer) {
	ApplyEventSchedule(e, s)
	if e != nil && !s.Date.IsZero() {
		e.ScheduleWhy = s.WhyIn(tr)
	}
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
