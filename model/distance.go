package model

// distancer measures how far apart two words are: the optimal string
// alignment distance, in which inserting, deleting or changing one
// character, or swapping two neighbouring ones, each costs 1 (so
// "exclusivty" is 1 from "exclusivity", "licnece" 1 from "licence"). It
// keeps its rows between calls, so that comparing one word with a whole
// vocabulary allocates nothing after the first, and counts the cells it
// fills: the work a caller's bound is checked against.
type distancer struct {
	rows  [3][]int
	cells int
}

// measure compares a with b, counting only alignments within limit edits:
// full is the distance from a to the whole of b, prefix the distance from
// a to the nearest prefix of b ("ip-licenc" is 0 from a prefix of
// "ip-licence"); either is limit+1 when it is more than limit. The work is
// at most len(a)·(2·limit+1) cells, whatever b's length.
func (d *distancer) measure(a, b []rune, limit int) (full, prefix int) {
	inf := limit + 1
	n := len(b)
	for i := range d.rows {
		if cap(d.rows[i]) < n+1 {
			d.rows[i] = make([]int, n+1)
		}
		d.rows[i] = d.rows[i][:n+1]
	}
	prev2, prev, cur := d.rows[0], d.rows[1], d.rows[2]
	for j := range prev {
		prev[j] = min(j, inf)
	}
	prefix = 0 // a is empty: b's empty prefix matches it
	for i := 1; i <= len(a); i++ {
		rowMin := d.row(a, b, i, limit, prev2, prev, cur)
		if rowMin > limit { // no cell of a later row can be smaller
			return inf, inf
		}
		prefix = rowMin
		prev2, prev, cur = prev, cur, prev2
	}
	full = inf
	if n-len(a) <= limit && len(a)-n <= limit {
		full = prev[n]
	}
	return full, prefix
}

// row fills row i of the table (a[:i] against each prefix of b) within
// the band of limit around the diagonal, marks the cells just outside it
// as out of reach, and returns the row's smallest value.
func (d *distancer) row(a, b []rune, i, limit int, prev2, prev, cur []int) int {
	inf := limit + 1
	lo, hi := max(1, i-limit), min(len(b), i+limit)
	cur[0] = min(i, inf)
	rowMin := cur[0]
	if lo > 1 {
		cur[lo-1], rowMin = inf, inf
	}
	for j := lo; j <= hi; j++ {
		d.cells++
		v := prev[j-1]
		if a[i-1] != b[j-1] {
			v++
		}
		v = min(v, prev[j]+1, cur[j-1]+1)
		if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
			v = min(v, prev2[j-2]+1)
		}
		cur[j] = min(v, inf)
		rowMin = min(rowMin, cur[j])
	}
	if hi < len(b) {
		cur[hi+1] = inf
	}
	return rowMin
}
