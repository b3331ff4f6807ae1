//go:build unix

package wrap_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, in user and kernel mode,
// all threads (the garbage collector's too): unlike the wall clock, it
// does not grow while the process waits for a core on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
