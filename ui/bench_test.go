package ui

import (
	"fmt"
	"testing"
)

// Budgets (docs/PERFORMANCE.md): the root view at most 1 ms at 120×40 and
// 3 ms at 240×70 on the reference machine.
func BenchmarkView(b *testing.B) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {240, 70}} {
		for _, p := range []Pane{PaneTimeline, PaneDeal, PaneJapan, PaneImpact} {
			b.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], PaneNames()[p]), func(b *testing.B) {
				hs := newHarness(b, Options{Theme: ThemeDark, Pane: p}, sz[0], sz[1])
				b.ReportAllocs()
				for b.Loop() {
					_ = hs.m.View()
				}
			})
		}
	}
}
