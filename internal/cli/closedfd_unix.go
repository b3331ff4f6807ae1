//go:build unix

package cli

import (
	"os"

	"golang.org/x/sys/unix"
)

// closedAtStart reports a standard stream that was closed when the
// program started. The Go runtime opens /dev/null in its place (for
// reading and writing), so that writes to it succeed and are lost; a
// shell's >/dev/null opens it for writing only, and is left alone.
func closedAtStart(f *os.File) bool {
	var st, null unix.Stat_t
	fd := int(f.Fd())
	if unix.Fstat(fd, &st) != nil || unix.Stat(os.DevNull, &null) != nil || st.Rdev != null.Rdev || st.Mode&unix.S_IFMT != unix.S_IFCHR {
		return false
	}
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	return err == nil && flags&unix.O_ACCMODE == unix.O_RDWR
}
