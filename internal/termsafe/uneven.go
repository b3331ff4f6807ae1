package termsafe

import "github.com/charmbracelet/x/ansi"

// UnevenEmoji gives the first grapheme cluster of s that measures
// differently as one glyph and code point by code point, and would not
// without its joiners, selectors and skin tones (an emoji sequence that
// EvenWidths should have taken apart), or "".
func UnevenEmoji(s string) string {
	for len(s) > 0 {
		cluster, w := ansi.FirstGraphemeCluster(s, ansi.GraphemeWidth)
		if w != ansi.StringWidthWc(cluster) && evenClusters(withoutUnevenParts(cluster)) {
			return cluster
		}
		s = s[len(cluster):]
	}
	return ""
}
