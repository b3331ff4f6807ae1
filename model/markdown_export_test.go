package model_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

func markdownOf(t *testing.T, s *model.Story) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// The Markdown export is one outline: a single title, the story's own
// sections under "Overview", each part's items one level below it, no
// level skipped; and no run of blank lines.
func TestMarkdownExportOutline(t *testing.T) {
	md := markdownOf(t, embedded(t))
	heading := regexp.MustCompile(`(?m)^(#{1,6}) (.*)$`)
	prev := 0
	var h1 []string
	for _, m := range heading.FindAllStringSubmatch(md, -1) {
		level := len(m[1])
		if level > prev+1 {
			t.Errorf("%q (level %d) follows a heading of level %d", m[0], level, prev)
		}
		if level == 1 {
			h1 = append(h1, m[2])
		}
		prev = level
	}
	if len(h1) != 1 || !strings.HasPrefix(md, "# ") {
		t.Errorf("titles at level 1: %q; want the story's alone, first", h1)
	}
	for _, want := range []string{"\n## Overview\n\n### What happened\n", "\n## Timeline\n\n### The partnership begins\n", "\n## Source digest\n\n### The article\n"} {
		if !strings.Contains(md, want) {
			t.Errorf("the export lacks %q", want)
		}
	}
	if i := strings.Index(md, "\n\n\n"); i >= 0 {
		t.Errorf("two blank lines in a row at %q", md[max(i-60, 0):i+3])
	}
}

// Every citation and note id in the export's text is a link to the
// anchor of its entry, and every link has its anchor.
func TestMarkdownExportLinksIDs(t *testing.T) {
	md := markdownOf(t, embedded(t))
	anchors := map[string]bool{}
	for _, m := range regexp.MustCompile(`<a name="([a-z0-9]+)"></a>\*\*([PBN][0-9]{2})`).FindAllStringSubmatch(md, -1) {
		if m[1] != strings.ToLower(m[2]) {
			t.Errorf("the anchor %q marks %s", m[1], m[2])
		}
		anchors[m[1]] = true
	}
	if len(anchors) < 50 {
		t.Fatalf("%d anchors; want one for each note, block and fact", len(anchors))
	}
	links := regexp.MustCompile(`\[([PBN][0-9]{2})\]\(#([a-z0-9]+)\)`).FindAllStringSubmatch(md, -1)
	for _, m := range links {
		if !anchors[m[2]] || m[2] != strings.ToLower(m[1]) {
			t.Errorf("the link %s → #%s has no anchor of its own", m[1], m[2])
		}
	}
	// What is left of the text once links, anchors with their labels and
	// headings are taken out names no id.
	rest := regexp.MustCompile(`\[[PBN][0-9]{2}\]\(#[a-z0-9]+\)|<a name="[a-z0-9]+"></a>\*\*[PBN][0-9]{2}|(?m)^#+ .*$`).ReplaceAllString(md, "")
	if bare := regexp.MustCompile(`\b[PBN][0-9]{2}\b`).FindAllStringIndex(rest, -1); len(bare) > 0 {
		at := bare[0][0]
		t.Errorf("%d ids are not links, the first in %q", len(bare), rest[max(at-60, 0):min(at+20, len(rest))])
	}
}

// A body's own headings go below its item's heading, whatever level they
// were written at.
func TestMarkdownExportNestsBodyHeadings(t *testing.T) {
	base, err := validPack()
	if err != nil {
		t.Fatal(err)
	}
	pack := fstest.MapFS{}
	for name, f := range base {
		pack[name] = f
	}
	term := string(base["deal/01-term.md"].Data)
	pack["deal/01-term.md"] = &fstest.MapFile{Data: []byte(strings.TrimRight(term, "\n") + "\n# Inside the term\n\nText.\n\n## Deeper\n\nMore.\n")}
	s, err := model.Load(pack)
	if err != nil {
		t.Fatal(err)
	}
	md := markdownOf(t, s)
	if !strings.Contains(md, "\n### A term\n") || !strings.Contains(md, "\n#### Inside the term\n\nText.\n\n##### Deeper\n") {
		t.Errorf("the term's headings are not under its own:\n%s", md)
	}
}

// The text export gives an event's date once, in its title line.
func TestTextExportDatesAnEventOnce(t *testing.T) {
	var b bytes.Buffer
	if err := embedded(t).WriteText(&b, 80); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "  * 22 July 2019 — The partnership begins\n") {
		t.Error("the first event's title line lacks its date")
	}
	if strings.Contains(out, "- Date: ") {
		t.Error("an event's date is given again under its title")
	}
}
