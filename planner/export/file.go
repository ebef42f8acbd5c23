package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/coplaunch/coplaunch/planner/internal/safefile"
)

// WriteFileAtomic writes a file through write so that the file at path is either the complete
// new content or untouched: write fills a temporary file (mode 0600) in the same folder, which
// is synced, closed and moved over path, and the move is made durable. On Windows a file that
// another program holds open (a CSV open in Excel) cannot be replaced: the error then wraps
// safefile.ErrInUse and says so. On any failure the
// temporary file is removed and the error names path and the cause.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	if path == "" {
		return errors.New("write file: no file name given")
	}
	dir := filepath.Dir(path)
	if fi, statErr := os.Stat(dir); statErr != nil {
		if errors.Is(statErr, os.ErrNotExist) {
			return fmt.Errorf("write %s: the folder %s does not exist", path, dir)
		}
		return fmt.Errorf("write %s: %w", path, statErr)
	} else if !fi.IsDir() {
		return fmt.Errorf("write %s: %s is not a folder", path, dir)
	}
	if fi, statErr := os.Stat(path); statErr == nil && fi.IsDir() {
		return fmt.Errorf("write %s: a folder of that name is in the way", path)
	}
	// os.CreateTemp creates the file with mode 0600.
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: cannot create a file in %s: %w", path, dir, unwrapPath(err))
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmpName)
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = callWrite(write, bw); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: sync: %w", path, unwrapPath(err))
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: close: %w", path, unwrapPath(err))
	}
	if err = safefile.Replace(tmpName, path); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	safefile.SyncDir(dir)
	return nil
}

// callWrite runs write, turning a panic in it into an error so that the temporary file is
// still removed.
func callWrite(write func(io.Writer) error, w io.Writer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return write(w)
}

// unwrapPath drops the *os.PathError wrapper, whose temp file name would only confuse.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// maxNameBytes keeps names well under the 255-byte limit of common file systems, leaving
// room for the extension and the temporary suffix.
const maxNameBytes = 120

// reservedNames are device names Windows refuses as file names, with any extension.
var reservedNames = map[string]bool{
	"CON": true, "PRN": true, "AUX": true, "NUL": true, "CONIN$": true, "CONOUT$": true,
	"COM0": true, "COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT0": true, "LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true,
	"COM¹": true, "COM²": true, "COM³": true, "LPT¹": true, "LPT²": true, "LPT³": true,
}

// FileName turns a plan name into a file name safe on Windows, macOS and Linux: letters of
// any script are kept; path separators, characters Windows reserves, control characters and
// symbols become spaces; spaces collapse; leading and trailing dots, dashes and spaces go; Windows device
// names get a "-plan" suffix; the name is cut to a safe length. An empty result becomes
// "plan". ext ("pdf" or ".pdf") is appended; "" appends nothing.
func FileName(planName, ext string) string {
	s := norm.NFC.String(strings.ToValidUTF8(planName, ""))
	var b strings.Builder
	lastSpace := false
	for _, r := range s {
		var out rune
		switch {
		case unicode.IsSpace(r):
			out = ' '
		case strings.ContainsRune(`<>:"/\|?*`, r), unicode.IsControl(r):
			out = ' '
		case unicode.Is(unicode.Cf, r), unicode.Is(unicode.Variation_Selector, r):
			continue
		case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r),
			strings.ContainsRune(" .,-_()[]{}'&+!#$%@=;~", r):
			out = r
		default:
			out = ' ' // symbols and emoji: harmless mostly, but unreadable in file dialogs
		}
		if out == ' ' && lastSpace {
			continue
		}
		lastSpace = out == ' '
		b.WriteRune(out)
	}
	name := strings.Trim(b.String(), " .-")
	if len(name) > maxNameBytes {
		cut := maxNameBytes
		for cut > 0 && !utf8.RuneStart(name[cut]) {
			cut--
		}
		name = strings.TrimRight(name[:cut], " .-")
	}
	if name == "" {
		name = "plan"
	}
	stem := name
	if i := strings.IndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	if reservedNames[strings.ToUpper(strings.TrimRight(stem, " "))] {
		name += "-plan"
	}
	ext = strings.TrimLeft(strings.TrimSpace(ext), ".")
	if ext == "" {
		return name
	}
	return name + "." + ext
}
