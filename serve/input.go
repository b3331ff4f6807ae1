package serve

import (
	"context"
	"io"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/time/rate"
)

// inputLimits bound one session's input.
type inputLimits struct {
	maxSeq         int           // bytes in one escape sequence
	maxPaste       int           // bytes in one bracketed paste
	eventsPerSec   float64       // keys, clicks, pastes… a second, sustained
	eventBurst     int           // …and at once
	resizeInterval time.Duration // at most one window change per interval
}

func defaultInputLimits() inputLimits {
	return inputLimits{
		maxSeq:         1024,
		maxPaste:       16 << 10,
		eventsPerSec:   200,
		eventBurst:     400,
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

// pumpInput reads a session's input with ultraviolet's terminal reader and
// hands the events to the program, at most lim.eventsPerSec a second (the
// client waits, its bytes unread, beyond that). Key presses, clicks, the
// wheel and pastes count as activity (touch). It returns when the input
// ends (the client closes the session or the connection) or ctx ends
// and the reader's current read returns, or the reader panics (onPanic
// is then called with the panic and its stack).
func pumpInput(ctx context.Context, in io.Reader, term string, p *tea.Program, lim inputLimits, touch func(), onPanic func(any, []byte)) {
	rd := uv.NewTerminalReader(newInputGuard(in, lim.maxSeq, lim.maxPaste), term)
	events := make(chan uv.Event)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				onPanic(r, debug.Stack())
			}
		}()
		_ = rd.StreamEvents(ctx, events) // it ends with the input or ctx
	}()
	limiter := rate.NewLimiter(rate.Limit(lim.eventsPerSec), lim.eventBurst)
	for {
		select {
		case ev := <-events:
			if dropInBand(ev) {
				continue
			}
			if isActivity(ev) {
				touch()
			}
			if limiter.Wait(ctx) != nil {
				continue // ending: keep draining the reader
			}
			p.Send(ev) // returns at once once the program has ended
		case <-done:
			return
		}
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
