package wrap

import (
	"math/rand/v2"
	"strings"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// uvStyle reads SGR sequences as Ultraviolet (the Bubble Tea renderer)
// does: the test's independent account of what a style is.
func uvStyle(seqs ...string) uv.Style {
	var st uv.Style
	p := new(ansi.Parser)
	p.SetParamsSize(32)
	for _, s := range seqs {
		p.Reset()
		ansi.DecodeSequence(s, ansi.NormalState, p)
		uv.ReadStyle(p.Params(), &st)
	}
	return st
}

// A fold sets the style its sequences set, for every parameter the fold
// knows, in random runs of them.
func TestFoldIsExact(t *testing.T) {
	params := []string{"0", "", "1", "2", "3", "4", "4:0", "4:3", "5", "6", "7", "8", "9", "22", "23", "24", "25",
		"27", "28", "29", "31", "37", "39", "41", "49", "92", "103", "38;5;203", "48;5;17", "38;2;10;20;30",
		"48;2;1;2;3", "58;5;9", "58;2;4;5;6", "59", "38:5:99", "48:2::7:8:9", "38:2:4:5:6", "58:2::1:2:3", "53", "55"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		var seqs []string
		for range 1 + rng.IntN(30) {
			var ps []string
			for range 1 + rng.IntN(3) {
				ps = append(ps, params[rng.IntN(len(params))])
			}
			seqs = append(seqs, "\x1b["+strings.Join(ps, ";")+"m")
		}
		var st sgrState
		for _, s := range seqs {
			if !st.read(s[2 : len(s)-1]) {
				t.Fatalf("%q: a parameter the fold should know", s)
			}
		}
		folded := st.String()
		want, got := uvStyle(seqs...), uvStyle(folded)
		if folded == "" {
			got = uv.Style{}
		}
		if !got.Equal(&want) {
			t.Fatalf("%q folds to %q: %q, not %q", seqs, folded, got.String(), want.String())
		}
	}
}

// What the fold does not know makes it inexact, so the pen keeps the
// sequences as they were.
func TestFoldKnowsWhatItDoesNotKnow(t *testing.T) {
	for _, params := range []string{"10", "21", "73", "38;5", "38;2;1;2", "38;7;1", "38:3:1:2:3", "4:9", "58;1", "38;5;1000", "58:2:0", "38:5", "38:2:1:2", "48:2::1:2"} {
		var st sgrState
		if st.read(params) {
			t.Errorf("%q read as known", params)
		}
	}
	var p pen
	for range 40 {
		p.apply("\x1b[21m") // double underline, or bold off: terminals differ
		p.apply("\x1b[1m")
	}
	if len(p.seqs) != 80 {
		t.Errorf("the pen folded what it cannot fold exactly: %d sequences", len(p.seqs))
	}
}
