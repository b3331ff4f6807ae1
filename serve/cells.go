package serve

import (
	"math"
	"sync/atomic"

	"charm.land/ssh"
)

// A session's memory grows with its screen: about 244 bytes a cell over
// 0.54 MiB (measured: 1.65 MiB at 120×40, 3.98 at 240×60, 15.1 at
// 400×150; docs/SERVING.md). --max-cells bounds the cells whatever size
// a client claims.

// fitWindow clamps a window size to the range a terminal has (clampWindow)
// and then, if it has more than maxCells cells, shrinks it to fit, keeping
// its shape: the explorer is drawn in the top left of a larger terminal.
func fitWindow(w ssh.Window, maxCells int) ssh.Window {
	w = clampWindow(w)
	cells := w.Width * w.Height
	if maxCells <= 0 || cells <= maxCells {
		return w
	}
	scale := math.Sqrt(float64(maxCells) / float64(cells))
	w.Width = max(minCols, int(float64(w.Width)*scale))
	w.Height = max(minRows, int(float64(w.Height)*scale))
	for w.Width*w.Height > maxCells {
		if w.Width >= w.Height {
			w.Width--
		} else {
			w.Height--
		}
	}
	return w
}

// cellCount is one session's share of the cells of all open sessions.
type cellCount struct {
	total *atomic.Int64
	mine  atomic.Int64
}

// set makes the session's cells n.
func (c *cellCount) set(n int) {
	if c == nil || c.total == nil {
		return
	}
	old := c.mine.Swap(int64(n))
	c.total.Add(int64(n) - old)
}
