package termsafe

import "strings"

// DropStrayJoiners drops joiners that do not sit between two visible
// characters and presentation selectors that do not follow one: anywhere
// else they would only hide in the text.
func DropStrayJoiners(s string) string {
	if !strings.ContainsFunc(s, isContextual) {
		return s
	}
	rs := []rune(s)
	out := rs[:0]
	for i, r := range rs {
		// out ends with what is kept before r; rs[i+1] is what follows. A
		// presentation selector kept in out follows a visible character
		// and belongs to it: a joiner after it joins (🏳️‍🌈).
		last := rune(0)
		if len(out) > 0 {
			last = out[len(out)-1]
		}
		prev := IsVisible(last)
		next := i+1 < len(rs) && IsVisible(rs[i+1])
		switch {
		case (r == zwj || r == zwnj) && !((prev || last == vs15 || last == vs16) && next):
		case (r == vs15 || r == vs16) && !prev:
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

func isContextual(r rune) bool { return r == zwj || r == zwnj || r == vs15 || r == vs16 }
