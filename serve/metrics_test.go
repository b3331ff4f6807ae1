package serve

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// scrape gets a path from the server's metrics handler.
func scrape(t *testing.T, s *Server, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(body)
}

// metricValue is the value of one series in /metrics, or -1.
func metricValue(t *testing.T, s *Server, series string) float64 {
	t.Helper()
	_, body := scrape(t, s, "/metrics")
	for line := range strings.SplitSeq(body, "\n") {
		if v, ok := strings.CutPrefix(line, series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			return f
		}
	}
	return -1
}

// /metrics has the standard Go and process metrics and the server's own;
// they follow the sessions. /healthz says ok.
func TestMetrics(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := ts.explorer(t, 80, 24, sshterm.Options{})
	if got := metricValue(t, ts.Server, "dealtui_sessions_active"); got != 1 {
		t.Errorf("dealtui_sessions_active = %v with one session open", got)
	}
	s.Type("q")
	if _, err := s.Wait(wait); err != nil {
		t.Fatal(err)
	}
	ts.run(t, "print")
	// The handler counts a session's end just after the client sees it.
	eventually(t, "dealtui_sessions_active back to 0", func() bool {
		return metricValue(t, ts.Server, "dealtui_sessions_active") == 0
	})

	_, body := scrape(t, ts.Server, "/metrics")
	for _, name := range []string{
		"go_goroutines ", "go_memstats_heap_inuse_bytes ", "go_gc_heap_live_bytes ", "process_resident_memory_bytes ",
		`dealtui_sessions_total{kind="explorer"} 1`, `dealtui_sessions_total{kind="command"} 1`,
		"dealtui_session_duration_seconds_count 2", "dealtui_first_frame_seconds_count 1",
		`dealtui_rejected_total{reason="per_ip"} 0`,
	} {
		if !strings.Contains(body, name) {
			t.Errorf("/metrics has no %q", name)
		}
	}

	if code, body := scrape(t, ts.Server, "/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
}
