package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
)

// drawBox draws a pane: the border of style around its title line (when
// the box has one) and its content, cut and padded to the box. Lines of
// exact content are already the content's width and are not measured
// again; others are fitted. The border is styled once and its pieces
// wrapped in the same codes: Lip Gloss would measure and wrap every line
// again, which costs more than the rest of the frame.
func drawBox(style lipgloss.Style, b box, title, content string, exact bool) string {
	r := b.outer
	if r.empty() {
		return ""
	}
	if b.content.empty() {
		return fitBlock("", r.W, r.H)
	}
	border := style.GetBorderStyle()
	pre, post := affixes(lipgloss.NewStyle().Foreground(style.GetBorderTopForeground()))
	left := pre + border.Left + post + strings.Repeat(" ", b.padL)
	right := strings.Repeat(" ", b.padR) + pre + border.Right + post
	w := b.content.W
	var body string
	if exact {
		body = padBlock(content, w, b.content.H)
	} else {
		body = fitBlock(content, w, b.content.H)
	}
	var out strings.Builder
	out.Grow(len(body) + r.H*(len(left)+len(right)+1) + 2*(len(pre)+len(post)+r.W*len(border.Top)+8))
	out.WriteString(pre + border.TopLeft + strings.Repeat(border.Top, r.W-2) + border.TopRight + post)
	if !b.title.empty() {
		out.WriteString("\n" + left + fitLine(title, w) + right)
	}
	for line := range strings.SplitSeq(body, "\n") {
		out.WriteString("\n" + left + line + right)
	}
	out.WriteString("\n" + pre + border.BottomLeft + strings.Repeat(border.Bottom, r.W-2) + border.BottomRight + post)
	return out.String()
}

// affixes gives the escape codes a one-line style puts before and after
// text: text styled with it is pre + text + post.
func affixes(s lipgloss.Style) (pre, post string) {
	const mark = "x"
	pre, post, _ = strings.Cut(s.Render(mark), mark)
	return pre, post
}

// joinColumns puts blocks of equal height side by side.
func joinColumns(blocks ...string) string {
	if len(blocks) == 1 {
		return blocks[0]
	}
	split := make([][]string, len(blocks))
	n := 0
	for i, b := range blocks {
		split[i] = strings.Split(b, "\n")
		n = max(n, len(split[i]))
	}
	var out strings.Builder
	for y := range n {
		if y > 0 {
			out.WriteByte('\n')
		}
		for _, lines := range split {
			if y < len(lines) {
				out.WriteString(lines[y])
			}
		}
	}
	return out.String()
}

// fitBlock cuts or pads text to exactly h lines of exactly w columns.
func fitBlock(s string, w, h int) string {
	lines := strings.SplitN(s, "\n", h+1)
	var b strings.Builder
	for i := range h {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(lines) {
			b.WriteString(fitLine(lines[i], w))
		} else {
			b.WriteString(strings.Repeat(" ", w))
		}
	}
	return b.String()
}

// padBlock gives exactly h lines, adding blank ones of width w; the lines
// given must already be w wide.
func padBlock(s string, w, h int) string {
	n := strings.Count(s, "\n") + 1
	if n > h {
		lines := strings.SplitN(s, "\n", h+1)
		return strings.Join(lines[:h], "\n")
	}
	if n < h {
		s += strings.Repeat("\n"+strings.Repeat(" ", w), h-n)
	}
	return s
}

// fitLine cuts or pads one line to exactly w columns.
func fitLine(l string, w int) string {
	lw := ansi.StringWidth(l)
	if lw > w {
		l = ansi.Truncate(l, w, "")
		lw = ansi.StringWidth(l)
	}
	if lw < w {
		l += strings.Repeat(" ", w-lw)
	}
	return l
}

// fitLines fits every line to w columns, in place.
func fitLines(lines []string, w int) []string {
	for i, l := range lines {
		lines[i] = fitLine(l, w)
	}
	return lines
}

// clip cuts text to at most w columns and h lines.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

// hangWrap wraps text to width w after a prefix, indenting later lines
// under the text.
func hangWrap(prefix, text string, w int) []string {
	return wrap.Hanging(text, w, prefix, strings.Repeat(" ", wrap.Width(prefix)))
}

// spaceBetween puts left and right at either end of a line of width w,
// dropping right when both do not fit.
func spaceBetween(left, right string, w int) string {
	gap := w - ansi.StringWidth(left) - ansi.StringWidth(right)
	if right == "" || gap < 1 {
		return fitLine(left, w)
	}
	return left + strings.Repeat(" ", gap) + right
}

// tooSmall is the screen below the smallest size: what is needed, its
// lines wrapped to the width, so that none is cut.
func tooSmall(st *Styles, t *uiText, w, h int) string {
	var msg []string
	for _, l := range []struct {
		style lipgloss.Style
		text  string
	}{
		{st.Warning, t.TooSmall},
		{lipgloss.NewStyle(), fmt.Sprintf(t.TooSmallNeed, minWidth, minHeight, w, h)},
		{st.Muted, t.TooSmallHint},
	} {
		for _, part := range wrap.Lines(l.text, w) {
			msg = append(msg, l.style.Render(part))
		}
	}
	body := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(msg, "\n"))
	return clip(body, w, h)
}
