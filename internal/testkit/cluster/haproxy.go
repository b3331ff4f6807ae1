package cluster

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// HAProxy is an haproxy process on deploy/haproxy.cfg.
type HAProxy struct {
	Listen string // where readers connect
	cmd    *exec.Cmd

	mu     sync.Mutex
	log    strings.Builder
	exited chan struct{}
}

// HAProxyPath is the haproxy command, or "" when it is not installed.
func HAProxyPath() string {
	for _, p := range []string{"haproxy", "/usr/sbin/haproxy", "/usr/local/sbin/haproxy"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	return ""
}

// HAProxyEnv is the environment deploy/haproxy.cfg reads: where to listen
// and the replicas' SSH addresses and health ports.
func HAProxyEnv(listen string, replicas []*Replica) ([]string, error) {
	env := []string{"DEALTUI_LISTEN=" + listen}
	for i, r := range replicas {
		_, port, err := net.SplitHostPort(r.Metrics)
		if err != nil {
			return nil, fmt.Errorf("%s: no health port: %v", r.Name, err)
		}
		env = append(env, fmt.Sprintf("DEALTUI_REPLICA%d=%s", i+1, r.Addr), fmt.Sprintf("DEALTUI_REPLICA%d_HEALTH=%s", i+1, port))
	}
	return env, nil
}

// CheckHAProxy runs haproxy -c on a configuration with env.
func CheckHAProxy(cfg string, env []string) (string, error) {
	cmd := exec.Command(HAProxyPath(), "-c", "-f", cfg)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// StartHAProxy runs haproxy in the foreground on cfg in front of three
// replicas, and waits until all three are up in its eyes. extra are more
// of the settings cfg reads from the environment (DEALTUI_SOURCE_CONNS…).
func StartHAProxy(cfg, listen string, replicas []*Replica, extra ...string) (*HAProxy, error) {
	env, err := HAProxyEnv(listen, replicas)
	if err != nil {
		return nil, err
	}
	env = append(env, extra...)
	h := &HAProxy{Listen: listen, exited: make(chan struct{})}
	h.cmd = exec.Command(HAProxyPath(), "-db", "-f", cfg)
	h.cmd.Env = append(os.Environ(), env...)
	out, err := h.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	h.cmd.Stderr = h.cmd.Stdout
	if err := h.cmd.Start(); err != nil {
		return nil, err
	}
	go h.readLog(out)
	go func() {
		_ = h.cmd.Wait()
		close(h.exited)
	}()
	if err := h.waitUp(); err != nil {
		h.Stop()
		return nil, err
	}
	return h, nil
}

func (h *HAProxy) readLog(out io.Reader) {
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		h.mu.Lock()
		h.log.WriteString(sc.Text() + "\n")
		h.mu.Unlock()
	}
}

// waitUp waits until the frontend accepts connections. HAProxy starts
// with its servers up, and logs a server it marks down.
func (h *HAProxy) waitUp() error {
	deadline := time.Now().Add(30 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", h.Listen, time.Second)
		if err == nil {
			c.Close()
			break
		}
		select {
		case <-h.exited:
			return fmt.Errorf("haproxy exited:\n%s", h.Log())
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("haproxy does not listen on %s:\n%s", h.Listen, h.Log())
		}
		time.Sleep(20 * time.Millisecond)
	}
	return nil
}

// Log is what haproxy has logged.
func (h *HAProxy) Log() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.log.String()
}

// PID is haproxy's process id.
func (h *HAProxy) PID() int { return h.cmd.Process.Pid }

// Stop ends haproxy.
func (h *HAProxy) Stop() {
	_ = h.cmd.Process.Kill()
	<-h.exited
}
