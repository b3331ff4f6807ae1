package serve

import (
	"bytes"
	"context"
	"io"
	"time"

	uv "github.com/charmbracelet/ultraviolet"
	"golang.org/x/time/rate"
)

// The accessible mode's input is lines, each a command answered with a
// response, so its budget is of lines rather than of keys: a person types
// a command a second or so and pastes a few at once.
const (
	linesPerSec = 5
	lineBurst   = 20
	// lineWordMax is how much of a line is kept to tell a quit ("q",
	// "quit", "exit") from other commands.
	lineWordMax = 8
)

// lineInput is an accessible session's input (the client's bytes, read
// by the mode a line at a time), bounded as an explorer's input is:
//
//   - bytes: the budget of burst.go (byteGate), what is over dropped and
//     the rest paced; a ctrl+c in what is dropped is handed on;
//   - lines: linesPerSec, lineBurst at once; a line over the budget is
//     dropped whole (on a raw terminal, the part of it already passed on
//     is erased with ctrl+u), except a quit, which has a budget of its
//     own (quitKeysPerSec);
//   - activity: what is read marks the session active (--idle-timeout),
//     unless it comes in a burst.
//
// A pump goroutine reads the client; Read returns what it passed on, or
// ctx's error once the session is ended by the server (idle, too long,
// a drain), so that the mode, which waits in Read, ends too. Before Read
// waits, the output is flushed (lineOutput): a prompt is on the screen
// before the reader is waited for.
type lineInput struct {
	ctx     context.Context
	chunks  chan []byte   // from the pump
	done    chan struct{} // closed when the pump has ended
	err     error         // why the pump ended; read once done is closed
	pending []byte
	flush   func() error

	gate    *byteGate
	lines   *rate.Limiter
	quits   *rate.Limiter
	raw     bool
	touch   func()
	dropped func(bytes, events int)

	word   []byte // the start of the line under way, up to lineWordMax
	long   bool   // the line under way is longer than lineWordMax
	lastCR bool   // the last byte was a CR: an LF after it ends no line
	kept   bool   // the last line ended went on
	ctrlC  bool   // a ctrl+c was in the bytes the gate dropped
}

// lineHooks are what lineInput tells the session.
type lineHooks struct {
	flush   func() error // the output, before a read waits
	touch   func()       // a key press, for the idle timeout
	dropped func(bytes, events int)
}

func newLineInput(ctx context.Context, lim inputLimits, raw bool, h lineHooks) *lineInput {
	in := &lineInput{
		ctx:     ctx,
		chunks:  make(chan []byte),
		done:    make(chan struct{}),
		flush:   h.flush,
		gate:    newByteGate(lim.bytesPerSec, lim.byteBurst),
		lines:   rate.NewLimiter(linesPerSec, lineBurst),
		quits:   rate.NewLimiter(quitKeysPerSec, quitKeysPerSec),
		raw:     raw,
		touch:   h.touch,
		dropped: h.dropped,
	}
	in.gate.onDrop = func(n int) { in.dropped(n, 0) }
	in.gate.onKey = func(ev uv.Event) {
		if k, ok := ev.(uv.KeyPressEvent); ok && k.Mod == uv.ModCtrl {
			in.ctrlC = true
		}
	}
	return in
}

// pump reads the client until its input ends or ctx does (then at its
// next read), passing on what the budgets allow.
func (in *lineInput) pump(r io.Reader) {
	defer close(in.done)
	buf := make([]byte, guardReadSize)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			pass := in.admit(buf[:n], time.Now())
			if len(pass) > 0 {
				select {
				case in.chunks <- pass:
				case <-in.ctx.Done():
					in.err = in.ctx.Err()
					return
				}
			}
		}
		if err != nil {
			in.err = err
			return
		}
	}
}

// admit is what of a read goes on to the mode, in a slice of its own.
func (in *lineInput) admit(chunk []byte, now time.Time) []byte {
	pass, _ := in.gate.admit(chunk, now)
	if len(pass) < len(chunk) {
		in.pace(len(chunk), now)
	}
	if in.ctrlC {
		in.ctrlC = false
		return []byte{keyCtrlC} // ends a raw terminal's session at once
	}
	pass = in.keepLines(pass, now)
	if len(pass) > 0 && !in.gate.inBurst(now) {
		in.touch()
	}
	return pass
}

// pace waits, after dropping, before the next read: the client's bytes
// wait in its window meanwhile.
func (in *lineInput) pace(n int, now time.Time) {
	t := time.NewTimer(in.gate.pause(n, now))
	defer t.Stop()
	select {
	case <-t.C:
	case <-in.ctx.Done():
	}
}

// keepLines drops the lines that end in chunk over the line budget.
func (in *lineInput) keepLines(chunk []byte, now time.Time) []byte {
	out := make([]byte, 0, len(chunk))
	start := 0 // where the line under way starts in chunk
	for i, c := range chunk {
		lf := c == '\n' && in.lastCR
		in.lastCR = c == '\r'
		switch {
		case lf: // the LF of a CR LF goes where its line went
			if in.kept {
				out = append(out, c)
			}
			start = i + 1
		case c == '\r' || c == '\n':
			if in.kept = in.allowLine(now); in.kept {
				out = append(out, chunk[start:i+1]...)
			} else {
				out = in.dropLine(out, chunk[start:i+1], now)
			}
			start = i + 1
			in.word, in.long = in.word[:0], false
		default:
			in.note(c)
		}
	}
	return append(out, chunk[start:]...)
}

// allowLine says whether the line that has just ended goes on.
func (in *lineInput) allowLine(now time.Time) bool {
	if in.isQuit() && in.quits.AllowN(now, 1) {
		return true
	}
	return in.lines.AllowN(now, 1)
}

// dropLine drops a line over the budget, and on a raw terminal erases
// what of it went on before.
func (in *lineInput) dropLine(out, line []byte, now time.Time) []byte {
	in.gate.markBurst(now)
	in.dropped(len(line), 1)
	if in.raw {
		out = append(out, 0x15) // ctrl+u
	}
	return out
}

// note keeps the start of the line under way.
func (in *lineInput) note(c byte) {
	if len(in.word) < lineWordMax {
		in.word = append(in.word, c)
		return
	}
	in.long = true
}

// isQuit says whether the line that has just ended is a quit.
func (in *lineInput) isQuit() bool {
	if in.long {
		return false
	}
	switch string(bytes.ToLower(bytes.TrimSpace(in.word))) {
	case "q", "quit", "exit":
		return true
	}
	return false
}

// Read gives the mode what the pump passed on; it returns ctx's error
// once the session is ended, and the input's error once it ends.
func (in *lineInput) Read(p []byte) (int, error) {
	for len(in.pending) == 0 {
		if err := in.flush(); err != nil {
			return 0, err
		}
		select {
		case in.pending = <-in.chunks:
		case <-in.done:
			return 0, in.err
		case <-in.ctx.Done():
			return 0, in.ctx.Err()
		}
	}
	n := copy(p, in.pending)
	in.pending = in.pending[n:]
	return n, nil
}
