package serve

import (
	"bytes"
	"io"
	"strings"
)

// The connection, channel and input metrics, beside the sessions' own
// (metrics.go). docs/SERVING.md says what each shows.

func (m *metrics) connCounters() {
	for _, r := range []string{refuseMaxConns, refusePerIP, refuseStartups} {
		m.set.NewCounter(`dealtui_connections_refused_total{reason="` + r + `"}`)
	}
	for _, r := range []string{closeNoSession, closeInput} {
		m.set.NewCounter(`dealtui_connections_closed_total{reason="` + r + `"}`)
	}
	for _, r := range []string{failTimeout, failProxy, failProtocol} {
		m.set.NewCounter(`dealtui_handshake_failures_total{reason="` + r + `"}`)
	}
	for _, r := range []string{chanPerConn, chanType, chanNoSession, chanInput} {
		m.set.NewCounter(`dealtui_channels_refused_total{reason="` + r + `"}`)
	}
	m.set.NewCounter("dealtui_input_dropped_bytes_total")
	m.set.NewCounter("dealtui_input_dropped_events_total")
}

// watchConns adds the gauges of a connection table.
func (m *metrics) watchConns(t *connTable, maxConns int) {
	m.set.NewGauge(`dealtui_connections_open{state="`+statePreauth+`"}`, func() float64 {
		p, _, _ := t.counts()
		return float64(p)
	})
	m.set.NewGauge(`dealtui_connections_open{state="`+stateAuth+`"}`, func() float64 {
		_, a, _ := t.counts()
		return float64(a)
	})
	m.set.NewGauge(`dealtui_connections_open{state="`+stateSession+`"}`, func() float64 {
		_, _, s := t.counts()
		return float64(s)
	})
	m.set.NewGauge("dealtui_connections_limit", func() float64 { return float64(maxConns) })
}

func (m *metrics) connRefused(reason string) {
	m.set.GetOrCreateCounter(`dealtui_connections_refused_total{reason="` + reason + `"}`).Inc()
}

func (m *metrics) connClosed(reason string) {
	m.set.GetOrCreateCounter(`dealtui_connections_closed_total{reason="` + reason + `"}`).Inc()
}

func (m *metrics) handshakeFailed(reason string) {
	m.set.GetOrCreateCounter(`dealtui_handshake_failures_total{reason="` + reason + `"}`).Inc()
}

func (m *metrics) channelRefused(reason string) {
	m.set.GetOrCreateCounter(`dealtui_channels_refused_total{reason="` + reason + `"}`).Inc()
}

func (m *metrics) inputDropped(bytes, events int) {
	if bytes > 0 {
		m.set.GetOrCreateCounter("dealtui_input_dropped_bytes_total").Add(bytes)
	}
	if events > 0 {
		m.set.GetOrCreateCounter("dealtui_input_dropped_events_total").Add(events)
	}
}

// metricHelp is the HELP text of each of the server's own series; the
// metrics library writes its HELP lines empty.
func metricHelp() map[string]string {
	return map[string]string{
		"dealtui_sessions_active":          "Sessions open now (explorer, accessible, text or command).",
		"dealtui_sessions_total":           "Sessions started, by kind: explorer (a terminal), accessible (the line-by-line mode for screen readers), text (no terminal), command (print).",
		"dealtui_session_duration_seconds": "How long sessions lasted, from start to end.",
		"dealtui_rejected_total":           "Sessions refused, by reason: max_sessions, per_ip, rate, draining; proxy_header counts connections whose PROXY header was refused.",
		"dealtui_first_frame_seconds":      "Time from a session's start to its first frame with content.",
		"dealtui_connections_open":         "Connections open now, by state: preauth (SSH handshake not finished), authenticated (no session running), session (at least one).",
		"dealtui_connections_limit":        "The most connections open at once (--max-conns).",
		"dealtui_connections_refused_total": "Connections closed at once, before their handshake, by the limit reached: " +
			"max_conns (--max-conns), per_ip_conns (--per-ip-conns), max_startups (--max-startups).",
		"dealtui_connections_closed_total":   "Connections the server closed, by reason: no_session (no session running for --no-session-timeout), input (64 KiB written into a channel before its shell).",
		"dealtui_handshake_failures_total":   "Connections that ended before their SSH handshake was done, by reason: timeout (--handshake-timeout), proxy_header, protocol (anything else).",
		"dealtui_channels_refused_total":     "Channels refused or closed, by reason: per_connection (--max-channels), type (not a session: forwarding, X11…), no_session (no shell or command in time), input (64 KiB written before the shell).",
		"dealtui_input_dropped_bytes_total":  "Input bytes dropped from bursts faster than a person types.",
		"dealtui_input_dropped_events_total": "Input events (keys, mouse, pastes) dropped past the rate a session takes.",
		"dealtui_session_cells":              "Cells (columns × rows) of the screens of the explorer sessions open now, after --max-cells.",
		"go_gc_heap_live_bytes":              "Heap live after the last garbage collection.",
	}
}

// withHelp copies the metrics library's text to w with HELP lines that
// have a text in metricHelp filled in.
func withHelp(w io.Writer, text []byte) error {
	helps := metricHelp()
	var out bytes.Buffer
	out.Grow(len(text) + 2048)
	for line := range bytes.Lines(text) {
		name, ok := bytes.CutPrefix(bytes.TrimRight(line, "\n"), []byte("# HELP "))
		if help := helps[string(name)]; ok && help != "" && !bytes.ContainsRune(name, ' ') {
			out.WriteString("# HELP " + string(name) + " " + strings.ReplaceAll(help, "\n", " ") + "\n")
			continue
		}
		out.Write(line)
	}
	_, err := w.Write(out.Bytes())
	return err
}
