package model_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

// Each construct of Markdown, turned into plain text at 40 columns. The
// inputs are testdata/plaintext/*.md; regenerate the expected text with
// go test ./model -run TestPlainText -update.
func TestPlainText(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "plaintext", "*.md"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".md")
		t.Run(name, func(t *testing.T) {
			md, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, model.PlainText(string(md), 40)+"\n")
		})
	}
}

// The cases the regular-expression version got wrong, spelt out.
func TestPlainTextConstructs(t *testing.T) {
	tests := map[string]string{
		`\*literal\* and \_too\_`:         "*literal* and _too_",
		"fish &amp; chips &#169; &#x41;":  "fish & chips © A",
		"**bold *nested* text**":          "bold nested text",
		"a `code *span*` here":            "a code *span* here",
		"[the text](https://example.com)": "the text (https://example.com)",
		"<https://example.com>":           "https://example.com",
		"~~gone~~ kept":                   "gone kept",
		"```\nline one\n  line two\n```":  "    line one\n      line two",
		"- one\n- two that is long enough to wrap around it\n  - nested": "- one\n- two that is long enough to wrap around\n  it\n  - nested",
		"1. first\n2. second":          "1. first\n2. second",
		"> quoted *text*":              "> quoted text",
		"## A heading\n\nA paragraph.": "A heading\n\nA paragraph.",
	}
	for in, want := range tests {
		if got := model.PlainText(in, 40); got != want {
			t.Errorf("PlainText(%q) =\n%s\nwant\n%s", in, got, want)
		}
	}
}
