package model

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// allocBudget is the most a content file of n bytes may allocate while it
// is read, parsed and decoded: a fixed part and a part per byte, well
// above the worst shape measured (aliases, about 560 bytes per byte of
// front matter; see TestFrontMatterWorkIsLinear) and far below what one
// level of quadratic growth would cost (a few thousand bytes of deep
// nesting cost megabytes before the shape limits).
func allocBudget(n int) uint64 { return 1<<20 + 1024*uint64(n) }

// FuzzFrontMatter feeds arbitrary bytes as a content file of every kind
// through the path of a load (line ends, UTF-8 check, front matter split,
// shape limits, YAML parser, decoding of every field) and checks that it
// stays within its allocation budget, never panics, and that what it
// gives is sound: every problem at a line of the file, on one line,
// visible; every field but the body one line, with no unsafe character and
// no emoji sequence that measures two ways.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\nid: x\nkind: term\ntitle: A\nsummary: B\nprovenance: article\ncitations: [P01]\nbefore: a\nafter: b\ngains: openai\nchanged: true\n---\nBody.\n",
		"---\ntitle: " + strings.Repeat("[", 2000) + "\n---\n",
		"---\ntitle: " + strings.Repeat("{a: ", 1000) + "\n---\n",
		"---\ncitations:\n" + strings.Repeat("- ", 2000) + "x\n---\n",
		"---\ncitations: [" + strings.Repeat("- ", 2000) + "x]\n---\n",
		"---\n" + strings.Repeat("k: v\n", 300) + "---\n",
		"---\n" + strings.Repeat("k", 100) + ": v\n---\n",
		"---\n? id\n: x\n---\n",
		"---\ntitle: &a x\nsummary: *a\ncitations: [&b P01, *b]\n---\n",
		"---\ntitle: !!str x\nsummary: !!binary eA==\nchanged: !!bool true\n---\n",
		"---\rtitle: x\rsummary: \"open\r---\r",
		"\ufeff---\r\ntitle: x\r\n---\r\n",
		"---\ntitle: \"a\\nb\"\nsummary: |\n  one\n  two\n---\n",
		"---\ntitle: \"\\U0001F468\\u200d\\U0001F469 \\u2764\\ufe0f \\U0001F44D\\U0001F3FD \\U0001F1EF\"\n---\n\u200d\ufe0f\U0001F1EF\u200d",
		"---\ndate: 0000-01-01\n---\n",
		"---\ndate: \"+201-+1-+1\"\n---\n",
		"---\nmatch: [\"++\", one two three four five six seven eight nine]\n---\n",
		"---\n---\n",
		"---",
		"",
		"\xff\xfe---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, kind := range []Kind{KindStory, KindEvent, KindTerm, KindJapan, KindImpact, KindGlossary, KindNote, KindBlock, KindFact} {
			l := newLoader()
			file := contentFile{name: "x/file.md", kind: kind}
			var a, b runtime.MemStats
			runtime.ReadMemStats(&a)
			p := parseFile(func(string) ([]byte, string) { return data, "" }, file)
			if p.rec != nil {
				l.decodeFile(p.rec, kind)
			}
			runtime.ReadMemStats(&b)
			if got, budget := b.TotalAlloc-a.TotalAlloc, allocBudget(len(data)); got > budget {
				t.Fatalf("%s: %d bytes of input allocated %d bytes, over the budget of %d", kind, len(data), got, budget)
			}
			lines := bytes.Count(normalizeLineEnds(data), []byte("\n")) + 1
			for _, pr := range append(p.ps.list, l.ps.list...) {
				if pr.Line < 0 || pr.Line > lines {
					t.Errorf("%s: problem at line %d of a %d-line file: %s", kind, pr.Line, lines, pr)
				}
				if s := pr.String(); termsafe.VisibleLine(s) != s {
					t.Errorf("%s: problem not one visible line: %q", kind, s)
				}
			}
			checkFields(t, &l.story)
		}
	})
}

// checkFields: every decoded field is clean text, one line but the body.
func checkFields(t *testing.T, s *Story) {
	t.Helper()
	check := func(name, text string, body bool) {
		for _, r := range text {
			if termsafe.IsUnsafe(r) && (r != '\n' || !body) {
				t.Errorf("%s has %U: %q", name, r, text)
				return
			}
		}
		if !body && strings.ContainsAny(text, "\n\r") {
			t.Errorf("%s is more than one line: %q", name, text)
		}
	}
	for _, e := range s.entries {
		for _, fl := range Fields(e) {
			check(fl.Name, fl.Text, fl.Name == "body")
		}
	}
	for _, n := range s.Notes {
		check("note", n.Title+n.Summary, false)
		check("note body", n.Body, true)
	}
	for _, b := range s.Blocks {
		check("block", b.Section+b.Summary, false)
	}
	for _, fa := range s.Facts {
		check("fact", fa.Section+fa.Summary+fa.Source, false)
	}
}
