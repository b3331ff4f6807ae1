package model_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/testkit/storygen"
	"github.com/dealtui/dealtui/model"
)

// generated is the embedded story with factor times its items.
func generated(t testing.TB, factor int) fstest.MapFS {
	t.Helper()
	p, err := storygen.Generate(content.FS(), factor)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// BenchmarkLoadScale loads generated packs from memory and from disk: the
// story at 1×, 100× and 2,564× its items (the last is 100,000 files).
// ns/op divided by the files should stay flat.
//
//	go test ./model -run '^$' -bench LoadFiles -benchtime 3x
func BenchmarkLoadFiles(b *testing.B) {
	for _, f := range []int{1, 100, 2564} {
		pack := generated(b, f)
		dir := filepath.Join(b.TempDir(), "pack")
		if err := storygen.WriteDir(pack, dir); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dx-%dfiles/memory", f, len(pack)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := model.Load(pack); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pack)), "ns/file")
		})
		b.Run(fmt.Sprintf("%dx-%dfiles/disk", f, len(pack)), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := model.LoadDir(dir); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pack)), "ns/file")
		})
		_ = os.RemoveAll(dir)
	}
}

// Parsing in parallel changes nothing: a pack loads to the same story,
// and a broken pack gives the same problems in the same order, on one
// goroutine or several.
func TestParallelLoadIsTheSame(t *testing.T) {
	good := generated(t, 3)
	bad := generated(t, 3)
	n := 0
	for name, f := range bad {
		if n%7 == 0 && strings.HasSuffix(name, ".md") {
			bad[name] = &fstest.MapFile{Data: append([]byte("---\nunknown: x\n"), f.Data[4:]...)}
		}
		n++
	}
	loadWith := func(procs int, pack fstest.MapFS) string {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		s, err := model.Load(pack)
		if err != nil {
			return err.Error()
		}
		var b strings.Builder
		if err := s.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for name, pack := range map[string]fstest.MapFS{"good": good, "bad": bad} {
		one := loadWith(1, pack)
		for _, procs := range []int{2, 4, 16} {
			if got := loadWith(procs, pack); got != one {
				t.Errorf("%s pack: GOMAXPROCS %d loads differently from 1", name, procs)
			}
		}
		if name == "bad" && !strings.Contains(one, `unknown field "unknown"`) {
			t.Errorf("the bad pack loaded: %.200s", one)
		}
	}
}
