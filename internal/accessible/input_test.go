package accessible

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// A raw terminal's keys (an SSH client with a pty) are edited into lines:
// echoed, erased with backspace and ctrl+u, ended by enter (CR, LF or CR
// LF); arrow keys and other sequences do nothing.
func TestRawLines(t *testing.T) {
	var echo bytes.Buffer
	keys := "2x\x7f\r" + // a typo erased
		"\x1b[A\x1bOB3\r\n" + // arrow keys, then 3, CR LF
		"abc\x15s\n" + // ctrl+u erases the line
		"日本\x7f\x7fb\r" + // a wide character takes two cells to erase
		"\x01\x07q\r" // other controls do nothing
	r := newRawLines(strings.NewReader(keys), &echo)
	for _, want := range []string{"2", "3", "s", "b", "q"} {
		got, err := r.readLine()
		if err != nil || got != want {
			t.Fatalf("readLine = %q, %v; want %q", got, err, want)
		}
	}
	if _, err := r.readLine(); err != io.EOF {
		t.Errorf("at the end: %v, want io.EOF", err)
	}
	want := "2x\b \b\r\n3\r\nabc\b \b\b \b\b \bs\r\n日本\b \b\b \b\b \b\b \bb\r\nq\r\n"
	if echo.String() != want {
		t.Errorf("echo = %q\nwant   %q", echo.String(), want)
	}
}

// ctrl+c ends the session; ctrl+d ends it on an empty line only.
func TestRawEnds(t *testing.T) {
	r := newRawLines(strings.NewReader("ab\x03"), io.Discard)
	if _, err := r.readLine(); !errors.Is(err, errInterrupt) {
		t.Errorf("ctrl+c: %v", err)
	}
	r = newRawLines(strings.NewReader("a\x04b\r\x04"), io.Discard)
	if got, err := r.readLine(); got != "ab" || err != nil {
		t.Errorf("ctrl+d inside a line: %q, %v", got, err)
	}
	if _, err := r.readLine(); err != io.EOF {
		t.Errorf("ctrl+d on an empty line: %v", err)
	}
}

// A raw session writes CR LF, echoes what is typed and is otherwise as
// plain as a cooked one; ctrl+c ends it without an error.
func TestRawSession(t *testing.T) {
	var out bytes.Buffer
	s := story(t, model.English)
	err := Run(t.Context(), s, strings.NewReader("2\r3\x7f4\rs\rb\r/Soft\x1b[DBank\r1\rt\r\r\x03"), &out, Options{Raw: true})
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	checkPlain(t, got, true)
	if strings.Contains(strings.ReplaceAll(got, "\r\n", ""), "\n") || strings.Contains(got, "\r\r") {
		t.Error("a line does not end with one CR LF")
	}
	for _, want := range []string{"Menu. Command (h for help): 2\r\n", "Deal changes, item 4 of 10.\r\n", "/SoftBank\r\n", "Step 2 of 13.", "^C\r\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q", want)
		}
	}
}

// Lines end at LF or CR LF; a last line without an end is read; an empty
// line is a line.
func TestCookedLines(t *testing.T) {
	r := newCookedLines(strings.NewReader("one\r\n\ntwo\nlast"))
	for _, want := range []string{"one", "", "two", "last"} {
		if got, err := r.readLine(); err != nil || got != want {
			t.Fatalf("readLine = %q, %v; want %q", got, err, want)
		}
	}
	if _, err := r.readLine(); err != io.EOF {
		t.Errorf("at the end: %v", err)
	}
	long := strings.Repeat("x", MaxLine+1)
	r = newCookedLines(strings.NewReader(long + "\nok\n" + long))
	for _, want := range []error{errTooLong, nil, errTooLong, io.EOF} {
		if _, err := r.readLine(); err != want {
			t.Errorf("readLine: %v, want %v", err, want)
		}
	}
}
