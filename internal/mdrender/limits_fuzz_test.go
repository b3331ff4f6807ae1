package mdrender

import (
	"runtime"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// Bounds on what Glamour may cost for Markdown inside model.CheckMarkdownLimits:
// the worst shapes found by hand (64 KiB of quotations nested 8 deep, at
// 80 columns) allocate about 100 MiB and write 1.3 MiB.
const (
	maxRenderAlloc  = 256 << 20
	maxRenderOutput = 4 << 20
)

// FuzzRenderWithinLimits renders any Markdown the budget lets through, at
// a reader's width, and fails when it allocates or writes more than the
// bounds above: the budget is what keeps one item from costing gigabytes.
func FuzzRenderWithinLimits(f *testing.F) {
	for _, seed := range []string{
		"", "> > > x", "- - - -", "1. a\n   1. b", "```\ncode\n```", "| a |\n|---|\n| b |",
		strings.Repeat("[", 100), strings.Repeat("> > > > > > > > word\n\n", 40),
		"# h\n\n**b *i* b** `c` [l](http://x) ![i](y)\n\n---\n\n- [ ] task",
	} {
		f.Add(seed, uint8(50))
	}
	f.Fuzz(func(t *testing.T, md string, w uint8) {
		if model.CheckMarkdownLimits(md) != nil {
			return
		}
		width := 30 + int(w)%51 // 30–80: the reader's widths, as the reader caps them
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		lines, err := glamourRender(md, width, Dark)
		runtime.ReadMemStats(&after)
		if err != nil {
			return // shown as plain text
		}
		out := 0
		for _, l := range lines {
			out += len(l)
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > maxRenderAlloc || out > maxRenderOutput {
			t.Fatalf("%d bytes of Markdown at width %d allocated %d MiB and wrote %d KiB", len(md), width, alloc>>20, out>>10)
		}
	})
}
