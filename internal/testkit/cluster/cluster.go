package cluster

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/gobuild"
)

// Build compiles dealtui from the module at root into dir.
func Build(root, dir string) (string, error) { return gobuild.Dealtui(root, dir) }

// FreePort is a TCP port on 127.0.0.1 free a moment ago.
func FreePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Replica is one `dealtui serve` process.
type Replica struct {
	Name    string
	Addr    string // its SSH address
	Metrics string // its --metrics address, "" if none
	cmd     *exec.Cmd

	mu     sync.Mutex
	log    strings.Builder
	exited chan struct{}
	err    error
}

// StartReplica runs bin serve with args (which should include --listen,
// and --metrics to read it) and waits for its "serving" log line.
func StartReplica(name, bin string, env []string, args ...string) (*Replica, error) {
	cmd := exec.Command(bin, append([]string{"serve", "--log-format", "json"}, args...)...)
	cmd.Env = env
	return StartCommand(name, cmd)
}

// StartCommand starts a command that ends up running dealtui serve with
// --log-format json (through wrappers that exec it, so that its process
// is the command's), and waits for its "serving" log line.
func StartCommand(name string, cmd *exec.Cmd) (*Replica, error) {
	r := &Replica{Name: name, exited: make(chan struct{}), cmd: cmd}
	stderr, err := r.cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := r.cmd.Start(); err != nil {
		return nil, err
	}
	ready := make(chan struct{})
	go r.readLog(stderr, ready)
	go func() {
		err := r.cmd.Wait()
		r.mu.Lock()
		r.err = err
		r.mu.Unlock()
		close(r.exited)
	}()
	select {
	case <-ready:
		return r, nil
	case <-r.exited:
		return nil, fmt.Errorf("%s exited before serving: %v\n%s", name, r.Err(), r.Log())
	case <-time.After(30 * time.Second):
		r.Kill()
		return nil, fmt.Errorf("%s: no serving line after 30s\n%s", name, r.Log())
	}
}

func (r *Replica) readLog(stderr io.Reader, ready chan struct{}) {
	sc := bufio.NewScanner(stderr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		r.mu.Lock()
		r.log.WriteString(line + "\n")
		r.mu.Unlock()
		var rec struct{ Msg, Addr, Metrics string }
		if ready != nil && json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "serving" {
			r.Addr = rec.Addr
			if rec.Metrics != "off" {
				r.Metrics = rec.Metrics
			}
			close(ready)
			ready = nil
		}
	}
}

// Log is what the replica has logged.
func (r *Replica) Log() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.log.String()
}

// PID is the replica's process id.
func (r *Replica) PID() int { return r.cmd.Process.Pid }

// Signal sends a signal to the replica.
func (r *Replica) Signal(sig syscall.Signal) error { return r.cmd.Process.Signal(sig) }

// Kill kills the replica at once (SIGKILL), as a crash would end it.
func (r *Replica) Kill() { _ = r.cmd.Process.Kill() }

// Wait waits for the replica to exit, and gives how it exited.
func (r *Replica) Wait(timeout time.Duration) error {
	select {
	case <-r.exited:
		return r.Err()
	case <-time.After(timeout):
		return fmt.Errorf("%s did not exit within %v", r.Name, timeout)
	}
}

// Err is how the replica exited (nil for status 0).
func (r *Replica) Err() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Exited is closed when the replica has exited.
func (r *Replica) Exited() <-chan struct{} { return r.exited }

// Stop ends the replica with SIGTERM (it drains) and waits.
func (r *Replica) Stop(timeout time.Duration) error {
	select {
	case <-r.exited:
		return nil
	default:
	}
	_ = r.Signal(syscall.SIGTERM)
	if err := r.Wait(timeout); err != nil {
		r.Kill()
		return err
	}
	return nil
}

// Scrape reads the replica's /metrics as a map from series to value.
func (r *Replica) Scrape() (map[string]float64, error) {
	if r.Metrics == "" {
		return nil, errors.New(r.Name + " has no --metrics")
	}
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get("http://" + r.Metrics + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if v, err := strconv.ParseFloat(line[i+1:], 64); err == nil {
			out[line[:i]] = v
		}
	}
	return out, sc.Err()
}

// Health is the status of the replica's /healthz.
func (r *Replica) Health() (int, error) {
	c := http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get("http://" + r.Metrics + "/healthz")
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// Memory reads the replica's resident set now and at its peak (VmRSS,
// VmHWM) from /proc, in bytes.
func (r *Replica) Memory() (rss, hwm int64, err error) {
	return ProcMemory(r.PID())
}

// ProcMemory reads VmRSS and VmHWM of a process from /proc/PID/status.
func ProcMemory(pid int) (rss, hwm int64, err error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for line := range strings.SplitSeq(string(data), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return 0, 0, err
		}
		if k == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
	}
	return rss, hwm, nil
}

// ProcCPU reads the CPU time (user and system) a process has used, in
// seconds, from /proc/PID/stat.
func ProcCPU(pid int) (float64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name, in parentheses, may hold spaces: fields count from
	// after it. utime and stime are fields 14 and 15, in clock ticks.
	rest := string(data[strings.LastIndexByte(string(data), ')')+2:])
	f := strings.Fields(rest)
	if len(f) < 13 {
		return 0, errors.New("short /proc stat")
	}
	ut, err1 := strconv.ParseFloat(f[11], 64)
	st, err2 := strconv.ParseFloat(f[12], 64)
	if err := errors.Join(err1, err2); err != nil {
		return 0, err
	}
	return (ut + st) / 100, nil // USER_HZ is 100 on Linux
}
