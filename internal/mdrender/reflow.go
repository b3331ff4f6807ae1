package mdrender

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gtext "github.com/yuin/goldmark/text"

	"github.com/dealtui/dealtui/internal/wrap"
)

// Glamour breaks lines as Lip Gloss does: a run of Japanese is one word,
// cut wherever the width falls (a line may start with 。, Open|AI is
// split), and a list item's lines can come out a column wider than the
// width, whose last character the box then covers. So its prose is
// wrapped again by the one line breaker, internal/wrap: each paragraph,
// list item and quoted paragraph Glamour drew is taken back to one line
// and wrapped under its prefix, the bullet or number (later lines hang
// under the text) or the bar of a quotation (on every line).
//
// Joining Glamour's lines back needs to know where it broke at a space
// and where it cut inside a word or a Japanese run: the Markdown's own
// text says (readSource), read alongside as the lines are joined
// (joiner). In a document with a table or code, whose layout Glamour
// makes at the width, only list items are wrapped again.

// block is a run of rendered lines that make one paragraph: its prefix
// on the first line and on the others, and the text of each line after
// its prefix.
type block struct {
	first, rest string // the prefix: styled on the first line, plain after
	prefixW     int
	bodies      []string
	list        bool // a list item
}

// reflow wraps Glamour's rendering of md again to width.
func reflow(lines []string, width int, md string) []string {
	prose, text := readSource(md)
	j := newJoiner(text)
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); {
		b, n := readBlock(lines[i:])
		// A block of one line that fits was not broken: nothing to mend.
		keep := b == nil || (n == 1 && wrap.Width(lines[i]) <= width)
		if keep || (!prose && !b.list) || width-b.prefixW < 8 {
			for _, l := range lines[i : i+n] {
				j.skip(plainOf(l))
			}
			out = append(out, lines[i:i+n]...)
			i += n
			continue
		}
		out = append(out, wrap.Hanging(j.join(b.bodies), width, b.first, b.rest)...)
		i += n
	}
	return out
}

// readBlock reads the block lines start with and how many lines it
// takes; a blank line is a block of its own (nil).
func readBlock(lines []string) (*block, int) {
	plain := strings.TrimRight(plainOf(lines[0]), " ")
	if plain == "" {
		return nil, 1
	}
	first, rest, w, list := prefixOf(plain)
	styled := ansi.Cut(lines[0], 0, w)
	if pw := wrap.Width(first); pw > w { // a marker alone: its space was trimmed
		styled += strings.Repeat(" ", pw-w)
	}
	b := &block{first: styled, rest: rest, prefixW: wrap.Width(first), list: list}
	b.bodies = append(b.bodies, wrap.CutLeft(lines[0], w))
	// Glamour separates blocks with a blank line, and list items start
	// with their marker: every other line that follows is this block's,
	// under its text, its marker, or (where Glamour cut a run it could not
	// break) not even under a quotation's bar.
	n := 1
	for ; n < len(lines); n++ {
		p := strings.TrimRight(plainOf(lines[n]), " ")
		_, _, fw, marker := prefixOf(p)
		if p == "" || marker {
			break
		}
		b.bodies = append(b.bodies, wrap.CutLeft(lines[n], fw))
	}
	return b, n
}

// prefixOf reads the prefix of a rendered line (its trailing spaces
// trimmed): its indent, the bars of the quotations it is in ("│ "), and a
// list marker ("• ", "12. "). It gives the prefix of its first line (a
// marker always followed by a space), the one of its later lines (the
// marker turned to spaces, the bars kept), the width of the line's own
// prefix, and whether it has a marker.
func prefixOf(plain string) (first, rest string, width int, marker bool) {
	var f, r strings.Builder
	s := plain
	for {
		switch {
		case strings.HasPrefix(s, " "):
			f.WriteByte(' ')
			r.WriteByte(' ')
			s = s[1:]
			continue
		case strings.HasPrefix(s, "│ "), s == "│":
			f.WriteString("│ ")
			r.WriteString("│ ")
			s = strings.TrimPrefix(s[len("│"):], " ")
			continue
		}
		break
	}
	width = wrap.Width(f.String())
	if m := markerLen(s); m > 0 {
		mark := strings.TrimSpace(s[:m])
		f.WriteString(mark + " ")
		r.WriteString(strings.Repeat(" ", wrap.Width(mark)+1))
		width += wrap.Width(s[:m])
		marker = true
	}
	if s == "│" || s == "" {
		width = len([]rune(plain)) // a bar or indent alone: the line is all prefix
	}
	return f.String(), r.String(), width, marker
}

// markerLen gives the length of a list marker that s starts with, with
// the space after it: "• " or a number and ". ", or the marker alone at
// the end of the line (Glamour puts it there when the text after it is a
// run it could not break); 0 for none.
func markerLen(s string) int {
	if strings.HasPrefix(s, "• ") || s == "•" {
		return min(len("• "), len(s))
	}
	digits := 0
	for digits < len(s) && digits < 9 && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && (strings.HasPrefix(s[digits:], ". ") || s[digits:] == ".") {
		return min(digits+2, len(s))
	}
	return 0
}

// readSource parses Markdown once for what reflow needs of it: whether it
// has only blocks whose lines can be wrapped again (no table, no code, no
// HTML, no thematic break, which Glamour lays out at a width), and its text
// as a reader sees it, in order: the characters Glamour draws, with a
// space wherever the source has white space or a line or block ends.
func readSource(md string) (prose bool, text string) {
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(gtext.NewReader(src))
	var b strings.Builder
	prose = true
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.ThematicBreak, *extast.Table:
			prose = false
		case *ast.Text:
			if entering {
				b.Write(n.Segment.Value(src))
				if n.SoftLineBreak() || n.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.Write(n.Value)
			}
		default:
			if !entering && n.Type() == ast.TypeBlock {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return prose, b.String()
}

// joiner joins a block's lines as the source has them, reading the
// source text alongside: a line's characters are found in it in order,
// and what follows the last of them there (white space or not) says
// whether the next line goes on after a space.
type joiner struct {
	src []rune
	at  int
}

func newJoiner(src string) *joiner { return &joiner{src: []rune(src)} }

// lookahead bounds how far a rendered character is looked for in the
// source: a character Glamour adds (a link's address) is passed over
// without losing the place.
const lookahead = 16

// skip reads a line of text the joiner does not join (a code line, a
// table row), to keep its place in the source.
func (j *joiner) skip(plain string) {
	for _, r := range plain {
		j.find(r)
	}
}

// find moves past the next place r is in the source, and reports whether
// it was found near.
func (j *joiner) find(r rune) bool {
	if unicode.IsSpace(r) {
		return false
	}
	for k := j.at; k < len(j.src) && k < j.at+lookahead; k++ {
		if j.src[k] == r {
			j.at = k + 1
			return true
		}
	}
	return false
}

// spaceNext reports whether the source has white space where the joiner
// is.
func (j *joiner) spaceNext() bool { return j.at < len(j.src) && unicode.IsSpace(j.src[j.at]) }

// join joins the lines of a block (styled, without their prefixes): after
// each, a space when the source has one there, else nothing. When the
// source does not say (the text was not found in it), wrap.JoinBroken
// decides.
func (j *joiner) join(bodies []string) string {
	var b strings.Builder
	for i, body := range bodies {
		plain := strings.TrimRight(plainOf(body), " ")
		found := false
		for _, r := range plain {
			found = j.find(r) || found
		}
		b.WriteString(trimRightStyled(body))
		if i == len(bodies)-1 {
			break
		}
		switch {
		case found && j.spaceNext():
			b.WriteByte(' ')
		case found:
		case needsSpace(plain, plainOf(bodies[i+1])):
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// needsSpace is wrap.JoinBroken's judgement between two lines, for when
// the source cannot say.
func needsSpace(a, b string) bool {
	joined := wrap.JoinBroken([]string{a, b})
	return utf8.RuneCountInString(joined) > utf8.RuneCountInString(strings.TrimSpace(a))+utf8.RuneCountInString(strings.TrimSpace(b))
}
