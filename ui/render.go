package ui

import (
	"reflect"
	"regexp"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// renderKey names one Markdown rendering: an item at a width in a style.
type renderKey struct {
	id    string
	width int
	style string
}

// renderedMsg carries renderings made off the update loop.
type renderedMsg struct {
	results map[renderKey]string
}

// renderCache holds Markdown renderings and which are being made. It is
// owned by the root model and changed only in Update.
type renderCache struct {
	done    map[renderKey]string
	pending map[renderKey]bool
}

func newRenderCache() renderCache {
	return renderCache{done: map[renderKey]string{}, pending: map[renderKey]bool{}}
}

// request returns a command that renders the entries not yet rendered or
// being rendered, in one goroutine, in the order given; nil if none.
func (c *renderCache) request(entries []model.Entry, width int, style string) tea.Cmd {
	type job struct {
		key renderKey
		md  string
	}
	var jobs []job
	for _, e := range entries {
		if e == nil {
			continue
		}
		k := renderKey{e.Base().ID, width, style}
		if _, ok := c.done[k]; ok || c.pending[k] {
			continue
		}
		c.pending[k] = true
		jobs = append(jobs, job{k, model.EntryMarkdown(e)})
	}
	if len(jobs) == 0 || width <= 0 {
		return nil
	}
	return func() tea.Msg {
		out := make(map[renderKey]string, len(jobs))
		r, err := newMarkdownRenderer(style, width)
		for _, j := range jobs {
			var s string
			if err == nil {
				s, err = r.Render(j.md)
			}
			if err != nil {
				s = j.md // fall back to the Markdown source: still readable
			}
			out[j.key] = trimBlankLines(stripHyperlinks(s))
		}
		return renderedMsg{results: out}
	}
}

// store keeps finished renderings.
func (c *renderCache) store(msg renderedMsg) {
	for k, v := range msg.results {
		c.done[k] = v
		delete(c.pending, k)
	}
}

func (c *renderCache) get(id string, width int, style string) (string, bool) {
	s, ok := c.done[renderKey{id, width, style}]
	return s, ok
}

// newMarkdownRenderer makes a Glamour renderer for a style ("dark",
// "light", or "plain": the dark style without colour) with no outer margin,
// wrapping at width.
func newMarkdownRenderer(style string, width int) (*glamour.TermRenderer, error) {
	var cfg ansi.StyleConfig
	switch style {
	case "light":
		cfg = styles.LightStyleConfig
	case "plain":
		cfg = styles.DarkStyleConfig
		uncolour(reflect.ValueOf(&cfg).Elem())
	default:
		cfg = styles.DarkStyleConfig
	}
	zero := uint(0)
	cfg.Document.Margin = &zero
	cfg.Document.BlockPrefix = ""
	cfg.Document.BlockSuffix = ""
	return glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithWordWrap(width))
}

// uncolour removes every colour from a Glamour style, keeping bold,
// italic, underline and the layout, for NO_COLOR.
func uncolour(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			uncolour(v.Elem())
		}
	case reflect.Struct:
		t := v.Type()
		for i := range v.NumField() {
			f := v.Field(i)
			switch name := t.Field(i).Name; {
			case name == "Color" || name == "BackgroundColor" || name == "Chroma":
				f.Set(reflect.Zero(f.Type()))
			case f.CanSet():
				if f.Kind() == reflect.Pointer && !f.IsNil() && f.Elem().Kind() == reflect.Struct {
					cp := reflect.New(f.Elem().Type())
					cp.Elem().Set(f.Elem())
					f.Set(cp)
				}
				uncolour(f)
			}
		}
	}
}

// stripHyperlinks removes the OSC 8 hyperlinks Glamour makes of Markdown
// links: the link text stays, and the frame holds only SGR styling.
func stripHyperlinks(s string) string {
	if !strings.Contains(s, "\x1b]8;") {
		return s
	}
	return osc8.ReplaceAllString(s, "")
}

var osc8 = regexp.MustCompile("\x1b\\]8;[^\x07\x1b]*(?:\x07|\x1b\\\\)")

// trimBlankLines drops the blank (space-only) lines Glamour puts before and
// after a document.
func trimBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	blank := func(l string) bool { return strings.TrimSpace(xansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}
