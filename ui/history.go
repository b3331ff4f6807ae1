package ui

// place is where the reader was: the pane and its part that had the
// focus, the item, what the reader showed, and how far down it was.
type place struct {
	focus    focus
	id       string
	view     readerMode
	sourceID string
	offset   int
}

// history is the trail of places left by following links, search results
// and jumps, for going back and forward again, as a browser does.
type history struct {
	back, fwd []place
}

// maxHistory bounds the trail; the oldest places go first.
const maxHistory = 100

// push records the place being left; going somewhere new forgets the way
// forward.
func (h *history) push(p place) {
	h.back = append(h.back, p)
	if len(h.back) > maxHistory {
		h.back = h.back[len(h.back)-maxHistory:]
	}
	h.fwd = h.fwd[:0]
}

// goBack gives the place to return to, recording cur to come forward to.
func (h *history) goBack(cur place) (place, bool) { return step(&h.back, &h.fwd, cur) }

// goForward gives the place gone back from, recording cur to return to.
func (h *history) goForward(cur place) (place, bool) { return step(&h.fwd, &h.back, cur) }

// step takes the last place off from, and records cur on to.
func step(from, to *[]place, cur place) (place, bool) {
	if len(*from) == 0 {
		return place{}, false
	}
	p := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, cur)
	return p, true
}

func (h *history) canGoBack() bool { return len(h.back) > 0 }
