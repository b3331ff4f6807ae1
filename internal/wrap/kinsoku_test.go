package wrap_test

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
)

// uaxBreaks gives the texts of the line segments UAX #14 (uniseg) makes of
// s: a line may break after each but the last.
func uaxBreaks(s string) []string {
	var out []string
	state := -1
	for s != "" {
		var seg string
		seg, s, _, state = uniseg.FirstLineSegmentInString(s, state)
		out = append(out, seg)
	}
	return out
}

// Which kinsoku rules UAX #14 already keeps, character by character: it
// must forbid a break before each character that may not start a line and
// after each that may not end one, between two ideographs (the claim of
// doc.go). After a space UAX #14 lets a line break before some of them
// (a small kana, ー, ・：；): the wrapper's own rules cover that case, and
// the wrap below shows it.
func TestKinsokuUnderUAX14(t *testing.T) {
	var afterSpace []string
	for _, c := range wraptest.NoStart {
		if got := uaxBreaks("あ" + string(c) + "あ"); len(got) != 2 || got[0] != "あ"+string(c) {
			t.Errorf("UAX #14 lets a line start with %q after an ideograph: %q", c, got)
		}
		if len(uaxBreaks("a "+string(c))) > 1 {
			afterSpace = append(afterSpace, string(c))
		}
		s := "あいう " + string(c) + "えお"
		for width := 4; width <= 12; width++ {
			if err := wraptest.Check(s, width, wrap.Lines(s, width)); err != nil {
				t.Errorf("%q at %d: %v", s, width, err)
			}
		}
	}
	for _, c := range wraptest.NoEnd {
		if got := uaxBreaks("あ" + string(c) + "あ"); len(got) != 2 || got[1] != string(c)+"あ" {
			t.Errorf("UAX #14 lets a line end with %q: %q", c, got)
		}
	}
	t.Logf("UAX #14 alone would let a line start with these after a space: %s", strings.Join(afterSpace, " "))
}
