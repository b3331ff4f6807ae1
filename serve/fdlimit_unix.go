//go:build unix

package serve

import "syscall"

// fileLimit is the process's limit on open file descriptors (the soft
// one, which the Go runtime raises to the hard one when it starts).
func fileLimit() (int, bool) {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil || rl.Cur > 1<<30 {
		return 0, false
	}
	return int(rl.Cur), true
}
