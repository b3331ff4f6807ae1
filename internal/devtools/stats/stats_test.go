package stats

import (
	"math"
	"testing"
)

// The quantiles are R8's, the estimator benchmath's own median uses: the
// median of an even count is the mean of the two middle values, and a
// quantile between ranks is interpolated.
func TestQuantiles(t *testing.T) {
	s := New([]float64{4, 1, 3, 2})
	if s.Median() != 2.5 || s.Min() != 1 || s.Max() != 4 || s.Len() != 4 {
		t.Errorf("median %v, min %v, max %v, n %d", s.Median(), s.Min(), s.Max(), s.Len())
	}
	if q := New([]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}).Quantile(0.95); math.Abs(q-10) > 1e-9 && (q < 9 || q > 10) {
		t.Errorf("p95 of 1…10 = %v", q)
	}
	if !math.IsNaN(New(nil).Median()) {
		t.Error("the median of nothing is a number")
	}
}

// Units are scaled to three significant digits with the prefix a reader
// expects.
func TestUnits(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{Nanoseconds(12_300_000), "12.30ms"},
		{Seconds(1.2), "1.200s"},
		{Seconds(0.000950), "950.0µs"},
		{Bytes(1.5 * (1 << 20)), "1.500MiB"},
		{Ratio(1.034), "1.03×"},
		{Seconds(math.NaN()), "n/a"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
