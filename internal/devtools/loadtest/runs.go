package main

import (
	"fmt"
	"path/filepath"
	"syscall"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
)

// backLimit is how long the report waits for goroutines to come back; the
// budget is shorter, and checked on what was measured.
const backLimit = 30 * time.Second

// direct is the run against one server.
func direct(o options, dir string) result {
	res := result{name: "direct", scale: 1}
	fmt.Printf("\n== direct: %d readers on one server\n", o.n)
	rep, err := cluster.StartReplica("server", o.bin, replicaEnv(dir), replicaArgs(o, filepath.Join(dir, "key-direct"))...)
	if err != nil {
		return res.fail(err)
	}
	defer rep.Kill()
	base, err := steady(rep)
	if err != nil {
		return res.fail(err)
	}

	start, clientStart := time.Now(), ownCPU()
	op := openReaders(rep.Addr, o.n, o.conc, o.cols, o.rows)
	res.sessions = len(op.readers)
	res.firstFrame, res.failures = op.firstFrames, op.failures
	fmt.Printf("opened %d in %s\n", len(op.readers), ms(time.Since(start)))
	open, _ := takeSample(rep)
	keys, errs := pressKeys(op.readers, o.keys, o.keyEvery)
	res.keyFrame, res.failures = keys, append(res.failures, errs...)
	afterKeys, _ := takeSample(rep)
	res.memory([]sample{base}, []sample{worse(open, afterKeys)}, len(op.readers))

	res.failures = append(res.failures, closeReaders(op.readers)...)
	closed := time.Now()
	res.goroutines(rep, base, open, closed)
	if end, err := takeSample(rep); err == nil {
		res.serverCPU = end.cpu - base.cpu
	}
	res.clientCPU = ownCPU() - clientStart
	if err := rep.Stop(backLimit); err != nil {
		res.failures = append(res.failures, fmt.Errorf("server after SIGTERM: %w", err))
	}
	res.print()
	return res
}

// viaHAProxy is the run through HAProxy in front of three replicas: half
// the readers connect, the third replica is killed, its readers' sessions
// must end, and new readers connect, to the two left, until n are open.
func viaHAProxy(o options, dir string) result {
	res := result{name: "haproxy", scale: 1.3}
	fmt.Printf("\n== haproxy: %d readers through HAProxy (deploy/haproxy.cfg) to 3 replicas, r3 killed halfway\n", o.n)
	key := filepath.Join(dir, "key-replicas") // one host key for all
	var reps []*cluster.Replica
	for i := 1; i <= 3; i++ {
		r, err := cluster.StartReplica(fmt.Sprintf("r%d", i), o.bin, replicaEnv(dir), append(replicaArgs(o, key), "--proxy-protocol", "127.0.0.1")...)
		if err != nil {
			return res.fail(err)
		}
		defer r.Kill()
		reps = append(reps, r)
	}
	port, err := cluster.FreePort()
	if err != nil {
		return res.fail(err)
	}
	h, err := cluster.StartHAProxy(o.haproxyCfg, fmt.Sprintf("127.0.0.1:%d", port), reps, haproxyEnv(o)...)
	if err != nil {
		return res.fail(err)
	}
	defer h.Stop()
	var bases []sample
	for _, r := range reps {
		b, err := steady(r)
		if err != nil {
			return res.fail(err)
		}
		bases = append(bases, b)
	}

	clientStart, cpu0 := ownCPU(), haproxyCPU(h)
	half := o.n / 2
	a := openReaders(h.Listen, half, o.conc, o.cols, o.rows)
	res.firstFrame, res.failures = a.firstFrames, a.failures
	victim := reps[2]
	before, _ := takeSample(victim)
	res.serverCPU += before.cpu - bases[2].cpu
	res.spread = spread(reps)
	res.killed = int(before.sessions)
	victim.Kill()
	killedAt := time.Now()
	res.killedClosed, res.killedWithin = waitEnded(a.readers, res.killed, killedAt)
	fmt.Printf("killed r3 with %d sessions: %d ended within %s\n", res.killed, res.killedClosed, ms(res.killedWithin))

	// As many again as are open, so that n are open at once after the kill.
	b := openReaders(h.Listen, o.n-len(live(a.readers)), o.conc, o.cols, o.rows)
	res.firstFrame = append(res.firstFrame, b.firstFrames...)
	res.failures = append(res.failures, b.failures...)
	readers := append(live(a.readers), b.readers...)
	res.sessions = len(readers)
	res.spreadAfter = spread(reps[:2])
	fmt.Printf("open: %d (r1, r2: %v); opened after the kill: %d, failed: %d\n", len(readers), res.spreadAfter, len(b.readers), len(b.failures))

	open := samples(reps[:2])
	keys, errs := pressKeys(readers, o.keys, o.keyEvery)
	res.keyFrame, res.failures = keys, append(res.failures, errs...)
	afterKeys := samples(reps[:2])
	for i := range open {
		open[i] = worse(open[i], afterKeys[i])
	}
	res.memory(bases[:2], open, len(readers))

	res.failures = append(res.failures, closeReaders(readers)...)
	closed := time.Now()
	for i, r := range reps[:2] {
		res.goroutines(r, bases[i], open[i], closed)
		if end, err := takeSample(r); err == nil {
			res.serverCPU += end.cpu - bases[i].cpu
		}
	}
	res.serverCPU += haproxyCPU(h) - cpu0
	res.clientCPU = ownCPU() - clientStart
	for _, r := range reps[:2] {
		if err := r.Stop(backLimit); err != nil {
			res.failures = append(res.failures, fmt.Errorf("%s after SIGTERM: %w", r.Name, err))
		}
	}
	res.print()
	return res
}

// waitEnded waits until want of the readers have ended (those of the
// killed replica), at most ten seconds, and gives how many did and when
// the last of them did.
func waitEnded(readers []*reader, want int, since time.Time) (int, time.Duration) {
	deadline := since.Add(10 * time.Second)
	for {
		n := len(readers) - len(live(readers))
		if n >= want || time.Now().After(deadline) {
			return n, time.Since(since)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func samples(reps []*cluster.Replica) []sample {
	out := make([]sample, len(reps))
	for i, r := range reps {
		out[i], _ = takeSample(r)
	}
	return out
}

// spread is how many sessions each replica has open.
func spread(reps []*cluster.Replica) []int {
	out := make([]int, len(reps))
	for i, s := range samples(reps) {
		out[i] = int(s.sessions)
	}
	return out
}

// worse is the sample with more heap, memory and goroutines of two.
func worse(a, b sample) sample {
	if b.heapInuse > a.heapInuse {
		a.heapInuse = b.heapInuse
	}
	a.heapLive = max(a.heapLive, b.heapLive)
	a.rss, a.hwm = max(a.rss, b.rss), max(a.hwm, b.hwm)
	a.goroutines = max(a.goroutines, b.goroutines)
	return a
}

// ownCPU is the CPU time this process (the readers) has used, in seconds.
func ownCPU() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// haproxyCPU is the CPU time haproxy has used, in seconds.
func haproxyCPU(h *cluster.HAProxy) float64 {
	cpu, _ := cluster.ProcCPU(h.PID())
	return cpu
}
