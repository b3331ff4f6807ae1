package serve

import (
	"net/http"
	"regexp"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus metrics, in a registry of its own
// with the standard Go and process collectors.
type metrics struct {
	reg        *prometheus.Registry
	active     prometheus.Gauge
	total      *prometheus.CounterVec
	duration   prometheus.Histogram
	rejected   *prometheus.CounterVec
	firstFrame prometheus.Histogram
}

// Session kinds, as dealtui_sessions_total{kind} counts them.
const (
	kindExplorer = "explorer" // a terminal: the explorer
	kindText     = "text"     // no terminal, no command: the story as text
	kindCommand  = "command"  // a command: print, or an error
)

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		active: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "dealtui_sessions_active", Help: "Sessions open now.",
		}),
		total: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dealtui_sessions_total", Help: "Sessions opened, by kind: explorer, text or command.",
		}, []string{"kind"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "dealtui_session_duration_seconds",
			Help:    "How long sessions lasted.",
			Buckets: []float64{1, 5, 15, 60, 300, 900, 1800, 3600, 7200},
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "dealtui_rejected_total", Help: "Sessions and connections refused, by reason.",
		}, []string{"reason"}),
		firstFrame: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "dealtui_first_frame_seconds",
			Help:    "From a session's start to the first bytes of its first frame.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 1.5, 2.5, 5, 10},
		}),
	}
	m.reg.MustRegister(
		// The standard Go metrics, and the heap live after the last
		// collection (go_gc_heap_live_bytes), which the load test divides
		// among the sessions.
		collectors.NewGoCollector(collectors.WithGoCollectorRuntimeMetrics(
			collectors.GoRuntimeMetricsRule{Matcher: regexp.MustCompile(`^/gc/heap/live:bytes$`)})),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.active, m.total, m.duration, m.rejected, m.firstFrame,
	)
	for _, k := range []string{kindExplorer, kindText, kindCommand} {
		m.total.WithLabelValues(k)
	}
	for _, r := range []string{rejectMaxSessions, rejectPerIP, rejectRate, rejectDraining, rejectProxyHeader} {
		m.rejected.WithLabelValues(r)
	}
	return m
}

func (m *metrics) sessionStarted(kind string) {
	m.active.Inc()
	m.total.WithLabelValues(kind).Inc()
}

func (m *metrics) sessionEnded(d time.Duration) {
	m.duration.Observe(d.Seconds())
	m.active.Dec()
}

func (m *metrics) reject(reason string) { m.rejected.WithLabelValues(reason).Inc() }

func (m *metrics) firstFrameAfter(d time.Duration) { m.firstFrame.Observe(d.Seconds()) }

// handler serves /metrics, and /healthz: 200 while the server takes
// sessions, 503 once it drains, so a load balancer sends new sessions
// elsewhere.
func (m *metrics) handler(draining *atomic.Bool) http.Handler {
	mux := http.NewServeMux()
	// A collector that cannot read something (the process collector
	// under systemd's ProcSubset=pid has no /proc/stat) leaves its metric
	// out rather than failing the whole page.
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError}))
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
