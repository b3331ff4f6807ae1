//go:build unix

package model

import (
	"io/fs"
	"syscall"
)

// openNonBlock opens a FIFO without waiting for a writer, and makes a
// /proc file such as kmsg answer at once.
const openNonBlock = syscall.O_NONBLOCK

// linkCount gives the number of names (hard links) of a file, or 1 when
// the file system does not say.
func linkCount(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}
