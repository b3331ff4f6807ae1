package serve

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// logSampler logs each kind of event at most once an interval, with how
// many there were since its last line: a flood of refused connections
// would otherwise write a line each (20,000 a second), and the metrics
// count them all anyway.
type logSampler struct {
	log   *slog.Logger
	every time.Duration

	mu    sync.Mutex
	last  map[string]time.Time
	count map[string]int
}

func newLogSampler(log *slog.Logger, every time.Duration) *logSampler {
	return &logSampler{log: log, every: every, last: map[string]time.Time{}, count: map[string]int{}}
}

// note counts an event of a kind and logs it with attrs if the kind's
// last line is older than the interval; "count" is the events since.
func (l *logSampler) note(level slog.Level, msg, kind string, attrs ...any) {
	l.mu.Lock()
	l.count[kind]++
	now := time.Now()
	if last, ok := l.last[kind]; ok && now.Sub(last) < l.every {
		l.mu.Unlock()
		return
	}
	n := l.count[kind]
	l.count[kind] = 0
	l.last[kind] = now
	l.mu.Unlock()
	l.log.Log(context.Background(), level, msg, append(attrs, "count", n)...)
}
