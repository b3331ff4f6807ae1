package termemu

import (
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/creack/pty"
)

// Options say how to run a program.
type Options struct {
	Cols, Rows int
	// Env is the program's whole environment; nil means Env().
	Env []string
	// Kitty makes the terminal speak the kitty keyboard protocol, as
	// kitty, Ghostty, WezTerm and foot do: it answers the protocol's query
	// and, while the program has asked for it, sends the escape key as
	// CSI 27 u instead of a lone ESC byte.
	Kitty bool
	// SampleEvery is how often the program's VmHWM is read; 0 means 10 ms.
	// VmHWM is a high-water mark, so a sample only misses growth in the
	// last interval before the program ends.
	SampleEvery time.Duration
}

// Session is one program running in a pseudo-terminal.
type Session struct {
	// Start is when the program was started (just before fork/exec).
	Start time.Time

	cmd  *exec.Cmd
	ptmx *os.File
	rss  *rssSampler

	mu         sync.Mutex
	term       *Term
	seed       maphash.Seed
	sum        uint64    // hash of the screen, text and styles
	version    int       // counts the reads that changed the screen
	lastChange time.Time // when the last read that changed the screen was read
	changed    chan struct{}
	chunks     []Chunk

	done    chan struct{} // closed when the output ends
	exited  chan struct{} // closed when the program has been waited for
	state   *os.ProcessState
	waitErr error
}

// Chunk is one read of the program's output.
type Chunk struct {
	At   time.Time
	Data []byte
	// Changed says whether the read changed the screen.
	Changed bool
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

// Start runs a program in a new pseudo-terminal.
func Start(path string, args []string, o Options) (*Session, error) {
	if o.Env == nil {
		o.Env = Env()
	}
	if o.SampleEvery <= 0 {
		o.SampleEvery = 10 * time.Millisecond
	}
	term := NewTerm(o.Cols, o.Rows)
	if o.Kitty {
		term.SpeakKitty()
	}
	s := &Session{
		term:    term,
		seed:    maphash.MakeSeed(),
		changed: make(chan struct{}),
		done:    make(chan struct{}),
		exited:  make(chan struct{}),
	}
	s.sum = s.screenSum()
	cmd := exec.Command(path, args...)
	cmd.Env = o.Env
	s.cmd = cmd
	s.Start = time.Now()
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(o.Cols), Rows: uint16(o.Rows)})
	if err != nil {
		return nil, err
	}
	s.ptmx = ptmx
	term.Reply = func(answer string) { _, _ = ptmx.WriteString(answer) }
	s.rss = startRSSSampler(cmd.Process.Pid, o.SampleEvery)
	go s.read()
	go func() {
		st, err := cmd.Process.Wait()
		s.rss.stop()
		s.mu.Lock()
		s.state, s.waitErr = st, err
		s.mu.Unlock()
		close(s.exited)
	}()
	return s, nil
}

// read reads the program's output as fast as it comes, timestamps each
// read and queues it for the emulator: emulating is slower than reading
// (about a millisecond for a 4 KiB read on a busy machine), and a reader
// that emulated as it went would read the end of a large frame late.
func (s *Session) read() {
	reads := make(chan Chunk, 1<<12)
	go s.emulate(reads)
	for {
		buf := make([]byte, 64<<10)
		n, err := s.ptmx.Read(buf)
		now := time.Now()
		if n > 0 {
			reads <- Chunk{At: now, Data: buf[:n:n]}
		}
		if err != nil {
			close(reads)
			return
		}
	}
}

// emulate gives the reads to the emulator. After each batch of reads that
// were waiting, it looks at the screen: if it changed, the batch's last
// read is the one that changed it.
func (s *Session) emulate(reads <-chan Chunk) {
	defer close(s.done)
	for c := range reads {
		s.mu.Lock()
		_, _ = s.term.Write(c.Data)
		s.chunks = append(s.chunks, c)
		more := len(reads) > 0
		if !more {
			if sum := s.screenSum(); sum != s.sum {
				s.sum = sum
				s.version++
				s.lastChange = c.At
				s.chunks[len(s.chunks)-1].Changed = true
			}
			close(s.changed)
			s.changed = make(chan struct{})
		}
		s.mu.Unlock()
	}
}

// screenSum hashes what the screen shows: its text and styles.
func (s *Session) screenSum() uint64 {
	return maphash.String(s.seed, s.term.Render())
}

// ErrTimeout is returned when the screen does not show what is waited for
// in time.
var ErrTimeout = errors.New("termemu: timed out")

// Screen is the text on the screen now.
func (s *Session) Screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.Screen()
}

// WaitFor waits until the screen's text satisfies ok, and gives the time
// the read that made it so was read.
func (s *Session) WaitFor(ok func(screen string) bool, timeout time.Duration) (time.Time, error) {
	return s.wait(timeout, func(screen string, _ int, _ time.Time, _ bool) (time.Time, time.Duration, bool) {
		if ok(screen) {
			return s.lastChange, 0, true
		}
		return time.Time{}, 0, false
	})
}

// WaitText waits until the screen shows text.
func (s *Session) WaitText(text string, timeout time.Duration) (time.Time, error) {
	return s.WaitFor(func(screen string) bool { return strings.Contains(screen, text) }, timeout)
}

// WaitSettled waits until the program has drawn, the screen's text
// satisfies ok and has not changed for quiet, and gives the time of the
// last read that changed it.
// Reads that change nothing on the screen (answers to queries, modes) do
// not count as changes.
func (s *Session) WaitSettled(ok func(screen string) bool, quiet, timeout time.Duration) (time.Time, error) {
	return s.wait(timeout, func(screen string, version int, last time.Time, ended bool) (time.Time, time.Duration, bool) {
		if version == 0 || !ok(screen) {
			return time.Time{}, 0, false
		}
		if left := quiet - time.Since(last); left > 0 && !ended {
			return time.Time{}, left, false
		}
		return last, 0, true
	})
}

// KeyFrames are the frames a key brought, timed from its write.
type KeyFrames struct {
	// First is the first read that changed the screen: the first frame
	// that shows anything of the key's effect.
	First time.Duration
	// Last is the last read that changed the screen before it settled:
	// the frame the key's effect ends in (a Markdown rendering the key
	// asked for, say).
	Last time.Duration
}

// Press writes a key and waits for the screen to change and then settle:
// to satisfy ok and not change for quiet.
func (s *Session) Press(key string, ok func(screen string) bool, quiet, timeout time.Duration) (KeyFrames, error) {
	s.mu.Lock()
	v0, n0 := s.version, len(s.chunks)
	s.mu.Unlock()
	sent, err := s.Type(key)
	if err != nil {
		return KeyFrames{}, err
	}
	at, err := s.wait(timeout, func(screen string, version int, last time.Time, ended bool) (time.Time, time.Duration, bool) {
		if version == v0 || !ok(screen) {
			return time.Time{}, 0, false
		}
		if left := quiet - time.Since(last); left > 0 && !ended {
			return time.Time{}, left, false
		}
		return last, 0, true
	})
	if err != nil {
		return KeyFrames{}, fmt.Errorf("key %q: %w", key, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	kf := KeyFrames{Last: at.Sub(sent)}
	for _, c := range s.chunks[n0:] {
		if c.Changed {
			kf.First = c.At.Sub(sent)
			break
		}
	}
	return kf, nil
}

// waitFunc looks at the screen, how many reads have changed it, when the
// last one was read and whether the output has ended; it says when what
// is waited for happened, or to look again after a while (0: at the next
// change), or that it is done.
type waitFunc func(screen string, version int, last time.Time, ended bool) (at time.Time, again time.Duration, ok bool)

// Step writes a key that may or may not change the screen, and waits
// until it has changed and settled (satisfies ok, unchanged for quiet),
// or has not changed for idle after the write.
func (s *Session) Step(key string, ok func(screen string) bool, quiet, idle time.Duration) error {
	s.mu.Lock()
	v0 := s.version
	s.mu.Unlock()
	sent, err := s.Type(key)
	if err != nil {
		return err
	}
	_, err = s.wait(idle+30*time.Second, func(screen string, version int, last time.Time, ended bool) (time.Time, time.Duration, bool) {
		if version == v0 {
			if left := idle - time.Since(sent); left > 0 && !ended {
				return time.Time{}, left, false
			}
			return sent, 0, true
		}
		if !ok(screen) {
			return time.Time{}, 0, false
		}
		if left := quiet - time.Since(last); left > 0 && !ended {
			return time.Time{}, left, false
		}
		return last, 0, true
	})
	if err != nil {
		return fmt.Errorf("key %q: %w", key, err)
	}
	return nil
}

// wait calls done with the screen whenever it changes, or when done asked
// to be called again after a while, until done says it is done or the
// timeout passes.
func (s *Session) wait(timeout time.Duration, done waitFunc) (time.Time, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	ended := false
	for {
		s.mu.Lock()
		at, again, ok := done(s.term.Screen(), s.version, s.lastChange, ended)
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return at, nil
		}
		if ended {
			return time.Time{}, fmt.Errorf("termemu: the program ended before the screen showed what was expected:\n%s", s.Screen())
		}
		var retry <-chan time.Time
		if again > 0 {
			retry = time.After(again)
		}
		select {
		case <-ch:
		case <-retry:
		case <-s.done:
			ended = true
		case <-deadline.C:
			return time.Time{}, fmt.Errorf("%w after %v; the screen:\n%s", ErrTimeout, timeout, s.Screen())
		}
	}
}

// Output gives every read of the program's output so far, in order.
func (s *Session) Output() []Chunk {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.chunks)
}

// Type writes input to the program, as keys typed, and gives the time it
// was written. Use Esc for the escape key.
func (s *Session) Type(keys string) (time.Time, error) {
	now := time.Now()
	_, err := s.ptmx.WriteString(keys)
	return now, err
}

// Esc is what the terminal sends for the escape key: a lone ESC byte, or
// CSI 27 u when the program has asked a kitty terminal to tell keys apart.
func (s *Session) Esc() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.term.KittyFlags()&kittyDisambiguate != 0 {
		return "\x1b[27u"
	}
	return "\x1b"
}

// KittyFlags gives the kitty keyboard flags the program has asked for: 0
// when it has not, or the terminal does not speak the protocol.
func (s *Session) KittyFlags() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.KittyFlags()
}

// Resize changes the terminal size; the program gets SIGWINCH.
func (s *Session) Resize(cols, rows int) (time.Time, error) {
	s.mu.Lock()
	s.term.Resize(cols, rows)
	s.mu.Unlock()
	now := time.Now()
	return now, pty.Setsize(s.ptmx, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
}

// PeakRSS gives the program's peak resident set size in bytes, as its own
// VmHWM in /proc/PID/status: the largest value read so far, read again
// now if the program still runs. After the program has ended it is the
// last value read before it did (read every Options.SampleEvery).
func (s *Session) PeakRSS() int64 { return s.rss.peak() }

// Wait waits for the program to end.
func (s *Session) Wait(timeout time.Duration) error {
	select {
	case <-s.exited:
	case <-time.After(timeout):
		return fmt.Errorf("%w: the program did not exit within %v", ErrTimeout, timeout)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.waitErr != nil {
		return s.waitErr
	}
	if !s.state.Success() {
		return fmt.Errorf("termemu: the program exited with %v", s.state)
	}
	return nil
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
	<-s.done
}

// Pid is the program's process id.
func (s *Session) Pid() int { return s.cmd.Process.Pid }
