package main

import (
	"time"

	"github.com/dealtui/dealtui/internal/devtools/stats"
)

// durations summarises measured times with the shared statistics
// (internal/devtools/stats).
type durations []time.Duration

func (d durations) stats() stats.Sample {
	v := make([]float64, len(d))
	for i, x := range d {
		v[i] = x.Seconds()
	}
	return stats.New(v)
}

// quantile is the q-quantile (0 ≤ q ≤ 1), or 0 for no values.
func (d durations) quantile(q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	return time.Duration(d.stats().Quantile(q) * float64(time.Second))
}

func (d durations) String() string { return d.stats().Tail(stats.Seconds) }

func ms(d time.Duration) string { return stats.Seconds(d.Seconds()) }

func mib(b float64) string { return stats.Bytes(b) }
