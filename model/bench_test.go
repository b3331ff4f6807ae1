package model_test

import (
	"cmp"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/storygen"
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

// TestSearchMatchesReference checks the fast matcher of Search against the
// plain reading it replaced: decode every rune and fold it. Every query
// must give the same hits, in the same order, with the same spans, counts
// and scores.
func TestSearchMatchesReference(t *testing.T) {
	p, err := storygen.Generate(content.FS(), 2)
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	queries := []string{"k", "K", "s", "S", "ſ", "the", "The", "fujitsu", "FUJITSU", "ß", "İ", "i", "é", "→", "2032",
		"富士通", "a", "e", "ai", "openai", "Azure", "microsoft's", "n", "N0", "-", "·", "“", "kelvin"}
	rng := rand.New(rand.NewPCG(1, 2))
	entries := s.Entries()
	for range 300 {
		e := entries[rng.IntN(len(entries))]
		text := []rune(e.Base().Body + " " + e.Base().Summary)
		n := 1 + rng.IntN(6)
		if len(text) <= n {
			continue
		}
		i := rng.IntN(len(text) - n)
		q := []rune(string(text[i : i+n]))
		for j := range q {
			if rng.IntN(2) == 0 {
				q[j] = unicode.SimpleFold(q[j])
			}
		}
		queries = append(queries, string(q))
	}
	for _, q := range queries {
		got, want := s.Search(q), referenceSearch(s, q)
		if len(got) != len(want) {
			t.Fatalf("Search(%q): %d hits, reference %d", q, len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.Entry != w.Entry || g.Field != w.Field || g.Start != w.Start || g.End != w.End || g.Count != w.Count || g.Score != w.Score {
				t.Fatalf("Search(%q) hit %d: %s %s [%d,%d) count %d score %d; reference %s %s [%d,%d) count %d score %d", q, i,
					g.Entry.Base().ID, g.Field, g.Start, g.End, g.Count, g.Score,
					w.Entry.Base().ID, w.Field, w.Start, w.End, w.Count, w.Score)
			}
		}
	}
}

// referenceSearch is Search as first written: every rune decoded and
// compared under simple folding.
func referenceSearch(s *model.Story, query string) []model.Hit {
	query = strings.TrimSpace(query)
	if query == "" || !utf8.ValidString(query) || len(query) > model.MaxQuery {
		return nil
	}
	equalFold := func(a, b rune) bool {
		if a == b {
			return true
		}
		for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
			if f == b {
				return true
			}
		}
		return false
	}
	prefixFold := func(s, prefix string) (int, bool) {
		i := 0
		for _, pr := range prefix {
			if i >= len(s) {
				return 0, false
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !equalFold(r, pr) {
				return 0, false
			}
			i += size
		}
		return i, true
	}
	wordStart := func(s string, i int) bool {
		if i == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	first, _ := utf8.DecodeRuneInString(query)
	var hits []model.Hit
	for order, e := range s.Entries() {
		var best model.Hit
		for _, f := range model.Fields(e) {
			for i := 0; i < len(f.Text); {
				r, size := utf8.DecodeRuneInString(f.Text[i:])
				if equalFold(r, first) {
					if end, ok := prefixFold(f.Text[i:], query); ok {
						best.Count++
						score := f.Weight
						if wordStart(f.Text, i) {
							score += 5
						}
						if best.Entry == nil || score > best.Score {
							best = model.Hit{Entry: e, Field: f.Name, Text: f.Text, Start: i, End: i + end, Count: best.Count, Score: score}
						}
					}
				}
				i += size
			}
		}
		if best.Entry != nil {
			best.Score = best.Score*1000 - order
			hits = append(hits, best)
		}
	}
	slices.SortStableFunc(hits, func(a, b model.Hit) int { return cmp.Compare(b.Score, a.Score) })
	return hits
}
