package serve

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sampleLine is a sample of the Prometheus text format: a name, labels,
// a value (no timestamps here).
var sampleLine = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*"(, ?[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*")*\})? (\S+)$`)

// /metrics is the Prometheus text format, line by line; every dealtui_
// family has a HELP text and a TYPE; the file descriptors and the
// connection series are there.
func TestMetricsFormat(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	ts.run(t, "print")
	_, body := scrape(t, ts.Server, "/metrics")
	help, typ := map[string]string{}, map[string]string{}
	samples := map[string]bool{}
	for n, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "# HELP "):
			name, text, _ := strings.Cut(strings.TrimPrefix(line, "# HELP "), " ")
			help[name] = text
		case strings.HasPrefix(line, "# TYPE "):
			name, kind, _ := strings.Cut(strings.TrimPrefix(line, "# TYPE "), " ")
			typ[name] = kind
		default:
			m := sampleLine.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("line %d is not a sample: %q", n+1, line)
				continue
			}
			if _, err := strconv.ParseFloat(m[4], 64); err != nil {
				t.Errorf("line %d: value %q", n+1, m[4])
			}
			samples[m[1]+m[2]] = true
		}
	}
	for name, kind := range typ {
		if strings.HasPrefix(name, "dealtui_") && help[name] == "" {
			t.Errorf("%s (%s) has no HELP text", name, kind)
		}
	}
	for _, s := range []string{
		"process_open_fds", "process_max_fds",
		`dealtui_connections_open{state="preauth"}`, `dealtui_connections_open{state="authenticated"}`,
		`dealtui_connections_open{state="session"}`, "dealtui_connections_limit",
		`dealtui_connections_refused_total{reason="max_conns"}`, `dealtui_connections_refused_total{reason="per_ip_conns"}`,
		`dealtui_connections_refused_total{reason="max_startups"}`, `dealtui_connections_closed_total{reason="no_session"}`,
		`dealtui_handshake_failures_total{reason="timeout"}`, `dealtui_channels_refused_total{reason="per_connection"}`,
		"dealtui_input_dropped_bytes_total", "dealtui_input_dropped_events_total", "dealtui_session_cells",
	} {
		if !samples[s] {
			t.Errorf("/metrics has no %s", s)
		}
	}
	if typ["dealtui_connections_open"] != "gauge" || typ["dealtui_connections_refused_total"] != "counter" {
		t.Errorf("types: %q %q", typ["dealtui_connections_open"], typ["dealtui_connections_refused_total"])
	}
}
