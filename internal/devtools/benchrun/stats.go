package main

import (
	"fmt"
	"slices"
)

// sample is a set of measurements of one thing.
type sample []float64

// quantile gives the q-quantile (0 ≤ q ≤ 1), interpolating between the
// two nearest ranks.
func (s sample) quantile(q float64) float64 {
	if len(s) == 0 {
		return 0
	}
	v := slices.Clone(s)
	slices.Sort(v)
	pos := q * float64(len(v)-1)
	i := int(pos)
	if i >= len(v)-1 {
		return v[len(v)-1]
	}
	return v[i] + (pos-float64(i))*(v[i+1]-v[i])
}

func (s sample) median() float64 { return s.quantile(0.5) }

// p99 is the 99th percentile by nearest rank: with fewer than 100
// measurements, the largest.
func (s sample) p99() float64 {
	if len(s) == 0 {
		return 0
	}
	v := slices.Clone(s)
	slices.Sort(v)
	i := int(float64(len(v))*0.99+0.999999) - 1
	return v[min(max(i, 0), len(v)-1)]
}

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

// spread writes a sample as its median with the interquartile range and
// the extremes, in a unit.
func (s sample) spread(unit func(float64) string) string {
	if len(s) == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%s (IQR %s–%s, range %s–%s, n=%d)", unit(s.median()),
		unit(s.quantile(0.25)), unit(s.quantile(0.75)), unit(slices.Min(s)), unit(slices.Max(s)), len(s))
}

func msUnit(ns float64) string {
	v := ns / 1e6
	switch {
	case v < 0.1:
		return fmt.Sprintf("%.1f µs", v*1000)
	case v < 10:
		return fmt.Sprintf("%.2f ms", v)
	}
	return fmt.Sprintf("%.1f ms", v)
}

func mibUnit(b float64) string   { return fmt.Sprintf("%.1f MiB", b/(1<<20)) }
func ratioUnit(r float64) string { return fmt.Sprintf("%.2f×", r) }

// cell writes a sample compactly for a table: its median and, in
// brackets, its interquartile range.
func (s sample) cell(unit func(float64) string) string {
	if len(s) == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%s [%s–%s]", unit(s.median()), unit(s.quantile(0.25)), unit(s.quantile(0.75)))
}
