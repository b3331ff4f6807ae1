package ui

// place is where the reader was: the pane and its part that had the
// focus, the item, what the reader showed, and how far down it was.
type place struct {
	focus    focus
	id       string
	view     readerView
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
func (h *history) goBack(cur place) (place, bool) {
	if len(h.back) == 0 {
		return place{}, false
	}
	p := h.back[len(h.back)-1]
	h.back = h.back[:len(h.back)-1]
	h.fwd = append(h.fwd, cur)
	return p, true
}

// goForward gives the place gone back from, recording cur to return to.
func (h *history) goForward(cur place) (place, bool) {
	if len(h.fwd) == 0 {
		return place{}, false
	}
	p := h.fwd[len(h.fwd)-1]
	h.fwd = h.fwd[:len(h.fwd)-1]
	h.back = append(h.back, cur)
	return p, true
}

func (h *history) canGoBack() bool { return len(h.back) > 0 }
