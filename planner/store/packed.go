package store

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/coplaunch/coplaunch/planner"
)

// A survey response's answers and a candidate's status history are kept packed in their
// item's row (migration 0010), as compact JSON arrays:
//
//	responses.answers   [[questionID,"text",choices,[[themeID,"state"],…]],…]
//	                    choices: null (no list) or ["choice",…]
//	candidates.history  [["status","2026-01-02"],…]
//
// Each is one record, read and written with its row: SQLite and database/sql cost about the
// same per row whatever it holds, and the large plan had eleven answer rows per response and
// three status rows per candidate (51,000 rows in all; 11,800 now). The format is what SQLite's json_array writes (migration 0010
// packs the old rows with it), and the encoder here writes the same: texts are copied byte for
// byte, with only '"', '\' and control characters escaped, so that any text, even one that is
// not valid UTF-8, loads back exactly. The decoder reads any JSON of that shape.

// encAnswers packs a response's answers; no answers is "[]".
func encAnswers(as []planner.Answer) string {
	if len(as) == 0 {
		return "[]"
	}
	n := 2
	for _, a := range as {
		n += 24 + len(a.Text)
		for _, c := range a.Choices {
			n += 3 + len(c)
		}
		n += 16 * len(a.Tags)
	}
	b := make([]byte, 0, n)
	b = append(b, '[')
	for i, a := range as {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, a.QuestionID, 10)
		b = append(b, ',')
		b = appendJSONString(b, a.Text)
		b = append(b, ',')
		if a.Choices == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, '[')
			for j, c := range a.Choices {
				if j > 0 {
					b = append(b, ',')
				}
				b = appendJSONString(b, c)
			}
			b = append(b, ']')
		}
		b = append(b, ",["...)
		for j, t := range a.Tags {
			if j > 0 {
				b = append(b, ',')
			}
			b = append(b, '[')
			b = strconv.AppendInt(b, t.ThemeID, 10)
			b = append(b, ',')
			b = appendJSONString(b, string(t.State))
			b = append(b, ']')
		}
		b = append(b, "]]"...)
	}
	b = append(b, ']')
	return string(b)
}

// encHistory packs a candidate's status history; no history is "[]".
func encHistory(h []planner.StatusEntry) string {
	if len(h) == 0 {
		return "[]"
	}
	b := make([]byte, 0, 2+len(h)*28)
	b = append(b, '[')
	for i, e := range h {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = appendJSONString(b, string(e.Status))
		b = append(b, ',')
		b = appendJSONString(b, encDate(e.On))
		b = append(b, ']')
	}
	b = append(b, ']')
	return string(b)
}

// appendJSONString appends s as a JSON string, escaping '"', '\' and the control characters
// as SQLite's JSON functions do; every other byte is copied as it is.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// unpacker decodes packed answers and histories. Texts without escapes are substrings of the
// packed text (which the loaded plan then shares); the short texts that repeat (tag states,
// statuses), choice lists and dates are decoded once per unpacker.
type unpacker struct {
	strs  map[string]string
	lists map[string][]string
	dates map[string]planner.Date

	// scratch buffers, reused from record to record
	answers []planner.Answer
	tags    []planner.Tag
	history []planner.StatusEntry

	// the loaded plan's slices are carved from these blocks, a few allocations for a table
	answerBlock  block[planner.Answer]
	tagBlock     block[planner.Tag]
	historyBlock block[planner.StatusEntry]
}

func newUnpacker() *unpacker {
	return &unpacker{strs: map[string]string{},
		answerBlock: block[planner.Answer]{size: 1024}, tagBlock: block[planner.Tag]{size: 256},
		historyBlock: block[planner.StatusEntry]{size: 2048}}
}

// block hands out slices of a few large arrays: take copies v into the current array (a new
// one when it is full) and returns that run, capped at its length, so that appending to one
// run later never writes into the next.
type block[T any] struct {
	size int
	buf  []T
}

func (b *block[T]) take(v []T) []T {
	if len(v) == 0 {
		return nil
	}
	if cap(b.buf)-len(b.buf) < len(v) {
		b.buf = make([]T, 0, max(b.size, len(v)))
	}
	start := len(b.buf)
	b.buf = append(b.buf, v...)
	return b.buf[start:len(b.buf):len(b.buf)]
}

// intern returns the unpacker's single copy of s.
func (u *unpacker) intern(s string) string {
	if v, ok := u.strs[s]; ok {
		return v
	}
	s = strings.Clone(s) // not a substring holding its whole packed text
	u.strs[s] = s
	return s
}

// answers decodes a response's packed answers; none is nil.
func (u *unpacker) unpackAnswers(s string) ([]planner.Answer, error) {
	d := jdec{s: s}
	u.answers = u.answers[:0]
	for d.next('[') {
		var a planner.Answer
		d.open()
		a.QuestionID = d.int()
		d.comma()
		a.Text = d.str()
		d.comma()
		if !d.null() {
			start := d.i
			d.open()
			n := 0
			for d.next('[') {
				d.str()
				n++
			}
			raw := s[start:d.i]
			if d.err != nil {
				break
			}
			v, ok := u.lists[raw]
			if !ok {
				v = make([]string, 0, n)
				c := jdec{s: raw}
				for c.next('[') {
					v = append(v, strings.Clone(c.str()))
				}
				if u.lists == nil {
					u.lists = map[string][]string{}
				}
				u.lists[strings.Clone(raw)] = v
			}
			// Each answer owns its list (the strings are shared: they cannot change).
			a.Choices = append(make([]string, 0, len(v)), v...)
		}
		d.comma()
		d.open()
		u.tags = u.tags[:0]
		for d.next('[') {
			var t planner.Tag
			d.open()
			t.ThemeID = d.int()
			d.comma()
			t.State = planner.TagState(u.intern(d.str()))
			d.close()
			u.tags = append(u.tags, t)
		}
		a.Tags = u.tagBlock.take(u.tags)
		d.close()
		u.answers = append(u.answers, a)
	}
	if err := d.end(); err != nil {
		return nil, fmt.Errorf("packed answers: %w", err)
	}
	return u.answerBlock.take(u.answers), nil
}

// unpackHistory decodes a candidate's packed status history; none is nil.
func (u *unpacker) unpackHistory(s string) ([]planner.StatusEntry, error) {
	d := jdec{s: s}
	u.history = u.history[:0]
	for d.next('[') {
		var e planner.StatusEntry
		d.open()
		e.Status = planner.CandidateStatus(u.intern(d.str()))
		d.comma()
		on := d.str()
		d.close()
		if d.err != nil {
			break
		}
		var err error
		if e.On, err = u.date(on); err != nil {
			return nil, fmt.Errorf("packed status history: %w", err)
		}
		u.history = append(u.history, e)
	}
	if err := d.end(); err != nil {
		return nil, fmt.Errorf("packed status history: %w", err)
	}
	return u.historyBlock.take(u.history), nil
}

// date is decDate, each distinct text parsed once.
func (u *unpacker) date(s string) (planner.Date, error) {
	if d, ok := u.dates[s]; ok {
		return d, nil
	}
	d, err := decDate(s)
	if err != nil {
		return d, err
	}
	if u.dates == nil {
		u.dates = map[string]planner.Date{}
	}
	u.dates[strings.Clone(s)] = d
	return d, nil
}

// jdec reads the JSON of a packed record: arrays, integers, strings and null, which is all
// the format holds. The first error stops it; later calls then do nothing.
type jdec struct {
	s      string
	i      int
	err    error
	opened bool // the current array has no element read yet
}

func (d *jdec) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%s at byte %d of %q", what, d.i, d.s)
	}
}

func (d *jdec) ws() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// expect reads the byte c, after any space; anything else fails with "want c".
func (d *jdec) expect(c byte) {
	if d.err != nil {
		return
	}
	d.ws()
	if d.i >= len(d.s) || d.s[d.i] != c {
		d.fail("want " + string(rune(c)))
		return
	}
	d.i++
}

// open reads '['.
func (d *jdec) open() {
	d.expect('[')
	d.opened = d.err == nil
}

// next reports whether the array being read has another element, reading '[' first when
// it is the outer array's start (first is '[': the caller's loop opens the array itself on
// the first call) and the ',' between elements.
func (d *jdec) next(first byte) bool {
	if d.err != nil {
		return false
	}
	if d.i == 0 && first == '[' && !d.opened {
		d.open()
		if d.err != nil {
			return false
		}
	}
	d.ws()
	if d.i >= len(d.s) {
		d.fail("unterminated array")
		return false
	}
	if d.s[d.i] == ']' {
		d.i++
		d.opened = false
		return false
	}
	if !d.opened {
		if d.s[d.i] != ',' {
			d.fail("want , or ]")
			return false
		}
		d.i++
	}
	d.opened = false
	return true
}

// comma reads the ',' between the fixed elements of a record.
func (d *jdec) comma() { d.expect(',') }

// close reads the ']' that ends a record.
func (d *jdec) close() {
	d.expect(']')
	d.opened = false
}

// end checks that the whole text was read.
func (d *jdec) end() error {
	if d.err == nil {
		d.ws()
		if d.i != len(d.s) {
			d.fail("trailing data")
		}
	}
	return d.err
}

// null reads null if it is next.
func (d *jdec) null() bool {
	if d.err != nil {
		return false
	}
	d.ws()
	if strings.HasPrefix(d.s[d.i:], "null") {
		d.i += 4
		return true
	}
	return false
}

func (d *jdec) int() int64 {
	if d.err != nil {
		return 0
	}
	d.ws()
	start := d.i
	if d.i < len(d.s) && d.s[d.i] == '-' {
		d.i++
	}
	for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
		d.i++
	}
	v, err := strconv.ParseInt(d.s[start:d.i], 10, 64)
	if err != nil {
		d.i = start
		d.fail("want an integer")
	}
	return v
}

// str reads a string: a substring of the packed text when it has no escapes.
func (d *jdec) str() string {
	if d.err != nil {
		return ""
	}
	d.ws()
	if d.i >= len(d.s) || d.s[d.i] != '"' {
		d.fail("want a string")
		return ""
	}
	d.i++
	start := d.i
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case '"':
			v := d.s[start:d.i]
			d.i++
			return v
		case '\\':
			return d.escaped(start)
		}
		d.i++
	}
	d.fail("unterminated string")
	return ""
}

// escaped reads the rest of a string that has escapes, from d.i (a '\'); start is where the
// string's text began.
func (d *jdec) escaped(start int) string {
	b := make([]byte, 0, d.i-start+16)
	b = append(b, d.s[start:d.i]...)
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			return string(b)
		case c != '\\':
			b = append(b, c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.s) {
			break
		}
		e := d.s[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				d.fail("bad \\u escape")
				return ""
			}
			if utf16.IsSurrogate(r) {
				r2, ok := rune(0), false
				if strings.HasPrefix(d.s[d.i:], "\\u") {
					save := d.i
					d.i += 2
					if r2, ok = d.hex4(); !ok {
						d.i = save
					}
				}
				if dr := utf16.DecodeRune(r, r2); ok && dr != utf8.RuneError {
					r = dr
				} else {
					r = utf8.RuneError
					if ok {
						d.i -= 6 // the second escape stands on its own
					}
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			d.fail("bad escape")
			return ""
		}
	}
	d.fail("unterminated string")
	return ""
}

func (d *jdec) hex4() (rune, bool) {
	if d.i+4 > len(d.s) {
		return 0, false
	}
	v, err := strconv.ParseUint(d.s[d.i:d.i+4], 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(v), true
}
