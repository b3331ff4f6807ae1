package model_test

import (
	"strings"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

func TestMarkdownLimits(t *testing.T) {
	nestedList := func(d int) string {
		var b strings.Builder
		for i := range d {
			b.WriteString(strings.Repeat("  ", i) + "- item\n")
		}
		return b.String()
	}
	tests := []struct {
		name string
		md   string
		ok   bool
	}{
		{"prose", strings.Repeat("Plain prose. ", 100), true},
		{"quotes 8 deep", strings.Repeat(">", 8) + " x", true},
		{"quotes 9 deep", strings.Repeat(">", 9) + " x", false},
		{"quotes 100 deep", strings.Repeat(">", 100), false},
		{"lists 8 deep", nestedList(8), true},
		{"lists 200 deep", nestedList(200), false},
		{"dash-space 5000 (a rule)", strings.Repeat("- ", 5000), true},
		{"5000 list items", strings.Repeat("- x\n", 5000), false},
		{"lists nested on one line", "- * + - * + - * + - x", false},
		{"400 paragraphs", strings.Repeat("para\n\n", 400), true},
		{"401 paragraphs", strings.Repeat("para\n\n", 401), false},
		{"64 KiB", strings.Repeat("x", model.MaxRenderBytes), true},
		{"64 KiB and one", strings.Repeat("x", model.MaxRenderBytes+1), false},
	}
	for _, tt := range tests {
		err := model.CheckMarkdownLimits(tt.md)
		if (err == nil) != tt.ok {
			t.Errorf("%s: CheckMarkdownLimits = %v, want ok=%v", tt.name, err, tt.ok)
		}
	}
}

// Every body of the story is well within the budget.
func TestStoryWithinRenderLimits(t *testing.T) {
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range s.Entries() {
		if err := model.CheckMarkdownLimits(e.Base().Body); err != nil {
			t.Errorf("%s: %v", e.Base().ID, err)
		}
	}
}

func FuzzCheckMarkdownLimits(f *testing.F) {
	for _, seed := range []string{"", "> > > x", "- - - -", "1. a\n   1. b", "```\ncode\n```", "| a |\n|---|\n| b |", strings.Repeat("[", 100)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, md string) {
		if len(md) > 2*model.MaxRenderBytes {
			return
		}
		_ = model.CheckMarkdownLimits(md)
	})
}
