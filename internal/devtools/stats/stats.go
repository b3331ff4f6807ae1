package stats

import (
	"fmt"
	"math"

	"github.com/aclements/go-moremath/stats"
	"golang.org/x/perf/benchmath"
	"golang.org/x/perf/benchunit"
)

// Sample is a set of measurements of one thing, sorted.
type Sample struct{ s *benchmath.Sample }

// New makes a sample of values (copied).
func New(values []float64) Sample {
	return Sample{benchmath.NewSample(append([]float64(nil), values...), &benchmath.DefaultThresholds)}
}

// Len is the number of measurements.
func (s Sample) Len() int { return len(s.s.Values) }

// Quantile is the q-quantile (0 ≤ q ≤ 1), or NaN for no measurements.
func (s Sample) Quantile(q float64) float64 {
	return stats.Sample{Xs: s.s.Values, Sorted: true}.Quantile(q)
}

// Median is the 0.5-quantile, p50.
func (s Sample) Median() float64 { return s.Quantile(0.5) }

// Min and Max are the extremes, NaN for no measurements.
func (s Sample) Min() float64 { return s.Quantile(0) }
func (s Sample) Max() float64 { return s.Quantile(1) }

// MedianCI is the median's confidence interval at confidence (0.95), with
// no assumption on the distribution (benchmath.AssumeNothing); the ends
// are infinite when there are too few measurements for one.
func (s Sample) MedianCI(confidence float64) (lo, hi float64) {
	sum := benchmath.AssumeNothing.Summary(s.s, confidence)
	return sum.Lo, sum.Hi
}

// Unit writes a value for people.
type Unit func(float64) string

// Seconds writes a duration given in seconds, scaled to at least three
// significant digits (benchunit): 950.0µs, 12.30ms, 1.200s.
func Seconds(v float64) string { return scaled(v, benchunit.Decimal, "s") }

// Nanoseconds writes a duration given in nanoseconds, as Seconds does.
func Nanoseconds(v float64) string { return Seconds(v / 1e9) }

// Bytes writes a size in bytes with binary prefixes: 1.500MiB.
func Bytes(v float64) string { return scaled(v, benchunit.Binary, "B") }

// Ratio writes a ratio: 1.03×.
func Ratio(v float64) string { return fmt.Sprintf("%.2f×", v) }

func scaled(v float64, c benchunit.Class, unit string) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	return benchunit.Scale(v, c) + unit
}

// Spread writes a sample as its median with the interquartile range and
// the extremes, in a unit.
func (s Sample) Spread(u Unit) string {
	if s.Len() == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%s (IQR %s–%s, range %s–%s, n=%d)", u(s.Median()), u(s.Quantile(0.25)), u(s.Quantile(0.75)), u(s.Min()), u(s.Max()), s.Len())
}

// Cell writes a sample compactly for a table: its median and, in
// brackets, its interquartile range.
func (s Sample) Cell(u Unit) string {
	if s.Len() == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%s [%s–%s]", u(s.Median()), u(s.Quantile(0.25)), u(s.Quantile(0.75)))
}

// Tail writes a latency sample as a load test reports it: p50, p95, p99
// and the largest, with the count.
func (s Sample) Tail(u Unit) string {
	if s.Len() == 0 {
		return "none"
	}
	return fmt.Sprintf("p50 %s  p95 %s  p99 %s  max %s  (n=%d)", u(s.Median()), u(s.Quantile(0.95)), u(s.Quantile(0.99)), u(s.Max()), s.Len())
}
