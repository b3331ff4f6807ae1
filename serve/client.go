package serve

import (
	"net"
	"net/netip"
	"slices"
	"strings"

	"charm.land/ssh"
)

// clientAddr is the address limits and logs use: the TCP peer, or the
// client a trusted proxy's PROXY header names.
func clientAddr(a net.Addr) netip.Addr {
	switch a := a.(type) {
	case *net.TCPAddr:
		if ip, ok := netip.AddrFromSlice(a.IP); ok {
			return ip.Unmap()
		}
	case nil:
		return netip.Addr{}
	}
	if ap, err := netip.ParseAddrPort(a.String()); err == nil {
		return ap.Addr().Unmap()
	}
	return netip.Addr{}
}

// Limits on what a client sends in its environment.
const (
	maxEnvVars     = 16
	maxEnvValueLen = 128
	maxTermLen     = 64
)

// clientEnv keeps, of what a client sent, only COLORTERM, COLORFGBG,
// NO_COLOR, ACCESSIBLE, LANG and LC_* (TERM comes with the pty request),
// with short printable values:
// the program sees nothing of the server's environment and nothing else
// of the client's.
func clientEnv(sent []string) []string {
	var env []string
	for _, kv := range sent {
		if len(env) >= maxEnvVars {
			break
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !allowedEnv(k) || len(v) > maxEnvValueLen || !printable(v) {
			continue
		}
		env = slices.DeleteFunc(env, func(e string) bool { return strings.HasPrefix(e, k+"=") })
		env = append(env, k+"="+v)
	}
	return env
}

func allowedEnv(k string) bool {
	switch k {
	case "COLORTERM", "COLORFGBG", "NO_COLOR", "ACCESSIBLE", "LANG":
		return true
	}
	return strings.HasPrefix(k, "LC_") && len(k) <= 32 && printable(k)
}

func printable(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r > 0x7e {
			return false
		}
	}
	return true
}

// clientTerm is the client's TERM if it looks like a terminal name, else
// xterm-256color, which every terminal an SSH client runs in approximates.
func clientTerm(t string) string {
	if t == "" || len(t) > maxTermLen {
		return "xterm-256color"
	}
	for _, r := range t {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.+", r)
		if !ok {
			return "xterm-256color"
		}
	}
	return t
}

// Window sizes are clamped to this range: a real terminal is inside it,
// and a client that claims 65535×65535 cannot make the server allocate a
// screen of four billion cells.
const (
	minCols, maxCols = 1, 400
	minRows, maxRows = 1, 150
	defaultCols      = 80
	defaultRows      = 24
)

// clampWindow puts a window size in range; 0 (unknown) becomes 80×24.
func clampWindow(w ssh.Window) ssh.Window {
	return ssh.Window{Width: clampDim(w.Width, minCols, maxCols, defaultCols), Height: clampDim(w.Height, minRows, maxRows, defaultRows)}
}

func clampDim(v, lo, hi, unknown int) int {
	switch {
	case v <= 0:
		return unknown
	case v < lo:
		return lo
	case v > hi:
		return hi
	}
	return v
}
