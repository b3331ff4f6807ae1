package serve

import (
	"bytes"
	"io"
	"sync"
)

// lineOutputFlushAt is how much output an accessible session gathers
// before it writes it without waiting for its input to be read.
const lineOutputFlushAt = 16 << 10

// lineOutput is an accessible session's output. The mode writes a line,
// and on a raw terminal echoes each key typed, with a write of its own:
// gathered here, they go to the client together when the mode waits for
// input (lineInput flushes) or once lineOutputFlushAt is reached, so that
// a response is a few packets rather than one a line and a pasted line
// is echoed in one. A notice from the server (a drain) is written between
// the mode's writes, on a line of its own.
type lineOutput struct {
	mu   sync.Mutex
	w    io.Writer
	crlf bool // a raw terminal: lines end with CR LF
	buf  bytes.Buffer
	err  error // the first write error; nothing is written after it
	// atLineStart is whether what was written last ended a line.
	atLineStart bool
}

func newLineOutput(w io.Writer, crlf bool) *lineOutput {
	return &lineOutput{w: w, crlf: crlf, atLineStart: true}
}

func (o *lineOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.err != nil {
		return 0, o.err
	}
	o.buf.Write(p)
	if o.buf.Len() >= lineOutputFlushAt {
		o.flushLocked()
	}
	return len(p), o.err
}

// Flush writes what was gathered.
func (o *lineOutput) Flush() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	return o.err
}

func (o *lineOutput) flushLocked() {
	if o.buf.Len() == 0 || o.err != nil {
		return
	}
	b := o.buf.Bytes()
	o.atLineStart = b[len(b)-1] == '\n'
	_, o.err = o.w.Write(b)
	o.buf.Reset()
}

// notice writes a line from the server after what the mode has written,
// on a line of its own.
func (o *lineOutput) notice(text string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.flushLocked()
	end := "\n"
	if o.crlf {
		end = "\r\n"
	}
	if !o.atLineStart {
		o.buf.WriteString(end)
	}
	o.buf.WriteString(text + end)
	o.flushLocked()
}
