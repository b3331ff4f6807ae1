package main

import (
	"math"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
)

// sample is what a replica reports of itself at a moment.
type sample struct {
	goroutines float64
	heapInuse  float64 // go_memstats_heap_inuse_bytes
	heapLive   float64 // go_gc_heap_live_bytes: live after the last GC
	sessions   float64
	cpu        float64 // process_cpu_seconds_total
	rss, hwm   int64   // VmRSS, VmHWM
}

func takeSample(r *cluster.Replica) (sample, error) {
	m, err := r.Scrape()
	if err != nil {
		return sample{}, err
	}
	s := sample{
		goroutines: m["go_goroutines"],
		heapInuse:  m["go_memstats_heap_inuse_bytes"],
		heapLive:   m["go_gc_heap_live_bytes"],
		sessions:   m["dealtui_sessions_active"],
		cpu:        m["process_cpu_seconds_total"],
	}
	s.rss, s.hwm, err = r.Memory()
	return s, err
}

// steady samples a replica until its goroutine count has not changed for
// half a second (at most ten seconds), and gives the last sample.
func steady(r *cluster.Replica) (sample, error) {
	deadline := time.Now().Add(10 * time.Second)
	last, err := takeSample(r)
	if err != nil {
		return last, err
	}
	for same := 0; same < 5 && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		s, err := takeSample(r)
		if err != nil {
			return s, err
		}
		if s.goroutines == last.goroutines {
			same++
		} else {
			same = 0
		}
		last = s
	}
	return last, nil
}

// goroutinesBack waits, up to limit, for a replica's goroutines to come
// back within 5 of base, and gives how long that took and the count.
func goroutinesBack(r *cluster.Replica, base float64, since time.Time, limit time.Duration) (time.Duration, float64, bool) {
	for {
		s, err := takeSample(r)
		if err == nil && math.Abs(s.goroutines-base) <= 5 {
			return time.Since(since), s.goroutines, true
		}
		if time.Since(since) > limit {
			return time.Since(since), s.goroutines, false
		}
		time.Sleep(50 * time.Millisecond)
	}
}
