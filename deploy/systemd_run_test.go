//go:build integration

package deploy

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
	"github.com/dealtui/dealtui/internal/testkit/needtool"
	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/pires/go-proxyproto"
)

// systemd-analyze, where installed, finds nothing wrong with the unit and
// rates its exposure OK (below 2 on its scale of 0 to 10).
func TestSystemdAnalyze(t *testing.T) {
	t.Parallel()
	analyze := needtool.Path(t, "systemd-analyze")
	bin := buildDealtui(t)
	dir := t.TempDir()
	data, err := os.ReadFile(unitFile)
	if err != nil {
		t.Fatal(err)
	}
	// verify checks that the binary exists: point the copy at ours.
	copyPath := filepath.Join(dir, unitFile)
	if err := os.WriteFile(copyPath, []byte(strings.ReplaceAll(string(data), "/usr/bin/dealtui", bin)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", filepath.Join(dir, "dealtui@1.service")).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	out, err = exec.Command(analyze, "security", "--offline=yes", copyPath).CombinedOutput()
	if err != nil {
		t.Skipf("systemd-analyze security --offline: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`Overall exposure level for \S+: ([0-9.]+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no exposure level in:\n%s", out)
	}
	level, _ := strconv.ParseFloat(string(m[1]), 64)
	t.Logf("systemd-analyze security: exposure %.1f", level)
	if level >= 2 {
		t.Errorf("exposure %.1f, want below 2:\n%s", level, out)
	}
}

// execStart is the unit's command for an instance, as a list of words.
func execStart(t *testing.T, instance string) []string {
	t.Helper()
	cmd := unit(t, unitFile)["Service"]["ExecStart"]
	if len(cmd) != 1 {
		t.Fatalf("ExecStart=%q", cmd)
	}
	return strings.Fields(strings.ReplaceAll(cmd[0], "%i", instance))
}

// The unit's own command runs, in a sandbox like the unit's where this
// machine allows one (as root: a private /proc with the process's own
// entries only, an unprivileged user, no capabilities, no new
// privileges, an empty environment but STATE_DIRECTORY): it makes the
// host key in the state directory, serves the explorer to a client that
// comes through a PROXY header from 127.0.0.1, answers /healthz and
// /metrics, and drains and exits 0 on SIGTERM.
func TestSystemdUnitCommandRuns(t *testing.T) {
	t.Parallel()
	bin := buildDealtui(t)
	args := execStart(t, "1")
	args[0] = bin
	for _, a := range []string{"127.0.0.1:2301", "127.0.0.1:9301"} {
		if ln, err := net.Listen("tcp", a); err != nil {
			t.Skipf("the unit's address %s is taken on this machine: %v", a, err)
		} else {
			ln.Close()
		}
	}
	state := filepath.Join(t.TempDir(), "state")
	if err := os.Mkdir(state, 0o700); err != nil {
		t.Fatal(err)
	}
	cmd := sandboxed(t, state, args)
	r, err := cluster.StartCommand("dealtui@1", cmd)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Kill()
	if info, err := os.Stat(filepath.Join(state, "ssh_host_ed25519_key")); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("host key in the state directory: %v, %v", info, err)
	}

	s := viaProxyHeader(t, r.Addr, &net.TCPAddr{IP: net.ParseIP("192.0.2.10"), Port: 40000})
	if code, err := r.Health(); code != 200 {
		t.Errorf("/healthz: %d, %v", code, err)
	}
	m, err := r.Scrape()
	if err != nil || m["dealtui_sessions_active"] != 1 || m["process_resident_memory_bytes"] == 0 {
		t.Errorf("/metrics: sessions %v, RSS %v, %v", m["dealtui_sessions_active"], m["process_resident_memory_bytes"], err)
	}
	if !strings.Contains(r.Log(), `"addr":"192.0.2.10","kind":"explorer"`) {
		t.Errorf("the session was not logged with the PROXY header's address:\n%s", r.Log())
	}
	s.Type("q")
	if _, err := s.Wait(20 * time.Second); err != nil {
		t.Fatal(err)
	}
	if err := r.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := r.Wait(30 * time.Second); err != nil {
		t.Fatalf("after SIGTERM: %v\n%s", err, r.Log())
	}
}

// viaProxyHeader opens an explorer session on addr over a connection
// that starts with a PROXY v2 header saying the client is src.
func viaProxyHeader(t *testing.T, addr string, src net.Addr) *sshterm.Session {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := proxyproto.HeaderProxyFromAddrs(2, src, conn.RemoteAddr()).WriteTo(conn); err != nil {
		t.Fatal(err)
	}
	c, err := sshterm.DialConn(conn, addr, 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	s, err := sshterm.Open(c, 100, 30, sshterm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitText("Microsoft and OpenAI end exclusivity", 20*time.Second); err != nil {
		t.Fatal(err)
	}
	return s
}

// sandboxed makes the command that runs args as the unit would, as far as
// this machine allows without systemd: as root with unshare and setpriv,
// a private /proc of the process's own entries (ProcSubset=pid), user
// nobody (DynamicUser), no capabilities (CapabilityBoundingSet=) and no
// new privileges; otherwise args as they are. Either way the environment
// holds only STATE_DIRECTORY.
func sandboxed(t *testing.T, state string, args []string) *exec.Cmd {
	t.Helper()
	env := []string{"STATE_DIRECTORY=" + state}
	unshare, err1 := exec.LookPath("unshare")
	setpriv, err2 := exec.LookPath("setpriv")
	if os.Geteuid() != 0 || err1 != nil || err2 != nil || exec.Command(unshare, "-m", "true").Run() != nil {
		t.Log("no sandbox here (needs root, unshare and setpriv): running the command as it is")
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Env = env
		return cmd
	}
	mount, err := exec.LookPath("mount")
	if err != nil {
		t.Skip("no mount command")
	}
	if err := os.Chown(state, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	// The binary and the state directory must be reachable by nobody.
	for _, p := range []string{args[0], state} {
		for d := filepath.Dir(p); d != "/"; d = filepath.Dir(d) {
			_ = os.Chmod(d, 0o755)
		}
	}
	script := fmt.Sprintf("%s -t proc -o subset=pid proc /proc && exec %s --reuid=65534 --regid=65534 --clear-groups --no-new-privs --bounding-set=-all --inh-caps=-all \"$@\"", mount, setpriv)
	cmd := exec.Command(unshare, append([]string{"-m", "--propagation", "private", "sh", "-c", script, "sh"}, args...)...)
	cmd.Env = env
	t.Log("sandbox: private /proc (subset=pid), user nobody, no capabilities, no new privileges")
	return cmd
}
