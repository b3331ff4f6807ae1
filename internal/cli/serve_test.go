package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// Bad flags to serve are usage errors (exit 2) that name the flag; a
// listen address that cannot be used ends it with exit 1.
func TestServeFlagErrors(t *testing.T) {
	key := filepath.Join(t.TempDir(), "key")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--max-sessions", "0"}, exitUsage, "dealtui: --max-sessions 0: want at least 1"},
		{[]string{"--per-ip", "-1"}, exitUsage, "dealtui: --per-ip -1: want at least 1"},
		{[]string{"--rate", "-2"}, exitUsage, "dealtui: --rate -2: want 0 (no limit) or more"},
		{[]string{"--idle-timeout", "0s"}, exitUsage, "dealtui: --idle-timeout 0s: want a positive duration"},
		{[]string{"--drain", "-1s"}, exitUsage, "dealtui: --drain -1s: want 0 or more"},
		{[]string{"--proxy-protocol", "10.0.0.0/99"}, exitUsage, `dealtui: --proxy-protocol: "10.0.0.0/99" is not an address or a CIDR range`},
		{[]string{"--proxy-protocol", "haproxy"}, exitUsage, `dealtui: --proxy-protocol: "haproxy" is not an address`},
		{[]string{"--log-format", "xml"}, exitUsage, `dealtui: --log-format "xml": want text or json`},
		{[]string{"--idle-timeout", "soon"}, exitUsage, `invalid argument "soon" for "--idle-timeout"`},
		{[]string{"extra"}, exitUsage, `dealtui: unexpected argument "extra" for "dealtui serve"`},
		{[]string{"--max-conns", "0"}, exitUsage, "dealtui: --max-conns 0: want at least 1"},
		{[]string{"--per-ip-conns", "0"}, exitUsage, "dealtui: --per-ip-conns 0: want at least 1"},
		{[]string{"--max-startups", "10:30"}, exitUsage, `dealtui: --max-startups "10:30": want soft:rate:hard`},
		{[]string{"--max-startups", "100:30:10"}, exitUsage, "dealtui: --max-startups 100:30:10: want 1 <= soft <= hard"},
		{[]string{"--handshake-timeout", "5m"}, exitUsage, "dealtui: --handshake-timeout 5m0s: want more than 0, at most 2m0s"},
		{[]string{"--no-session-timeout", "0s"}, exitUsage, "dealtui: --no-session-timeout 0s: want a positive duration"},
		{[]string{"--max-channels", "0"}, exitUsage, "dealtui: --max-channels 0: want at least 1"},
		{[]string{"--max-cells", "100"}, exitUsage, "dealtui: --max-cells 100: want at least 1920 (80×24)"},
		{[]string{"--max-conns", "100000000", "--listen", "127.0.0.1:0", "--host-key", key}, exitError, "dealtui: --max-conns 100000000 needs about"},
		{[]string{"--listen", "127.0.0.1:99999", "--host-key", key}, exitError, "dealtui: --listen 127.0.0.1:99999: "},
		{[]string{"--content", "/nonexistent"}, exitUsage, `dealtui: --content "/nonexistent": no such file or directory`},
	} {
		code, out, errOut := runCLI(t, append([]string{"serve"}, c.args...)...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("serve %v: exit %d, stdout %q, stderr %q; want exit %d and %q", c.args, code, out, errOut, c.code, c.want)
		}
	}
}
