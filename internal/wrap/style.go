package wrap

import (
	"strings"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// reset ends every styled line: each line stands alone, whatever is drawn
// before or after it (lines go into boxes one by one).
const reset = "\x1b[m"

// maxCarried bounds how many SGR sequences a pen replays at the start of
// a line: past it the pen folds them into one (see compact), so that a
// text styled again and again without a reset cannot make every line
// longer than the last. A fold that would not be exact waits until
// maxInexact sequences.
const (
	maxCarried = 16
	maxInexact = 256
)

// pen is the style in force at a point of the text, kept as the SGR
// sequences met since the last full reset. Replaying them after a reset
// sets exactly the style the text had there, whatever the sequences say,
// including attributes this package knows nothing about; no parsing of
// colours is needed and nothing is rounded.
type pen struct {
	seqs  []string
	tried int // the length at which the last fold was found inexact
}

// apply takes the next SGR sequence of the text into the pen.
func (p *pen) apply(seq string) {
	params := seq[2 : len(seq)-1]
	switch {
	case strings.Trim(params, "0;") == "":
		p.seqs, p.tried = p.seqs[:0], 0 // ESC[m, ESC[0m, ESC[0;0m: back to the default
		return
	case strings.HasPrefix(params, "0;"):
		p.seqs = p.seqs[:0] // a reset first: what came before no longer counts
	}
	p.seqs = append(p.seqs, seq)
	if len(p.seqs) > maxCarried && len(p.seqs) >= 2*p.tried {
		p.compact()
	}
}

// active tells whether any style may be in force (a line then needs a
// reset at its end).
func (p *pen) active() bool { return len(p.seqs) > 0 }

// writeTo writes the sequences that set the pen's style from the default.
func (p *pen) writeTo(b *strings.Builder) {
	for _, s := range p.seqs {
		b.WriteString(s)
	}
}

// compact folds the pen into one sequence through Ultraviolet's reading
// of SGR (the one the Bubble Tea renderer uses), when the fold is exact:
// when Ultraviolet reads the folded sequence back as the same style. It
// is for every attribute Ultraviolet knows (intensity, italic, underline
// and its style, blink, reverse, conceal, strikethrough, the three colours
// as indexed or RGB) but not for the colour forms it reads and cannot
// write back (transparent, CMY, CMYK, RGBA), and an attribute it does not
// know (overline, fonts) is dropped. An inexact fold is put off until
// maxInexact sequences, then made anyway: only a text with that many
// sequences between two resets, which no renderer writes, can lose a
// style that way.
func (p *pen) compact() {
	st := readStyle(p.seqs)
	folded := st.String()
	back := readStyle([]string{folded})
	if !back.Equal(&st) && len(p.seqs) < maxInexact {
		p.tried = len(p.seqs)
		return
	}
	p.seqs, p.tried = p.seqs[:0], 0
	if !st.IsZero() {
		p.seqs = append(p.seqs, folded)
	}
}

// readStyle reads SGR sequences from the default style on.
func readStyle(seqs []string) uv.Style {
	var st uv.Style
	parser := new(ansi.Parser) // not NewParser: no 64 KiB buffer for strings
	parser.SetParamsSize(32)   // as many parameters as NewParser takes
	for _, seq := range seqs {
		parser.Reset()
		ansi.DecodeSequence(seq, ansi.NormalState, parser)
		uv.ReadStyle(parser.Params(), &st)
	}
	return st
}
