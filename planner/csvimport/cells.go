package csvimport

import (
	"strings"
	"unicode/utf8"
)

// respondent returns the row's name, joining first and last names when they are split.
func respondent(row []string, meta map[string]int) string {
	if n := cell(row, meta, MetaName); n != "" {
		return n
	}
	return strings.TrimSpace(cell(row, meta, MetaFirstName) + " " + cell(row, meta, MetaLastName))
}

// known returns a name or email, or "" when the tool wrote "anonymous" for none (Microsoft
// Forms does for anonymous responses).
func known(s string) string {
	if strings.EqualFold(s, "anonymous") {
		return ""
	}
	return s
}

// cell returns the trimmed cell of the meta column m, or "".
func cell(row []string, meta map[string]int, m string) string {
	i, ok := meta[m]
	if !ok || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// cleanCell trims a cell, makes its line ends "\n" and drops the apostrophe the app's own
// CSV exports put before a cell starting with = + - or @ (so a spreadsheet does not run it as
// a formula): an exported "@maya" handle reads back as "@maya".
func cleanCell(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if len(s) > 1 && s[0] == '\'' && strings.IndexByte("=+-@", s[1]) >= 0 {
		s = s[1:]
	}
	return s
}

// blankRow reports whether every cell is blank.
func blankRow(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// quote quotes a value for a message, shortened when long.
func quote(s string) string { return "“" + cutText(s) + "”" }

// cutText is s on one line, cut to 40 characters, for a sentence that quotes it (the
// catalogue's text puts the quotation marks of its language around it).
func cutText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 40 {
		r := []rune(s)
		s = string(r[:37]) + "…"
	}
	return s
}

// contains reports whether ss holds s.
func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
