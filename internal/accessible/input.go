package accessible

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// MaxLine is the longest input line the mode reads, in bytes; a longer
// line is read to its end and dropped, with a message, so that a line of
// any length costs at most this much memory.
const MaxLine = 4096

// errTooLong is the result of a line longer than MaxLine.
var errTooLong = errors.New("line too long")

// errInterrupt is ctrl+c typed on a raw terminal: the session ends.
var errInterrupt = errors.New("interrupted")

// lineReader gives the reader's input a line at a time: the line without
// its end, errTooLong for a line that was dropped, io.EOF at the end.
type lineReader interface {
	readLine() (string, error)
}

// cookedLines reads lines the terminal (or a pipe) has already edited:
// a local terminal in its usual mode echoes and edits each line itself.
type cookedLines struct {
	sc *bufio.Scanner
}

// tooLongToken stands for a dropped line among the scanner's tokens; no
// line read can hold it (a line holds no NUL byte once cleaned).
const tooLongToken = "\x00too long\x00"

func newCookedLines(r io.Reader) *cookedLines {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 512), MaxLine+1)
	dropping := false
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		i := bytes.IndexByte(data, '\n')
		switch {
		case i >= 0 && dropping:
			dropping = false
			return i + 1, []byte(tooLongToken), nil
		case i >= 0:
			return i + 1, bytes.TrimSuffix(data[:i], []byte("\r")), nil
		case len(data) > MaxLine:
			// No end of line within the limit: drop what there is and
			// go on dropping to the next one.
			dropping = true
			return len(data), nil, nil
		case atEOF && dropping:
			dropping = false
			return len(data), []byte(tooLongToken), nil
		case atEOF && len(data) > 0:
			return len(data), bytes.TrimSuffix(data, []byte("\r")), nil
		}
		return 0, nil, nil
	})
	return &cookedLines{sc: sc}
}

func (c *cookedLines) readLine() (string, error) {
	if !c.sc.Scan() {
		if err := c.sc.Err(); err != nil {
			return "", err
		}
		return "", io.EOF
	}
	if line := c.sc.Text(); line != tooLongToken {
		return line, nil
	}
	return "", errTooLong
}

// rawLines edits lines from a terminal in raw mode, as an SSH client with
// a pseudo-terminal sends keys: it echoes what is typed, erases with
// backspace and ctrl+u, ends a line at enter, ends the session at ctrl+c
// and at ctrl+d on an empty line, and drops escape sequences (arrow keys,
// function keys) without acting on them.
type rawLines struct {
	in   *bufio.Reader
	echo io.Writer
	// lastCR is set after a CR, so that the LF of a CR LF pair does not
	// end a second, empty line.
	lastCR bool
}

func newRawLines(r io.Reader, echo io.Writer) *rawLines {
	return &rawLines{in: bufio.NewReaderSize(r, 256), echo: echo}
}

func (r *rawLines) readLine() (string, error) {
	var line []byte
	tooLong := false
	for {
		c, err := r.in.ReadByte()
		if err != nil {
			return "", err
		}
		cr := r.lastCR
		r.lastCR = c == '\r'
		switch {
		case c == '\n' && cr:
			continue
		case c == '\r' || c == '\n':
			r.write("\r\n")
			if tooLong {
				return "", errTooLong
			}
			return string(line), nil
		case c < 0x20 || c == 0x7f:
			if line, err = r.control(c, line); err != nil {
				return "", err
			}
		default:
			if err := r.in.UnreadByte(); err != nil {
				return "", err
			}
			line, tooLong = r.typed(line, tooLong)
		}
	}
}

// control acts on a control key typed into the line.
func (r *rawLines) control(c byte, line []byte) ([]byte, error) {
	switch c {
	case 0x03: // ctrl+c
		r.write("^C\r\n")
		return line, errInterrupt
	case 0x04: // ctrl+d ends the input on an empty line, as a terminal does
		if len(line) == 0 {
			r.write("\r\n")
			return line, io.EOF
		}
	case 0x7f, 0x08:
		return r.erase(line, 1), nil
	case 0x15: // ctrl+u
		return r.erase(line, len(line)), nil
	case 0x1b:
		r.skipEscape()
	}
	return line, nil // other controls do nothing
}

// typed takes one character typed into the line and echoes it; past
// MaxLine the line is marked too long and no more is kept.
func (r *rawLines) typed(line []byte, tooLong bool) ([]byte, bool) {
	ch, size, err := r.in.ReadRune()
	if err != nil || ch == utf8.RuneError && size <= 1 || termsafe.IsUnsafe(ch) {
		return line, tooLong // not UTF-8, or a control or invisible: dropped
	}
	if tooLong || len(line)+size > MaxLine {
		return line, true
	}
	r.write(string(ch))
	return utf8.AppendRune(line, ch), tooLong
}

// erase takes n characters off the end of the line, and off the screen:
// back, a space over the character, back again, for each of its cells.
func (r *rawLines) erase(line []byte, n int) []byte {
	for ; n > 0 && len(line) > 0; n-- {
		ch, size := utf8.DecodeLastRune(line)
		line = line[:len(line)-size]
		for range max(ansi.StringWidth(string(ch)), 1) {
			r.write("\b \b")
		}
	}
	return line
}

// skipEscape drops the rest of an escape sequence: CSI (ESC [ … final
// byte) or SS3 (ESC O x), or the one character after a lone ESC; at most
// a few bytes, so no input can hold it.
func (r *rawLines) skipEscape() {
	c, err := r.in.ReadByte()
	if err != nil {
		return
	}
	switch c {
	case 'O':
		_, _ = r.in.ReadByte()
	case '[':
		for range 32 {
			b, err := r.in.ReadByte()
			if err != nil || b >= 0x40 && b <= 0x7e {
				return
			}
		}
	}
}

func (r *rawLines) write(s string) { _, _ = io.WriteString(r.echo, s) }
