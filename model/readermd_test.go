package model_test

import (
	"strings"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

// The cited-sources document lists the article's blocks, the background
// facts with their date written out once, and the item's source notes.
func TestSourcesMarkdown(t *testing.T) {
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	e, ok := s.Entry("revenue-share")
	if !ok {
		t.Fatal("no glossary entry revenue-share")
	}
	md := s.SourcesMarkdown(e.Base())
	for _, want := range []string{
		"## From the article", "- **P06** (",
		"## Background facts", "- **B08** (OpenAI and Microsoft statements",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in:\n%s", want, md)
		}
	}
	if strings.Contains(md, "2026-04-27") {
		t.Errorf("a date in ISO form beside the written-out one:\n%s", md)
	}
}

// A copied item carries its title, its text and its sources resolved.
func TestCopyMarkdown(t *testing.T) {
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	e, _ := s.Entry("ip-licence")
	md := s.CopyMarkdown(e)
	for _, want := range []string{"# Licence to OpenAI's IP", "## Sources", "- P04 (the article): ", "- B07 (background: ", "## Source notes", "- N04, "} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in:\n%s", want, md)
		}
	}
}
