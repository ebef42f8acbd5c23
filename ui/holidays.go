package ui

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/holidays"
)

// holidays is the public holidays the suggested launch date avoids: those of the country set
// on the event, else of the event's time zone (the charter's when the event has none); nil
// when neither names a country the holiday calendars know.
func (s *session) holidays() planner.HolidayFunc {
	return holidays.ForPlanIn(s.tr, s.plan)
}

// holidayField is the select of the country whose public holidays the suggested launch date
// avoids: "From the time zone (Germany)" first, the default, then every country the holiday
// calendars know, by name in the app's language. The plan stores the country's code ("" for
// the time zone's), whatever the language shows.
type holidayField struct {
	s     *session
	sel   *widget.Select
	codes []string // the code of each option, "" for the time zone's
}

func newHolidayField(s *session) *holidayField {
	f := &holidayField{s: s}
	f.sel = widget.NewSelect(nil, nil)
	f.refresh()
	return f
}

// refresh builds the options again, as the time zone names the first one, and shows the
// plan's choice.
func (f *holidayField) refresh() {
	tr, e := f.s.tr, f.s.plan.Event
	zone := planner.ResolveEvent(f.s.plan).TimeZone
	first := tr.T("ui.event.holidays.zone_none")
	if code := holidays.Country(zone); code != "" {
		first = tr.T("ui.event.holidays.zone", "country", holidays.Name(tr, code))
	}
	opts, codes := []string{first}, []string{""}
	for _, c := range holidays.Choices(tr) {
		opts, codes = append(opts, c.Name), append(codes, c.Code)
	}
	f.codes = codes
	set, fromZone := holidays.CountryFor(zone, e.HolidayCountry)
	shown := 0
	if !fromZone {
		shown = max(0, slices.Index(codes, set))
	}
	f.sel.OnChanged = nil // showing the plan's choice is not a choice
	f.sel.Options = opts
	f.sel.SetSelectedIndex(shown)
	f.sel.OnChanged = f.changed
}

// changed stores the code of the option chosen; the save refreshes the page, and so the
// suggestion.
func (f *holidayField) changed(string) {
	i := f.sel.SelectedIndex()
	if i < 0 || i >= len(f.codes) || f.codes[i] == f.s.plan.Event.HolidayCountry {
		return
	}
	f.s.plan.Event.HolidayCountry = f.codes[i]
	_ = f.s.saveEvent()
}
