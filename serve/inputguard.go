package serve

import (
	"io"
	"time"
)

// inputGuard bounds what one client's input can make the terminal reader
// hold. The reader (ultraviolet's) keeps the bytes of an escape sequence
// until it ends, and the text of a bracketed paste until the paste ends,
// with no limit: a client that opens an OSC string or a paste and never
// closes it would grow them for ever. The guard follows the sequences in
// the byte stream: a sequence longer than maxSeq is ended for the reader
// and the rest of it dropped; a paste longer than maxPaste is ended with
// the end-of-paste sequence and the rest of it dropped.
//
// It also keeps the parameters of a CSI or DCS sequence to maxParams: the
// decoder (x/ansi's DecodeSequence) has room for 32 and indexes past
// them on the 33rd, a panic that one line of input could cause.
type inputGuard struct {
	r        io.Reader
	maxSeq   int
	maxPaste int

	state   guardState
	n       int  // bytes so far in the current sequence or paste
	params  int  // parameter separators so far in a CSI or DCS
	drop    bool // the current sequence or paste was ended early
	csi     [8]byte
	csiLen  int
	matched int // bytes of the end-of-paste sequence matched so far

	buf  []byte
	out  []byte
	tail []byte

	gate *byteGate // nil: no budget of bytes
}

type guardState uint8

const (
	inText   guardState = iota
	inEsc               // after ESC
	inCSI               // ESC [
	inDCS               // ESC P, its parameters
	inString            // OSC, DCS data, APC, PM, SOS: up to BEL or ESC \
	inStrEsc            // ESC inside such a string
	inSS3               // ESC O: one more byte
	inPaste             // after ESC [ 200 ~
)

var pasteEnd = []byte("\x1b[201~")

// guardReadSize is how much the guard reads at once: in a flood, each
// read over the byte budget lets its last burstTail bytes through.
const guardReadSize = 16 << 10

// maxParams is the most parameter separators (; and :) a CSI or DCS may
// have; real ones have at most a handful.
const maxParams = 16

func newInputGuard(r io.Reader, maxSeq, maxPaste int) *inputGuard {
	return &inputGuard{r: r, maxSeq: maxSeq, maxPaste: maxPaste, buf: make([]byte, guardReadSize)}
}

// Read returns the client's bytes, with over-long sequences and pastes
// ended and cut.
func (g *inputGuard) Read(p []byte) (int, error) {
	for len(g.tail) == 0 {
		n, err := g.r.Read(g.buf)
		g.out = g.out[:0]
		in := g.buf[:n]
		if g.gate != nil && n > 0 {
			now := time.Now()
			var fresh bool
			if in, fresh = g.gate.admit(in, now); fresh {
				g.interrupt()
			}
			if len(in) < n {
				time.Sleep(g.gate.pause(n, now)) // the client's bytes wait in its window meanwhile
			}
		}
		for _, c := range in {
			g.step(c)
		}
		g.tail = g.out
		if len(g.tail) == 0 && err != nil {
			return 0, err
		}
	}
	n := copy(p, g.tail)
	g.tail = g.tail[n:]
	return n, nil
}

func (g *inputGuard) emit(b ...byte) { g.out = append(g.out, b...) }

// interrupt ends the sequence or paste under way, as a cut does, once
// input has been dropped from the middle of it (byteGate): what comes
// after is read afresh, as text.
func (g *inputGuard) interrupt() {
	if !g.drop {
		switch g.state {
		case inCSI:
			g.emit('~')
		case inDCS, inString, inStrEsc:
			g.emit(0x1b, '\\')
		case inPaste:
			g.emit(pasteEnd...)
		}
	}
	g.state, g.drop, g.matched = inText, false, 0
}

func (g *inputGuard) step(c byte) {
	switch g.state {
	case inText:
		g.text(c)
	case inEsc:
		g.esc(c)
	case inCSI:
		g.csiByte(c)
	case inDCS:
		g.dcsByte(c)
	case inString:
		g.stringByte(c)
	case inStrEsc:
		g.stringEsc(c)
	case inSS3:
		g.state = inText
		g.emit(c)
	case inPaste:
		g.pasteByte(c)
	}
}

func (g *inputGuard) text(c byte) {
	if c == 0x1b {
		g.state, g.n, g.drop = inEsc, 1, false
	}
	g.emit(c)
}

func (g *inputGuard) esc(c byte) {
	g.n++
	switch c {
	case '[':
		g.state, g.csiLen, g.params = inCSI, 0, 0
	case 'P':
		g.state, g.params = inDCS, 0
	case ']', '_', '^', 'X':
		g.state = inString
	case 'O':
		g.state = inSS3
	case 0x1b:
		g.n = 1 // ESC ESC: alt+escape, or a sequence after a lone ESC
	default:
		g.state = inText
	}
	g.emit(c)
}

// csiByte follows ESC [ parameters intermediates final.
func (g *inputGuard) csiByte(c byte) {
	g.n++
	switch {
	case c >= 0x40 && c <= 0x7e: // the final byte
		g.state = inText
		if g.drop {
			return
		}
		g.emit(c)
		if c == '~' && string(g.csi[:g.csiLen]) == "200" {
			g.state, g.n, g.matched = inPaste, 0, 0
		}
	case c >= 0x20 && c <= 0x3f: // a parameter or intermediate byte
		if c == ';' || c == ':' {
			g.params++
		}
		switch {
		case g.drop:
		case g.n > g.maxSeq || g.params > maxParams:
			g.drop = true
			g.emit('~') // ends it; the reader ignores what it cannot use
		default:
			if g.csiLen < len(g.csi) {
				g.csi[g.csiLen] = c
				g.csiLen++
			}
			g.emit(c)
		}
	default: // not part of a CSI: it ends, and the byte counts as text
		g.state = inText
		g.text(c)
	}
}

// dcsByte follows the parameters of a DCS, up to the byte that ends them
// and begins its data.
func (g *inputGuard) dcsByte(c byte) {
	g.n++
	switch {
	case c >= 0x40 && c <= 0x7e:
		g.state = inString
		g.emit(c)
	case c == 0x1b || c == 0x07:
		g.state = inString
		g.n--
		g.stringByte(c)
	default:
		if c == ';' || c == ':' {
			g.params++
		}
		if g.n > g.maxSeq || g.params > maxParams {
			g.state, g.drop = inString, true
			g.emit(0x1b, '\\')
			return
		}
		g.emit(c)
	}
}

// stringByte follows an OSC, DCS, APC, PM or SOS string.
func (g *inputGuard) stringByte(c byte) {
	g.n++
	switch {
	case c == 0x07:
		g.state = inText
		if !g.drop {
			g.emit(c)
		}
	case c == 0x1b:
		g.state = inStrEsc
	case g.drop:
	case g.n > g.maxSeq:
		g.drop = true
		g.emit(0x1b, '\\')
	default:
		g.emit(c)
	}
}

// stringEsc: ESC \ ends the string; ESC and anything else ends it too and
// begins a new escape sequence.
func (g *inputGuard) stringEsc(c byte) {
	if c == '\\' {
		g.state = inText
		if !g.drop {
			g.emit(0x1b, c)
		}
		return
	}
	g.state = inText
	g.text(0x1b)
	g.esc(c)
}

// pasteByte counts pasted bytes up to ESC [ 201 ~, holding back the bytes
// that may be its beginning.
func (g *inputGuard) pasteByte(c byte) {
	if c == pasteEnd[g.matched] {
		g.matched++
		if g.matched == len(pasteEnd) {
			g.state = inText
			if !g.drop {
				g.emit(pasteEnd...)
			}
		}
		return
	}
	held := g.matched
	g.matched = 0
	for _, h := range pasteEnd[:held] {
		g.pasted(h)
	}
	if c == pasteEnd[0] {
		g.matched = 1
		return
	}
	g.pasted(c)
}

func (g *inputGuard) pasted(c byte) {
	g.n++
	switch {
	case g.drop:
	case g.n > g.maxPaste:
		g.drop = true
		g.emit(pasteEnd...)
	default:
		g.emit(c)
	}
}
