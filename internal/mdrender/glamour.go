package mdrender

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"charm.land/glamour/v2"
	gansi "charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/model"
)

// Style is the style Markdown is rendered in.
type Style uint8

// Styles.
const (
	Dark  Style = iota
	Light       // for light backgrounds
	Plain       // the dark style without colour (NO_COLOR)
)

// glamourConfig is the Glamour style for a Style: Glamour's dark or
// light style with no outer margin and headings without their "#" marks
// (the reader is not a Markdown source view). The plain style is the dark
// one; its colours are taken out after rendering.
func glamourConfig(style Style) gansi.StyleConfig {
	cfg := styles.DarkStyleConfig
	if style == Light {
		cfg = styles.LightStyleConfig
	}
	zero := uint(0)
	cfg.Document.Margin = &zero
	cfg.Document.BlockPrefix = ""
	cfg.Document.BlockSuffix = ""
	for _, h := range []*gansi.StyleBlock{&cfg.H2, &cfg.H3, &cfg.H4, &cfg.H5, &cfg.H6} {
		h.Prefix = ""
	}
	return cfg
}

// glamourRender renders Markdown at a width in a style, as lines with only
// SGR styling, and no blank lines at either end or twice in a row.
func glamourRender(md string, width int, style Style) ([]string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStyles(glamourConfig(style)), glamour.WithWordWrap(width))
	if err != nil {
		return nil, err
	}
	out, err := r.Render(md)
	if err != nil {
		return nil, err
	}
	out = stripNonSGR(out)
	if style == Plain {
		out = withoutColour(out)
	}
	lines := tidyLines(reflow(strings.Split(out, "\n"), width, md))
	for i, l := range lines {
		lines[i] = squeezeResets(l)
	}
	return lines, nil
}

// squeezeResets drops the runs of SGR resets Glamour leaves between
// spans (and cutting lines leaves at their ends): one reset in a row does
// what many do, in fewer bytes a frame.
func squeezeResets(s string) string {
	const reset = "\x1b[m"
	for _, r := range []string{"\x1b[0m"} {
		s = strings.ReplaceAll(s, r, reset)
	}
	for strings.Contains(s, reset+reset) {
		s = strings.ReplaceAll(s, reset+reset, reset)
	}
	return s
}

// overLimits says why Markdown is not to be given to Glamour, or "".
func overLimits(md string) string {
	if err := model.CheckMarkdownLimits(md); err != nil {
		return "too large to render: " + err.Error()
	}
	return ""
}

// withoutColour takes the colours out of styled text, keeping bold,
// italic, underline and the rest, as NO_COLOR asks.
func withoutColour(s string) string {
	var b bytes.Buffer
	w := &colorprofile.Writer{Forward: &b, Profile: colorprofile.ASCII}
	_, _ = w.WriteString(s)
	return b.String()
}

// stripNonSGR removes every escape sequence but SGR styling, such as the
// OSC 8 hyperlinks Glamour makes of links: the frame holds only styled
// text (the guard would drop them too, but the lines must be measured
// without them).
func stripNonSGR(s string) string {
	if !strings.Contains(s, "\x1b]") && !strings.Contains(s, "\x1bP") {
		return s
	}
	return termsafe.Clean(s)
}

// tidyLines drops blank lines at either end and blank lines that follow
// another blank line, and trailing spaces.
func tidyLines(lines []string) []string {
	out := lines[:0]
	blankBefore := true
	for _, l := range lines {
		l = trimRightStyled(l)
		blank := blankStyled(l)
		if blank && blankBefore {
			continue
		}
		out = append(out, l)
		blankBefore = blank
	}
	for len(out) > 0 && blankStyled(out[len(out)-1]) {
		out = out[:len(out)-1]
	}
	return out
}

// trimRightStyled cuts the trailing spaces off a styled line, keeping the
// escape sequences among them (a reset closes the line's style). One pass
// over the bytes: Glamour pads every line to the width, so it runs on
// every line of every rendering.
func trimRightStyled(l string) string {
	end := 0 // after the last character that is not a space
	for i := 0; i < len(l); {
		switch {
		case l[i] == ansi.ESC:
			i = escapeEnd(l, i)
		case l[i] == ' ':
			i++
		default:
			_, n := utf8.DecodeRuneInString(l[i:])
			i += n
			end = i
		}
	}
	if !strings.Contains(l[end:], " ") {
		return l
	}
	var b strings.Builder
	b.WriteString(l[:end])
	for i := end; i < len(l); {
		if l[i] != ansi.ESC {
			i++
			continue
		}
		j := escapeEnd(l, i)
		b.WriteString(l[i:j])
		i = j
	}
	return b.String()
}

// plainOf is a line without its escape sequences: ansi.Strip for the
// SGR-only lines Glamour's output is cut to, in one pass.
func plainOf(l string) string {
	if !strings.Contains(l, "\x1b") {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	for i := 0; i < len(l); {
		if l[i] == ansi.ESC {
			i = escapeEnd(l, i)
			continue
		}
		j := i + 1
		for j < len(l) && l[j] != ansi.ESC {
			j++
		}
		b.WriteString(l[i:j])
		i = j
	}
	return b.String()
}

// blankStyled reports whether a line with its trailing spaces trimmed
// shows nothing: escape sequences only.
func blankStyled(l string) bool {
	for i := 0; i < len(l); i = escapeEnd(l, i) {
		if l[i] != ansi.ESC {
			return false
		}
	}
	return true
}

// escapeEnd gives where the escape sequence that starts at i ends: a CSI
// sequence at its final byte, any other after the character that follows
// the ESC.
func escapeEnd(l string, i int) int {
	j := i + 1
	if j < len(l) && l[j] == '[' {
		for j++; j < len(l) && (l[j] < 0x40 || l[j] > 0x7e); j++ {
		}
	}
	return min(j+1, len(l))
}

// wrapPlain wraps text (Markdown shown as it is written) to width.
func wrapPlain(s string, width int) string {
	return wrap.String(s, max(width, 1))
}
