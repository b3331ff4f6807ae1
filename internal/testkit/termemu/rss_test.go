package termemu

import "testing"

// vmHWM reads the peak resident set from a /proc/PID/status.
func TestVmHWM(t *testing.T) {
	v, ok := vmHWM([]byte("Name:\tx\nVmPeak:\t  9000 kB\nVmHWM:\t    5120 kB\nVmRSS:\t 4000 kB\n"))
	if !ok || v != 5<<20 {
		t.Fatalf("vmHWM = %d, %v; want 5 MiB", v, ok)
	}
	if _, ok := vmHWM([]byte("Name:\tzombie\nState:\tZ (zombie)\n")); ok {
		t.Fatal("a zombie's status has no VmHWM")
	}
}
