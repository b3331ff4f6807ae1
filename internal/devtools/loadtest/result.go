package main

import (
	"fmt"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
)

// Budgets (docs/SERVING.md), for the direct run; through HAProxy each
// limit is multiplied by the run's scale, 1.3.
const (
	budgetFirstFrame = 1500 * time.Millisecond // p95
	budgetKeyFrame   = 100 * time.Millisecond  // p95, all sessions open
	budgetHeap       = 2 << 20                 // heap in use per session, bytes
	budgetBack       = 5 * time.Second         // goroutines back to baseline ±5
	budgetKillClose  = 5 * time.Second         // the killed replica's sessions end
)

// result is what one run measured.
type result struct {
	name  string
	scale float64

	sessions   int // open at once (all readers, or the survivors)
	failures   []error
	firstFrame durations
	keyFrame   durations

	heapPerSession, livePerSession, rssPerSession float64
	hwm                                           int64
	goroutineLines                                []string
	backWithin                                    time.Duration // the slowest replica
	back                                          bool
	serverCPU, clientCPU                          float64 // seconds over the run

	// Through HAProxy.
	spread, spreadAfter []int
	killed              int // sessions on the killed replica
	killedClosed        int // of which ended
	killedWithin        time.Duration
}

func (r result) fail(err error) result {
	r.failures = append(r.failures, err)
	r.print()
	return r
}

// memory divides what the replicas hold above their baselines among the
// sessions open.
func (r *result) memory(base, open []sample, sessions int) {
	if sessions == 0 {
		return
	}
	var heap, liveHeap, rss float64
	for i := range base {
		heap += open[i].heapInuse - base[i].heapInuse
		liveHeap += open[i].heapLive - base[i].heapLive
		rss += float64(open[i].rss - base[i].rss)
		r.hwm += open[i].hwm
	}
	n := float64(sessions)
	r.heapPerSession, r.livePerSession, r.rssPerSession = heap/n, liveHeap/n, rss/n
}

// goroutines waits for a replica's goroutines to come back after the
// readers have closed, and records it.
func (r *result) goroutines(rep *cluster.Replica, base, open sample, closed time.Time) {
	took, after, ok := goroutinesBack(rep, base.goroutines, closed, backLimit)
	r.goroutineLines = append(r.goroutineLines, fmt.Sprintf("%s: %.0f before, %.0f open, %.0f %s after the last close",
		rep.Name, base.goroutines, open.goroutines, after, ms(took)))
	if len(r.goroutineLines) == 1 {
		r.back = ok
	} else {
		r.back = r.back && ok
	}
	r.backWithin = max(r.backWithin, took)
}

func (r result) print() {
	fmt.Printf("sessions open at once   %d\n", r.sessions)
	fmt.Printf("failures                %d\n", len(r.failures))
	for i, err := range r.failures {
		if i == 5 {
			fmt.Printf("  … and %d more\n", len(r.failures)-5)
			break
		}
		fmt.Printf("  %v\n", err)
	}
	fmt.Printf("first frame             %s\n", r.firstFrame)
	fmt.Printf("key → frame, all open   %s\n", r.keyFrame)
	fmt.Printf("heap in use a session   %s (live after GC: %s)\n", mib(r.heapPerSession), mib(r.livePerSession))
	fmt.Printf("RSS a session           %s (peak RSS of the server(s), VmHWM: %s)\n", mib(r.rssPerSession), mib(float64(r.hwm)))
	for _, l := range r.goroutineLines {
		fmt.Printf("goroutines              %s\n", l)
	}
	fmt.Printf("CPU over the run        servers %.1fs, readers (this process) %.1fs\n", r.serverCPU, r.clientCPU)
}

// check is one line of the verdict: a budget (perf) or something that
// must hold however busy the machine (no failures, nothing left behind,
// the killed replica's sessions ended).
type check struct {
	what, detail string
	ok, perf     bool
}

func (r result) checks() []check {
	lim := func(d time.Duration) time.Duration { return time.Duration(float64(d) * r.scale) }
	ff, kf := r.firstFrame.quantile(.95), r.keyFrame.quantile(.95)
	heap := float64(budgetHeap) * r.scale
	cs := []check{
		{"0 failures", fmt.Sprintf("%d", len(r.failures)), len(r.failures) == 0 && r.sessions > 0, false},
		{"goroutines back to baseline ±5", fmt.Sprintf("%v", r.back), r.back, false},
		{"first frame p95 ≤ " + ms(lim(budgetFirstFrame)), ms(ff), ff > 0 && ff <= lim(budgetFirstFrame), true},
		{"key → frame p95 ≤ " + ms(lim(budgetKeyFrame)), ms(kf), kf > 0 && kf <= lim(budgetKeyFrame), true},
		{"heap ≤ " + mib(heap) + " a session", mib(r.heapPerSession), r.heapPerSession > 0 && r.heapPerSession <= heap, true},
		{"… within " + ms(lim(budgetBack)), ms(r.backWithin), r.backWithin <= lim(budgetBack), true},
	}
	if r.name == "haproxy" {
		cs = append(cs,
			check{"killed replica's sessions all end", fmt.Sprintf("%d of %d", r.killedClosed, r.killed), r.killed > 0 && r.killedClosed == r.killed, false},
			check{"… within " + ms(budgetKillClose), ms(r.killedWithin), r.killedWithin <= budgetKillClose, true})
	}
	return cs
}
