package termsafe

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// EvenWidths makes text safe to measure: it takes apart the emoji
// sequences that would not take the same width everywhere (evenOnce), and
// the joiners that leaves stray (DropStrayJoiners). Taking a sequence
// apart can leave a joiner at its edge, and dropping that joiner can make
// a new sequence: a few rounds settle it. The screen and the text export
// show text through it; the JSON and Markdown exports keep text as
// written.
func EvenWidths(s string) string {
	if !strings.ContainsFunc(s, unevenPart) {
		return s
	}
	for range 4 {
		even := evenOnce(s)
		if even == s {
			break
		}
		s = DropStrayJoiners(even)
	}
	return s
}

// evenOnce takes apart the emoji sequences that would not take the same
// width everywhere. Lip Gloss measures a grapheme cluster as one glyph
// (ansi.StringWidth); a terminal without grapheme clustering (xterm, tmux,
// and Bubble Tea's renderer for them, which is ansi.StringWidthWc)
// advances once per code point. When the two differ, a line with the
// cluster is wider than its box and the border moves. Measured (grapheme /
// per code point / tmux 3.3a): 👨‍👩‍👧‍👦 2/8/2, 🏳️‍🌈 2/3/1, ❤️ 2/1/1, 1️⃣ 2/1/1,
// 👍🏽 2/4/4, a lone regional indicator 2/1/1. A lone regional indicator
// goes; any other such cluster loses its zero width joiners, its VS16 and
// its skin tone modifiers: 👨👩👧👦 is 8/8/8, 🏳🌈 3/3/3, ❤ 1/1/1, 1⃣ 1/1/1,
// 👍 2/2/2. A cluster that still measures two ways without them (a
// conjunct in an Indic script: its letters are the text) is left as it is.
// Clusters that measure the same keep everything: flags (🇯🇵 2/2/2),
// 👍️, ZWNJ in Persian.
func evenOnce(s string) string {
	if !strings.ContainsFunc(s, unevenPart) {
		return s
	}
	if strings.ContainsFunc(s, isRegionalIndicator) {
		s = pairRegionalIndicators(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for rest := s; len(rest) > 0; {
		cluster, width := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
		rest = rest[len(cluster):]
		if width == ansi.StringWidthWc(cluster) {
			b.WriteString(cluster)
			continue
		}
		if parts := withoutUnevenParts(cluster); evenClusters(parts) {
			b.WriteString(parts)
		} else {
			b.WriteString(cluster)
		}
	}
	return b.String()
}

// withoutUnevenParts gives a cluster without its joiners, VS16 and skin
// tone modifiers: its first character stays, and so does a flag's pair of
// regional indicators.
func withoutUnevenParts(cluster string) string {
	n, flag := 0, 0
	return strings.Map(func(r rune) rune {
		n++
		if isRegionalIndicator(r) && flag < 2 && flag == n-1 {
			flag++
			return r
		}
		if n > 1 && unevenPart(r) {
			return -1
		}
		return r
	}, cluster)
}

// unevenPart reports what can make an emoji cluster measure two ways: a
// zero width joiner, VS16, a skin tone modifier, a regional indicator.
func unevenPart(r rune) bool {
	return r == zwj || r == vs16 || (r >= 0x1f3fb && r <= 0x1f3ff) || isRegionalIndicator(r)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

// pairRegionalIndicators drops the regional indicator left alone at the
// end of a run of an odd number of them (they pair from the left, two to
// a flag): drawn alone it is a letter in a box, 2 columns to Lip Gloss and
// 1 to a terminal. Dropping it first means no sequence forms across it
// once it is gone.
func pairRegionalIndicators(s string) string {
	rs := []rune(s)
	out := rs[:0]
	run := 0 // regional indicators just before rs[i]
	for i, r := range rs {
		if !isRegionalIndicator(r) {
			run = 0
			out = append(out, r)
			continue
		}
		run++
		lastOfRun := i+1 == len(rs) || !isRegionalIndicator(rs[i+1])
		if lastOfRun && run%2 == 1 {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// evenClusters reports whether every grapheme cluster of s measures the
// same as one glyph and code point by code point.
func evenClusters(s string) bool {
	for len(s) > 0 {
		cluster, width := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if width != ansi.StringWidthWc(cluster) {
			return false
		}
		s = s[len(cluster):]
	}
	return true
}
