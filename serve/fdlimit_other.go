//go:build !unix

package serve

// fileLimit is unknown here: nothing to check.
func fileLimit() (int, bool) { return 0, false }
