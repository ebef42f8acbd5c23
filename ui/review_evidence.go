package ui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/csvimport"
	"github.com/coplaunch/coplaunch/planner/evidence"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// evidenceStore is what the review evidence window needs of the library beyond Library:
// the store replaces a plan's evidence in one transaction.
type evidenceStore interface {
	SaveEvidence(ctx context.Context, planID int64, p *planner.Plan) error
}

// The choices of an unmatched person's select, besides "This is <member>", as catalogue keys:
// the select shows their words in the window's language and the window maps them back.
const (
	decideLater = "ui.reviews.ev.decide_later"
	decideNot   = "ui.reviews.ev.decide_not"
	decideNew   = "ui.reviews.ev.decide_new"
)

// The choices of the date order select: the label's catalogue key and the order it sets.
var dateOrders = []struct {
	label string
	order evidence.DateOrder
}{
	{"ui.reviews.ev.order.auto", evidence.Auto},
	{"ui.reviews.ev.order.day_first", evidence.DayFirst},
	{"ui.reviews.ev.order.month_first", evidence.MonthFirst},
}

// evidenceFile is a file added to the window, kept to read again when the month or the
// date order changes.
type evidenceFile struct {
	name     string
	data     []byte
	activity bool
	poll     bool // the review poll's export
}

// reviewEvidence is the window that fills a month's review from the community's own
// records: meeting attendance reports and platform activity exports. It shows what was
// read, who could not be matched (with a choice for each, remembered), the figures with
// their sources, the attendance per practice and who needs a nudge. Nothing is saved until
// Fill the review; a figure typed in the review is kept and shown as a conflict.
type reviewEvidence struct {
	s    *session
	w    fyne.Window
	done func()

	month                 *widget.Entry
	meetingDate           *widget.Entry // for reports that give times of day only
	order                 *widget.Select
	read                  *widget.Label
	people                *fyne.Container
	decisions             map[string]*widget.Select // by person key
	sessionsBox           *fyne.Container
	practiceOf            map[string]*widget.Select // by session key, for sessions no practice matches
	figures               *widget.Label
	practices             *fyne.Container
	nudge                 *widget.Label
	addAttendance, addAct *widget.Button
	addPoll               *widget.Button
	fill, closeBtn        *widget.Button
	dlg                   *dialog.CustomDialog

	files    []evidenceFile
	sessions []planner.Session
	exports  []planner.ActivityExport
	poll     *planner.PollEvidence // the review poll's answers, when its export was added
	pending  []planner.Person      // people to decide about, in the order named
}

// newReviewEvidence builds the window on s's plan; show it with show.
func newReviewEvidence(s *session, w fyne.Window, done func()) *reviewEvidence {
	if done == nil {
		done = func() {}
	}
	d := &reviewEvidence{s: s, w: w, done: done, decisions: map[string]*widget.Select{}, practiceOf: map[string]*widget.Select{}}
	tr := s.tr
	d.month = widget.NewEntry()
	d.month.SetText(defaultReviewMonth(s.plan, s.today()))
	d.month.Validator = func(t string) error {
		if _, err := time.Parse("2006-01", strings.TrimSpace(t)); err != nil {
			return errors.New(tr.T("ui.reviews.ev.err.month"))
		}
		return nil
	}
	d.meetingDate = widget.NewEntry()
	d.meetingDate.SetPlaceHolder(tr.T("ui.reviews.ev.date_placeholder"))
	d.meetingDate.Validator = func(t string) error {
		if strings.TrimSpace(t) == "" {
			return nil
		}
		_, err := planner.ParseDate(strings.TrimSpace(t))
		return err
	}
	labels := make([]string, len(dateOrders))
	for i, o := range dateOrders {
		labels[i] = tr.T(o.label)
	}
	d.order = widget.NewSelect(labels, nil)
	d.order.SetSelected(labels[0])
	d.read = wrapLabel(tr.T("ui.reviews.ev.intro"))
	d.people = container.NewVBox()
	d.sessionsBox = container.NewVBox()
	d.figures = wrapLabel("")
	d.practices = container.NewGridWithColumns(4)
	d.nudge = wrapLabel("")
	d.addAttendance = widget.NewButton(tr.T("ui.reviews.ev.add_attendance"), func() { d.pick(false) })
	d.addAct = widget.NewButton(tr.T("ui.reviews.ev.add_activity"), func() { d.pick(true) })
	d.addPoll = widget.NewButton(tr.T("ui.reviews.ev.add_poll"), func() {
		pickFile(d.w, []string{".csv", ".txt", ".tsv", ".xlsx"}, func(rc fyne.URIReadCloser) error {
			return d.addPollFile(rc, rc.URI().Name())
		})
	})
	d.fill = widget.NewButton(tr.T("ui.reviews.ev.fill"), d.onFill)
	d.fill.Importance = widget.HighImportance
	d.fill.Disable()
	d.closeBtn = widget.NewButton(tr.T("ui.reviews.ev.close"), func() { d.dlg.Hide() })

	body := container.NewVBox(
		form(field(tr.T("ui.reviews.ev.field.month"), d.month), field(tr.T("ui.reviews.ev.field.order"), d.order),
			fieldHint(tr.T("ui.reviews.ev.field.meeting"), d.meetingDate, tr.T("ui.reviews.ev.meeting_hint"))),
		// Two rows, so that the three buttons' longer words (German) never widen the window.
		container.NewVBox(container.NewHBox(d.addAttendance, d.addAct), container.NewHBox(d.addPoll)),
		wrapLabel(planner.ActivityExportMsg(s.plan.Charter.Platform).In(tr)),
		section(tr.T("ui.reviews.ev.section.read"), d.read),
		section(tr.T("ui.reviews.ev.section.sessions"), d.sessionsBox),
		section(tr.T("ui.reviews.ev.section.people"), d.people),
		section(tr.T("ui.reviews.ev.section.figures"), d.figures),
		section(tr.T("ui.reviews.ev.section.practices"), d.practices),
		section(tr.T("ui.reviews.ev.section.nudge"), d.nudge),
	)
	content := container.NewBorder(nil, container.NewHBox(d.closeBtn, d.fill), nil, nil, container.NewVScroll(body))
	d.dlg = dialog.NewCustomWithoutButtons(tr.T("ui.reviews.ev.title"), content, w)
	d.dlg.Resize(dialogSize(w, fyne.NewSize(1000, 700)))
	d.month.OnChanged = func(string) { d.refresh() }
	d.meetingDate.OnChanged = func(string) { d.refresh() }
	d.order.OnChanged = func(string) { d.refresh() }
	d.refresh()
	return d
}

// defaultReviewMonth is the month of the latest review, or else the month before today.
func defaultReviewMonth(p *planner.Plan, today planner.Date) string {
	if rs := planner.SortedReviews(p); len(rs) > 0 && !rs[len(rs)-1].Date.IsZero() {
		d := rs[len(rs)-1].Date
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	t := today.Time().AddDate(0, 0, -today.Day)
	return t.Format("2006-01")
}

func (d *reviewEvidence) show() { d.dlg.Show() }

// pick asks for a file and adds it.
func (d *reviewEvidence) pick(activity bool) {
	pickFile(d.w, []string{".csv", ".txt", ".tsv", ".xlsx"}, func(rc fyne.URIReadCloser) error {
		return d.add(rc, rc.URI().Name(), activity)
	})
}

// addPath adds the file at path: an attendance report, or an activity export.
func (d *reviewEvidence) addPath(path string, activity bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return d.add(f, path, activity)
}

// add keeps a file's bytes and reads everything again.
func (d *reviewEvidence) add(r io.Reader, name string, activity bool) error {
	data, err := io.ReadAll(io.LimitReader(r, csvimport.MaxFileSize+1))
	if err != nil {
		return errors.New(d.s.tr.T("ui.reviews.ev.read_error", "file", filepath.Base(name), "error", err.Error()))
	}
	d.files = append(d.files, evidenceFile{name: filepath.Base(name), data: data, activity: activity})
	d.refresh()
	return nil
}

// addPollFile keeps the review poll's export (replacing one added before) and reads
// everything again.
func (d *reviewEvidence) addPollFile(r io.Reader, name string) error {
	data, err := io.ReadAll(io.LimitReader(r, csvimport.MaxFileSize+1))
	if err != nil {
		return errors.New(d.s.tr.T("ui.reviews.ev.read_error", "file", filepath.Base(name), "error", err.Error()))
	}
	kept := d.files[:0]
	for _, f := range d.files {
		if !f.poll {
			kept = append(kept, f)
		}
	}
	d.files = append(kept, evidenceFile{name: filepath.Base(name), data: data, poll: true})
	d.refresh()
	return nil
}

// period is the review month's period; ok is false while the month is not valid.
func (d *reviewEvidence) period() (planner.Period, bool) {
	t, err := time.Parse("2006-01", strings.TrimSpace(d.month.Text))
	if err != nil {
		return planner.Period{}, false
	}
	return planner.MonthPeriod(t.Year(), t.Month()), true
}

// options are the reading options the window's fields set.
func (d *reviewEvidence) options(period planner.Period) evidence.Options {
	opt := evidence.Options{From: period.From, To: period.To}
	if dt, err := planner.ParseDate(strings.TrimSpace(d.meetingDate.Text)); err == nil {
		opt.Date = dt
	}
	for _, o := range dateOrders {
		if d.s.tr.T(o.label) == d.order.Selected {
			opt.DateOrder = o.order
		}
	}
	return opt
}

// readAll reads every file again and returns the lines that say what was read. A file that
// cannot be read is named with its reason and left out.
func (d *reviewEvidence) readAll(period planner.Period) []string {
	tr := d.s.tr
	d.sessions, d.exports, d.poll = nil, nil, nil
	var lines []string
	opt := d.options(period)
	for _, f := range d.files {
		name := f.name
		if f.poll {
			poll, err := evidence.ReadPoll(bytes.NewReader(f.data), d.s.plan.Survey)
			if err != nil {
				lines = append(lines, tr.T("ui.reviews.ev.not_read", "file", name, "problem", readProblem(tr, err)))
				continue
			}
			d.poll = poll
			lines = append(lines, tr.N("ui.reviews.ev.poll_read", len(poll.Respondents), "file", name,
				"skill", tr.N("ui.reviews.ev.skill_ratings", len(poll.Skill))))
			continue
		}
		if f.activity {
			rep, err := evidence.ReadActivity(bytes.NewReader(f.data), opt)
			if err != nil {
				lines = append(lines, tr.T("ui.reviews.ev.not_read", "file", name, "problem", readProblem(tr, err)))
				continue
			}
			ex := rep.Export
			l := tr.T("ui.reviews.ev.activity_read", "file", name, "format", rep.Format, "from", dayIn(tr, ex.From), "to", dayIn(tr, ex.To))
			if ex.Estimate {
				l += tr.T("ui.reviews.ev.estimate", "reason", ex.Reason)
			}
			lines = append(lines, l)
			d.exports = append(d.exports, ex)
			continue
		}
		rep, err := evidence.ReadAttendance(bytes.NewReader(f.data), opt)
		if err != nil {
			lines = append(lines, tr.T("ui.reviews.ev.not_read", "file", name, "problem", readProblem(tr, err)))
			continue
		}
		lines = append(lines, tr.N("ui.reviews.ev.attendance_read", len(rep.Sessions), "file", name, "format", rep.Format))
		d.sessions = append(d.sessions, rep.Sessions...)
	}
	return lines
}

// readProblem words a reading error, with what to do about ambiguous dates.
func readProblem(tr *i18n.Printer, err error) string {
	var amb *evidence.AmbiguousDateError
	if errors.As(err, &amb) {
		return tr.T("ui.reviews.ev.ambiguous", "problem", err.Error())
	}
	if errors.Is(err, evidence.ErrNeedDate) {
		return tr.T("ui.reviews.ev.need_date", "problem", err.Error())
	}
	return err.Error()
}

// draft is the plan as it would be after Fill the review: the read evidence added and the
// decisions taken, new members given stand-in IDs. The session's plan is not touched.
func (d *reviewEvidence) draft() (*planner.Plan, planner.EvidenceImport) {
	p := planner.EvidenceDraft(d.s.plan)
	d.setPractices()
	im := planner.AddEvidence(p, d.sessions, d.exports)
	var stand int64
	for _, person := range im.Pending() {
		sel := d.decisions[planner.PersonKey(person)]
		if sel == nil {
			continue
		}
		switch choice := sel.Selected; {
		case choice == d.s.tr.T(decideNot):
			planner.DecideMatch(p, person, planner.MatchNotMember, 0)
		case choice == d.s.tr.T(decideNew):
			stand--
			c := planner.NewMemberFrom(person, d.firstSeen(person))
			c.ID = stand
			p.Candidates = append(p.Candidates, c)
			planner.DecideMatch(p, person, planner.MatchAdded, stand)
		default:
			if id := d.memberChoice(choice); id != 0 {
				planner.DecideMatch(p, person, planner.MatchMember, id)
			}
		}
	}
	planner.Rematch(p)
	return p, im
}

// sessionKey names a read session for the practice selects.
func sessionKey(s planner.Session) string {
	return s.Date.String() + "\x00" + s.Title + "\x00" + s.Source
}

// practiceLabel is a practice's entry in the session selects.
func practiceLabel(tr *i18n.Printer, it planner.CadenceItem) string {
	return it.Practice + " (" + it.Frequency.In(tr) + ")"
}

// setPractices gives the read sessions the practice chosen for them, if any.
func (d *reviewEvidence) setPractices() {
	for i := range d.sessions {
		s := &d.sessions[i]
		sel := d.practiceOf[sessionKey(*s)]
		if sel == nil {
			continue
		}
		for _, it := range d.s.plan.Charter.Cadence {
			if practiceLabel(d.s.tr, it) == sel.Selected {
				s.PracticeID = it.ID
			}
		}
	}
}

// firstSeen is the first date the read evidence names person.
func (d *reviewEvidence) firstSeen(person planner.Person) planner.Date {
	key := planner.PersonKey(person)
	var first planner.Date
	for _, s := range d.sessions {
		for _, a := range s.Attendees {
			if planner.PersonKey(a.Person) == key && (first.IsZero() || s.Date.Before(first)) {
				first = s.Date
			}
		}
	}
	for _, e := range d.exports {
		for _, m := range e.Members {
			if planner.PersonKey(m.Person) == key && first.IsZero() {
				first = e.From
				if len(m.Days) > 0 {
					first = m.Days[0]
				}
			}
		}
	}
	return first
}

// memberLabel is a member's entry in the decision selects: "This is Ana <ana@…>".
func memberLabel(tr *i18n.Printer, c planner.Candidate) string {
	name := c.NameIn(tr)
	if c.Contact != "" {
		name += " <" + c.Contact + ">"
	}
	return tr.T("ui.reviews.ev.is_member", "name", name)
}

// memberChoice is the member a decision select's choice names; 0 for the other choices.
func (d *reviewEvidence) memberChoice(choice string) int64 {
	for _, c := range d.s.plan.Candidates {
		if memberLabel(d.s.tr, c) == choice {
			return c.ID
		}
	}
	return 0
}

// refresh reads the files again and shows what the review would get.
func (d *reviewEvidence) refresh() {
	tr := d.s.tr
	period, ok := d.period()
	if !ok {
		d.fill.Disable()
		return
	}
	lines := d.readAll(period)
	if len(lines) > 0 {
		d.read.SetText(strings.Join(lines, "\n"))
	}
	p, im := d.draft()

	// The sessions read, each with its practice; a select for those the charter's cadence
	// does not settle (no practice meets that day, or several do).
	d.sessionsBox.RemoveAll()
	var practices []string
	for _, it := range d.s.plan.Charter.Cadence {
		practices = append(practices, practiceLabel(tr, it))
	}
	for _, s := range d.sessions {
		var stored planner.Session
		for _, x := range p.Sessions {
			if sessionKey(x) == sessionKey(s) {
				stored = x
			}
		}
		line := wrapLabel(planner.SessionMsg(p, stored).In(tr))
		sel := d.practiceOf[sessionKey(s)]
		if sel == nil && stored.PracticeID == 0 && len(practices) > 0 {
			sel = widget.NewSelect(practices, func(string) { d.refresh() })
			sel.PlaceHolder = tr.T("ui.reviews.ev.which_practice")
			d.practiceOf[sessionKey(s)] = sel
		}
		if sel != nil {
			d.sessionsBox.Add(container.NewBorder(nil, nil, nil, sel, line))
		} else {
			d.sessionsBox.Add(line)
		}
	}

	// One select per person the evidence names and no member matches, kept across refreshes.
	d.pending = d.pending[:0]
	d.people.RemoveAll()
	options := []string{tr.T(decideLater), tr.T(decideNot), tr.T(decideNew)}
	for _, c := range d.s.plan.Candidates {
		options = append(options, memberLabel(tr, c))
	}
	for _, m := range im.Matches {
		if !m.Pending() {
			continue
		}
		key := planner.PersonKey(m.Person)
		sel := d.decisions[key]
		if sel == nil {
			sel = widget.NewSelect(options, func(string) { d.refresh() })
			sel.Selected = tr.T(decideLater)
			d.decisions[key] = sel
		}
		d.pending = append(d.pending, m.Person)
		label := m.Name
		if m.Email != "" {
			label = strings.TrimSpace(label + " <" + m.Email + ">")
		}
		if m.Why != "" {
			label += " (" + m.Why + ")"
		}
		l := widget.NewLabel(label)
		l.Truncation = fyne.TextTruncateEllipsis
		d.people.Add(container.NewGridWithColumns(2, l, sel))
	}
	if len(d.pending) == 0 {
		d.people.Add(wrapLabel(tr.T("ui.reviews.ev.all_matched")))
	}

	ef := planner.FiguresFromEvidence(p, period, d.poll)
	text := tr.T("ui.reviews.ev.no_evidence", "period", period.In(tr))
	if ef.Reports > 0 || len(ef.Exports) > 0 || d.poll != nil {
		r, _ := d.review(period)
		var conflicts []planner.FigureConflict
		if r != nil {
			copyR := *r
			conflicts = planner.ApplyEvidenceFigures(&copyR, ef)
		}
		text = tr.T("ui.reviews.ev.figures", "source", ef.SourceMsg().In(tr)) + "\n" + figureLines(tr, planner.FigureMsgs(ef, conflicts))
	}
	d.figures.SetText(text)

	d.practices.RemoveAll()
	for _, h := range []string{"practice", "sessions", "attendance", "members"} {
		l := widget.NewLabelWithStyle(tr.T("ui.reviews.ev.col."+h), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		d.practices.Add(l)
	}
	for _, pa := range ef.Practices {
		name := widget.NewLabel(pa.Practice)
		name.Truncation = fyne.TextTruncateEllipsis
		d.practices.Add(name)
		d.practices.Add(widget.NewLabel(tr.Int(pa.Sessions)))
		d.practices.Add(widget.NewLabel(tr.Int(pa.Counted) + " (" + tr.Number(pa.Average(), 1) + ")"))
		d.practices.Add(widget.NewLabel(tr.Int(pa.Members)))
	}
	nudge := planner.NudgeMsg(p, planner.QuietMembers(p, period.To)).In(tr)
	if nudge == "" {
		nudge = tr.T("ui.reviews.ev.nobody_quiet")
	}
	d.nudge.SetText(nudge)
	if len(d.sessions) > 0 || len(d.exports) > 0 || d.poll != nil {
		d.fill.Enable()
	} else {
		d.fill.Disable()
	}
}

// review returns the plan's review in period (the last one), or nil.
func (d *reviewEvidence) review(period planner.Period) (*planner.Review, int) {
	idx := -1
	for i, r := range d.s.plan.Reviews {
		if period.Contains(r.Date) {
			idx = i
		}
	}
	if idx < 0 {
		return nil, -1
	}
	return &d.s.plan.Reviews[idx], idx
}

// onFill stores the evidence and the decisions and fills the review.
func (d *reviewEvidence) onFill() {
	if err := d.apply(); err != nil {
		showError(d.w, err)
		return
	}
	d.done()
}

// apply is Fill the review: new members first, then the decisions and the evidence in one
// transaction, then the review's figures (typed ones kept, and reported).
func (d *reviewEvidence) apply() error {
	tr := d.s.tr
	period, ok := d.period()
	if !ok {
		return errors.New(tr.T("ui.reviews.ev.err.month_apply"))
	}
	es, ok := d.s.lib.(evidenceStore)
	if !ok {
		return errors.New(tr.T("ui.reviews.ev.err.no_store"))
	}
	p := d.s.plan
	ctx := context.Background()

	var added []planner.Candidate
	var addedFor []planner.Person
	for _, person := range d.pending {
		sel := d.decisions[planner.PersonKey(person)]
		if sel != nil && sel.Selected == tr.T(decideNew) {
			added = append(added, planner.NewMemberFrom(person, d.firstSeen(person)))
			addedFor = append(addedFor, person)
		}
	}
	if len(added) > 0 {
		if _, _, err := d.s.lib.AddCandidatesAndLoad(ctx, p.ID, added); err != nil {
			return d.s.report(tr.T("ui.reviews.ev.what.members"), err)
		}
		p.Candidates = append(p.Candidates, added...)
	}
	d.setPractices()
	im := planner.AddEvidence(p, d.sessions, d.exports)
	for i, c := range added {
		planner.DecideMatch(p, addedFor[i], planner.MatchAdded, c.ID)
	}
	for _, person := range im.Pending() {
		sel := d.decisions[planner.PersonKey(person)]
		switch {
		case sel == nil:
		case sel.Selected == tr.T(decideNot):
			planner.DecideMatch(p, person, planner.MatchNotMember, 0)
		default:
			if id := d.memberChoice(sel.Selected); id != 0 {
				planner.DecideMatch(p, person, planner.MatchMember, id)
			}
		}
	}
	planner.Rematch(p)
	if err := es.SaveEvidence(ctx, p.ID, p); err != nil {
		return d.s.report(tr.T("ui.reviews.ev.what.records"), err)
	}

	r, _ := d.review(period)
	if r == nil {
		p.Reviews = append(p.Reviews, planner.Review{Date: period.To})
		r = &p.Reviews[len(p.Reviews)-1]
	}
	ef := planner.FiguresFromEvidence(p, period, d.poll)
	conflicts := planner.ApplyEvidenceFigures(r, ef)
	if err := d.s.put(r); err != nil {
		return err
	}
	// The files are read into the plan now: the window starts afresh, and says what it did.
	d.files, d.sessions, d.exports, d.poll = nil, nil, nil, nil
	d.decisions = map[string]*widget.Select{}
	d.practiceOf = map[string]*widget.Select{}
	d.refresh()
	msg := tr.T("ui.reviews.ev.filled", "date", dayIn(tr, r.Date), "source", ef.SourceMsg().In(tr)) + "\n" + figureLines(tr, planner.FigureMsgs(ef, conflicts))
	d.read.SetText(msg)
	d.figures.SetText(msg)
	return nil
}

// figureLines words the figure lines of an import, one a line.
func figureLines(tr *i18n.Printer, ms []planner.Msg) string {
	lines := make([]string, len(ms))
	for i, m := range ms {
		lines[i] = m.In(tr)
	}
	return strings.Join(lines, "\n")
}
