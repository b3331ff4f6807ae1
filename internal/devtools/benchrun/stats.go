package main

import "github.com/dealtui/dealtui/internal/devtools/stats"

// sample is a set of measurements of one thing, gathered one at a time;
// its statistics are the shared ones (internal/devtools/stats).
type sample []float64

func (s sample) stats() stats.Sample                  { return stats.New(s) }
func (s sample) median() float64                      { return s.stats().Median() }
func (s sample) p99() float64                         { return s.stats().Quantile(0.99) }
func (s sample) spread(u func(float64) string) string { return s.stats().Spread(u) }
func (s sample) cell(u func(float64) string) string   { return s.stats().Cell(u) }

// ratios divides a by b pairwise: measurements taken in the same round.
func ratios(a, b sample) sample {
	n := min(len(a), len(b))
	out := make(sample, 0, n)
	for i := range n {
		if b[i] > 0 {
			out = append(out, a[i]/b[i])
		}
	}
	return out
}

// The units of the bench's tables: times are measured in nanoseconds.
func msUnit(ns float64) string   { return stats.Nanoseconds(ns) }
func mibUnit(b float64) string   { return stats.Bytes(b) }
func ratioUnit(r float64) string { return stats.Ratio(r) }
