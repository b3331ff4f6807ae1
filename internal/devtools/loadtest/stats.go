package main

import (
	"fmt"
	"slices"
	"time"
)

// durations summarises measured times.
type durations []time.Duration

func (d durations) sorted() durations {
	s := slices.Clone(d)
	slices.Sort(s)
	return s
}

// quantile is the q-quantile (0 ≤ q ≤ 1) by the nearest-rank method, or 0
// for no values.
func (d durations) quantile(q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := d.sorted()
	i := int(q*float64(len(s))+0.999999) - 1
	return s[max(0, min(i, len(s)-1))]
}

func (d durations) String() string {
	if len(d) == 0 {
		return "none"
	}
	return fmt.Sprintf("p50 %s  p95 %s  max %s  (n=%d)", ms(d.quantile(.5)), ms(d.quantile(.95)), ms(d.quantile(1)), len(d))
}

func ms(d time.Duration) string {
	if d >= time.Second {
		return fmt.Sprintf("%.2fs", d.Seconds())
	}
	return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond))
}

func mib(b float64) string { return fmt.Sprintf("%.2f MiB", b/(1<<20)) }
