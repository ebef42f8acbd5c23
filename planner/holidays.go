package planner

// HolidayFunc reports whether a date is a public holiday and, when it is, its name. The
// planner/holidays package makes one for the country of a time zone.
type HolidayFunc func(Date) (name string, ok bool)

// YearEndBreak reports whether d falls in 24 December – 1 January, when most workplaces are
// closed or half empty whatever the country: no time to launch a community.
func YearEndBreak(d Date) bool {
	return (d.Month == 12 && d.Day >= 24) || (d.Month == 1 && d.Day == 1)
}
