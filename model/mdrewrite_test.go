package model

import (
	"strings"
	"testing"
)

func TestNestHeadings(t *testing.T) {
	tests := []struct {
		md    string
		level int
		want  string
	}{
		{"## What happened\n\nText.\n\n## How\n\nMore.", 2, "### What happened\n\nText.\n\n### How\n\nMore."},
		{"# Top\n\n## Under\n\ntext", 3, "#### Top\n\n##### Under\n\ntext"},
		{"#### Low enough\n\ntext", 2, "#### Low enough\n\ntext"},
		{"# A\n\n###### Six", 3, "#### A\n\n###### Six"}, // never below six
		{"No heading.\n\n- a list", 2, "No heading.\n\n- a list"},
		{"  ## Indented ##\n", 2, "  ### Indented ##\n"},
		{"Setext one\n==========\n\ntext", 2, "### Setext one\n\ntext"},
		{"Two\nlines\n---\n", 2, "### Two lines\n"},
		{"```\n# not a heading\n```\n\n# Heading", 2, "```\n# not a heading\n```\n\n### Heading"},
		{"> ## Quoted\n", 2, "> ### Quoted\n"},
		{"    # code, not a heading\n\n# Real", 1, "    # code, not a heading\n\n## Real"},
	}
	for _, tt := range tests {
		if got := nestHeadings(tt.md, tt.level); got != tt.want {
			t.Errorf("nestHeadings(%q, %d) =\n%q\nwant\n%q", tt.md, tt.level, got, tt.want)
		}
	}
}

func TestLinkIDs(t *testing.T) {
	known := map[string]string{"P04": "p04", "B07": "b07", "N06": "n06"}
	anchor := func(id string) (string, bool) { a, ok := known[id]; return a, ok }
	tests := []struct{ md, want string }{
		{"Non-exclusive (P04; background, B07).", "Non-exclusive ([P04](#p04); background, [B07](#b07))."},
		{"*Summary (N06)*", "*Summary ([N06](#n06))*"},
		{"P04 starts, ends B07", "[P04](#p04) starts, ends [B07](#b07)"},
		{"P99 is unknown, P0 too, P is none", "P99 is unknown, P0 too, P is none"},
		{"XP04, P04x, P045, P04_a, éP04", "XP04, P04x, P045, P04_a, éP04"},
		{"`P04` and [P04](https://x) and <https://x/P04> and <b title=\"P04\">", "`P04` and [P04](https://x) and <https://x/P04> and <b title=\"P04\">"},
		{"## P04 heading\n\nP04", "## P04 heading\n\n[P04](#p04)"},
		{"```\nP04\n```", "```\nP04\n```"},
		{"- a (P04)\n  - b (N06)", "- a ([P04](#p04))\n  - b ([N06](#n06))"},
		{"> From the article (P04)", "> From the article ([P04](#p04))"},
		{"P04’s note", "[P04](#p04)’s note"},
		{"（N06、P04参照）", "（[N06](#n06)、[P04](#p04)参照）"},
	}
	for _, tt := range tests {
		if got := linkIDs(tt.md, anchor); got != tt.want {
			t.Errorf("linkIDs(%q) =\n%q\nwant\n%q", tt.md, got, tt.want)
		}
	}
	// The result parses back with the same text: nothing but the links added.
	md := "Text (P04; background, B07), and N06.\n"
	if got := PlainText(linkIDs(md, anchor), 200); !strings.Contains(got, "Text (P04 (#p04); background, B07 (#b07)), and N06 (#n06).") {
		t.Errorf("the linked text reads %q", got)
	}
}
