package mdrender

import (
	"context"
	"testing"

	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/model"
)

// longestMarkdown is the reader Markdown of the story's longest item.
func longestMarkdown(b *testing.B) string {
	s, err := compiled.Story()
	if err != nil {
		b.Fatal(err)
	}
	best := ""
	for _, e := range s.Entries() {
		if md := model.ReaderMarkdown(e); len(md) > len(best) {
			best = md
		}
	}
	return best
}

// BenchmarkMarkdown renders the longest item at the reader's widest text
// (80 columns): cold, as a render command does it, and from the cache.
func BenchmarkMarkdown(b *testing.B) {
	md := longestMarkdown(b)
	k := NewKey(md, 80, Dark)
	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := NewCache(DefaultCacheBytes, 0).Render(context.Background(), k, md); !ok {
				b.Fatal("no rendering")
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		c := NewCache(DefaultCacheBytes, 0)
		c.Render(context.Background(), k, md)
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := c.Get(k); !ok {
				b.Fatal("not cached")
			}
		}
	})
}
