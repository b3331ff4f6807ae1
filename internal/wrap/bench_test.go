package wrap_test

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
)

// englishWords gives the first n words of the story's English text.
func englishWords(b *testing.B, n int) string {
	words := strings.Fields(strings.Join(storyParagraphs(b), " "))
	if len(words) < n {
		b.Fatalf("the story has %d words", len(words))
	}
	return strings.Join(words[:n], " ")
}

// styledLikeGlamour styles each word as Glamour does a paragraph's: a
// colour before it, a reset after it.
func styledLikeGlamour(s string) string {
	var b strings.Builder
	for i, w := range strings.Fields(s) {
		if i > 0 {
			b.WriteString("\x1b[38;5;252m \x1b[0m")
		}
		b.WriteString("\x1b[38;5;252m" + w + "\x1b[0m")
	}
	return b.String()
}

// The cost of a wrap, beside ansi.Wrap on the same text at the same width:
//
//	go test -run '^$' -bench . -benchmem ./internal/wrap/
func BenchmarkWrap(b *testing.B) {
	english := englishWords(b, 1000)
	inputs := []struct {
		name  string
		text  string
		width int
	}{
		{"mixed-375-chars", mixed, 40},
		{"english-1000-words", english, 80},
		{"english-1000-words-styled", styledLikeGlamour(english), 80},
	}
	for _, in := range inputs {
		b.Run(in.name+"/wrap", func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				wrap.Lines(in.text, in.width)
			}
			reportCPU(b, start)
		})
		b.Run(in.name+"/ansi.Wrap", func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				strings.Split(ansi.Wrap(in.text, in.width, ""), "\n")
			}
			reportCPU(b, start)
		})
	}
}

// reportCPU adds the CPU time per operation, which a busy machine
// disturbs far less than the wall clock of ns/op.
func reportCPU(b *testing.B, start time.Duration) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(used.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
