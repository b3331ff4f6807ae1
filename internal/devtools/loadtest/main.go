package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
)

type options struct {
	n, conc, cols, rows, keys int
	keyEvery                  time.Duration
	mode                      string
	bin, root, haproxyCfg     string
	noBudget                  bool
}

func main() { os.Exit(run()) }

func run() int {
	var o options
	flag.IntVar(&o.n, "n", 300, "readers (sessions open at once)")
	flag.IntVar(&o.conc, "c", 100, "readers connecting at a time")
	flag.IntVar(&o.cols, "cols", 120, "terminal width")
	flag.IntVar(&o.rows, "rows", 40, "terminal height")
	flag.IntVar(&o.keys, "keys", 3, "keys each reader presses while all are open")
	flag.DurationVar(&o.keyEvery, "key-every", 3*time.Second, "mean time between a reader's keys (300 readers, 3s: 100 keys a second)")
	flag.StringVar(&o.mode, "mode", "both", "direct, haproxy or both")
	flag.StringVar(&o.bin, "dealtui", "", "the dealtui binary to serve (default: build it)")
	flag.StringVar(&o.root, "root", ".", "the module's directory")
	flag.BoolVar(&o.noBudget, "no-budget", false, "report the budgets without failing on them (failures, goroutines left behind and sessions of the killed replica that do not end still fail); for small or busy runs")
	flag.Parse()
	if err := o.check(); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		return 2
	}
	o.haproxyCfg = filepath.Join(o.root, "deploy", "haproxy.cfg")
	dir, err := os.MkdirTemp("", "dealtui-loadtest-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	if o.bin == "" {
		if o.bin, err = cluster.Build(o.root, dir); err != nil {
			fmt.Fprintln(os.Stderr, "loadtest:", err)
			return 1
		}
	}
	header(o)
	var results []result
	if o.mode != "haproxy" {
		results = append(results, direct(o, dir))
	}
	if o.mode != "direct" {
		results = append(results, viaHAProxy(o, dir))
	}
	return verdict(results, o.noBudget)
}

// verdict prints each check of each run and gives the exit status: 1 when
// something that must hold did not, or a budget was missed (unless
// noBudget).
func verdict(results []result, noBudget bool) int {
	broken, missed := false, false
	fmt.Println("\nverdict (budgets from docs/SERVING.md; through HAProxy each within 1.3×):")
	for _, r := range results {
		for _, c := range r.checks() {
			mark := "ok  "
			switch {
			case !c.ok && !c.perf:
				mark, broken = "FAIL", true
			case !c.ok:
				mark, missed = "MISS", true
			}
			fmt.Printf("  %s %-8s %-38s %s\n", mark, r.name, c.what, c.detail)
		}
	}
	switch {
	case broken:
		fmt.Println("\nloadtest: FAIL")
		return 1
	case missed && !noBudget:
		fmt.Println("\nloadtest: a budget was missed")
		return 1
	case missed:
		fmt.Println("\nloadtest: a budget was missed (reported only: -no-budget)")
	}
	return 0
}

func (o options) check() error {
	switch {
	case runtime.GOOS != "linux":
		return fmt.Errorf("needs Linux (it reads /proc)")
	case o.n < 1 || o.conc < 1 || o.keys < 1 || o.keyEvery <= 0:
		return fmt.Errorf("-n, -c, -keys and -key-every must be positive")
	case o.cols < 40 || o.rows < 12:
		return fmt.Errorf("-cols and -rows must be at least 40 and 12")
	case o.mode != "direct" && o.mode != "haproxy" && o.mode != "both":
		return fmt.Errorf("-mode %q: want direct, haproxy or both", o.mode)
	case o.mode != "direct" && cluster.HAProxyPath() == "":
		return fmt.Errorf("haproxy is not installed (scripts/loadtest installs it with apt-get; or -mode direct)")
	}
	return nil
}

// header says what runs where: the figures depend on the machine and on
// what else it is doing.
func header(o options) {
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("dealtui serve load test: %d readers at %d×%d, %d connecting at a time; then each presses %d keys, one every %s on average (%.0f a second in all)\n",
		o.n, o.cols, o.rows, o.conc, o.keys, o.keyEvery, float64(o.n)/o.keyEvery.Seconds())
	fmt.Printf("command: scripts/loadtest %s\n", strings.Join(os.Args[1:], " "))
	fmt.Printf("machine: %d CPUs, %s, load average %s (readers, servers and HAProxy share it)\n",
		runtime.NumCPU(), runtime.Version(), strings.Join(strings.Fields(string(load))[:3], " "))
	fmt.Printf("date:    %s\n", time.Now().UTC().Format(time.RFC3339))
}

// replicaArgs are the flags of every replica: addresses chosen by the
// system, limits above the readers' number (they all come from 127.0.0.1,
// C of them in their handshake at once), no rate limit.
func replicaArgs(o options, key string) []string {
	limit := fmt.Sprint(o.n + 50)
	return []string{
		"--listen", "127.0.0.1:0", "--metrics", "127.0.0.1:0", "--host-key", key,
		"--max-sessions", limit, "--per-ip", limit, "--rate", "0",
		"--max-conns", limit, "--per-ip-conns", limit, "--max-startups", fmt.Sprint(o.conc + 50),
		"--idle-timeout", "1h", "--drain", "5s",
	}
}

// haproxyEnv lifts deploy/haproxy.cfg's limits per client address above
// the readers' number: they all come from 127.0.0.1.
func haproxyEnv(o options) []string {
	return []string{fmt.Sprintf("DEALTUI_SOURCE_CONNS=%d", o.n+50), fmt.Sprintf("DEALTUI_SOURCE_RATE=%d", 10*(o.n+50))}
}

func replicaEnv(dir string) []string {
	env := []string{"HOME=" + dir, "LANG=C.UTF-8"}
	for _, k := range []string{"PATH", "GOGC", "GOMEMLIMIT", "GOMAXPROCS"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}
