package termemu

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"
)

// rssSampler reads a process's VmHWM, its own peak resident set size as
// the kernel keeps it, from /proc/PID/status until the process ends, and
// keeps the largest value read. (wait4's maxrss is no substitute: on Linux
// a child's maxrss starts from its parent's high-water mark at fork, so a
// small program run by a large harness reports the harness's memory.)
type rssSampler struct {
	path string
	mu   sync.Mutex
	max  int64
	quit chan struct{}
	once sync.Once
	done chan struct{}
}

func startRSSSampler(pid int, every time.Duration) *rssSampler {
	r := &rssSampler{
		path: fmt.Sprintf("/proc/%d/status", pid),
		quit: make(chan struct{}),
		done: make(chan struct{}),
	}
	go func() {
		defer close(r.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			r.sample()
			select {
			case <-r.quit:
				return
			case <-t.C:
			}
		}
	}()
	return r
}

// sample reads VmHWM once. Once the process has ended (or is a zombie,
// whose status has no Vm lines) there is nothing to read.
func (r *rssSampler) sample() {
	data, err := os.ReadFile(r.path)
	if err != nil {
		return
	}
	v, ok := vmHWM(data)
	if !ok {
		return
	}
	r.mu.Lock()
	r.max = max(r.max, v)
	r.mu.Unlock()
}

func (r *rssSampler) peak() int64 {
	r.sample()
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.max
}

// stop ends the sampling; it is called once the process has ended.
func (r *rssSampler) stop() {
	r.once.Do(func() { close(r.quit) })
	<-r.done
}

// vmHWM reads the VmHWM line of a /proc/PID/status file, in bytes.
func vmHWM(status []byte) (int64, bool) {
	for line := range bytes.Lines(status) {
		v, ok := bytes.CutPrefix(line, []byte("VmHWM:"))
		if !ok {
			continue
		}
		v = bytes.TrimSpace(v)
		v = bytes.TrimSpace(bytes.TrimSuffix(v, []byte("kB")))
		kb, err := strconv.ParseInt(string(v), 10, 64)
		return kb << 10, err == nil
	}
	return 0, false
}

// CPUTime is the CPU time the program's threads have used so far, from
// /proc/PID/task/*/schedstat (nanoseconds on the CPU). Threads that have
// already ended are not counted; a Go program rarely ends one.
func (s *Session) CPUTime() (time.Duration, error) {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", s.Pid()))
	if err != nil {
		return 0, err
	}
	var total time.Duration
	for _, t := range tasks {
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", s.Pid(), t.Name()))
		if err != nil {
			continue // the thread ended meanwhile
		}
		f := bytes.Fields(data)
		if len(f) == 0 {
			continue
		}
		ns, err := strconv.ParseInt(string(f[0]), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("termemu: schedstat %q: %w", data, err)
		}
		total += time.Duration(ns)
	}
	return total, nil
}
