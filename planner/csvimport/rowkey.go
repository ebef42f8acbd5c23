package csvimport

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// rowKey returns the row's import key, and whether it is the tool's response ID: the format
// and the ID ("typeform:…", "microsoft-forms:…"), or "csv:" and a hash of the trimmed cells. buf is scratch
// space reused across rows.
func rowKey(f Format, row []string, meta map[string]int, buf *[]byte) (string, bool) {
	if tok := cell(row, meta, MetaToken); tok != "" {
		if f == Generic {
			return "csv-id:" + tok, true
		}
		return string(f) + ":" + tok, true
	}
	return hashKey(row, buf), false
}

// hashKey is the import key of a row without a response ID: "csv:" and a hash of its
// trimmed cells, trailing blank cells left out.
func hashKey(row []string, buf *[]byte) string {
	end := len(row)
	for end > 0 && strings.TrimSpace(row[end-1]) == "" {
		end-- // a padded or short row is the same row
	}
	b := (*buf)[:0]
	for i, c := range row[:end] {
		if i > 0 {
			b = append(b, 0x1f)
		}
		b = append(b, strings.TrimSpace(c)...)
	}
	*buf = b
	sum := sha256.Sum256(b)
	return "csv:" + hex.EncodeToString(sum[:16])
}
