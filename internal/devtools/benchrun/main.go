package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"
)

// Budgets, as in docs/PERFORMANCE.md. None of them is a unit test.
const (
	// The settled first screen against the Glamour baseline's, median of
	// the per-round ratios; the first frame against its first frame.
	budgetSettledRatio = 1.10
	budgetFirstRatio   = 1.00
	budgetKeyP99       = 16 * time.Millisecond
	budgetEscP99       = 60 * time.Millisecond
	budgetSessionRSS   = 26 << 20
	budgetBinary       = 15 << 20
	budgetScaleSettled = 250 * time.Millisecond
	budgetScaleRSS     = 45 << 20
	budgetView120      = 1 * time.Millisecond
	budgetView240      = 3 * time.Millisecond
	// The Japanese edition's settled first screen against the English
	// one's, the same binary in the same rounds.
	budgetJapaneseRatio = 1.10
)

const (
	storyTitle       = "Microsoft and OpenAI end exclusivity"
	baselineLine     = "bubble tea baseline: ready"
	baselineGlamLine = "bubble tea baseline with glamour: ready"
	placeholder      = "Rendering…"
	cols, rows       = 120, 40
	// defaultBefore is the commit the figures are compared with: the tree
	// before issue 12's work.
	defaultBefore = "a9161b0"
)

type config struct {
	quick      bool
	runs       int
	cycles     int
	sessions   int
	scaleRuns  int
	benchtime  string
	count      int
	inits      int
	skipGo     bool
	skipScale  bool
	only       string
	variants   variants
	before     string
	dealtuiBin string
	keep       bool
}

func main() {
	var c config
	flag.BoolVar(&c.quick, "quick", false, "fewer runs (a few minutes); budgets are still checked, on less evidence")
	flag.IntVar(&c.runs, "runs", 15, "start-up rounds; each round starts every program once, in turn")
	flag.IntVar(&c.cycles, "cycles", 20, "rounds of the key script per dealtui build (about 20 timed keys each)")
	flag.IntVar(&c.sessions, "sessions", 3, "runs of the scripted session for peak memory, per build")
	flag.IntVar(&c.scaleRuns, "scale-runs", 5, "start-up rounds with the 1× and 100× packs")
	flag.StringVar(&c.benchtime, "benchtime", "300ms", "go test -benchtime for the Go benchmarks")
	flag.IntVar(&c.count, "count", 3, "go test -count for the Go benchmarks (medians are reported)")
	flag.IntVar(&c.inits, "inits", 21, "runs with GODEBUG=inittrace=1 for the breakdown of package initialisation")
	flag.BoolVar(&c.skipGo, "skip-go", false, "skip the Go benchmarks")
	flag.BoolVar(&c.skipScale, "skip-scale", false, "skip the runs with packs of 1× and 100× the items")
	flag.StringVar(&c.only, "only", "", "run only these parts, comma-separated: startup, keys, memory, init, scale, go")
	flag.StringVar(&c.before, "before", defaultBefore, "compare with dealtui built at this commit (git archive); empty for none")
	flag.StringVar(&c.dealtuiBin, "dealtui", "", "measure this dealtui binary as \"after\" instead of building this tree")
	flag.Var(&c.variants, "variant", "also measure this dealtui binary, as `NAME=BINARY [VAR=VALUE…]` with those variables set (repeatable): to try a change out in the same run")
	flag.BoolVar(&c.keep, "keep", false, "keep the work directory (binaries, sources, packs)")
	trace := flag.Bool("trace", false, "only start each program once and print when each piece of its output arrived")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: scripts/bench [flags]\n\nMeasures dealtui against the budgets in docs/PERFORMANCE.md and prints its tables;\nexits 1 when a budget is missed.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if v := os.Getenv("BENCH_QUICK"); v != "" && v != "0" {
		c.quick = true
	}
	if c.quick {
		c.runs, c.cycles, c.sessions, c.scaleRuns = min(c.runs, 7), min(c.cycles, 6), 1, min(c.scaleRuns, 3)
		c.benchtime, c.count, c.inits = "100ms", 1, min(c.inits, 7)
	}
	if runtime.GOOS != "linux" {
		fatal(fmt.Errorf("scripts/bench needs Linux (a pseudo-terminal and /proc); this is %s", runtime.GOOS))
	}
	if err := run(c, *trace); err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(2)
}

func run(c config, trace bool) error {
	work, err := os.MkdirTemp("", "dealtui-bench-")
	if err != nil {
		return err
	}
	if c.keep {
		fmt.Fprintln(os.Stderr, "work directory:", work)
	} else {
		defer os.RemoveAll(work)
	}
	step("building stripped binaries (-trimpath -ldflags '-s -w', CGO_ENABLED=0)")
	p, err := buildAll(c, work)
	if err != nil {
		return err
	}
	if trace {
		return traceStart(p)
	}
	r := newReport(c)
	parts := []struct {
		name string
		skip bool
		run  func() error
	}{
		{"startup", false, func() error { return measureStartup(c, r, p) }},
		{"keys", false, func() error { return measureKeys(c, r, p) }},
		{"memory", false, func() error { return measureMemory(c, r, p) }},
		{"init", false, func() error { return measureInit(c, r, p) }},
		{"scale", c.skipScale, func() error { return measureScale(c, r, p, work) }},
		{"go", c.skipGo, func() error { return measureGo(c, r, p) }},
	}
	var steps []func() error
	for _, part := range parts {
		if c.only != "" && !slices.Contains(strings.Split(c.only, ","), part.name) || c.only == "" && part.skip {
			continue
		}
		steps = append(steps, part.run)
	}
	for _, s := range steps {
		if err := s(); err != nil {
			r.print(os.Stdout)
			return err
		}
	}
	r.finish()
	r.print(os.Stdout)
	if n := r.missed(); n > 0 {
		fmt.Printf("\n%d budget(s) missed: %s.\n", n, strings.Join(r.missedNames(), "; "))
		os.Exit(1)
	}
	fmt.Println("\nAll budgets met.")
	return nil
}

func step(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "%s · "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// variants is a repeatable flag.
type variants []string

func (v *variants) String() string { return strings.Join(*v, ",") }

func (v *variants) Set(s string) error {
	*v = append(*v, s)
	return nil
}
