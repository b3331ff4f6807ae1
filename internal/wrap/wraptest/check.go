// Package wraptest checks a wrap as tests need to: Check tells what is
// wrong with the lines a wrapper made of a text, against the rules of
// JA-STYLE.md and the promises of package wrap. It shares no code with
// package wrap, so that a bug there cannot hide itself here: styles are
// read through Ultraviolet's SGR reader (the Bubble Tea renderer's),
// clusters through uniseg, widths through ansi.StringWidth, and the sets
// of characters are written out again. Tests of the explorer and of print
// can check their wrapped texts with it too.
package wraptest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// The kinsoku sets of JA-STYLE.md: the characters no line may start
// with, and those no line may end with.
const (
	NoStart = "、。，．・：；？！ー」』）］｝〉》〕】ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
	NoEnd   = "「『（［｛〈《〔【"
)

// char is one character of a text with the style it is drawn in; cut
// tells that an SGR sequence comes just before it, which ends a grapheme
// cluster for ansi.StringWidth (and for the terminal).
type char struct {
	r     rune
	style uv.Style
	cut   bool
}

// decode reads a styled string as a terminal would: its runes with their
// styles, and whether it holds an escape that is not SGR.
func decode(s string) (chars []char, other bool, end uv.Style) {
	var st uv.Style
	p := new(ansi.Parser)
	p.SetParamsSize(32)
	var state byte
	cut := false
	for len(s) > 0 {
		seq, _, n, ns := ansi.DecodeSequence(s, state, p)
		state = ns
		switch {
		case strings.HasPrefix(seq, "\x1b[") && strings.HasSuffix(seq, "m") && p.Command() == 'm':
			uv.ReadStyle(p.Params(), &st)
			cut = true
		case strings.HasPrefix(seq, "\x1b"):
			other = true // dropped by the wrapper: it cuts no cluster
		default:
			for _, r := range seq {
				chars = append(chars, char{r, st, cut})
				cut = false
			}
		}
		s = s[n:]
	}
	return chars, other, st
}

// cluster is a grapheme cluster: its text, its width, and where it starts
// among the runes of the text it belongs to.
type cluster struct {
	s     string
	width int
	at    int
}

func clusters(plain string) []cluster {
	return styledClusters(plain, nil)
}

// styledClusters cuts plain into clusters and measures each as
// ansi.StringWidth measures it in the styled text chars came from: in
// pieces where an escape sequence falls inside it.
func styledClusters(plain string, chars []char) []cluster {
	var out []cluster
	at := 0
	g := uniseg.NewGraphemes(plain)
	for g.Next() {
		rs := g.Runes()
		w, from := 0, 0
		for i := 1; i < len(rs) && chars != nil; i++ {
			if chars[at+i].cut {
				w += ansi.StringWidth(string(rs[from:i]))
				from = i
			}
		}
		w += ansi.StringWidth(string(rs[from:]))
		out = append(out, cluster{g.Str(), w, at})
		at += len(rs)
	}
	return out
}

func base(c cluster) rune { r, _ := utf8.DecodeRuneInString(c.s); return r }

func kinsokuBad(prev, next rune) bool {
	return strings.ContainsRune(NoStart, next) || strings.ContainsRune(NoEnd, prev)
}

// wordChar tells a letter or digit of a Latin-style word: one that is not
// wide (kana, kanji and the like break between any two).
func wordChar(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && ansi.StringWidth(string(r)) == 1
}

// inWord tells a boundary inside a Latin word or number: between two of
// its letters or digits, at a "." "," "'" "’" that joins two of them, or
// before the "%" after a digit. The boundary is before cs[i].
func inWord(cs []cluster, i int) bool {
	if i <= 0 || i >= len(cs) {
		return false
	}
	p, n := base(cs[i-1]), base(cs[i])
	joiner := func(r rune) bool { return strings.ContainsRune(".,'’", r) }
	switch {
	case wordChar(p) && wordChar(n):
		return true
	case wordChar(p) && joiner(n):
		return i+1 < len(cs) && wordChar(base(cs[i+1]))
	case joiner(p) && wordChar(n):
		return i >= 2 && wordChar(base(cs[i-2]))
	}
	return p >= '0' && p <= '9' && n == '%'
}

// wordWidth measures the word a boundary inside it splits.
func wordWidth(cs []cluster, i int) int {
	l, r := i-1, i
	for l > 0 && inWord(cs, l) {
		l--
	}
	for r+1 < len(cs) && inWord(cs, r+1) {
		r++
	}
	w := 0
	for _, c := range cs[l : r+1] {
		w += c.width
	}
	return w
}

func droppable(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u2007' && r != '\u202f' && !newline(r)
}

// newline tells a hard line break the input may hold: "\n", and the line
// and paragraph separators.
func newline(r rune) bool { return r == '\n' || r == '\u2028' || r == '\u2029' }

func isSpace(c cluster) bool { return utf8.RuneCountInString(c.s) == 1 && droppable(base(c)) }

// placed is where an output line lies in the input: runes [from, to).
type placed struct {
	from, to int
	hard     bool // it follows a "\n" of the input
}

// Check tells what is wrong with out as the wrap of in at width (the text
// column: prefixes are taken off before), or nil. It checks: only SGR
// escapes and no newline in a line; each line as wide as the column at
// most (one cluster wider than the column may stand alone); each line's
// style closed at its end; the visible characters those of the input, in
// order, each in its input style, less the spaces at breaks; a break at
// each "\n" of the input and no empty line elsewhere; no cluster split; a
// break only where the line could not go on; no kinsoku violation and no
// Latin word or number cut, unless the line had no better place to end
// (at a width where every place breaks a rule, the least bad place before
// the point where the line would overflow).
//
// It expects in to be within the wrapper's contract: valid UTF-8, no
// control character but "\n" and "\t", whole escape sequences.
func Check(in string, width int, out []string) error {
	inChars, _, _ := decode(in)
	lines := make([]placed, len(out))
	k := 0 // the next input char to match
	for li, line := range out {
		chars, err := checkLine(line, width)
		if err != nil {
			return fmt.Errorf("line %d %q: %w", li, line, err)
		}
		cs := clusters(ansi.Strip(line))
		k0, hard, err := gap(inChars, k, li, len(cs) > 0 && isSpace(cs[0]), len(chars) == 0)
		if err != nil {
			return fmt.Errorf("line %d %q: %w", li, line, err)
		}
		k = k0
		lines[li] = placed{from: k, hard: hard}
		for _, c := range chars {
			if k >= len(inChars) || inChars[k].r != c.r {
				return fmt.Errorf("line %d %q: %q where the input has %s", li, line, c.r, at(inChars, k))
			}
			if !inChars[k].style.Equal(&c.style) {
				return fmt.Errorf("line %d %q: %q drawn in %q, the input has %q", li, line, c.r, c.style.String(), inChars[k].style.String())
			}
			k++
		}
		lines[li].to = k
	}
	for ; k < len(inChars); k++ {
		if !droppable(inChars[k].r) {
			return fmt.Errorf("input %s and what follows lost", at(inChars, k))
		}
	}
	return checkBreaks(inChars, lines, width)
}

// checkLine checks a line on its own: no escape but SGR, no newline, no
// more cells than the column (unless one cluster stands alone), its style
// closed at its end. It gives the line's characters.
func checkLine(line string, width int) ([]char, error) {
	chars, other, end := decode(line)
	switch w := ansi.StringWidth(line); {
	case other || strings.ContainsRune(line, '\n'):
		return nil, fmt.Errorf("an escape other than SGR, or a newline")
	case strings.Contains(line, "\x1b[") && !end.IsZero():
		return nil, fmt.Errorf("its style is left open")
	case w > width && !wideAlone(clusters(ansi.Strip(line))):
		return nil, fmt.Errorf("%d cells, the column is %d", w, width)
	}
	return chars, nil
}

// gap finds where line li starts in the input, from k: before it the
// input may give up droppable spaces and, except before the first line,
// one "\n" (a hard break). A line that starts with a space (lead) kept it
// as an indent: it starts at the text's start or just after the "\n".
func gap(in []char, k, li int, lead, empty bool) (int, bool, error) {
	start, after, hard := k, -1, false
	for k < len(in) && (droppable(in[k].r) && !joined(in, k) || newline(in[k].r)) {
		if newline(in[k].r) {
			if li == 0 || hard {
				break
			}
			hard, after = true, k+1
		}
		k++
	}
	if lead {
		switch {
		case li == 0:
			k = start
		case hard:
			k = after
		default:
			return 0, false, fmt.Errorf("starts with a space after a soft break")
		}
	}
	if li > 0 && !hard && empty {
		return 0, false, fmt.Errorf("empty where the input has no line break")
	}
	return k, hard, nil
}

// joined tells a space that is one grapheme cluster with the character
// after it (a space carrying a combining mark or an emoji modifier): it is
// drawn, not dropped.
func joined(in []char, k int) bool {
	return k+1 < len(in) && in[k].r != '\r' && uniseg.GraphemeClusterCount(string([]rune{in[k].r, in[k+1].r})) == 1
}

// checkBreaks judges every soft break as a greedy wrapper must make it:
// never inside a cluster, and only where the line could not go on, that
// is, before the point where it would overflow. A break that breaks
// kinsoku or cuts a word (one that fits the column) must moreover be the
// least bad place between the line's start and that point.
func checkBreaks(chars []char, lines []placed, width int) error {
	plain := string(runes(chars))
	cs := styledClusters(plain, chars)
	starts := map[int]int{len([]rune(plain)): len(cs)}
	for i, c := range cs {
		starts[c.at] = i
	}
	for li := 1; li < len(lines); li++ {
		prev, next := lines[li-1], lines[li]
		if next.hard {
			continue
		}
		f, e, n := starts[prev.from], -1, -1
		if i, ok := starts[prev.to]; ok {
			e = i
		}
		if i, ok := starts[next.from]; ok {
			n = i
		}
		if e < 0 || n < 0 {
			return fmt.Errorf("lines %d and %d: a grapheme cluster split", li-1, li)
		}
		over := overflow(cs, f, width)
		if over < n {
			return fmt.Errorf("lines %d and %d: a break where the line could go on", li-1, li)
		}
		if c, ok := lessBad(cs, f, over, tier(cs, e, n, width), width); ok {
			return fmt.Errorf("%q | %q: a kinsoku violation or a cut word where the line could end before %q",
				string([]rune(plain)[prev.from:prev.to]), string([]rune(plain)[next.from:next.to]), cs[c].s)
		}
	}
	return nil
}

// lessBad finds a boundary between the line's start f and its overflow
// point where the line could have ended with a fault less bad than t.
func lessBad(cs []cluster, f, over, t, width int) (int, bool) {
	for c := f + 1; c <= over && t > 0; c++ {
		p, q := c, c
		for p > f && isSpace(cs[p-1]) {
			p--
		}
		for q < over && isSpace(cs[q]) {
			q++
		}
		if p > f && tier(cs, p, q, width) < t {
			return c, true
		}
	}
	return 0, false
}

// overflow finds the first cluster that makes a line starting at cluster
// f wider than width (spaces count only before something else), or the
// number of clusters when none does before the next newline.
func overflow(cs []cluster, f, width int) int {
	w, spaces := 0, 0
	for i := f; i < len(cs); i++ {
		switch {
		case newline(base(cs[i])):
			return len(cs)
		case isSpace(cs[i]):
			spaces += cs[i].width
		case w+spaces+cs[i].width > width && i > f:
			return i
		default:
			w, spaces = w+spaces+cs[i].width, 0
		}
	}
	return len(cs)
}

// tier rates a break where the line before ends with cluster e-1 and the
// next starts with cluster n (spaces between them go): 3 breaks kinsoku,
// 2 cuts a word that fits the column, 0 is clean.
func tier(cs []cluster, e, n, width int) int {
	if e == 0 || n >= len(cs) {
		return 0
	}
	switch {
	case kinsokuBad(base(cs[e-1]), base(cs[n])):
		return 3
	case e == n && inWord(cs, n) && wordWidth(cs, n) <= width:
		return 2
	}
	return 0
}

func runes(cs []char) []rune {
	out := make([]rune, len(cs))
	for i, c := range cs {
		out[i] = c.r
	}
	return out
}

func at(cs []char, k int) string {
	if k >= len(cs) {
		return "the end"
	}
	return string(cs[k].r)
}

// wideAlone tells a line whose only cluster of any width is one.
func wideAlone(cs []cluster) bool {
	n := 0
	for _, c := range cs {
		if c.width > 0 {
			n++
		}
	}
	return n == 1
}
