package wrap

import "strings"

// cut breaks the content u[start:end] of a line that is wider than its
// column, where UAX #14 offers no break: a word longer than the column, a
// run of kinsoku-bound characters, or anything at a tiny width. It pushes
// every full line and returns the start and width of what is left, the
// line still being filled. A cluster is never split; one that is wider
// than the column on its own gets a line to itself. Spaces inside the run
// (before a closing bracket, which UAX #14 does not break at) hang at the
// end of a line like any other, so no line starts with one or is made of
// them alone.
func (f *filler) cut(start, end int) (int, int) {
	width, spaces := 0, 0
	for k := start; k < end; k++ {
		if f.u[k].space {
			spaces += int(f.u[k].width)
			continue
		}
		for width+spaces+int(f.u[k].width) > f.limit() && k > start {
			c := f.bestCut(start, k)
			for c < k && f.u[c].space {
				c++
			}
			f.push(start, c)
			start = c
			width, spaces = f.measure(start, k)
		}
		width, spaces = width+spaces+int(f.u[k].width), 0
	}
	return start, width
}

// measure gives the width of u[from:to] without its trailing spaces, and
// theirs.
func (f *filler) measure(from, to int) (width, spaces int) {
	for _, x := range f.u[from:to] {
		if x.space {
			spaces += int(x.width)
		} else {
			width, spaces = width+spaces+int(x.width), 0
		}
	}
	return width, spaces
}

// bestCut chooses where to end a line that must end at unit k or before
// (and after start): the last place that breaks no rule, or failing that
// the last that breaks only the least of them. In order of precedence:
// no kinsoku violation (JA-STYLE.md), no Latin word or number cut (unless
// it is wider than the column), no line starting with ")" "," ";" … or
// ending with "(".
func (f *filler) bestCut(start, k int) int {
	best := [4]int{-1, -1, -1, -1}
	for c := k; c > start; c-- {
		q := f.badness(c)
		if best[q] < 0 {
			best[q] = c
		}
		if q == 0 {
			break
		}
	}
	for _, c := range best {
		if c >= 0 {
			return c
		}
	}
	return k
}

// badness rates a cut before unit c: 0 breaks no rule, 1 only the Latin
// punctuation rule, 2 cuts a word, 3 breaks kinsoku. Spaces at the cut go
// with it, so the characters that would end and start the lines are the
// nearest ones that are not spaces.
func (f *filler) badness(c int) int {
	p, n := c-1, c
	for p > 0 && f.u[p].space {
		p--
	}
	for n < len(f.u)-1 && f.u[n].space {
		n++
	}
	prev, next := f.u[p].r, f.u[n].r
	if p < c-1 || n > c {
		if mayNotStart(next) || mayNotEnd(prev) {
			return 3
		}
		return 0 // a cut at a space splits no word
	}
	switch {
	case mayNotStart(next) || mayNotEnd(prev):
		return 3
	case insideWord(f.u, c) && f.wordWidth(c) <= f.rest:
		return 2
	case strings.ContainsRune(asciiNoStart, next) || strings.ContainsRune(asciiNoEnd, prev):
		return 1
	}
	return 0
}

// insideWord tells a cut before unit c that falls inside a Latin word or
// a number (OpenAI, 2032, 32.5, OpenAI's).
func insideWord(u []unit, c int) bool {
	if c <= 0 || c >= len(u) {
		return false
	}
	prev, next := u[c-1].r, u[c].r
	switch {
	case isWordChar(prev) && isWordChar(next):
		return true
	case isWordChar(prev) && isJoiner(next):
		return c+1 < len(u) && isWordChar(u[c+1].r)
	case isJoiner(prev) && isWordChar(next):
		return c >= 2 && isWordChar(u[c-2].r)
	}
	return '0' <= prev && prev <= '9' && next == '%'
}

// wordWidth measures the word or number that a cut before unit c would
// split.
func (f *filler) wordWidth(c int) int {
	l, r := c-1, c
	for l > 0 && insideWord(f.u, l) {
		l--
	}
	for r+1 < len(f.u) && insideWord(f.u, r+1) {
		r++
	}
	w := 0
	for x := l; x <= r; x++ {
		w += int(f.u[x].width)
	}
	return w
}
