// Package fonts bundles the TrueType faces the PDFs use for the scripts the body font lacks:
// Noto Sans Arabic, Hebrew and Devanagari (regular and bold, SIL Open Font License 1.1, see
// OFL.txt) and Droid Sans Fallback for Chinese, Japanese and Korean (Apache License 2.0, see
// LICENSE-Apache-2.0.txt). The bytes are part of the binary; nothing parses them until a
// document needs one of these scripts.
package fonts

import _ "embed"

var (
	//go:embed NotoSansArabic-Regular.ttf
	ArabicRegular []byte
	//go:embed NotoSansArabic-Bold.ttf
	ArabicBold []byte
	//go:embed NotoSansHebrew-Regular.ttf
	HebrewRegular []byte
	//go:embed NotoSansHebrew-Bold.ttf
	HebrewBold []byte
	//go:embed NotoSansDevanagari-Regular.ttf
	DevanagariRegular []byte
	//go:embed NotoSansDevanagari-Bold.ttf
	DevanagariBold []byte
	// CJK is Droid Sans Fallback: Han ideographs, kana, Hangul and CJK punctuation. It has
	// no bold face; bold text is emboldened by stroking the outline.
	//go:embed DroidSansFallback.ttf
	CJK []byte
)
