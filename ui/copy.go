package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
)

// maxCopy bounds what y puts on the clipboard: terminals refuse or cut
// longer OSC 52 payloads, and a hostile pack must not make one huge.
const maxCopy = 64 << 10

// copyItem copies the item the reader shows to the terminal's clipboard,
// as Markdown with its sources resolved, through OSC 52 (write only: the
// clipboard is never read). A terminal that does not take OSC 52 ignores
// it; the footer says what was copied, and what to do if nothing was.
func (m *Model) copyItem() tea.Cmd {
	e := m.reader.entry
	if e == nil {
		return m.say(m.text.NothingToCopy)
	}
	md := m.story.CopyMarkdown(e)
	title := e.Base().Title
	msg := fmt.Sprintf(m.text.Copied, title, byteSize(len(md)))
	if len(md) > maxCopy {
		md = cutAtLine(md, maxCopy)
		msg = fmt.Sprintf(m.text.CopiedPart, byteSize(len(md)), title)
	}
	return tea.Batch(tea.SetClipboard(md), m.say(msg))
}

// cutAtLine cuts text to at most n bytes, at the end of a line when
// there is one, never inside a character.
func cutAtLine(text string, n int) string {
	text = text[:n]
	for !utf8.ValidString(text) {
		text = text[:len(text)-1]
	}
	if i := strings.LastIndexByte(text, '\n'); i > 0 {
		return text[:i+1]
	}
	return text
}

// byteSize writes a size for people: 900 B, 3.2 KiB.
func byteSize(n int) string {
	if n < 1024 {
		return fmt.Sprintf("%d B", n)
	}
	return fmt.Sprintf("%.1f KiB", float64(n)/1024)
}
