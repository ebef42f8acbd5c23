package planner

import (
	"strings"
	"testing"
	"time"

	"github.com/coplaunch/coplaunch/planner/i18n"
)

func cadenceSurvey(answers ...string) Survey {
	q := Question{ID: 4, Kind: KindSingle, Role: RoleCadence, Options: []string{"Weekly", "Every two weeks", "Monthly", "Whenever I can (async)"}}
	return Survey{Questions: []Question{q}, Responses: responses(4, text(answers...)...)}
}

func TestSuggestCadenceFrequency(t *testing.T) {
	tests := []struct {
		name    string
		answers []string
		want    Frequency
		why     string
	}{
		{"weekly majority", []string{"Weekly", "Weekly", "Weekly", "Monthly"}, Weekly, "3 of 4 respondents can take part weekly"},
		// 2 weekly + 3 every two weeks = 5 of 9 can keep a two-week rhythm.
		{"cumulative", []string{"Weekly", "Weekly", "Every two weeks", "Every two weeks", "bi-weekly", "Monthly", "Monthly", "Monthly", "Monthly"}, Biweekly, "5 of 9 respondents can take part every two weeks or more often"},
		{"async counts against", []string{"Monthly", "Whenever I can (async)", "Whenever I can (async)", "Whenever I can (async)"}, Monthly, "only 1 of 4 respondents can keep a fixed rhythm, so start monthly or more often"},
		{"exactly half", []string{"Weekly", "Monthly"}, Weekly, "1 of 2 respondents can take part weekly"},
		{"no rhythm", []string{"Weekday evenings", "Weekends"}, "", ""},
		{"nobody", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := SuggestCadence(cadenceSurvey(tt.answers...))
			equal(t, "frequency", s.Frequency, tt.want)
			equal(t, "why", s.FrequencyWhy, tt.why)
		})
	}
}

func TestSuggestCadenceDayAndTime(t *testing.T) {
	s := SuggestCadence(cadenceSurvey("Weekday evenings", "Weekday evenings", "Weekends", "Weekday lunch", "Weekday evenings"))
	equal(t, "time", s.Time, "18:00")
	equal(t, "time why", s.TimeWhy, "3 of 5 respondents prefer evenings (18:00)")
	equal(t, "no day", s.HasWeekday, false)
	equal(t, "day why", s.DayWhy, "4 of 5 respondents prefer a weekday")
	equal(t, "why", s.Why(), "From the survey: 4 of 5 respondents prefer a weekday; 3 of 5 respondents prefer evenings (18:00).")

	s = SuggestCadence(cadenceSurvey("Tuesdays at 6pm", "tuesday 18:00", "Thursday, 12:30", "Tue or Wed evening"))
	equal(t, "day", s.Weekday, time.Tuesday)
	equal(t, "has day", s.HasWeekday, true)
	equal(t, "clock", s.Time, "18:00")
	equal(t, "clock why", s.TimeWhy, "2 of 4 respondents name 18:00")

	s = SuggestCadence(cadenceSurvey("weekends", "Weekend mornings", "Sunday"))
	equal(t, "weekend day", s.Weekday, time.Saturday)
	equal(t, "morning", s.Time, "09:00")
}

func TestClocksIn(t *testing.T) {
	for in, want := range map[string][]string{"6pm": {"18:00"}, "6:30 pm": {"18:30"}, "12am": {"00:00"}, "18h": {"18:00"}, "at 09:15": {"09:15"}, "13pm": nil, "25:00": nil, "week 3": nil} {
		equal(t, in, clocksIn(in), want)
	}
}

func TestApplyCadence(t *testing.T) {
	ids := &idGen{}
	c := Charter{Cadence: defaultCadence(ids, "Monthly AMA")}
	equal(t, "other names kept", renameRhythm("AMA night", Monthly, Weekly, i18n.English), "AMA night")
	equal(t, "one word", renameRhythm("monthly", Monthly, Weekly, i18n.English), "Weekly")
	sug := CadenceSuggestion{Frequency: Biweekly, FrequencyWhy: "5 of 9 respondents can take part every two weeks or more often", Time: "18:00", TimeWhy: "3 of 5 respondents prefer evenings (18:00)"}
	if !ApplyCadence(&c, sug) {
		t.Fatal("not applied")
	}
	main := c.Cadence[1]
	equal(t, "frequency", main.Frequency, Biweekly)
	equal(t, "name follows the rhythm", main.Practice, "Fortnightly AMA")
	equal(t, "time", main.Time, "18:00")
	equal(t, "weekday kept", main.Weekday, time.Thursday)
	equal(t, "weekly thread untouched", c.Cadence[0].Frequency, Weekly)
	if !strings.Contains(c.CadenceWhy, "5 of 9 respondents") {
		t.Errorf("why %q", c.CadenceWhy)
	}
	if ApplyCadence(&c, CadenceSuggestion{}) {
		t.Error("an empty suggestion applied")
	}
	var empty Charter
	ApplyCadence(&empty, CadenceSuggestion{Frequency: Monthly, HasWeekday: true, Weekday: time.Tuesday})
	if len(empty.Cadence) != 1 || empty.Cadence[0].Weekday != time.Tuesday || empty.Cadence[0].Week != 1 {
		t.Errorf("added %+v", empty.Cadence)
	}
}

func TestSuggestEventSchedule(t *testing.T) {
	today := d("2026-03-04") // a Wednesday
	p := &Plan{Charter: Charter{Cadence: defaultCadence(&idGen{}, "Monthly AMA"), CadenceWhy: "From the survey: 3 of 5 respondents prefer evenings (18:00)."}}
	s, ok := SuggestEventSchedule(p, today)
	if !ok {
		t.Fatal("no suggestion")
	}
	// Three weeks on is Wednesday 25 March; the charter's session is on Thursdays.
	equal(t, "date", s.Date, d("2026-03-26"))
	equal(t, "time", s.Time, "18:00")
	for _, want := range []string{"Thursday 18:00", "“Monthly AMA”", "3 of 5 respondents prefer evenings", "21 days ahead"} {
		if !strings.Contains(s.Why, want) {
			t.Errorf("why %q lacks %q", s.Why, want)
		}
	}
	// No charter session: the survey's time, on a Thursday by default.
	p = &Plan{Survey: cadenceSurvey("Tuesday evening", "Tuesday evening", "Tuesday evening", "Friday", "Friday")}
	s, ok = SuggestEventSchedule(p, today)
	if !ok || s.Date != d("2026-03-31") || s.Time != "18:00" {
		t.Errorf("survey only: %+v %v", s, ok)
	}
	if _, ok := SuggestEventSchedule(&Plan{}, today); ok {
		t.Error("a suggestion from nothing")
	}
	var e Event
	ApplyEventSchedule(&e, s)
	equal(t, "applied", [3]string{e.Date.String(), e.Time, e.ScheduleWhy}, [3]string{"2026-03-31", "18:00", s.Why})
}

func TestSuggestEventScheduleSkipsTheYearEndBreakAndHolidays(t *testing.T) {
	p := &Plan{Charter: Charter{Cadence: defaultCadence(&idGen{}, "Monthly AMA")}} // Thursdays 18:00
	// Three weeks after Wednesday 9 December 2026 is Wednesday 30 December: the Thursday
	// is 31 December, in the break, and so is no Thursday until 7 January.
	s, ok := SuggestEventSchedule(p, d("2026-12-09"))
	if !ok {
		t.Fatal("no suggestion")
	}
	equal(t, "date", s.Date, d("2027-01-07"))
	if !strings.Contains(s.Why, "Not 31 December (year-end break).") {
		t.Errorf("why %q does not say the break was skipped", s.Why)
	}
	// 24 December itself is a Thursday in 2026.
	s, _ = SuggestEventSchedule(p, d("2026-12-02"))
	equal(t, "date after 2 December", s.Date, d("2027-01-07"))
	if !strings.Contains(s.Why, "Not 24 December (year-end break) and 31 December (year-end break).") {
		t.Errorf("why %q", s.Why)
	}
	// A holiday of the plan's country: the next week's Thursday, and the why names it.
	unity := func(dt Date) (string, bool) {
		if dt == d("2026-10-01") {
			return "Some Day, a public holiday", true
		}
		return "", false
	}
	s, _ = SuggestEventScheduleAvoiding(p, d("2026-09-10"), unity)
	equal(t, "date after a holiday", s.Date, d("2026-10-08"))
	if !strings.Contains(s.Why, "Not 1 October (Some Day, a public holiday).") {
		t.Errorf("why %q does not name the holiday", s.Why)
	}
	// Nothing skipped, nothing said.
	s, _ = SuggestEventScheduleAvoiding(p, d("2026-03-04"), unity)
	if strings.Contains(s.Why, "Not ") {
		t.Errorf("why %q speaks of a skipped day", s.Why)
	}
}

func TestYearEndBreak(t *testing.T) {
	for day, want := range map[string]bool{"2026-12-23": false, "2026-12-24": true, "2026-12-31": true, "2027-01-01": true, "2027-01-02": false} {
		if got := YearEndBreak(d(day)); got != want {
			t.Errorf("YearEndBreak(%s) = %v, want %v", day, got, want)
		}
	}
}

func TestCadenceFollowsAfterApplying(t *testing.T) {
	sug := CadenceSuggestion{Frequency: Biweekly, Weekday: time.Tuesday, HasWeekday: true, Time: "18:30"}
	c := Charter{Cadence: defaultCadence(&idGen{}, "Monthly AMA")}
	if CadenceFollows(c, sug) {
		t.Fatal("the default cadence follows a Tuesday fortnightly suggestion")
	}
	ApplyCadence(&c, sug)
	if !CadenceFollows(c, sug) {
		t.Errorf("after applying, the main session %+v does not follow %+v", c.Cadence[MainSession(c)], sug)
	}
	c.Cadence[MainSession(c)].Time = "19:00"
	if CadenceFollows(c, sug) {
		t.Error("a session moved to 19:00 still follows an 18:30 suggestion")
	}
	if CadenceFollows(Charter{}, sug) {
		t.Error("a charter with no session follows")
	}
}

// The suggestion's evidence and the event schedule's why are worded in the reader's
// language; what the organizer wrote stays as written.
func TestCadenceWhyInGerman(t *testing.T) {
	de := i18n.New(i18n.German)
	s := SuggestCadence(cadenceSurvey("Weekday evenings", "Weekday evenings", "Weekends", "Weekday lunch", "Weekday evenings"))
	equal(t, "why", s.WhyIn(de), "Laut Umfrage: 4 von 5 Befragten bevorzugen einen Wochentag; 3 von 5 Befragten bevorzugen den frühen Abend (18:00 Uhr).")

	var c Charter
	if !ApplyCadenceIn(&c, s, de) || c.Cadence[0].Practice != "Live-Session" || c.CadenceWhy != s.WhyIn(de) {
		t.Errorf("applied in German: %+v, %q", c.Cadence, c.CadenceWhy)
	}

	p := &Plan{Charter: Charter{Cadence: defaultCadence(&idGen{}, "Monthly AMA"), CadenceWhy: "Selbst notiert."}}
	sched, ok := SuggestEventSchedule(p, d("2026-12-02"))
	if !ok {
		t.Fatal("no suggestion")
	}
	want := "Donnerstag, 18:00 Uhr, ist Tag und Uhrzeit von „Monthly AMA“ laut Charta. Selbst notiert. " +
		"Mindestens 21 Tage im Voraus, damit die Ankündigung zwei Wochen vorher hinausgehen kann. " +
		"Nicht am 24. Dezember (Jahresendpause) und 31. Dezember (Jahresendpause)."
	equal(t, "schedule why", sched.WhyIn(de), want)
	var e Event
	ApplyEventScheduleIn(&e, sched, de)
	equal(t, "applied why", e.ScheduleWhy, want)

	// From the survey alone, in Spanish: the weekday that starts the sentence is capitalised.
	p = &Plan{Survey: cadenceSurvey("Tuesday evening", "Tuesday evening", "Tuesday evening", "Friday", "Friday")}
	sched, _ = SuggestEventSchedule(p, d("2026-03-04"))
	if got := sched.WhyIn(i18n.New(i18n.Spanish)); !strings.HasPrefix(got, "Martes a las 18:00: según la encuesta:") {
		t.Errorf("Spanish why %q", got)
	}
}

// TestSuggestCadenceReadsEveryLanguage checks that free-text cadence answers in each of the
// five languages give the suggestion the same answers in English give.
func TestSuggestCadenceReadsEveryLanguage(t *testing.T) {
	type want struct {
		freq Frequency
		day  time.Weekday
		time string
	}
	for _, c := range []struct {
		lang    i18n.Lang
		answers []string
		want    want
	}{
		{i18n.English, []string{"Every two weeks, Tuesday evening", "fortnightly on tuesdays after work", "Monthly, Thursday morning"}, want{Biweekly, time.Tuesday, "18:00"}},
		{i18n.Spanish, []string{"Cada dos semanas, martes después del trabajo", "Quincenal, los martes al salir del trabajo", "Una vez al mes, jueves por la mañana"}, want{Biweekly, time.Tuesday, "18:00"}},
		{i18n.French, []string{"Toutes les deux semaines, mardi soir", "Tous les quinze jours, le mardi après le travail", "Une fois par mois, jeudi matin"}, want{Biweekly, time.Tuesday, "18:00"}},
		{i18n.German, []string{"Alle zwei Wochen, dienstags abends", "Zweiwöchentlich am Dienstag nach der Arbeit", "Einmal im Monat, Donnerstag vormittags"}, want{Biweekly, time.Tuesday, "18:00"}},
		{i18n.Portuguese, []string{"A cada duas semanas, terça-feira depois do trabalho", "Quinzenal, às terças no fim da tarde", "Uma vez por mês, quinta-feira de manhã"}, want{Biweekly, time.Tuesday, "18:00"}},

		{i18n.English, []string{"Weekly at lunchtime", "every week, Wednesday lunch", "Wednesday at noon"}, want{Weekly, time.Wednesday, "12:30"}},
		{i18n.Spanish, []string{"Semanal a la hora de comer", "cada semana, miércoles en el almuerzo", "miércoles a mediodía"}, want{Weekly, time.Wednesday, "12:30"}},
		{i18n.French, []string{"Hebdomadaire, pause déjeuner", "chaque semaine, mercredi midi", "mercredi à midi"}, want{Weekly, time.Wednesday, "12:30"}},
		{i18n.German, []string{"Wöchentlich in der Mittagspause", "jede Woche, Mittwoch mittags", "Mittwoch Mittag"}, want{Weekly, time.Wednesday, "12:30"}},
		{i18n.Portuguese, []string{"Semanal, na hora do almoço", "toda semana, quarta-feira no almoço", "quarta-feira ao meio-dia"}, want{Weekly, time.Wednesday, "12:30"}},

		{i18n.English, []string{"Quarterly, Friday afternoon", "every quarter on a Friday afternoon"}, want{Quarterly, time.Friday, "15:00"}},
		{i18n.Spanish, []string{"Trimestral, viernes por la tarde", "cada tres meses, un viernes por la tarde"}, want{Quarterly, time.Friday, "15:00"}},
		{i18n.French, []string{"Trimestriel, vendredi après-midi", "tous les trois mois, un vendredi après-midi"}, want{Quarterly, time.Friday, "15:00"}},
		{i18n.German, []string{"Vierteljährlich, Freitagnachmittag", "einmal im Quartal am Freitag nachmittags"}, want{Quarterly, time.Friday, "15:00"}},
		{i18n.Portuguese, []string{"Trimestral, sexta-feira à tarde", "a cada três meses, numa sexta-feira à tarde"}, want{Quarterly, time.Friday, "15:00"}},

		{i18n.English, []string{"Weekends at night", "weekend, late evening", "whenever I can"}, want{"", time.Saturday, "20:00"}},
		{i18n.Spanish, []string{"Fines de semana por la noche", "el finde, de noche", "cuando pueda"}, want{"", time.Saturday, "20:00"}},
		{i18n.French, []string{"Le week-end, la nuit", "week-end, tard le soir, vers 20h", "quand je peux"}, want{"", time.Saturday, "20:00"}},
		{i18n.German, []string{"Am Wochenende nachts", "Wochenende, spät abends um 20 Uhr", "wann immer es geht"}, want{"", time.Saturday, "20:00"}},
		{i18n.Portuguese, []string{"Fim de semana à noite", "fins de semana, tarde da noite", "quando puder"}, want{"", time.Saturday, "20:00"}},

		// Every other week and every four weeks, as each language says them.
		{i18n.German, []string{"jeden zweiten Dienstag", "jede zweite Woche dienstags", "alle vier Wochen"}, want{Biweekly, time.Tuesday, ""}},
		{i18n.French, []string{"un mardi sur deux", "une semaine sur deux, le mardi", "toutes les quatre semaines"}, want{Biweekly, time.Tuesday, ""}},
		{i18n.Spanish, []string{"semana sí, semana no, los martes", "cada 15 días", "cada cuatro semanas"}, want{Biweekly, time.Tuesday, ""}},
		{i18n.Portuguese, []string{"semana sim, semana não, às terças", "de 15 em 15 dias", "a cada quatro semanas"}, want{Biweekly, time.Tuesday, ""}},
		{i18n.German, []string{"alle vier Wochen", "vierwöchentlich", "wöchentlich"}, want{Monthly, -1, ""}},
		// German days and times of day make one word.
		{i18n.German, []string{"Dienstagabend", "Mittwochnachmittag", "dienstagabends", "Donnerstagmorgen"}, want{"", time.Tuesday, "18:00"}},
		{i18n.German, []string{"Mittwochnachmittag", "Mittwochnachmittag", "Donnerstagmorgen"}, want{"", time.Wednesday, "15:00"}},
		// Clock times as each language writes them.
		{i18n.French, []string{"jeudi 18h30", "jeudi, 18 h 30", "jeudi vers 18h30"}, want{"", time.Thursday, "18:30"}},
		{i18n.German, []string{"Donnerstag 18.30 Uhr", "donnerstags um 18.30 Uhr", "Do 18:30 Uhr"}, want{"", time.Thursday, "18:30"}},
		{i18n.Portuguese, []string{"quinta-feira às 18h30", "quintas, 18h30", "18h30"}, want{"", time.Thursday, "18:30"}},
	} {
		s := SuggestCadence(cadenceSurvey(c.answers...))
		got := want{s.Frequency, s.Weekday, s.Time}
		if !s.HasWeekday {
			got.day = -1
		}
		if got != c.want {
			t.Errorf("%s %q: %+v, want %+v", c.lang, c.answers, got, c.want)
		}
	}
}

// TestSuggestCadenceLookalikes checks the words that hold another time's word: "après-midi"
// is not noon, "petit-déjeuner" not lunch, "fim da tarde" not afternoon, Spanish "segunda"
// not Monday.
func TestSuggestCadenceLookalikes(t *testing.T) {
	for _, c := range []struct {
		answer string
		time   string
		day    bool
	}{
		{"l'après-midi", "15:00", false},
		{"au petit-déjeuner", "09:00", false},
		{"no fim da tarde", "18:00", false},
		{"la segunda semana del mes", "", false},
		{"weekly", "", false},
		{"Feiertage meide ich", "", false},
	} {
		s := SuggestCadence(cadenceSurvey(c.answer))
		if s.Time != c.time || s.HasWeekday != c.day {
			t.Errorf("%q: time %q, day %v %v", c.answer, s.Time, s.HasWeekday, s.Weekday)
		}
	}
}

// TestRenameRhythmTemplatesInEveryLanguage checks that every template practice of every
// language is renamed to each other rhythm in its own language, and back to its name.
func TestRenameRhythmTemplatesInEveryLanguage(t *testing.T) {
	want := map[i18n.Lang]map[Frequency]string{
		i18n.English:    {Weekly: "Weekly", Biweekly: "Fortnightly", Monthly: "Monthly", Quarterly: "Quarterly"},
		i18n.Spanish:    {Weekly: "semanal", Biweekly: "quincenal", Monthly: "mensual", Quarterly: "trimestral"},
		i18n.French:     {Weekly: "hebdomadaire", Biweekly: "bimensuel", Monthly: "mensuel", Quarterly: "trimestriel"},
		i18n.German:     {Weekly: "Wöchentliche", Biweekly: "Zweiwöchentliche", Monthly: "Monatliche", Quarterly: "Vierteljährliche"},
		i18n.Portuguese: {Weekly: "semanal", Biweekly: "quinzenal", Monthly: "mensal", Quarterly: "trimestral"},
	}
	seen := 0
	for _, key := range templateKeys() {
		for _, lang := range append([]i18n.Lang{i18n.English}, translatedLangs...) {
			p, _ := NewPlanIn(key, "x", testNow, lang)
			for _, it := range p.Charter.Cadence {
				for _, to := range Frequencies {
					if to == it.Frequency {
						continue
					}
					got := renameRhythm(it.Practice, it.Frequency, to, i18n.English)
					if got == it.Practice || !strings.Contains(got, want[lang][to]) {
						t.Errorf("%s %s: %q from %s to %s gives %q", key, lang, it.Practice, it.Frequency, to, got)
					}
					if back := renameRhythm(got, to, it.Frequency, i18n.English); back != it.Practice {
						t.Errorf("%s %s: %q back to %s gives %q, want %q", key, lang, got, it.Frequency, back, it.Practice)
					}
					seen++
				}
			}
		}
	}
	if seen < 5*5*3*3 {
		t.Errorf("only %d renamings checked", seen)
	}
	for _, c := range []struct {
		name     string
		from, to Frequency
		want     string
		hint     i18n.Lang
	}{
		{"Taller mensual: un miembro presenta un caso real", Monthly, Biweekly, "Taller quincenal: un miembro presenta un caso real", ""},
		{"Monatlicher Workshop", Monthly, Biweekly, "Zweiwöchentlicher Workshop", ""},
		{"Monatliches Experten-AMA", Monthly, Weekly, "Wöchentliches Experten-AMA", ""},
		{"Ein monatliches Treffen", Monthly, Quarterly, "Ein vierteljährliches Treffen", ""},
		{"Séance hebdomadaire", Weekly, Monthly, "Séance mensuelle", ""},
		{"Atelier hebdomadaire", Weekly, Quarterly, "Atelier trimestriel", ""},
		{"Réunion mensuelle", Monthly, Quarterly, "Réunion trimestrielle", ""},
		{"Roda mensal de apoio", Monthly, Weekly, "Roda semanal de apoio", ""},
		// "semanal" is Spanish and Portuguese: the name's words, else the hint, say which.
		{"Roda semanal de apoio com um facilitador", Weekly, Monthly, "Roda mensal de apoio com um facilitador", i18n.Spanish},
		{"Círculo semanal con un facilitador", Weekly, Monthly, "Círculo mensual con un facilitador", i18n.Portuguese},
		{"Roda semanal", Weekly, Biweekly, "Roda quinzenal", i18n.Portuguese},
		{"Taller semanal", Weekly, Biweekly, "Taller quincenal", i18n.Spanish},
		// The word of another rhythm, or none: the name stays.
		{"Taller semanal", Monthly, Biweekly, "Taller semanal", ""},
		{"Monatsrunde", Monthly, Weekly, "Monatsrunde", ""},
		{"AMA, monthly", Monthly, Weekly, "AMA, monthly", ""},
	} {
		equal(t, c.name, renameRhythm(c.name, c.from, c.to, c.hint), c.want)
	}
}

// TestApplyCadenceInRenamesTranslatedPractice checks that a suggestion applied to a plan made
// from a template in another language renames its main session in that language.
func TestApplyCadenceInRenamesTranslatedPractice(t *testing.T) {
	for lang, want := range map[i18n.Lang]string{
		i18n.Spanish:    "Taller quincenal: un miembro presenta un caso real",
		i18n.German:     "Zweiwöchentlicher Workshop: Ein Mitglied stellt einen echten Fall vor",
		i18n.French:     "Atelier bimensuel : un membre présente un cas réel",
		i18n.Portuguese: "Oficina quinzenal: um membro apresenta um caso real",
	} {
		p, _ := NewPlanIn(TemplateManagers, "x", testNow, lang)
		tr := i18n.New(lang)
		sug := SuggestCadence(cadenceSurvey("Every two weeks", "Every two weeks", "Monthly"))
		if !ApplyCadenceIn(&p.Charter, sug, tr) {
			t.Fatalf("%s: not applied", lang)
		}
		main := p.Charter.Cadence[MainSession(p.Charter)]
		equal(t, string(lang)+" frequency", main.Frequency, Biweekly)
		equal(t, string(lang)+" name", main.Practice, want)
	}
}
