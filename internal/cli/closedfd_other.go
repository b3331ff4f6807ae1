//go:build !unix

package cli

import "os"

// closedAtStart is only known on Unix.
func closedAtStart(*os.File) bool { return false }
