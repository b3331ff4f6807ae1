package wrap

// span is one output line: the units [from, to) of the text, trailing
// spaces already left out.
type span struct{ from, to int }

// filler breaks units into lines greedily, as ansi.Wrap does (so English
// comes out the same): each line takes as many whole segments, the runs
// between two break opportunities, as fit. first and rest are the widths
// of the first line and of the others.
type filler struct {
	u           []unit
	first, rest int
	lines       []span
}

func (f *filler) limit() int {
	if len(f.lines) == 0 {
		return f.first
	}
	return f.rest
}

// push ends a line at unit to, leaving out its trailing spaces.
func (f *filler) push(from, to int) {
	for to > from && f.u[to-1].space {
		to--
	}
	f.lines = append(f.lines, span{from, to})
}

// segment finds the segment that starts at unit i: it ends after unit
// j-1, the next break opportunity (or the end); its trailing spaces (and a
// final newline) start at t; vis is the width before them, sp their width.
func (f *filler) segment(i int) (j, t, vis, sp int) {
	j = i
	for j < len(f.u) && f.u[j].brk == noBreak {
		j++
	}
	j = min(j+1, len(f.u))
	t = j
	for t > i && (f.u[t-1].space || f.u[t-1].newline) {
		t--
		sp += int(f.u[t].width)
	}
	for k := i; k < t; k++ {
		vis += int(f.u[k].width)
	}
	return j, t, vis, sp
}

// skipSpaces starts a line after a soft break at the first unit of
// u[i:t] that is not a space: a segment can start with a tab or an
// ideographic space that UAX #14 does not break after ("x \t;"), and
// the break swallows it. vis is the width of u[i:t]; it returns the new
// start and the width left.
func (f *filler) skipSpaces(i, t, vis int) (int, int) {
	for i < t && f.u[i].space {
		vis -= int(f.u[i].width)
		i++
	}
	return i, vis
}

// fill lays out every unit. The line being filled is u[start:end] (its
// content) with width cells, followed by pending spaces of pend cells
// that count only if more content joins the line.
func (f *filler) fill() {
	start, end, width, pend := 0, 0, 0, 0
	for i := 0; i < len(f.u); {
		j, t, vis, sp := f.segment(i)
		switch {
		case t == i: // only spaces: they hang, or indent a paragraph
			pend += sp
		case end == start: // nothing on the line yet but, maybe, an indent
			if pend+vis > f.limit() { // an indent that does not fit goes, not the text
				start, vis = f.skipSpaces(i, t, vis)
				pend = 0
			}
			end, width, pend = t, pend+vis, sp
		case width+pend+vis <= f.limit():
			end, width, pend = t, width+pend+vis, sp
		default:
			f.push(start, end)
			start, width = f.skipSpaces(i, t, vis)
			end, pend = t, sp
		}
		if width > f.limit() {
			start, width = f.cut(start, end)
		}
		if (f.u[j-1].brk == mustBreak && j < len(f.u)) || f.u[j-1].newline {
			f.push(start, end)
			start, end, width, pend = j, j, 0, 0
		}
		i = j
	}
	if len(f.lines) == 0 || start < len(f.u) || f.u[len(f.u)-1].newline {
		f.push(start, end)
	}
}
