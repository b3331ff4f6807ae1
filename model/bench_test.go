package model_test

import (
	"fmt"
	"io/fs"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/testkit/storygen"
	"github.com/dealtui/dealtui/model"
)

// Scales of the generated packs: the embedded story's items times 1, 10
// and 100 (docs/PERFORMANCE.md).
var scales = []int{1, 10, 100}

func pack(b *testing.B, factor int) fs.FS {
	b.Helper()
	p, err := storygen.Generate(content.FS(), factor)
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkLoad loads and validates the embedded story, as every start of
// dealtui does before its first frame.
func BenchmarkLoad(b *testing.B) {
	fsys := content.FS()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := model.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadScale loads generated packs of 1×, 10× and 100× the items
// from memory. ns/item should stay flat: load time grows no worse than
// linearly.
func BenchmarkLoadScale(b *testing.B) {
	for _, f := range scales {
		b.Run(fmt.Sprintf("%dx", f), func(b *testing.B) {
			fsys := pack(b, f)
			s, err := model.Load(fsys)
			if err != nil {
				b.Fatal(err)
			}
			items := len(s.Entries())
			b.ReportAllocs()
			for b.Loop() {
				if _, err := model.Load(fsys); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(items), "ns/item")
		})
	}
}

// BenchmarkSearch runs one query over the whole story, as every keystroke
// in the search box does. Search reads all the text, so it grows with the
// pack: a word found in a few items, a word found nearly everywhere, and
// a word found nowhere.
func BenchmarkSearch(b *testing.B) {
	for _, f := range scales {
		fsys := pack(b, f)
		s, err := model.Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		for _, q := range []string{"fujitsu", "the", "zzyzx"} {
			b.Run(fmt.Sprintf("%dx/%s", f, q), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = s.Search(q)
				}
			})
		}
	}
}

// BenchmarkSuggest asks for a suggestion after a search found nothing, as
// the search box may on a keystroke: one slip, a slip beside a word that
// is found, and eight slips (the most a suggestion corrects), on packs of
// 1× and 100× (the vocabulary grows with the text). The vocabulary is
// built before the timer starts: the first call builds it.
func BenchmarkSuggest(b *testing.B) {
	queries := []string{"exclusivty", "azure exclusivty", "exclusivty microsfot softbnk licnece partnershp sovereignity revnue stargat"}
	for _, f := range []int{1, 100} {
		s, err := model.Load(pack(b, f))
		if err != nil {
			b.Fatal(err)
		}
		for i, name := range []string{"slip", "two", "eight"} {
			query := model.ParseQuery(queries[i])
			s.Suggest(query)
			b.Run(fmt.Sprintf("%dx/%s", f, name), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					s.Suggest(query)
				}
			})
		}
	}
}

// BenchmarkSuggestFirst is the first suggestion a story gives, which
// builds its vocabulary from the search index (built before the timer
// starts, by the search that found nothing).
func BenchmarkSuggestFirst(b *testing.B) {
	for _, f := range []int{1, 100} {
		fsys := pack(b, f)
		query := model.ParseQuery("exclusivty")
		b.Run(fmt.Sprintf("%dx", f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				s, err := model.Load(fsys)
				if err != nil {
					b.Fatal(err)
				}
				s.Search("exclusivty")
				b.StartTimer()
				s.Suggest(query)
			}
		})
	}
}
