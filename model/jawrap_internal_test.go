package model

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
)

// TestJapaneseTextExportWraps is issue 20's check of print --format text:
// every Japanese field the text export wraps (titles, summaries, the
// fields of each kind, a term's before and after) and every paragraph and
// list item of the bodies, at 24, 40, 60, 80 and 120 columns, passes
// wraptest.Check: lines within the column, kinsoku, no Latin word or
// number split, nothing lost.
func TestJapaneseTextExportWraps(t *testing.T) {
	s, err := LoadDir(filepath.Join("..", "content", "ja"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{24, 40, 60, 80, 120} {
		for _, e := range append([]Entry{s.Intro}, s.Entries()...) {
			for _, f := range wrappedFields(e) {
				if err := checkTextLines(f, w); err != nil {
					t.Errorf("%s at %d: %v", e.Base().ID, w, err)
				}
			}
			if err := checkPlainText(PlainText(e.Base().Body, w), w); err != nil {
				t.Errorf("%s's body at %d: %v", e.Base().ID, w, err)
			}
		}
	}
}

func wrappedFields(e Entry) []string {
	it := e.Base()
	out := []string{it.Title, it.Summary}
	switch v := e.(type) {
	case *Event:
		out = append(out, v.WhatChanged, v.WhyItMatters)
	case *Implication:
		out = append(append(out, v.Enables), v.Caveats...)
	case *Term:
		out = append(out, v.Before, v.After)
	case *Glossary:
		out = append(out, v.InThisDeal)
	}
	return out
}

// checkTextLines wraps a field as the text export does, under a hanging
// indent, and checks the lines without it.
func checkTextLines(s string, width int) error {
	tw := &textWriter{width: width}
	tw.lines(s, "  ", "    ")
	lines := strings.Split(strings.TrimSuffix(tw.b.String(), "\n"), "\n")
	lim := max(width-4, 10)
	for i, l := range lines {
		lines[i] = strings.TrimLeft(l, " ")
	}
	return wraptest.Check(joinLines(s), lim, lines)
}

var listMarker = regexp.MustCompile(`^(- |\d+\. )`)

// checkPlainText checks each paragraph and list item of PlainText's
// output, its marker and hanging indent taken off.
func checkPlainText(text string, width int) error {
	var group []string
	pw := 0
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		err := wraptest.Check(wrap.JoinBroken(group), width-pw, group)
		group = nil
		return err
	}
	for _, l := range strings.Split(text, "\n") {
		m := listMarker.FindString(strings.TrimLeft(l, " "))
		indent := len(l) - len(strings.TrimLeft(l, " "))
		if l == "" || m != "" {
			if err := flush(); err != nil {
				return fmt.Errorf("%w\n%s", err, text)
			}
			pw = indent + len(m)
		}
		if l != "" {
			group = append(group, strings.TrimRight(l[min(pw, len(l)):], " "))
		}
	}
	return flush()
}
