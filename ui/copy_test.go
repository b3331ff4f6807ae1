package ui

import (
	"encoding/base64"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// clipboardOf runs the commands a key gave and returns what they ask
// Bubble Tea to put on the clipboard (its message is a string type of its
// own), or "".
func clipboardOf(t *testing.T, cmd tea.Cmd) string {
	t.Helper()
	if cmd == nil {
		return ""
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if s := clipboardOf(t, c); s != "" {
				return s
			}
		}
		return ""
	}
	if v := reflect.ValueOf(msg); v.IsValid() && v.Kind() == reflect.String && strings.Contains(v.Type().String(), "Clipboard") {
		return v.String()
	}
	return ""
}

// y copies the item in the reader as Markdown with its sources resolved,
// through OSC 52, and says so in the footer. The payload is golden; the
// sequence Bubble Tea writes for it is OSC 52 to the clipboard, base64.
func TestCopyItem(t *testing.T) {
	hs := newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	_, cmd := hs.m.Update(keyMsg("y"))
	payload := clipboardOf(t, cmd)
	if payload == "" {
		t.Fatal("y asked for no clipboard write")
	}
	golden.RequireEqual(t, payload)
	seq := ansi.SetSystemClipboard(payload)
	if want := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(payload)); !strings.HasPrefix(seq, want) {
		t.Errorf("the sequence is %q…", seq[:min(len(seq), 20)])
	}
	if !strings.Contains(hs.screen(), "copied “Licence to OpenAI's IP” as Markdown") {
		t.Errorf("the footer does not say what was copied:\n%s", hs.screen())
	}
}

// A copy is capped at 64 KiB, cut at a line, and says so.
func TestCopyIsCapped(t *testing.T) {
	long := strings.Repeat("A line of text that goes on.\n", 5000)
	if got := cutAtLine(long, maxCopy); len(got) > maxCopy || !strings.HasSuffix(got, "\n") {
		t.Errorf("cut to %d bytes, ending %q", len(got), got[len(got)-5:])
	}
	if got := cutAtLine(strings.Repeat("日本", 40000), 100); len(got) > 100 || !strings.HasPrefix("日本日本日本", got[:6]) {
		t.Errorf("cut inside a character: %q", got)
	}
}
