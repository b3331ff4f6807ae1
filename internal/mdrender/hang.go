package mdrender

import (
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// hangListItems re-wraps list items so that their later lines hang under
// the item's text. Glamour starts them at the bullet's column, which
// makes a long item hard to tell from the next one:
//
//   - A list item that is long        • A list item that is long
//     enough to wrap.               →     enough to wrap.
//
// A line is an item when it starts, after its indent, with a bullet or a
// number and follows a blank line or another item; its continuation lines
// are the next non-blank lines with the same indent that are not items.
func hangListItems(lines []string, width int) []string {
	out := make([]string, 0, len(lines))
	inList := true // at the start, as after a blank line
	for i := 0; i < len(lines); {
		plain := ansi.Strip(lines[i])
		indent, marker := listMarker(plain)
		if marker == 0 || !inList {
			out = append(out, lines[i])
			inList = strings.TrimSpace(plain) == ""
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && isContinuation(ansi.Strip(lines[j]), indent) {
			j++
		}
		out = append(out, rehang(lines[i:j], indent, indent+marker, width)...)
		inList = true
		i = j
	}
	return out
}

// listMarker finds a bullet ("• ") or number ("12. ") after the indent of
// a plain line and gives the indent and the marker's width, or 0.
func listMarker(plain string) (indent, width int) {
	rest := strings.TrimLeft(plain, " ")
	indent = len(plain) - len(rest)
	if strings.HasPrefix(rest, "• ") {
		return indent, 2
	}
	digits := 0
	for digits < len(rest) && digits < 9 && rest[digits] >= '0' && rest[digits] <= '9' {
		digits++
	}
	if digits > 0 && strings.HasPrefix(rest[digits:], ". ") {
		return indent, digits + 2
	}
	return indent, 0
}

// isContinuation reports a line that carries on the item above: not
// blank, at the item's indent, and not an item or a quotation itself.
func isContinuation(plain string, indent int) bool {
	rest := strings.TrimLeft(plain, " ")
	if rest == "" || len(plain)-len(rest) != indent || strings.HasPrefix(rest, "│") {
		return false
	}
	_, m := listMarker(plain)
	return m == 0
}

// rehang joins an item's lines and wraps them again, later lines indented
// to the text's column.
func rehang(item []string, indent, textCol, width int) []string {
	if len(item) == 1 || width-textCol < 10 {
		return item
	}
	joined := trimRightStyled(ansi.Cut(item[0], textCol, width))
	for _, l := range item[1:] {
		if !brokenAtHyphen(joined) {
			joined += " "
		}
		joined += trimRightStyled(ansi.Cut(l, indent, width))
	}
	wrapped := strings.Split(ansi.Wrap(joined, width-textCol, ""), "\n")
	out := make([]string, len(wrapped))
	pad := strings.Repeat(" ", textCol)
	for i, w := range wrapped {
		if i == 0 {
			out[i] = ansi.Cut(item[0], 0, textCol) + w
		} else {
			out[i] = pad + w
		}
	}
	return out
}

// brokenAtHyphen reports a line that ends in a word's hyphen, where the
// wrap broke a hyphenated word: its next part joins without a space.
func brokenAtHyphen(styled string) bool {
	plain := []rune(ansi.Strip(styled))
	n := len(plain)
	return n >= 2 && plain[n-1] == '-' && unicode.IsLetter(plain[n-2])
}
