// Package benchpty runs a terminal program in a pseudo-terminal for
// whole-process measurements (scripts/bench): it answers the terminal
// queries a real terminal answers, keeps a virtual screen of what the
// program draws, and timestamps the output, so that the time to the first
// frame and from a key to the frame that reflects it can be measured.
package benchpty

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/creack/pty"
)

// Session is one program running in a pseudo-terminal.
type Session struct {
	// Start is when the program was started (just before fork/exec).
	Start time.Time

	cmd  *exec.Cmd
	ptmx *os.File

	mu      sync.Mutex
	term    *Term
	at      time.Time     // when the last output was read
	changed chan struct{} // closed, and replaced, whenever output arrives
	readErr error
	done    chan struct{} // closed when the output ends
	exited  chan struct{} // closed when the program has been waited for
	state   *os.ProcessState
	waitErr error
	chunks  []Chunk
}

// Chunk is one read of the program's output and when it was read.
type Chunk struct {
	At   time.Time
	Data []byte
}

// Env is the environment programs run with: a colour terminal, UTF-8,
// and nothing of the caller's terminal.
func Env() []string {
	env := []string{"TERM=xterm-256color", "COLORTERM=truecolor", "LANG=C.UTF-8"}
	for _, k := range []string{"PATH", "HOME", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// Start runs a program in a new pseudo-terminal of cols×rows.
func Start(path string, args []string, env []string, cols, rows int) (*Session, error) {
	s := &Session{
		term:    NewTerm(cols, rows),
		changed: make(chan struct{}),
		done:    make(chan struct{}),
		exited:  make(chan struct{}),
	}
	cmd := exec.Command(path, args...)
	cmd.Env = env
	s.cmd = cmd
	s.Start = time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		return nil, err
	}
	s.ptmx = ptmx
	s.term.Reply = func(answer string) { _, _ = ptmx.WriteString(answer) }
	go s.read()
	go func() {
		st, err := cmd.Process.Wait()
		s.mu.Lock()
		s.state, s.waitErr = st, err
		s.mu.Unlock()
		close(s.exited)
	}()
	return s, nil
}

func (s *Session) read() {
	buf := make([]byte, 64<<10)
	for {
		n, err := s.ptmx.Read(buf)
		now := time.Now()
		if n > 0 {
			s.mu.Lock()
			_, _ = s.term.Write(buf[:n])
			s.at = now
			s.chunks = append(s.chunks, Chunk{At: now, Data: append([]byte(nil), buf[:n]...)})
			close(s.changed)
			s.changed = make(chan struct{})
			s.mu.Unlock()
		}
		if err != nil {
			s.mu.Lock()
			s.readErr = err
			s.mu.Unlock()
			close(s.done)
			return
		}
	}
}

// ErrTimeout is returned when the screen does not show what is waited for
// in time.
var ErrTimeout = errors.New("benchpty: timed out")

// WaitFor waits until the screen satisfies ok, and gives the time the
// output that made it so was read.
func (s *Session) WaitFor(ok func(screen string) bool, timeout time.Duration) (time.Time, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		if ok(s.term.Screen()) {
			at := s.at
			s.mu.Unlock()
			return at, nil
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-s.done:
			s.mu.Lock()
			good := ok(s.term.Screen())
			at := s.at
			s.mu.Unlock()
			if good {
				return at, nil
			}
			return time.Time{}, fmt.Errorf("benchpty: the program ended before the screen showed what was expected:\n%s", s.Screen())
		case <-deadline.C:
			return time.Time{}, fmt.Errorf("%w after %v; the screen:\n%s", ErrTimeout, timeout, s.Screen())
		}
	}
}

// WaitText waits until the screen shows text.
func (s *Session) WaitText(text string, timeout time.Duration) (time.Time, error) {
	return s.WaitFor(func(screen string) bool { return strings.Contains(screen, text) }, timeout)
}

// Output gives every read of the program's output so far, in order.
func (s *Session) Output() []Chunk {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.chunks)
}

// Screen is the text on the virtual screen now.
func (s *Session) Screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.Screen()
}

// Type writes input to the program, as keys typed, and gives the time it
// was written.
func (s *Session) Type(keys string) (time.Time, error) {
	now := time.Now()
	_, err := s.ptmx.WriteString(keys)
	return now, err
}

// Resize changes the terminal size; the program gets SIGWINCH.
func (s *Session) Resize(cols, rows int) (time.Time, error) {
	s.mu.Lock()
	s.term.Resize(cols, rows)
	s.mu.Unlock()
	now := time.Now()
	return now, pty.Setsize(s.ptmx, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
}

// PeakRSS reads the program's peak resident set size (VmHWM) in bytes
// from /proc while it runs.
func (s *Session) PeakRSS() (int64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10, err
		}
	}
	return 0, errors.New("benchpty: no VmHWM in /proc status")
}

// Wait waits for the program to end and gives its peak RSS in bytes
// (from wait4's rusage).
func (s *Session) Wait(timeout time.Duration) (maxRSS int64, err error) {
	select {
	case <-s.exited:
	case <-time.After(timeout):
		return 0, fmt.Errorf("%w: the program did not exit within %v", ErrTimeout, timeout)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.waitErr != nil {
		return 0, s.waitErr
	}
	if ru, ok := s.state.SysUsage().(*syscall.Rusage); ok {
		maxRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	if !s.state.Success() {
		return maxRSS, fmt.Errorf("benchpty: the program exited with %v", s.state)
	}
	return maxRSS, nil
}

// Close kills the program if it still runs and releases the terminal.
func (s *Session) Close() {
	select {
	case <-s.exited:
	default:
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	_ = s.ptmx.Close()
}
