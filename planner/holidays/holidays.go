// Package holidays gives the public holidays of a plan's country, found from its IANA time
// zone or set by the organizer (the event's HolidayCountry), so that suggested dates avoid
// them. The calendars are github.com/rickar/cal/v2's,
// kept up to date by its maintainers for some 50 countries, rather than a list of our own.
package holidays

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/ar"
	"github.com/rickar/cal/v2/at"
	"github.com/rickar/cal/v2/au"
	"github.com/rickar/cal/v2/be"
	"github.com/rickar/cal/v2/bg"
	"github.com/rickar/cal/v2/br"
	"github.com/rickar/cal/v2/ca"
	"github.com/rickar/cal/v2/ch"
	"github.com/rickar/cal/v2/cy"
	"github.com/rickar/cal/v2/cz"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/dk"
	"github.com/rickar/cal/v2/ee"
	"github.com/rickar/cal/v2/es"
	"github.com/rickar/cal/v2/fi"
	"github.com/rickar/cal/v2/fr"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/gr"
	"github.com/rickar/cal/v2/hr"
	"github.com/rickar/cal/v2/hu"
	"github.com/rickar/cal/v2/ie"
	"github.com/rickar/cal/v2/is"
	"github.com/rickar/cal/v2/it"
	"github.com/rickar/cal/v2/jp"
	"github.com/rickar/cal/v2/ke"
	"github.com/rickar/cal/v2/lt"
	"github.com/rickar/cal/v2/lu"
	"github.com/rickar/cal/v2/lv"
	"github.com/rickar/cal/v2/mt"
	"github.com/rickar/cal/v2/mx"
	"github.com/rickar/cal/v2/nl"
	"github.com/rickar/cal/v2/no"
	"github.com/rickar/cal/v2/nz"
	"github.com/rickar/cal/v2/pl"
	"github.com/rickar/cal/v2/pt"
	"github.com/rickar/cal/v2/ro"
	"github.com/rickar/cal/v2/rs"
	"github.com/rickar/cal/v2/se"
	"github.com/rickar/cal/v2/si"
	"github.com/rickar/cal/v2/sk"
	"github.com/rickar/cal/v2/th"
	"github.com/rickar/cal/v2/ua"
	"github.com/rickar/cal/v2/us"
	"github.com/rickar/cal/v2/za"

	"github.com/coplaunch/coplaunch/planner"
	"github.com/coplaunch/coplaunch/planner/i18n"
)

// calendars are the national holidays by ISO 3166 code; Australia's by state, as it has
// no national list ("AU-NSW").
var calendars = map[string][]*cal.Holiday{
	"AR": ar.Holidays, "AT": at.Holidays, "BE": be.Holidays, "BG": bg.Holidays, "BR": br.Holidays,
	"CA": ca.Holidays, "CH": ch.Holidays, "CY": cy.Holidays, "CZ": cz.Holidays, "DE": de.Holidays,
	"DK": dk.Holidays, "EE": ee.Holidays, "ES": es.Holidays, "FI": fi.Holidays, "FR": fr.Holidays,
	"GB": gb.Holidays, "GR": gr.Holidays, "HR": hr.Holidays, "HU": hu.Holidays, "IE": ie.Holidays,
	"IS": is.Holidays, "IT": it.Holidays, "JP": jp.Holidays, "KE": ke.Holidays, "LT": lt.Holidays,
	"LU": lu.Holidays, "LV": lv.Holidays, "MT": mt.Holidays, "MX": mx.Holidays, "NL": nl.Holidays,
	"NO": no.Holidays, "NZ": nz.Holidays, "PL": pl.Holidays, "PT": pt.Holidays, "RO": ro.Holidays,
	"RS": rs.Holidays, "SE": se.Holidays, "SI": si.Holidays, "SK": sk.Holidays, "TH": th.Holidays,
	"UA": ua.Holidays, "US": us.Holidays, "ZA": za.Holidays,
	"AU-ACT": au.HolidaysACT, "AU-NSW": au.HolidaysNSW, "AU-NT": au.HolidaysNT, "AU-QLD": au.HolidaysQLD,
	"AU-SA": au.HolidaysSA, "AU-TAS": au.HolidaysTAS, "AU-VIC": au.HolidaysVIC, "AU-WA": au.HolidaysWA,
}

// zones maps the IANA zones of the countries above to their code. Zones of one country
// under a common prefix are in zonePrefixes.
var zones = map[string]string{
	"America/Argentina/Buenos_Aires": "AR", "America/Buenos_Aires": "AR",
	"Europe/Vienna": "AT", "Europe/Brussels": "BE", "Europe/Sofia": "BG",
	"America/Sao_Paulo": "BR", "America/Bahia": "BR", "America/Fortaleza": "BR", "America/Recife": "BR",
	"America/Belem": "BR", "America/Manaus": "BR", "America/Cuiaba": "BR", "America/Campo_Grande": "BR",
	"America/Porto_Velho": "BR", "America/Rio_Branco": "BR", "America/Noronha": "BR", "America/Maceio": "BR",
	"America/Araguaina": "BR", "America/Boa_Vista": "BR", "America/Santarem": "BR", "Brazil/East": "BR",
	"America/Toronto": "CA", "America/Vancouver": "CA", "America/Edmonton": "CA", "America/Winnipeg": "CA",
	"America/Halifax": "CA", "America/St_Johns": "CA", "America/Regina": "CA", "America/Moncton": "CA",
	"America/Montreal": "CA", "America/Whitehorse": "CA", "America/Yellowknife": "CA", "America/Iqaluit": "CA",
	"Europe/Zurich": "CH", "Asia/Nicosia": "CY", "Europe/Nicosia": "CY", "Europe/Prague": "CZ",
	"Europe/Berlin": "DE", "Europe/Busingen": "DE", "Europe/Copenhagen": "DK", "Europe/Tallinn": "EE",
	"Europe/Madrid": "ES", "Atlantic/Canary": "ES", "Africa/Ceuta": "ES", "Europe/Helsinki": "FI",
	"Europe/Paris": "FR", "Europe/London": "GB", "Europe/Belfast": "GB", "GB": "GB",
	"Europe/Athens": "GR", "Europe/Zagreb": "HR", "Europe/Budapest": "HU", "Europe/Dublin": "IE", "Eire": "IE",
	"Atlantic/Reykjavik": "IS", "Iceland": "IS", "Europe/Rome": "IT", "Asia/Tokyo": "JP", "Japan": "JP",
	"Africa/Nairobi": "KE", "Europe/Vilnius": "LT", "Europe/Luxembourg": "LU", "Europe/Riga": "LV",
	"Europe/Malta": "MT", "America/Mexico_City": "MX", "America/Monterrey": "MX", "America/Merida": "MX",
	"America/Cancun": "MX", "America/Chihuahua": "MX", "America/Hermosillo": "MX", "America/Mazatlan": "MX",
	"America/Tijuana": "MX", "America/Matamoros": "MX", "America/Bahia_Banderas": "MX",
	"Europe/Amsterdam": "NL", "Europe/Oslo": "NO", "Pacific/Auckland": "NZ", "NZ": "NZ",
	"Europe/Warsaw": "PL", "Poland": "PL", "Europe/Lisbon": "PT", "Atlantic/Madeira": "PT", "Atlantic/Azores": "PT",
	"Portugal": "PT", "Europe/Bucharest": "RO", "Europe/Belgrade": "RS", "Europe/Stockholm": "SE",
	"Europe/Ljubljana": "SI", "Europe/Bratislava": "SK", "Asia/Bangkok": "TH", "Europe/Kyiv": "UA",
	"Europe/Kiev": "UA", "America/New_York": "US", "America/Chicago": "US", "America/Denver": "US",
	"America/Los_Angeles": "US", "America/Phoenix": "US", "America/Anchorage": "US", "America/Detroit": "US",
	"America/Boise": "US", "America/Juneau": "US", "America/Sitka": "US", "America/Nome": "US",
	"America/Adak": "US", "America/Menominee": "US", "America/Yakutat": "US", "America/Metlakatla": "US",
	"Pacific/Honolulu": "US", "America/Indianapolis": "US", "America/Louisville": "US",
	"Africa/Johannesburg": "ZA",
	"Australia/Sydney":    "AU-NSW", "Australia/Broken_Hill": "AU-NSW", "Australia/Canberra": "AU-ACT",
	"Australia/ACT": "AU-ACT", "Australia/NSW": "AU-NSW", "Australia/Melbourne": "AU-VIC",
	"Australia/Victoria": "AU-VIC", "Australia/Brisbane": "AU-QLD", "Australia/Lindeman": "AU-QLD",
	"Australia/Queensland": "AU-QLD", "Australia/Adelaide": "AU-SA", "Australia/South": "AU-SA",
	"Australia/Perth": "AU-WA", "Australia/West": "AU-WA", "Australia/Hobart": "AU-TAS",
	"Australia/Tasmania": "AU-TAS", "Australia/Darwin": "AU-NT", "Australia/North": "AU-NT",
}

// zonePrefixes are prefixes of zone names that lie in one country.
var zonePrefixes = []struct{ prefix, country string }{
	{"America/Argentina/", "AR"},
	{"America/Indiana/", "US"},
	{"America/Kentucky/", "US"},
	{"America/North_Dakota/", "US"},
	{"US/", "US"},
	{"Canada/", "CA"},
	{"Mexico/", "MX"},
}

// Country is the calendar code of zone's country ("Europe/Berlin": "DE", Australian zones by
// state: "AU-NSW"), or "" when this package knows no calendar for it.
func Country(zone string) string {
	zone = strings.TrimSpace(zone)
	if c, ok := zones[zone]; ok {
		return c
	}
	for _, p := range zonePrefixes {
		if strings.HasPrefix(zone, p.prefix) {
			return p.country
		}
	}
	return ""
}

// ForZone is the public holidays of zone's country, or nil when it is not known.
func ForZone(zone string) planner.HolidayFunc {
	return ForCountry(Country(zone))
}

// ForCountry is ForCountryIn in English: "Boxing Day, observed, a public holiday".
func ForCountry(code string) planner.HolidayFunc {
	return ForCountryIn(english, code)
}

var english = i18n.New(i18n.English)

// ForCountryIn is the public holidays of a calendar code Country returns, or nil for one not
// known. Public, bank and religious holidays count; other observances (school days,
// remembrance days people work on) do not. A holiday is named by its calendar, in its
// country's language ("Fête nationale"), and said to be a public holiday in tr's.
func ForCountryIn(tr *i18n.Printer, code string) planner.HolidayFunc {
	hs, ok := calendars[code]
	if !ok {
		return nil
	}
	c := &cal.Calendar{}
	for _, h := range hs {
		if h.Type == cal.ObservanceOther {
			continue
		}
		c.AddHoliday(h)
	}
	return func(d planner.Date) (string, bool) {
		actual, observed, h := c.IsHoliday(time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC))
		if (!actual && !observed) || h == nil {
			return "", false
		}
		if observed && !actual {
			return tr.T("ui.event.holiday.observed", "name", h.Name), true
		}
		return tr.T("ui.event.holiday.public", "name", h.Name), true
	}
}

// states are the names of the Australian states and territories with a calendar of their
// own, as their people write them in any language.
var states = map[string]string{
	"ACT": "Australian Capital Territory", "NSW": "New South Wales", "NT": "Northern Territory",
	"QLD": "Queensland", "SA": "South Australia", "TAS": "Tasmania", "VIC": "Victoria", "WA": "Western Australia",
}

// Known reports whether code is a calendar code this package has holidays for.
func Known(code string) bool {
	_, ok := calendars[code]
	return ok
}

// CountryFor is the calendar code whose holidays a plan's suggested dates avoid: set, the
// country the organizer chose, when it is one this package knows; else the country of zone
// (see Country). fromZone says which it is. A set code this version does not know (from a
// plan file of a newer app, say) falls back to the zone's country rather than to none.
func CountryFor(zone, set string) (code string, fromZone bool) {
	if set = strings.TrimSpace(set); Known(set) {
		return set, false
	}
	return Country(zone), true
}

// ForPlan is ForPlanIn in English.
func ForPlan(p *planner.Plan) planner.HolidayFunc { return ForPlanIn(english, p) }

// ForPlanIn is the public holidays the plan's suggested launch date avoids, worded in tr's
// language: those of the country set on its event, else of the event's time zone (the
// charter's when the event has none); nil when neither names a known country.
func ForPlanIn(tr *i18n.Printer, p *planner.Plan) planner.HolidayFunc {
	if p == nil {
		return nil
	}
	code, _ := CountryFor(planner.ResolveEvent(p).TimeZone, p.Event.HolidayCountry)
	return ForCountryIn(tr, code)
}

// Name is the country of a calendar code in tr's language, from the CLDR names that
// golang.org/x/text carries: "Frankreich" for "FR" in German, "Australia (Victoria)" for
// "AU-VIC" in English. An unknown code is returned as it is.
func Name(tr *i18n.Printer, code string) string {
	country, state, _ := strings.Cut(code, "-")
	region, err := language.ParseRegion(country)
	if err != nil {
		return code
	}
	name := display.Regions(language.Make(string(tr.Lang()))).Name(region)
	if name == "" {
		name = display.English.Regions().Name(region)
	}
	if state != "" {
		name += " (" + states[state] + ")"
	}
	return tr.Marked(name)
}

// Choice is a country a plan's holidays can be taken from: its calendar code and its name.
type Choice struct {
	Code, Name string
}

// Choices lists every country this package has holidays for, named in tr's language and in
// its alphabetical order ("Österreich" among the Os in German).
func Choices(tr *i18n.Printer) []Choice {
	out := make([]Choice, 0, len(calendars))
	for code := range calendars {
		out = append(out, Choice{code, Name(tr, code)})
	}
	col := collate.New(language.Make(string(tr.Lang())))
	slices.SortFunc(out, func(a, b Choice) int {
		if c := col.CompareString(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out
}
