//go:build integration

package serve

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/needtool"
)

// promtool (Debian: apt-get install prometheus) parses /metrics and finds
// nothing to say about the server's own series. (It does about the Go
// runtime's and the process's, written by the metrics library: no HELP
// texts, counters named _count.)
func TestMetricsPassPromtool(t *testing.T) {
	t.Parallel()
	promtool := needtool.Path(t, "promtool")
	ts := startServer(t, nil)
	ts.run(t, "print")
	_, body := scrape(t, ts.Server, "/metrics")
	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = strings.NewReader(body)
	out, err := cmd.CombinedOutput()
	if err != nil && !bytes.Contains(out, []byte("no help text")) && !bytes.Contains(out, []byte("suffix")) {
		t.Fatalf("promtool check metrics: %v\n%s", err, out)
	}
	for line := range strings.SplitSeq(string(out), "\n") {
		if strings.HasPrefix(line, "dealtui_") || strings.Contains(line, "error") {
			t.Errorf("promtool: %s", line)
		}
	}
}
