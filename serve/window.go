package serve

import (
	"sync/atomic"
	"time"

	"charm.land/ssh"
)

// resizes passes a client's window changes on, clamped, at most one per
// interval (the latest wins), and never blocks the SSH library.
//
// The library hands window changes over on a channel of one slot from the
// goroutine that reads all the session's requests; once nobody reads it
// (the program has ended), a client that sends two more window changes
// would block that goroutine for good, and with it the session. So this
// reads every change until the library closes the channel, and delivers
// to out without ever waiting for its reader.
//
// It also keeps the latest size it delivered (latest), the one a
// program must end at whatever order its resize messages come in.
type resizes struct {
	out      chan ssh.Window // what the program's resize handler reads
	interval time.Duration
	fit      func(ssh.Window) ssh.Window // clamps a size
	last     atomic.Uint64               // the latest size delivered, packed
}

// newResizes delivers changes of a window that starts at start.
func newResizes(interval time.Duration, start ssh.Window) *resizes {
	r := &resizes{out: make(chan ssh.Window, 1), interval: interval, fit: clampWindow}
	r.setLatest(start)
	return r
}

func (r *resizes) setLatest(w ssh.Window) {
	r.last.Store(uint64(uint32(w.Width))<<32 | uint64(uint32(w.Height)))
}

// latest is the size the window has, as far as the session knows: the
// start size, or the latest change delivered.
func (r *resizes) latest() ssh.Window {
	v := r.last.Load()
	return ssh.Window{Width: int(v >> 32), Height: int(uint32(v))}
}

// pump runs until in is closed.
func (r *resizes) pump(in <-chan ssh.Window) {
	var (
		pending ssh.Window
		waiting bool        // a change is pending
		timer   *time.Timer // running while the interval since the last delivery runs
		tick    <-chan time.Time
	)
	for {
		select {
		case w, ok := <-in:
			if !ok {
				if timer != nil {
					timer.Stop()
				}
				return
			}
			pending, waiting = r.fit(w), true
			if tick != nil {
				continue // deliver when the interval is over
			}
		case <-tick:
			tick = nil
		}
		if !waiting {
			continue
		}
		r.offer(pending)
		waiting = false
		if timer == nil {
			timer = time.NewTimer(r.interval)
		} else {
			timer.Reset(r.interval)
		}
		tick = timer.C
	}
}

// offer puts w in the slot, replacing a change not yet read.
func (r *resizes) offer(w ssh.Window) {
	r.setLatest(w)
	for {
		select {
		case r.out <- w:
			return
		default:
		}
		select {
		case <-r.out:
		default:
		}
	}
}
