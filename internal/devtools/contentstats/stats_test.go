package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One two three. Four five six. 2030 ends it.", []string{"One two three.", "Four five six.", "2030 ends it."}},
		{"SoftBank Corp. to sell tools.", []string{"SoftBank Corp. to sell tools."}},
		{`He said "yes, fine." Then he left.`, []string{`He said "yes, fine."`, "Then he left."}},
		{"**Before.** Azure was first. **Who gains.** Microsoft, which keeps it.", []string{"Azure was first.", "Microsoft, which keeps it."}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := sentences(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBodyUnits(t *testing.T) {
	body := "## Heading\n\nFirst line\nsame paragraph.\n\n- one\n  continued\n- two\n1. three\n"
	want := []string{"First line same paragraph.", "one continued", "two", "three"}
	if got := bodyUnits(body); !slices.Equal(got, want) {
		t.Errorf("bodyUnits = %q, want %q", got, want)
	}
}

func TestIsCaveat(t *testing.T) {
	yes := []string{
		"The article does not say what Fujitsu will do.",
		"It gives no figures.",
		"No figures, products or timelines are given.",
		"The percentage is not stated.",
		"The analysts are unnamed.",
		"The article leaves open who gains.",
		"The link is asserted, not shown.",
		"Its wording is garbled (N03).",
	}
	no := []string{
		"Microsoft no longer pays OpenAI a revenue share.",
		"OpenAI may serve its products on any cloud.",
		"The article names Fujitsu and NEC.",
		"Products ship first on Azure unless Microsoft cannot support them.",
	}
	for _, s := range yes {
		if !isCaveat(s) {
			t.Errorf("not a caveat, want one: %q", s)
		}
	}
	for _, s := range no {
		if isCaveat(s) {
			t.Errorf("caveat, want none: %q", s)
		}
	}
}

func pack() fstest.MapFS {
	return fstest.MapFS{
		"story.md": {Data: []byte("---\nid: story\nkind: story\ntitle: Two words\nsummary: Three more words.\ncitations: [P01]\n---\nBody has four words.\n")},
		"japan/01-a.md": {Data: []byte("---\nid: a\nkind: japan\ntitle: A\nsummary: It helps.\nenables: Faster work\n" +
			"caveats:\n  - One small caveat. Two more caveats.\nrelated: [story]\n---\nThe article does not say more.\n")},
		"sources/article/P01.md": {Data: []byte("---\nid: P01\nkind: block\nsection: Intro\nrole: body\nsummary: Says a thing.\n---\n")},
		"glossary/01-x.md":       {Data: []byte("---\nid: x\nkind: glossary\ntitle: X\nmatch: [ignored words here]\nsummary: Defined here.\n---\n")},
		"embed.go":               {Data: []byte("package content\n")},
	}
}

func TestMeasure(t *testing.T) {
	st, err := measure(pack())
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]int{"story": 2 + 3 + 4, "japan": 1 + 2 + 2 + 6 + 6, "digest": 1 + 3, "glossary": 1 + 2}
	for name, want := range words {
		if got := st.panes[name].words; got != want {
			t.Errorf("%s: %d words, want %d", name, got, want)
		}
	}
	j := st.panes["japan"]
	// "It helps." and "Faster work" are too short to be sentences.
	if len(j.sentences) != 3 || j.caveats() != 3 {
		t.Errorf("japan: %d sentences, %d caveats, want 3 and 3: %+v", len(j.sentences), j.caveats(), j.sentences)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	for name, f := range pack() {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"--content", dir, "--sentences", "japan"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{"Japan pane: 3 of 3 sentences are caveats (100 %)", "C japan/01-a.md: One small caveat."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	for _, args := range [][]string{{"--content", filepath.Join(dir, "nope")}, {"--bogus"}, {"extra"}, {"--content", dir, "--sentences", "notes"}} {
		out.Reset()
		errb.Reset()
		if code := run(args, &out, &errb); code != 2 || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errb.String())
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "japan", "02-bad.md"), []byte("no front matter\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	errb.Reset()
	if code := run([]string{"--content", dir}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "japan/02-bad.md") {
		t.Errorf("bad file: exit %d, stderr %q", code, errb.String())
	}
}

func TestEmbeddedPackMeasures(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), "Japan pane:") {
		t.Errorf("no Japan line:\n%s", out.String())
	}
}
