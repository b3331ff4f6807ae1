package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

// runCLI runs the program with buffers for its streams (so nothing is a
// terminal) and returns the exit code and what it wrote.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), Build{}, args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestPrintGolden(t *testing.T) {
	for _, format := range model.Formats() {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "print", "--format", format)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			golden.RequireEqual(t, out)
		})
	}
}

// The Japanese edition in every format, as --lang ja prints it; the JSON
// says its language.
func TestPrintGoldenJapanese(t *testing.T) {
	for _, format := range model.Formats() {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "print", "--lang", "ja", "--format", format)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if format == string(model.FormatJSON) && !strings.Contains(out, `"lang": "ja"`) {
				t.Error(`the JSON does not say "lang": "ja"`)
			}
			golden.RequireEqual(t, out)
		})
	}
}

// Without a terminal, plain dealtui prints the text form instead of
// starting the explorer.
func TestRootWithoutTerminalPrintsText(t *testing.T) {
	_, text, _ := runCLI(t, "print")
	code, out, errOut := runCLI(t)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if out != text {
		t.Error("dealtui without a terminal should print what dealtui print does")
	}
}

func TestPrintWidth(t *testing.T) {
	_, out, _ := runCLI(t, "print", "--width", "40")
	for i, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 40 {
			t.Errorf("line %d is %d columns wide: %q", i+1, n, line)
		}
	}
}

// The JSON export decodes into the documented shape and says the same as
// the story it came from.
func TestPrintJSONRoundTrip(t *testing.T) {
	_, out, _ := runCLI(t, "print", "--format", "json")
	var doc model.Document
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("decode: %v", err)
	}
	story, err := loadStory(nil, "", "en")
	if err != nil {
		t.Fatal(err)
	}
	want := story.Document()
	again, _ := json.Marshal(want)
	got, _ := json.Marshal(doc)
	if !bytes.Equal(got, again) {
		t.Error("JSON does not round-trip to the same document")
	}
	if doc.Format != "dealtui-story" || doc.Version != model.JSONVersion {
		t.Errorf("format/version = %q/%d", doc.Format, doc.Version)
	}
	// The documented top-level and item field names.
	var raw map[string]any
	_ = json.Unmarshal([]byte(out), &raw)
	for _, k := range []string{"format", "version", "story", "timeline", "terms", "japan", "impact", "notes", "sources"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("missing top-level field %q", k)
		}
	}
	ev := raw["timeline"].([]any)[0].(map[string]any)
	for _, k := range []string{"id", "kind", "title", "summary", "provenance", "citations", "related", "notes", "body", "date", "what_changed", "why_it_matters"} {
		if _, ok := ev[k]; !ok {
			t.Errorf("timeline event lacks field %q", k)
		}
	}
	term := raw["terms"].([]any)[0].(map[string]any)
	for _, k := range []string{"before", "after", "gains", "changed"} {
		if _, ok := term[k]; !ok {
			t.Errorf("term lacks field %q", k)
		}
	}
}

func TestCLIErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope")
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bad flag", []string{"--bogus"}, "unknown flag: --bogus"},
		{"bad print flag", []string{"print", "--bogus"}, "unknown flag: --bogus"},
		{"unknown format", []string{"print", "--format", "yaml"}, `unknown format "yaml": want one of text, markdown, json, html`},
		{"missing content dir", []string{"--content", missing, "print"}, "--content \"" + missing + "\": no such file or directory"},
		{"content is a file", []string{"--content", file}, "not a directory"},
		{"bad content", []string{"--content", "../../testdata/packs/bad-date", "print"}, `../../testdata/packs/bad-date/timeline/01-start.md:5: field "date"`},
		{"unexpected argument", []string{"print", "extra"}, `unexpected argument "extra"`},
		{"bad theme", []string{"--theme", "blue"}, `--theme: unknown theme "blue": want auto, dark or light`},
		{"bad pane", []string{"--pane", "nope"}, `--pane: unknown pane "nope": want one of timeline, deal, japan, impact, glossary`},
		{"bad item", []string{"--item", "nope"}, `--item "nope": no item has that id`},
		{"bad width", []string{"print", "--width", "-3"}, `invalid argument "-3" for "--width" flag`},
		{"width not a number", []string{"print", "--width", "wide"}, `invalid argument "wide"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr %q does not say %q", errOut, tt.want)
			}
			if out != "" {
				t.Errorf("wrote to stdout on error: %.80q", out)
			}
		})
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCLI(t, "--version")
	if code != exitOK || !strings.HasPrefix(out, "dealtui ") || !strings.Contains(out, "commit: ") || !strings.Contains(out, "built: ") {
		t.Errorf("--version: exit %d, %q", code, out)
	}
	got := versionString(Build{"v1.2.3", "abc1234", "2026-11-25T10:00:00Z"})
	want := "dealtui v1.2.3\ncommit: abc1234\nbuilt:  2026-11-25T10:00:00Z"
	if got != want {
		t.Errorf("versionString = %q, want %q", got, want)
	}
	if got := versionString(Build{"(devel)", "", ""}); !strings.HasPrefix(got, "dealtui dev\ncommit: unknown") {
		t.Errorf("versionString without facts = %q", got)
	}
}

// --lang chooses the built-in story's language, and auto follows the
// locale; a pack loaded with --content is in its own language, and an
// explicit --lang that differs is refused.
func TestLang(t *testing.T) {
	for _, c := range []struct {
		args []string
		env  string
		want string
	}{
		{[]string{"print", "--lang", "ja"}, "", `"lang": "ja"`},
		{[]string{"print", "--lang", "en"}, "ja_JP.UTF-8", `"lang": "en"`},
		{[]string{"print"}, "ja_JP.UTF-8", `"lang": "ja"`},
		{[]string{"print", "--lang", "auto"}, "en_GB.UTF-8", `"lang": "en"`},
		{[]string{"print", "--content", "../../content/ja"}, "", `"lang": "ja"`},
	} {
		t.Run(strings.Join(c.args, " ")+" LANG="+c.env, func(t *testing.T) {
			t.Setenv("LANG", c.env)
			code, out, errOut := runCLI(t, append(c.args, "--format", "json")...)
			if code != exitOK || !strings.Contains(out, c.want) {
				t.Errorf("exit %d, stderr %q; want %s in the JSON", code, errOut, c.want)
			}
		})
	}
	code, _, errOut := runCLI(t, "print", "--lang", "en", "--content", "../../content/ja")
	if code != exitUsage || !strings.Contains(errOut, `--lang en: the pack in "../../content/ja" is in ja`) {
		t.Errorf("a Japanese pack with --lang en: exit %d, %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "print", "--lang", "fr")
	if code != exitUsage || !strings.Contains(errOut, "want auto, en, ja") {
		t.Errorf("--lang fr: exit %d, %q", code, errOut)
	}
}
