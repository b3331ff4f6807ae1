//go:build !unix

package termcap

// WithoutEastAsianWidths does nothing where a process cannot replace
// itself: RUNEWIDTH_EASTASIAN is then the user's to leave unset.
func WithoutEastAsianWidths() {}
