package serve

import (
	"context"
	"io"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// inputLimits bound one session's input.
type inputLimits struct {
	maxSeq         int           // bytes in one escape sequence
	maxPaste       int           // bytes in one bracketed paste
	eventsPerSec   float64       // keys, clicks, pastes… a second, sustained
	eventBurst     int           // …and at once
	eventQueue     int           // events waiting for the budget, at most
	bytesPerSec    int           // bytes a second parsed, sustained
	byteBurst      int           // …and at once
	resizeInterval time.Duration // at most one window change per interval
}

func defaultInputLimits() inputLimits {
	return inputLimits{
		maxSeq:         1024,
		maxPaste:       16 << 10,
		eventsPerSec:   60,
		eventBurst:     120,
		eventQueue:     8,
		bytesPerSec:    16 << 10,
		byteBurst:      32 << 10,
		resizeInterval: 50 * time.Millisecond,
	}
}

// A session's program is given no input (tea.WithInput(nil)): it then
// runs no terminal reader of its own, and pumpInput feeds it instead.
//
// Why: the program's reader (ultraviolet's TerminalReader.StreamEvents)
// hands each event to the program with a channel send that does not look
// at its context; once the program has quit, nobody receives, and input
// that arrived with or after the quitting key ("q" and more keys in one
// write, a paste, a mouse drag) blocks that goroutine for good, keeping
// the whole program in memory. pumpInput runs the same reader but hands
// events over with Program.Send, which returns once the program has
// ended, and reads until the session's input ends. (One reader a session
// instead of two also saves its key table, about 100 KB.)
//
// Without input Bubble Tea sends no terminal query, since it could not
// read the answer; queries writes the ones the explorer relies on.

// queries are the terminal queries a session starts with: synchronized
// output and Unicode width modes (what Bubble Tea asks when it reads its
// own input) and, when the theme follows the terminal, its background
// colour. The answers come back through pumpInput.
func queries(askBackground bool) string {
	q := ansi.RequestModeSynchronizedOutput + ansi.RequestModeUnicodeCore
	if askBackground {
		q += ansi.RequestBackgroundColor
	}
	return q
}

// inputHooks are what pumpInput tells the session: a key press (touch),
// input dropped from a burst (dropped), a panic in the reader (onPanic,
// with its stack).
type inputHooks struct {
	touch   func()
	dropped func(bytes, events int)
	onPanic func(any, []byte)
}

// pumpInput reads a session's input with ultraviolet's terminal reader and
// hands the events to the program, within the budgets of burst.go: what
// is over is dropped, so nothing waits behind a burst. Key presses,
// clicks, the wheel and pastes count as activity (touch), unless they
// come in a burst. It returns when the input ends (the client closes the
// session or the connection) or ctx ends and the reader's current read
// returns, or the reader panics.
func pumpInput(ctx context.Context, in io.Reader, term string, p *tea.Program, lim inputLimits, h inputHooks) {
	evc := make(chan uv.Event)
	done := make(chan struct{})
	bytesGate := newByteGate(lim.bytesPerSec, lim.byteBurst)
	bytesGate.onDrop = func(n int) { h.dropped(n, 0) }
	bytesGate.onKey = func(ev uv.Event) { // on the reader's goroutine, as its events
		select {
		case evc <- ev:
		case <-ctx.Done():
		}
	}
	guard := newInputGuard(in, lim.maxSeq, lim.maxPaste)
	guard.gate = bytesGate
	rd := uv.NewTerminalReader(guard, term)
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				h.onPanic(r, debug.Stack())
			}
		}()
		_ = rd.StreamEvents(ctx, evc) // it ends with the input or ctx
	}()
	pump := newEventPump(p, lim, bytesGate, h)
	defer pump.stop()
	var next <-chan time.Time // fires when the next queued event may go
	for {
		select {
		case ev := <-evc:
			if !dropInBand(ev) {
				pump.take(ev, time.Now())
			}
		case <-next:
		case <-done:
			return
		}
		next = pump.flush(time.Now())
	}
}

// isActivity is what resets the idle timer: a person at the keyboard or
// mouse, not a terminal's answer to a query or a mouse passing over.
func isActivity(ev uv.Event) bool {
	switch ev.(type) {
	case uv.KeyPressEvent, uv.MouseClickEvent, uv.MouseWheelEvent, uv.PasteEvent:
		return true
	}
	return false
}
