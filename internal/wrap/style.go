package wrap

import "strings"

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

// compact folds the pen into one sequence (see sgrState) when every
// parameter of its sequences is one the fold knows: the attributes,
// underline styles, and the three colours as basic, indexed or RGB. A
// parameter it does not know (a font, a framed or superscript text, a
// colour in another form) puts the fold off until maxInexact sequences;
// then the fold is made anyway, and that parameter is dropped from the
// lines that start after it. Only a text with that many sequences between
// two resets, which no renderer writes, can lose a style that way.
func (p *pen) compact() {
	var st sgrState
	exact := true
	for _, seq := range p.seqs {
		exact = st.read(seq[2:len(seq)-1]) && exact
	}
	if !exact && len(p.seqs) < maxInexact {
		p.tried = len(p.seqs)
		return
	}
	p.seqs, p.tried = p.seqs[:0], 0
	if folded := st.String(); folded != "" {
		p.seqs = append(p.seqs, folded)
	}
}
