package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/dealtui/dealtui/internal/mdrender"
)

// Palette is the set of colours for one background. With NO_COLOR every
// entry is nil and only attributes (bold, reverse, underline) remain.
type palette struct {
	accent, article, background, muted, subtle, note, selBg, matchFg, matchBg, matchCurrentBg, text color.Color
}

func newPalette(dark bool) palette {
	ld := lipgloss.LightDark(dark)
	c := lipgloss.Color
	return palette{
		accent:         ld(c("#5B3FD9"), c("#A594FF")),
		article:        ld(c("#0A6A94"), c("#62C6F2")),
		background:     ld(c("#935500"), c("#F2B45F")),
		muted:          ld(c("#5F5F5F"), c("#9A9A9A")),
		subtle:         ld(c("#BDBDBD"), c("#4A4A4A")),
		note:           ld(c("#A8281E"), c("#FF8F85")),
		selBg:          ld(c("#E6E0FF"), c("#2F2758")),
		matchFg:        c("#1A1A1A"),
		matchBg:        ld(c("#FFD84D"), c("#E5C04A")),
		matchCurrentBg: ld(c("#FF9F1C"), c("#FF9F1C")),
		text:           ld(c("#1F1F1F"), c("#E4E4E4")),
	}
}

// Styles is every style of the explorer, made once per theme.
type Styles struct {
	Dark    bool
	NoColor bool

	Title, Date                  lipgloss.Style
	Tab, TabActive, TabKey       lipgloss.Style
	Pane, PaneFocused            lipgloss.Style // borders
	PaneTitle, PaneTitleFocused  lipgloss.Style
	RowTitle, RowDetail          lipgloss.Style
	RowSelected, RowSelectedBlur lipgloss.Style
	Section                      lipgloss.Style
	Muted, Bold                  lipgloss.Style
	Article, Background          lipgloss.Style // provenance labels
	Note                         lipgloss.Style
	Match, MatchCurrent          lipgloss.Style
	Link, LinkSelected           lipgloss.Style
	Axis, AxisYear               lipgloss.Style
	MarkSelected                 lipgloss.Style
	Changed, Unchanged           lipgloss.Style
	Status, Warning              lipgloss.Style
	Hint, Header                 lipgloss.Style
	Help                         help.Styles
	Input                        textinput.Styles
	// Glamour is the style Markdown is rendered in.
	Glamour mdrender.Style

	// The tour's narration box: its border, its title (and the last
	// step's words), its text and its countdown.
	TourBorder, TourTitle, TourText, TourCount lipgloss.Style
}

// NewStyles makes the styles for a dark or light background, or without
// any colour.
func NewStyles(dark, noColor bool) Styles {
	p := newPalette(dark)
	if noColor {
		p = palette{}
	}
	fg := func(c color.Color) lipgloss.Style {
		if c == nil {
			return lipgloss.NewStyle()
		}
		return lipgloss.NewStyle().Foreground(c)
	}
	bg := func(s lipgloss.Style, c color.Color) lipgloss.Style {
		if c == nil {
			return s.Reverse(true)
		}
		return s.Background(c)
	}
	border := lipgloss.RoundedBorder()
	s := Styles{
		Dark:             dark,
		NoColor:          noColor,
		Title:            fg(p.accent).Bold(true),
		Date:             fg(p.muted),
		Tab:              fg(p.muted).Padding(0, 1),
		TabActive:        fg(p.accent).Bold(true).Underline(true).Padding(0, 1),
		TabKey:           fg(p.muted).Faint(!noColor),
		Pane:             lipgloss.NewStyle().Border(border).BorderForeground(p.subtle),
		PaneFocused:      lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(p.accent),
		PaneTitle:        fg(p.muted),
		PaneTitleFocused: fg(p.accent).Bold(true),
		RowTitle:         fg(p.text),
		RowDetail:        fg(p.muted),
		RowSelected:      bg(fg(p.accent).Bold(true), p.selBg),
		RowSelectedBlur:  fg(p.accent).Bold(true),
		Section:          fg(p.muted).Bold(true).Underline(true),
		Muted:            fg(p.muted),
		Bold:             lipgloss.NewStyle().Bold(true),
		Article:          fg(p.article).Bold(true),
		Background:       fg(p.background).Bold(true),
		Note:             fg(p.note),
		Match:            bg(fg(p.matchFg).Bold(true), p.matchBg),
		MatchCurrent:     bg(fg(p.matchFg).Bold(true).Underline(true), p.matchCurrentBg),
		Link:             fg(p.accent).Underline(true),
		LinkSelected:     bg(fg(p.accent).Bold(true).Underline(true), p.selBg),
		Axis:             fg(p.subtle),
		AxisYear:         fg(p.muted),
		MarkSelected:     fg(p.accent).Bold(true),
		Changed:          fg(p.accent).Bold(true),
		Unchanged:        fg(p.muted),
		Status:           fg(p.muted),
		Warning:          fg(p.note).Bold(true),
		Glamour:          mdrender.Dark,
		Hint:             fg(p.muted).Italic(true),
		Header:           fg(p.muted).Bold(true),
		TourBorder:       lipgloss.NewStyle().Border(border).BorderForeground(p.accent),
		TourTitle:        fg(p.accent).Bold(true),
		TourText:         fg(p.text),
		TourCount:        fg(p.note).Bold(true),
	}
	if noColor {
		s.Glamour = mdrender.Plain
		s.RowSelectedBlur = lipgloss.NewStyle().Bold(true).Underline(true)
		// Without colour, matches are reversed and the selected link is
		// not: it must not be taken for one among many highlighted words.
		s.LinkSelected = lipgloss.NewStyle().Bold(true).Underline(true)
	} else if !dark {
		s.Glamour = mdrender.Light
	}
	s.Help = help.Styles{
		ShortKey:       fg(p.text).Bold(noColor),
		ShortDesc:      fg(p.muted),
		ShortSeparator: fg(p.subtle),
		Ellipsis:       fg(p.subtle),
		FullKey:        fg(p.accent).Bold(true),
		FullDesc:       fg(p.text),
		FullSeparator:  fg(p.subtle),
	}
	s.Input = textinput.DefaultStyles(dark)
	s.Input.Focused.Prompt = fg(p.accent).Bold(true)
	s.Input.Focused.Placeholder = fg(p.muted)
	s.Input.Cursor.Blink = false
	s.Input.Cursor.Shape = tea.CursorBar
	if noColor {
		s.Input.Focused = textinput.StyleState{}
		s.Input.Blurred = textinput.StyleState{}
		s.Input.Cursor.Color = nil
	}
	return s
}
