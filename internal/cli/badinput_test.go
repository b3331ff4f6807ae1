package cli

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// badCase is a mistake a person can make: it must end in a clear message
// on stderr, exit code 2 and nothing on stdout (no story half printed),
// quickly.
type badCase struct {
	name string
	args []string
	want []string // every one of these on stderr
}

// runBad runs one bad case, with a deadline: a hang fails the test.
func runBad(t *testing.T, c badCase) {
	t.Helper()
	type result struct {
		code        int
		out, errOut string
	}
	done := make(chan result, 1)
	go func() {
		var out, errOut bytes.Buffer
		code := Run(context.Background(), Build{}, c.args, strings.NewReader(""), &out, &errOut)
		done <- result{code, out.String(), errOut.String()}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%v did not finish within 10s", c.args)
	}
	if r.code != exitUsage {
		t.Errorf("exit %d, want %d; stderr:\n%s", r.code, exitUsage, r.errOut)
	}
	for _, w := range c.want {
		if !strings.Contains(r.errOut, w) {
			t.Errorf("stderr does not say %q:\n%s", w, r.errOut)
		}
	}
	if r.out != "" {
		t.Errorf("wrote to stdout on error: %.120q", r.out)
	}
	if strings.ContainsAny(r.errOut, "\x1b\x07\u009b\u202e") {
		t.Errorf("a control character reached stderr: %q", r.errOut)
	}
}

// copyPack copies a test pack to a temporary directory, to spoil.
func copyPack(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join("..", "..", "testdata", "packs", name)
	dst := t.TempDir()
	err := fs.WalkDir(os.DirFS(src), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dst, filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(filepath.Join(src, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Bad flags and values, beyond TestCLIErrors: every flag with a bad or
// missing value, flags given to the wrong command, and values that carry
// terminal controls (shown escaped, never sent to the terminal).
func TestBadFlags(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no\x1b]0;pwned\x07such")
	for _, c := range []badCase{
		{"unknown shorthand flag", []string{"-x"}, []string{"unknown shorthand flag: 'x' in -x", "Try 'dealtui --help'"}},
		{"unknown flag after a good one", []string{"--theme", "dark", "--colour"}, []string{"unknown flag: --colour"}},
		{"--content without a value", []string{"--content"}, []string{"flag needs an argument: --content"}},
		{"--theme without a value", []string{"--theme"}, []string{"flag needs an argument: --theme"}},
		{"--pane without a value", []string{"--pane"}, []string{"flag needs an argument: --pane"}},
		{"--item without a value", []string{"--item"}, []string{"flag needs an argument: --item"}},
		{"--width without a value", []string{"--width"}, []string{"flag needs an argument: --width"}},
		{"-f without a value", []string{"print", "-f"}, []string{"flag needs an argument: 'f' in -f"}},
		{"--no-mouse=maybe", []string{"--no-mouse=maybe"}, []string{`invalid argument "maybe" for "--no-mouse" flag`}},
		{"--theme in capitals", []string{"--theme", "DARK"}, []string{`--theme: unknown theme "DARK": want auto, dark or light`}},
		{"--pane in capitals", []string{"--pane", "Deal"}, []string{`--pane: unknown pane "Deal"`}},
		{"--pane as a number", []string{"--pane", "2"}, []string{`--pane: unknown pane "2"`}},
		{"--format in capitals", []string{"print", "--format", "JSON"}, []string{`unknown format "JSON": want one of text, markdown, json, html, tour, tour-text`}},
		// print's mistakes name the flag and point to print's own help.
		{"--format unknown", []string{"print", "--format", "yaml"}, []string{"dealtui: --format: unknown format \"yaml\": want one of text, markdown, json, html, tour, tour-text\nTry 'dealtui print --help' for usage.\n"}},
		{"print's --width out of range", []string{"print", "--width", "5"}, []string{"Try 'dealtui print --help' for usage."}},
		{"an unknown flag of print", []string{"print", "--colour"}, []string{"unknown flag: --colour\nTry 'dealtui print --help' for usage."}},
		{"an argument to print", []string{"print", "all"}, []string{"Try 'dealtui print --help' for usage."}},
		{"--format empty", []string{"print", "--format="}, []string{`unknown format "": want one of text, markdown, json, html, tour, tour-text`}},
		{"--width negative (explorer)", []string{"--width", "-1"}, []string{`invalid argument "-1" for "--width" flag: want a whole number of columns from 20 to 1000`}},
		{"--width not a number (explorer)", []string{"--width", "wide"}, []string{`invalid argument "wide" for "--width" flag: want a whole number`}},
		{"--width too small", []string{"print", "--width", "5"}, []string{`invalid argument "5" for "--width" flag: want a whole number of columns from 20 to 1000`}},
		{"--width too large", []string{"print", "--width", "99999999999999999999"}, []string{`invalid argument "99999999999999999999" for "--width" flag: want a whole number`}},
		{"--width a fraction", []string{"print", "--width", "7.5"}, []string{`invalid argument "7.5" for "--width" flag`}},
		{"--content empty", []string{"print", "--content", ""}, []string{"--content: give a directory"}},
		{"an unsupported shell", []string{"completion", "tcsh"}, []string{`unsupported shell "tcsh": want one of bash, zsh, fish, powershell`}},
		{"completion without a shell", []string{"completion"}, []string{"name one shell"}},
		{"a flag of the explorer given to print", []string{"print", "--theme", "dark"}, []string{"unknown flag: --theme"}},
		{"a flag of print given to the explorer", []string{"--format", "json"}, []string{"unknown flag: --format"}},
		{"a misspelt command", []string{"prnt"}, []string{`unknown command "prnt" for "dealtui"; did you mean "print"?`}},
		{"an unknown argument", []string{"zebra"}, []string{`unexpected argument "zebra" for "dealtui"`}},
		{"--item with control characters", []string{"--item", "\x1b[2J\u202eevil"}, []string{`--item "\x1b[2J\u202eevil": no item has that id`}},
		{"--content naming a missing directory with controls", []string{"--content", missing}, []string{`no\x1b]0;pwned\asuch": no such file or directory`}},
	} {
		t.Run(c.name, func(t *testing.T) { runBad(t, c) })
	}
}

// Bad content directories: empty, with one broken file among good ones,
// with several, with a file too big, not UTF-8, in the wrong place. Every
// problem is reported with its file and line, and nothing is printed: a
// pack loads whole or not at all.
func TestBadContentDirs(t *testing.T) {
	empty := t.TempDir()

	oneBroken := copyPack(t, "valid")
	writeFile(t, filepath.Join(oneBroken, "deal", "01-term.md"), "---\nid: term-one\nkind: term\ntitle: [unclosed\n---\n")

	several := copyPack(t, "valid")
	writeFile(t, filepath.Join(several, "deal", "01-term.md"), "---\nid: term-one\nkind: term\ntitle: [unclosed\n---\n")
	writeFile(t, filepath.Join(several, "japan", "01-company.md"), "no front matter\n")
	writeFile(t, filepath.Join(several, "timeline", "03-bad.md"), "---\nid: bad-date\nkind: event\ntitle: T\ndate: 2019-13-01\nsummary: S.\nprovenance: background\ncitations: [B01]\nwhat_changed: W.\nwhy_it_matters: M.\n---\n")

	big := copyPack(t, "valid")
	writeFile(t, filepath.Join(big, "impact", "02-big.md"), "---\n"+strings.Repeat("x", 1<<20)+"\n---\n")

	notUTF8 := copyPack(t, "valid")
	writeFile(t, filepath.Join(notUTF8, "impact", "02-latin1.md"), "---\nid: latin\nkind: impact\ntitle: Caf\xe9\n---\n")

	misplaced := copyPack(t, "valid")
	writeFile(t, filepath.Join(misplaced, "notes", "extra", "N02.md"), "---\nid: N02\n---\n")

	for _, c := range []badCase{
		{"an empty directory", []string{"--content", empty, "print"}, []string{
			"story.md: missing: the pack needs a story.md", "timeline/: no items", "deal/: no items",
			"japan/: no items", "impact/: no items", "sources/article/: no items"}},
		{"one broken file among good ones", []string{"--content", oneBroken}, []string{
			"content " + oneBroken + ": 1 problem", oneBroken + "/deal/01-term.md:4: front matter is not valid YAML"}},
		{"several broken files: all reported", []string{"--content", several, "print"}, []string{
			": 3 problems", "/deal/01-term.md:4: front matter is not valid YAML",
			"/japan/01-company.md:1: no front matter", `/timeline/03-bad.md:5: field "date"`}},
		{"a file over 1 MiB", []string{"--content", big, "print"}, []string{
			"/impact/02-big.md: file is 1048585 bytes: content files may be at most 1048576 bytes (1 MiB)"}},
		{"a file that is not UTF-8", []string{"--content", notUTF8, "print"}, []string{"/impact/02-latin1.md:4: not valid UTF-8 text"}},
		{"a file in no pane's folder", []string{"--content", misplaced, "print"}, []string{"/notes/extra/N02.md: not a place for a content file"}},
	} {
		t.Run(c.name, func(t *testing.T) { runBad(t, c) })
	}
}
