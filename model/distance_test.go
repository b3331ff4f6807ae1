package model

import (
	"math/rand/v2"
	"testing"
)

// referenceDistance is the optimal string alignment distance by the
// textbook table, with no band and no early end; and the distance from a
// to the nearest prefix of b.
func referenceDistance(a, b []rune) (full, prefix int) {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	prefix = d[len(a)][0]
	for _, v := range d[len(a)] {
		prefix = min(prefix, v)
	}
	return d[len(a)][len(b)], prefix
}

func TestDistanceKnownPairs(t *testing.T) {
	tests := []struct {
		a, b         string
		limit        int
		full, prefix int
	}{
		{"exclusivty", "exclusivity", 3, 1, 1},
		{"licnece", "licence", 2, 1, 1},
		{"microsfot", "microsoft", 2, 1, 1},
		{"ip-licenc", "ip-licence", 2, 1, 0},
		{"ip", "ip-licence", 3, 4, 0},
		{"", "abc", 3, 3, 0},
		{"abc", "", 3, 3, 3},
		{"same", "same", 1, 0, 0},
		{"kitten", "sitting", 3, 3, 2}, // "sittin" is two edits away
		{"kitten", "sitting", 1, 2, 2}, // more than the limit: limit+1
		{"azure", "openai", 1, 2, 2},
	}
	var d distancer
	for _, tt := range tests {
		full, prefix := d.measure([]rune(tt.a), []rune(tt.b), tt.limit)
		if full != tt.full || prefix != tt.prefix {
			t.Errorf("measure(%q, %q, %d) = %d, %d; want %d, %d", tt.a, tt.b, tt.limit, full, prefix, tt.full, tt.prefix)
		}
	}
}

// The banded, early-ending distance agrees with the textbook table up to
// its limit, on many random pairs from a small alphabet (so that swaps and
// repeats are common), and fills no more cells than its bound.
func TestDistanceAgreesWithReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() []rune {
		w := make([]rune, rng.IntN(9))
		for i := range w {
			w[i] = rune('a' + rng.IntN(3))
		}
		return w
	}
	var d distancer
	for range 20000 {
		a, b, limit := word(), word(), rng.IntN(4)
		checkDistance(t, &d, a, b, limit)
	}
}

func checkDistance(t *testing.T, d *distancer, a, b []rune, limit int) {
	t.Helper()
	wantFull, wantPrefix := referenceDistance(a, b)
	d.cells = 0
	full, prefix := d.measure(a, b, limit)
	if full != min(wantFull, limit+1) || prefix != min(wantPrefix, limit+1) {
		t.Fatalf("measure(%q, %q, %d) = %d, %d; want %d, %d", string(a), string(b), limit, full, prefix, min(wantFull, limit+1), min(wantPrefix, limit+1))
	}
	if max := len(a) * (2*limit + 1); d.cells > max {
		t.Fatalf("measure(%q, %q, %d) filled %d cells, more than %d", string(a), string(b), limit, d.cells, max)
	}
}

func FuzzDistance(f *testing.F) {
	f.Add("exclusivty", "exclusivity", 3)
	f.Add("ab", "ba", 1)
	f.Add("", "", 0)
	f.Add("日本の技術", "日本技術", 2)
	f.Fuzz(func(t *testing.T, a, b string, limit int) {
		ra, rb := []rune(a), []rune(b)
		if len(ra) > 40 || len(rb) > 40 {
			return // the reference table is quadratic
		}
		var d distancer
		checkDistance(t, &d, ra, rb, ((limit%4)+4)%4)
	})
}
