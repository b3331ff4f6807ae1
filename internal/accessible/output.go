package accessible

import (
	"io"
	"strconv"
	"strings"

	"github.com/dealtui/dealtui/model"
)

// response collects the lines of one answer, wrapped to the width, so
// that it is written at once and paged when the terminal is shorter.
type response struct {
	width int
	lines []string
}

// para adds a paragraph, wrapped between words.
func (r *response) para(s string) {
	r.lines = append(r.lines, model.WrapLines(s, r.width, "", "")...)
}

// numbered adds a numbered entry, its later lines under its text.
func (r *response) numbered(n int, s string) {
	label := strconv.Itoa(n) + ". "
	r.lines = append(r.lines, model.WrapLines(s, r.width, label, strings.Repeat(" ", len(label)))...)
}

// block adds text already wrapped (an item as the text export writes it).
func (r *response) block(text string) {
	r.lines = append(r.lines, strings.Split(strings.TrimRight(text, "\n"), "\n")...)
}

// blank adds an empty line between parts, never two in a row or first.
func (r *response) blank() {
	if n := len(r.lines); n > 0 && r.lines[n-1] != "" {
		r.lines = append(r.lines, "")
	}
}

// terminal writes the mode's output: plain lines, with CR LF on a raw
// terminal, where the program and not the terminal ends a line.
type terminal struct {
	w    io.Writer
	crlf bool
	err  error // the first write error; nothing is written after it
}

// Write lets the raw line editor echo through the terminal.
func (t *terminal) Write(p []byte) (int, error) {
	t.write(string(p))
	return len(p), t.err
}

func (t *terminal) write(s string) {
	if t.err != nil {
		return
	}
	if t.crlf {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
	}
	_, t.err = io.WriteString(t.w, s)
}
