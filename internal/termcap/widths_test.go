package termcap

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
)

// After PinWidths, go-runewidth measures ambiguous characters as x/ansi
// (Lip Gloss) does, whatever it read from the environment at start.
func TestPinWidths(t *testing.T) {
	runewidth.DefaultCondition = &runewidth.Condition{EastAsianWidth: true} // as under LANG=ja_JP
	PinWidths()
	for _, s := range []string{"─│●○…→", "日本語", "AI"} {
		if got, want := runewidth.StringWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("%q: go-runewidth %d, x/ansi %d", s, got, want)
		}
	}
}
