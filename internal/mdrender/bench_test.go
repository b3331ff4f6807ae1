package mdrender

import (
	"context"
	"strings"
	"testing"

	"charm.land/glamour/v2"
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

// BenchmarkReflow is the second pass alone (reflow.go) on Glamour's
// rendering of the longest item at 80 columns, beside Glamour's own
// rendering of it: what mending Glamour's lines costs.
func BenchmarkReflow(b *testing.B) {
	md := longestMarkdown(b)
	render := func() string {
		r, err := glamour.NewTermRenderer(glamour.WithStyles(glamourConfig(Dark)), glamour.WithWordWrap(80))
		if err != nil {
			b.Fatal(err)
		}
		out, err := r.Render(md)
		if err != nil {
			b.Fatal(err)
		}
		return stripNonSGR(out)
	}
	out := render()
	b.Run("glamour", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			render()
		}
	})
	b.Run("reflow", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			reflow(strings.Split(out, "\n"), 80, md)
		}
	})
}
