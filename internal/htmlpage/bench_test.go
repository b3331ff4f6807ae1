package htmlpage_test

import (
	"io"
	"testing"

	"github.com/dealtui/dealtui/internal/htmlpage"
)

// BenchmarkWrite: the page of the English story, from a loaded story to
// the last byte (dealtui print --format html, less the start).
func BenchmarkWrite(b *testing.B) {
	s := loadPack(b, packEN)
	b.ReportAllocs()
	for b.Loop() {
		if err := htmlpage.Write(io.Discard, s, htmlpage.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
