package plantest

import (
	"fmt"
	"time"

	"github.com/coplaunch/coplaunch/planner"
)

// Sizes of the large plan: the consultant-scale plan of SPEC §6.
const (
	LargeResponses  = 2000
	LargeQuestions  = 11
	LargeCandidates = 5000
	LargeReviews    = 36
	LargeActions    = 5 // per review
	LargeAgenda     = 100
	LargeChecklist  = 100
	// LargeSessions is a year of weekly sessions read from attendance reports, each attended
	// by LargeAttendees people (members, then a few guests the matching left unmatched).
	LargeSessions  = 52
	LargeAttendees = 80
)

// Large returns the demo plan grown to consultant scale: 2,000 survey responses to 11
// questions (LargeQuestions: the demo's 5, an open question, a 0–10 recommendation scale, a
// grid of three skills rated 1–5 and a number), 5,000 candidates, 36 monthly reviews with 5
// actions each, 100 agenda and 100 checklist items, and a year of weekly sessions read from
// attendance reports (LargeSessions × LargeAttendees). It is deterministic: the same now
// gives the same plan.
func Large(now time.Time) *planner.Plan {
	p := Demo(now)
	p.Name = "Creator Growth Circle — network scale"
	const grid = "How confident are you at each of these?"
	p.Survey.Questions = append(p.Survey.Questions,
		planner.Question{ID: 6, Kind: planner.KindText, Title: "What would make this community worth an hour a month?"},
		planner.Question{ID: 7, Kind: planner.KindScale, Title: "How likely are you to recommend the community to a peer?",
			Scale: planner.Scale{Min: 0, Max: 10, Low: "Not at all likely", High: "Extremely likely"}},
		planner.Question{ID: 8, Kind: planner.KindScale, Grid: grid, Title: "Hooks", Scale: planner.Scale{Min: 1, Max: 5}},
		planner.Question{ID: 9, Kind: planner.KindScale, Grid: grid, Title: "Thumbnails", Scale: planner.Scale{Min: 1, Max: 5}},
		planner.Question{ID: 10, Kind: planner.KindScale, Grid: grid, Title: "Analytics", Scale: planner.Scale{Min: 1, Max: 5}},
		planner.Question{ID: 11, Kind: planner.KindNumber, Title: "How many hours a week do you spend creating?"},
	)
	pains := []string{
		"My hook loses people in the first seconds.",
		"Reach dropped and impressions never came back.",
		"Posting every day leads to burnout.",
		"I can't read the retention graph or the analytics.",
		"Not sure what to post next.",
	}
	platforms := p.Survey.Questions[2].Options
	cadences := p.Survey.Questions[3].Options
	formats := p.Survey.Questions[4].Options
	start := p.Created
	p.Survey.Responses = make([]planner.Response, 0, LargeResponses)
	for i := range LargeResponses {
		pain := pains[i%len(pains)]
		ans := []planner.Answer{
			{QuestionID: 1, Text: fmt.Sprintf("%s (respondent %d)", pain, i+1)},
			{QuestionID: 2, Text: fmt.Sprint(1 + i%10)},
			{QuestionID: 3, Text: platforms[i%len(platforms)]},
			{QuestionID: 4, Text: cadences[i%len(cadences)]},
			{QuestionID: 5, Choices: []string{formats[i%len(formats)], formats[(i+1)%len(formats)]}},
			{QuestionID: 6, Text: "Concrete feedback on my videos from people a step ahead."},
			{QuestionID: 7, Text: fmt.Sprint(i % 11)},
			{QuestionID: 8, Text: fmt.Sprint(1 + i%5)},
			{QuestionID: 9, Text: fmt.Sprint(1 + (i/5)%5)},
			{QuestionID: 10, Text: fmt.Sprint(1 + (i/25)%5)},
			{QuestionID: 11, Text: fmt.Sprint(2 + i%20)},
		}
		if th := int64(i%len(pains)) + 1; th <= 4 {
			ans[0].Tags = []planner.Tag{{ThemeID: th, State: planner.TagAuto}}
		}
		p.Survey.Responses = append(p.Survey.Responses, planner.Response{
			ID: int64(i + 1), Respondent: fmt.Sprintf("Respondent %04d", i+1),
			Email:       fmt.Sprintf("respondent%04d@example.com", i+1),
			SubmittedAt: start.Add(time.Duration(i) * time.Minute), Source: "google-forms",
			Key: fmt.Sprintf("large-%05d", i+1), Answers: ans,
		})
	}

	base := p.Candidates
	p.Candidates = make([]planner.Candidate, 0, LargeCandidates)
	for i := range LargeCandidates {
		c := base[i%len(base)]
		c.ID = int64(i + 1)
		c.Name = fmt.Sprintf("%s %d", c.Name, i+1)
		c.Handle = fmt.Sprintf("%s%d", c.Handle, i+1)
		c.Contact = fmt.Sprintf("member%05d@example.com", i+1)
		c.ResponseID = 0
		c.History = append([]planner.StatusEntry(nil), c.History...)
		p.Candidates = append(p.Candidates, c)
	}

	event := p.Event.Date
	p.Event.Agenda = make([]planner.AgendaItem, 0, LargeAgenda)
	p.Event.Checklist = make([]planner.ChecklistItem, 0, LargeChecklist)
	for i := range LargeAgenda {
		p.Event.Agenda = append(p.Event.Agenda, planner.AgendaItem{
			ID: int64(i + 1), Title: fmt.Sprintf("Segment %d: teardown round", i+1), Minutes: 5 + i%10,
			Owner: base[i%len(base)].Name, Notes: "Timer on screen; next presenter ready.",
		})
	}
	for i := range LargeChecklist {
		p.Event.Checklist = append(p.Event.Checklist, planner.ChecklistItem{
			ID: int64(i + 1), Task: fmt.Sprintf("Preparation task %d", i+1), OffsetDays: -30 + i%35, Done: i%3 == 0,
		})
	}
	total := 0
	for _, a := range p.Event.Agenda {
		total += a.Minutes
	}
	p.Event.DurationMin = total

	first := p.Reviews
	p.Reviews = make([]planner.Review, 0, LargeReviews)
	for i := range LargeReviews {
		r := first[i%len(first)]
		r.ID = int64(i + 1)
		r.Date = event.AddDays(30 * (i + 1))
		r.MembersTotal = 12 + i*3
		r.WeeklyActive = r.MembersTotal * (25 + i%15) / 100
		r.GoalValues = append([]planner.GoalValue(nil), r.GoalValues...)
		r.Actions = make([]planner.Action, 0, LargeActions)
		for j := range LargeActions {
			r.Actions = append(r.Actions, planner.Action{
				ID: int64(i*LargeActions + j + 1), Text: fmt.Sprintf("Action %d of review %d", j+1, i+1),
				Owner: base[j%len(base)].Name, Due: r.Date.AddDays(7 * (j + 1)), Done: j < 3,
			})
		}
		r.Stories = []planner.Story{{ID: int64(i + 1), Member: base[i%len(base)].Name,
			Story: "Applied a tip from the weekly thread and measured the result.", Cycle: planner.CycleApplied}}
		p.Reviews = append(p.Reviews, r)
	}

	var practice int64
	if len(p.Charter.Cadence) > 0 {
		practice = p.Charter.Cadence[0].ID
	}
	p.Sessions = make([]planner.Session, 0, LargeSessions)
	for i := range LargeSessions {
		s := planner.Session{ID: int64(i + 1), Date: event.AddDays(7 * (i + 1)), Title: fmt.Sprintf("Weekly teardown %d", i+1),
			Source: "Teams attendance report", Minutes: 60, PracticeID: practice}
		s.Attendees = make([]planner.Attendee, 0, LargeAttendees)
		for j := range LargeAttendees {
			a := planner.Attendee{Minutes: 20 + (i+j)%41, Joins: 1 + j%3/2}
			if j < LargeAttendees-5 { // a member: a different slice of the candidates each week
				c := &p.Candidates[(i*37+j*61)%LargeCandidates]
				a.Person = planner.Person{Name: c.Name, Email: c.Contact}
				a.CandidateID = c.ID
			} else {
				a.Person = planner.Person{Name: fmt.Sprintf("Guest %d-%d", i+1, j+1)}
				a.Guest = true
			}
			s.Attendees = append(s.Attendees, a)
		}
		s.Attendees[0].Organizer = true
		p.Sessions = append(p.Sessions, s)
	}
	return p
}

// FillLibrary adds n small plans through create, for benchmarks of the plan library: names,
// clients and domains vary so that search and sort have work to do.
func FillLibrary(now time.Time, n int, create func(*planner.Plan) error) error {
	clients := []string{"Northlight Media", "Acme Health", "Blue River Bank", "Studio Fjord", "Ωmega Labs"}
	for i := range n {
		p := Demo(now)
		p.Name = fmt.Sprintf("Plan %04d — %s", i+1, p.Name)
		p.Client = clients[i%len(clients)]
		p.Survey.Responses = p.Survey.Responses[:i%len(p.Survey.Responses)]
		if err := create(p); err != nil {
			return fmt.Errorf("create plan %d of %d: %w", i+1, n, err)
		}
	}
	return nil
}
