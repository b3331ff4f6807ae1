package htmlpage_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/internal/htmlpage"
	"github.com/dealtui/dealtui/model"
)

// packFS reads a pack into memory.
func packFS(t testing.TB, root string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(root), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		m[name] = &fstest.MapFile{Data: data, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// corpusSeeds reads the seeds of model's FuzzLoad (model/testdata/fuzz),
// whose inputs are a file's number in the valid pack and its new bytes:
// the same inputs, made into pages here.
func corpusSeeds(t testing.TB) (which []uint8, data [][]byte) {
	t.Helper()
	dir := filepath.Join("..", "..", "model", "testdata", "fuzz", "FuzzLoad")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		w, d, ok := parseSeed(string(b))
		if !ok {
			t.Fatalf("%s: not a seed of (uint8, []byte)", e.Name())
		}
		which, data = append(which, w), append(data, d)
	}
	return which, data
}

// parseSeed reads a corpus file of go test fuzz v1: a byte or uint8, and a
// []byte.
func parseSeed(s string) (uint8, []byte, bool) {
	lines := strings.SplitN(strings.TrimSpace(s), "\n", 3)
	if len(lines) != 3 || lines[0] != "go test fuzz v1" {
		return 0, nil, false
	}
	var which uint8
	switch n := lines[1]; {
	case strings.HasPrefix(n, "byte(") && strings.HasSuffix(n, ")"):
		r, _, _, err := strconv.UnquoteChar(strings.TrimSuffix(strings.TrimPrefix(n, "byte('"), "')"), '\'')
		if err != nil {
			return 0, nil, false
		}
		which = uint8(r)
	case strings.HasPrefix(n, "uint8(") && strings.HasSuffix(n, ")"):
		v, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(n, "uint8("), ")"))
		if err != nil {
			return 0, nil, false
		}
		which = uint8(v)
	default:
		return 0, nil, false
	}
	d, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[2], "[]byte("), ")"))
	return which, []byte(d), err == nil
}

// FuzzPage: any pack the loader takes gives a page with nothing live in
// it (pageProblems), in either language. The seeds are model's FuzzLoad
// corpus and the HTML-hostile pack's files, each put in place of a file of
// the valid pack, as FuzzLoad does.
func FuzzPage(f *testing.F) {
	base := packFS(f, packValid)
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range base {
			if !yield(n) {
				return
			}
		}
	})
	extra := []string{"timeline/99-fuzz.md", "deal/99-fuzz.md", "japan/99-fuzz.md", "impact/99-fuzz.md",
		"glossary/99-fuzz.md", "notes/N99.md", "sources/article/P99.md", "sources/background/B99.md"}
	all := append(names, extra...)
	which, data := corpusSeeds(f)
	for i := range which {
		f.Add(which[i], data[i])
	}
	hostile := packFS(f, packHTMLHostile)
	for i, n := range all {
		if h, ok := hostile[n]; ok {
			f.Add(uint8(i), h.Data)
		}
	}
	sheet := styleOf(f, renderPack(f, packValid, "en"))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		pack := make(fstest.MapFS, len(base)+1)
		for n, file := range base {
			pack[n] = file
		}
		pack[all[int(which)%len(all)]] = &fstest.MapFile{Data: data, Mode: 0o644}
		s, err := model.Load(pack)
		if err != nil {
			return
		}
		for _, lang := range htmlpage.Languages() {
			var b bytes.Buffer
			if err := htmlpage.Write(&b, s, htmlpage.Options{Lang: lang}); err != nil {
				t.Fatalf("%s: %v", lang, err)
			}
			for _, p := range pageProblems(b.Bytes(), sheet) {
				t.Errorf("%s: %s", lang, p)
			}
		}
	})
}
