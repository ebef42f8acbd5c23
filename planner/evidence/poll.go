package evidence

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
)

// ReadPoll reads the export of a review's poll: any survey export the survey import reads
// (Google Forms, Microsoft Forms, SurveyMonkey, Typeform, Jotform, Tally or a spreadsheet).
// Who answered comes from its email and name columns (a respondent it cannot name is kept
// nameless, counted as an answer no member matches); the skill answers come from the column
// that matches the plan survey's skill question, on that question's scale.
func ReadPoll(r io.Reader, s planner.Survey) (*planner.PollEvidence, error) {
	f, err := csvimport.ReadSurvey(r)
	if err != nil {
		return nil, fmt.Errorf("read the poll: %w", err)
	}
	f.AutoMap(s.Questions)
	skill := -1
	if q, ok := s.QuestionByRole(planner.RoleSkill); ok {
		for _, c := range f.Columns {
			if c.QuestionID == q.ID && c.Meta == "" {
				skill = c.Index
			}
		}
	}
	cols := map[string]int{}
	for _, c := range f.Columns {
		if c.Meta != "" {
			if _, seen := cols[c.Meta]; !seen {
				cols[c.Meta] = c.Index
			}
		}
	}
	get := func(row []string, meta string) string {
		if i, ok := cols[meta]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	poll := &planner.PollEvidence{}
	for _, row := range f.Rows {
		name := get(row, csvimport.MetaName)
		if name == "" {
			name = strings.TrimSpace(get(row, csvimport.MetaFirstName) + " " + get(row, csvimport.MetaLastName))
		}
		email := strings.ToLower(get(row, csvimport.MetaEmail))
		if !strings.Contains(email, "@") {
			email = ""
		}
		poll.Respondents = append(poll.Respondents, planner.Person{Name: name, Email: email})
		if skill >= 0 && skill < len(row) {
			if v, err := strconv.ParseFloat(strings.Replace(strings.TrimSpace(row[skill]), ",", ".", 1), 64); err == nil && v >= 0 && v <= 100 {
				poll.Skill = append(poll.Skill, v)
			}
		}
	}
	if len(poll.Respondents) == 0 {
		return nil, fmt.Errorf("%w: the poll's export has no answers", ErrMalformed)
	}
	return poll, nil
}
