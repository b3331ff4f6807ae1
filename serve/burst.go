package serve

import (
	"bytes"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"golang.org/x/time/rate"
)

// Bursts of input. A person types a few keys a second and pastes a few
// KiB at once; a client can write a MiB in one go. Parsing input costs
// about 0.12 s of CPU a MiB (ultraviolet's terminal reader, 8 MB/s), and
// each event then costs the program an update, so a session's input is
// bounded twice. What is over is dropped, oldest first, rather than kept
// waiting, where it would hold up the keys typed after it:
//
//   - bytes (byteGate): a budget of bytesPerSec, byteBurst at once. Of a
//     read over it only the last burstTail bytes are parsed (the newest:
//     what the reader typed last), in the state the parser was in; a
//     ctrl+c in the part dropped is handed on as a key. (A q is not: it
//     is as likely a letter of a long paste, which would quit.) The first
//     read within the budget again starts afresh (inputGuard.interrupt).
//     Dropping is paced too (drainPerSec, a MiB at once): reading and
//     decrypting costs about 11 ms a MiB, and a client that writes
//     without end would otherwise have the server spend it at the
//     client's own speed. A single MiB goes at once.
//   - events (eventPump): eventsPerSec, eventBurst at once, and during a
//     burst burstEventsPerSec (each event costs the program an update and
//     a frame); beyond that they wait in a queue of eventQueue, the
//     oldest dropped when it is full. ctrl+c never waits, nor q within a
//     budget of its own.
//
// From a drop on, until there has been none for burstQuiet, input is a
// burst: its keys do not count as activity for --idle-timeout.

const (
	// burstTail is how much of a read over the byte budget is parsed.
	burstTail = 64
	// burstQuiet is how long after the last drop input is still a burst.
	burstQuiet = time.Second
	// quitKeysPerSec is how many q a second skip the queue: q is also a
	// letter in the search box, so it cannot skip it without end.
	quitKeysPerSec = 5
	// burstEventsPerSec is the events' budget during a burst.
	burstEventsPerSec = 10
	// drainPerSec is how fast input over the budget is read and dropped,
	// sustained; drainBurst at once.
	drainPerSec = 1 << 20
	drainBurst  = 1 << 20
	keyCtrlC    = 0x03
)

// byteGate is a session's budget of input bytes.
type byteGate struct {
	lim        *rate.Limiter
	drain      *rate.Limiter // of the bytes dropped
	cutting    bool          // the last read was over the budget
	burstUntil atomic.Int64  // unix nanoseconds
	onDrop     func(bytes int)
	onKey      func(uv.Event) // a ctrl+c found in what was dropped
}

func newByteGate(perSec, burst int) *byteGate {
	return &byteGate{lim: rate.NewLimiter(rate.Limit(perSec), burst), drain: rate.NewLimiter(drainPerSec, drainBurst)}
}

// pause is how long to wait before reading on after dropping n bytes.
func (g *byteGate) pause(n int, now time.Time) time.Duration {
	return g.drain.ReserveN(now, min(n, drainBurst)).DelayFrom(now)
}

// admit returns what of a read goes on to the parser, and whether the
// parser should start afresh first (the read after a cut).
func (g *byteGate) admit(chunk []byte, now time.Time) (pass []byte, fresh bool) {
	if g.lim.AllowN(now, len(chunk)) {
		fresh, g.cutting = g.cutting, false
		return chunk, fresh
	}
	g.markBurst(now)
	if len(chunk) <= burstTail {
		// A few bytes: keys, not a flood. After a cut they start afresh:
		// the sequence the parser was in lost its end with what was
		// dropped, and would swallow them.
		fresh, g.cutting = g.cutting, false
		return chunk, fresh
	}
	g.cutting = true
	drop := chunk[:len(chunk)-burstTail]
	if g.onDrop != nil {
		g.onDrop(len(drop))
	}
	if g.onKey != nil {
		if bytes.IndexByte(drop, keyCtrlC) >= 0 {
			g.onKey(uv.KeyPressEvent{Code: 'c', Mod: uv.ModCtrl})
		}
	}
	return chunk[len(chunk)-burstTail:], false
}

// markBurst makes input a burst until burstQuiet from now.
func (g *byteGate) markBurst(now time.Time) {
	g.burstUntil.Store(now.Add(burstQuiet).UnixNano())
}

// inBurst says whether input is a burst now.
func (g *byteGate) inBurst(now time.Time) bool {
	return now.UnixNano() < g.burstUntil.Load()
}

// eventPump hands a session's events to its program within a budget.
type eventPump struct {
	p      *tea.Program
	events *rate.Limiter
	slow   *rate.Limiter // during a burst
	quits  *rate.Limiter
	queue  []uv.Event // oldest first
	max    int
	bytes  *byteGate // whose burst state it shares
	hooks  inputHooks
	timer  *time.Timer
}

func newEventPump(p *tea.Program, lim inputLimits, g *byteGate, h inputHooks) *eventPump {
	return &eventPump{
		p:      p,
		events: rate.NewLimiter(rate.Limit(lim.eventsPerSec), lim.eventBurst),
		slow:   rate.NewLimiter(burstEventsPerSec, burstEventsPerSec),
		quits:  rate.NewLimiter(quitKeysPerSec, quitKeysPerSec),
		max:    lim.eventQueue,
		bytes:  g,
		hooks:  h,
	}
}

// take takes an event from the reader.
func (e *eventPump) take(ev uv.Event, now time.Time) {
	if e.urgent(ev, now) {
		e.deliver(ev, now)
		return
	}
	if len(e.queue) >= e.max {
		e.queue = e.queue[1:]
		e.bytes.markBurst(now)
		e.hooks.dropped(0, 1)
	}
	e.queue = append(e.queue, ev)
}

// urgent: ctrl+c, and q within its budget, skip the queue.
func (e *eventPump) urgent(ev uv.Event, now time.Time) bool {
	key, ok := ev.(uv.KeyPressEvent)
	switch {
	case !ok:
		return false
	case key.Code == 'c' && key.Mod == uv.ModCtrl:
		return true
	case key.Code == 'q' && key.Mod == 0:
		return e.quits.AllowN(now, 1)
	}
	return false
}

// flush delivers what the budget allows, and returns a channel that fires
// when the next queued event may go (nil: none waits).
func (e *eventPump) flush(now time.Time) <-chan time.Time {
	for len(e.queue) > 0 {
		lim := e.events
		if e.bytes.inBurst(now) {
			lim = e.slow
		}
		r := lim.ReserveN(now, 1)
		if d := r.DelayFrom(now); d > 0 {
			r.CancelAt(now)
			if e.timer == nil {
				e.timer = time.NewTimer(d)
			} else {
				e.timer.Reset(d)
			}
			return e.timer.C
		}
		ev := e.queue[0]
		e.queue = e.queue[1:]
		e.deliver(ev, now)
	}
	return nil
}

func (e *eventPump) deliver(ev uv.Event, now time.Time) {
	if isActivity(ev) && !e.bytes.inBurst(now) {
		e.hooks.touch()
	}
	e.p.Send(ev) // returns at once once the program has ended
}

func (e *eventPump) stop() {
	if e.timer != nil {
		e.timer.Stop()
	}
}
