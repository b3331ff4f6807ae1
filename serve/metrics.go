package serve

import (
	"bytes"
	"net/http"
	rtmetrics "runtime/metrics"
	"sync/atomic"
	"time"

	vm "github.com/VictoriaMetrics/metrics"
)

// metrics are the server's metrics, in the Prometheus text format, with
// the standard Go and process ones (go_goroutines, go_memstats_*,
// process_cpu_seconds_total, process_resident_memory_bytes, …).
//
// They use VictoriaMetrics/metrics rather than the Prometheus client: the
// client made the stripped binary 2.3 MiB larger (21.7 MiB against 19.4,
// linux/amd64), past the 20 MiB budget of docs/PERFORMANCE.md. See
// docs/SERVING.md.
type metrics struct {
	set        *vm.Set
	active     atomic.Int64
	cells      atomic.Int64 // of the explorer sessions' screens
	duration   *vm.PrometheusHistogram
	firstFrame *vm.PrometheusHistogram
}

// Session kinds, as dealtui_sessions_total{kind} counts them.
const (
	kindExplorer   = "explorer"   // a terminal: the explorer
	kindAccessible = "accessible" // the accessible mode, with a terminal or not
	kindText       = "text"       // no terminal, no command: the story as text
	kindCommand    = "command"    // a command: print, or an error
)

func newMetrics() *metrics {
	// # HELP and # TYPE lines, so that histograms are known as such. (A
	// setting of the library's, for the whole process.)
	vm.ExposeMetadata(true)
	m := &metrics{set: vm.NewSet()}
	m.set.NewGauge("dealtui_sessions_active", func() float64 { return float64(m.active.Load()) })
	for _, k := range []string{kindExplorer, kindAccessible, kindText, kindCommand} {
		m.set.NewCounter(`dealtui_sessions_total{kind="` + k + `"}`)
	}
	for _, r := range []string{rejectMaxSessions, rejectPerIP, rejectRate, rejectDraining, rejectProxyHeader} {
		m.set.NewCounter(`dealtui_rejected_total{reason="` + r + `"}`)
	}
	m.duration = m.set.NewPrometheusHistogramExt("dealtui_session_duration_seconds",
		[]float64{1, 5, 15, 60, 300, 900, 1800, 3600, 7200})
	m.firstFrame = m.set.NewPrometheusHistogramExt("dealtui_first_frame_seconds",
		[]float64{.005, .01, .025, .05, .1, .25, .5, 1, 1.5, 2.5, 5, 10})
	m.set.NewGauge("go_gc_heap_live_bytes", liveHeap)
	m.connCounters()
	m.set.NewGauge("dealtui_session_cells", func() float64 { return float64(m.cells.Load()) })
	return m
}

// liveHeap is the heap that was live after the last collection, which the
// load test divides among the sessions.
func liveHeap() float64 {
	s := []rtmetrics.Sample{{Name: "/gc/heap/live:bytes"}}
	rtmetrics.Read(s)
	if s[0].Value.Kind() != rtmetrics.KindUint64 {
		return 0
	}
	return float64(s[0].Value.Uint64())
}

func (m *metrics) sessionStarted(kind string) {
	m.active.Add(1)
	m.set.GetOrCreateCounter(`dealtui_sessions_total{kind="` + kind + `"}`).Inc()
}

func (m *metrics) sessionEnded(d time.Duration) {
	m.duration.Update(d.Seconds())
	m.active.Add(-1)
}

func (m *metrics) reject(reason string) {
	m.set.GetOrCreateCounter(`dealtui_rejected_total{reason="` + reason + `"}`).Inc()
}

func (m *metrics) firstFrameAfter(d time.Duration) { m.firstFrame.Update(d.Seconds()) }

// handler serves /metrics, and /healthz: 200 while the server takes
// sessions, 503 once it drains, so a load balancer sends new sessions
// elsewhere.
func (m *metrics) handler(draining *atomic.Bool) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		var own bytes.Buffer
		m.set.WritePrometheus(&own)
		_ = withHelp(w, own.Bytes())
		vm.WriteProcessMetrics(w)
		vm.WriteFDMetrics(w) // process_open_fds, process_max_fds
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if draining.Load() {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("draining\n"))
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	return mux
}
