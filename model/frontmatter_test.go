package model_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

// termFile is deal/01-term.md of the valid pack with some lines replaced:
// each change maps the start of a line ("title:") to what replaces the
// whole line (which may be several lines, or none).
func termFile(t *testing.T, changes map[string]string) string {
	t.Helper()
	lines := strings.Split(string(base(t, "deal/01-term.md")), "\n")
	var out []string
	for _, l := range lines {
		replaced := false
		for start, with := range changes {
			if strings.HasPrefix(l, start) {
				if with != "" {
					out = append(out, with)
				}
				replaced = true
			}
		}
		if !replaced {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// loadTerm loads the valid pack with deal/01-term.md replaced.
func loadTerm(t *testing.T, data string) (*model.Story, error) {
	t.Helper()
	pack := copyPack(t)
	pack["deal/01-term.md"] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
	s, err := loadWithin(t, pack)
	checkLoadResult(t, pack, s, err)
	return s, err
}

// problemsOf gives each problem of a load as "file:line: message".
func problemsOf(err error) []string {
	var le *model.LoadError
	if !errors.As(err, &le) {
		return nil
	}
	var out []string
	for _, p := range le.Problems {
		out = append(out, p.String())
	}
	return out
}

// Every message names the line of the file, counted from its top.
func TestFrontMatterRefusals(t *testing.T) {
	deep := func(open string, n int) string { return strings.Repeat(open, n) }
	indent := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(strings.Repeat(" ", i) + "k:\n")
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	keys := func(n int) string {
		var b strings.Builder
		for i := range n {
			b.WriteString("k" + strings.Repeat("x", i%3) + string(rune('a'+i%26)) + strings.Repeat("y", i/26) + ": v\n")
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	for _, tt := range []struct {
		name    string
		changes map[string]string
		want    string
	}{
		{"a duplicate key", map[string]string{"title:": "title: A term\ntitle: Again"},
			`deal/01-term.md:5: field "title" is given twice (first at line 4)`},
		{"another tag", map[string]string{"title:": "title: !!binary aGVsbG8="},
			`deal/01-term.md:4: field "title" has the YAML tag !!binary, which is not supported here: remove it`},
		{"a local tag", map[string]string{"title:": "title: !mine A term"},
			`deal/01-term.md:4: field "title" has the YAML tag !mine`},
		{"an alias", map[string]string{"title:": "title: &t A term", "summary:": "summary: *t"},
			`deal/01-term.md:5: field "summary" is a YAML alias (*t), which is not supported: write the value out`},
		{"flow lists 100,000 deep", map[string]string{"title:": "title: " + deep("[", 100000) + deep("]", 100000)},
			`deal/01-term.md:1: front matter is 200166 bytes: at most 65536 (64 KiB)`},
		{"flow lists 30,000 deep, unclosed", map[string]string{"title:": "title: " + deep("[", 30000)},
			`deal/01-term.md:4: front matter: lists and mappings nested more than 8 deep`},
		{"flow mappings 9 deep", map[string]string{"title:": "title: " + deep("{a: ", 9) + "x" + deep("}", 9)},
			`deal/01-term.md:4: front matter: lists and mappings nested more than 8 deep`},
		{"block lists 20,000 deep", map[string]string{"citations:": "citations:\n" + deep("- ", 20000) + "P01"},
			`deal/01-term.md:8: front matter: lists and mappings nested more than 8 deep`},
		{"block entries inside a flow list", map[string]string{"citations:": "citations: [" + deep("- ", 9) + "P01]"},
			`deal/01-term.md:7: front matter: lists and mappings nested more than 8 deep`},
		{"mappings by indentation", map[string]string{"title:": indent(12)},
			`deal/01-term.md:12: front matter: lists and mappings nested more than 8 deep`},
		{"list entries of lists by indentation", map[string]string{"citations:": "citations:\n- P01\n-\n  -\n    -\n      -\n        -\n          -\n            -\n              -\n                - x"},
			`deal/01-term.md:16: front matter: lists and mappings nested more than 8 deep`},
		{"too many keys", map[string]string{"title:": keys(200)},
			`deal/01-term.md:130: front matter: more than 128 keys`},
		{"a long key", map[string]string{"title:": strings.Repeat("k", 65) + ": x"},
			`deal/01-term.md:4: front matter: a key of 65 bytes: keys are field names, at most 64 bytes`},
		{"a list as a key", map[string]string{"title:": "[a, b]: x"},
			`deal/01-term.md:4: front matter: a key must be a field name, not a list or a mapping`},
		{"an explicit key", map[string]string{"title:": "? title\n: A term"},
			`deal/01-term.md:4: front matter: explicit keys ("? key") are not supported`},
		{"front matter over 64 KiB", map[string]string{"summary:": "summary: " + strings.Repeat("long ", 14000)},
			`deal/01-term.md:1: front matter is 70`},
		{"a syntax error after a CR-only line end", map[string]string{"title:": "title: A\rsummary: \"open"},
			`deal/01-term.md:5: front matter is not valid YAML`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadTerm(t, termFile(t, tt.changes))
			got := problemsOf(err)
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
				t.Errorf("problems:\n%s\nwant one starting\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// Valid YAML that content files may use.
func TestFrontMatterYAMLFeatures(t *testing.T) {
	for _, tt := range []struct {
		name    string
		changes map[string]string
		title   string
	}{
		{"a !!str tag", map[string]string{"title:": "title: !!str A term"}, "A term"},
		{"the long form of the tag", map[string]string{"title:": "title: !<tag:yaml.org,2002:str> A term"}, "A term"},
		{"an anchor", map[string]string{"title:": "title: &a A term"}, "A term"},
		{"an anchor and a tag", map[string]string{"title:": "title: &a !!str A term"}, "A term"},
		{"a number kept as written", map[string]string{"title:": "title: 0x1F"}, "0x1F"},
		{"a plain value over two lines", map[string]string{"title:": "title: A\n  term"}, "A term"},
		{"a double-quoted value over two lines", map[string]string{"title:": "title: \"A\n  term\""}, "A term"},
		{"a folded block", map[string]string{"title:": "title: >\n  A\n  term"}, "A term"},
		{"a literal block of one line", map[string]string{"title:": "title: |\n  A term"}, "A term"},
		{"a comment", map[string]string{"title:": "title: A term # not this"}, "A term"},
		{"a !!seq tag on a list", map[string]string{"citations:": "citations: !!seq [P01]"}, "A term"},
		{"a block list", map[string]string{"citations:": "citations:\n  - P01"}, "A term"},
		{"an indentless block list", map[string]string{"citations:": "citations:\n- P01"}, "A term"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := loadTerm(t, termFile(t, tt.changes))
			if err != nil {
				t.Fatal(err)
			}
			if got := s.Terms[0].Title; got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
		})
	}
}

// Line ends: LF, CR LF and CR alone load the same, with the same lines in
// messages.
func TestLineEnds(t *testing.T) {
	lf := termFile(t, map[string]string{"gains:": "gains: everyone"})
	for name, data := range map[string]string{
		"LF":    lf,
		"CR LF": strings.ReplaceAll(lf, "\n", "\r\n"),
		"CR":    strings.ReplaceAll(lf, "\n", "\r"),
		"mixed": strings.Replace(strings.ReplaceAll(lf, "\n", "\r"), "\r", "\r\n", 3),
	} {
		_, err := loadTerm(t, data)
		got := problemsOf(err)
		want := `deal/01-term.md:10: field "gains" is "everyone"`
		if len(got) != 1 || !strings.HasPrefix(got[0], want) {
			t.Errorf("%s: %v, want %s…", name, got, want)
		}
	}
	good := string(base(t, "deal/01-term.md")) + "\nA body.\n"
	if s, err := loadTerm(t, strings.ReplaceAll(good, "\n", "\r")); err != nil || s.Terms[0].Body != "A body." {
		t.Errorf("CR-only file: %v", err)
	}
}

// Single-line fields are one line once YAML has folded them; a break left
// in is refused at the key's line, and in list entries at the entry's.
func TestSingleLineFields(t *testing.T) {
	for _, tt := range []struct {
		name    string
		changes map[string]string
		want    string
	}{
		{"an escaped newline", map[string]string{"title:": `title: "A\nterm"`}, `deal/01-term.md:4: field "title" must be one line`},
		{"a blank line in a plain value", map[string]string{"title:": "title: A\n\n  term"}, `deal/01-term.md:4: field "title" must be one line`},
		{"a literal block of two lines", map[string]string{"before:": "before: |\n  Exclusive\n  ## Source notes"}, `deal/01-term.md:8: field "before" must be one line`},
		{"a paragraph separator", map[string]string{"after:": "after: \"a\\Pb\""}, ""},
		{"a line separator", map[string]string{"after:": "after: \"a\\Lb\""}, ""},
		{"a next-line control", map[string]string{"after:": "after: \"a\\Nb\""}, ""},
		{"a vertical tab and a form feed", map[string]string{"after:": "after: \"a\\vb\\fc\""}, ""},
		{"a CR in quotes", map[string]string{"after:": "after: \"a\\rb\""}, ""},
		{"the kind", map[string]string{"kind:": `kind: "term\n"`}, ""},
		{"a list entry", map[string]string{"citations:": "citations:\n  - P01\n  - \"P02\n\n    x\""}, `deal/01-term.md:9: field "citations": each entry must be one line`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, err := loadTerm(t, termFile(t, tt.changes))
			got := problemsOf(err)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				for _, f := range []string{s.Terms[0].Title, s.Terms[0].After, s.Terms[0].ID} {
					if strings.ContainsAny(f, "\n\r\v\f\u0085\u2028\u2029") {
						t.Errorf("a line break is left in %q", f)
					}
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
				t.Errorf("problems:\n%s\nwant one starting\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// A line break in the id is reported at the id's line (other problems
// follow from the id being unusable).
func TestMultiLineID(t *testing.T) {
	_, err := loadTerm(t, termFile(t, map[string]string{"id:": `id: "term-\none"`}))
	want := `deal/01-term.md:2: field "id" must be one line`
	got := problemsOf(err)
	if len(got) == 0 || !strings.HasPrefix(got[0], want) {
		t.Errorf("problems:\n%s\nwant first\n%s", strings.Join(got, "\n"), want)
	}
}
