// Command benchrun is scripts/bench: it runs the Go benchmarks and the
// whole-process measurements of dealtui (time to first frame beside a bare
// Bubble Tea program, keystroke latency, a resize followed by a key, peak
// memory, binary size, and the same at 10× and 100× the items), prints a
// table, and exits non-zero when a budget of docs/PERFORMANCE.md is
// missed. It needs only Go: the binaries are built here, the terminal is a
// pseudo-terminal (internal/benchpty).
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/benchpty"
	"github.com/dealtui/dealtui/internal/storygen"
)

// Budgets, as in docs/PERFORMANCE.md.
const (
	budgetFirstFrameRatio = 1.5
	budgetKeyP99          = 16 * time.Millisecond
	budgetView120         = 1 * time.Millisecond
	budgetView240         = 3 * time.Millisecond
	budgetRSS             = 30 << 20
	budgetBinary          = 20 << 20
	// Scale: at 100× the items, the view and a key cost at most this many
	// times what they cost at 1×, and loading costs at most this many
	// times as much per item (load time grows no worse than linearly).
	budgetScaleRatio = 2.0
)

const (
	storyTitle   = "Microsoft and OpenAI end exclusivity"
	baseline     = "bubble tea baseline: ready"
	baselineGlam = "bubble tea baseline with glamour: ready"
	cols, rows   = 120, 40
)

type config struct {
	quick      bool
	runs       int
	keys       int
	resizes    int
	benchtime  string
	count      int
	skipGo     bool
	skipScale  bool
	dealtuiBin string
	keep       bool
}

func main() {
	var c config
	flag.BoolVar(&c.quick, "quick", false, "fewer runs and shorter benchmarks (a minute or so); budgets are still checked")
	flag.IntVar(&c.runs, "runs", 20, "first-frame runs of each program")
	flag.IntVar(&c.keys, "keys", 200, "keys for the keystroke latency")
	flag.IntVar(&c.resizes, "resizes", 40, "resizes, each followed by a key")
	flag.StringVar(&c.benchtime, "benchtime", "500ms", "go test -benchtime for the Go benchmarks")
	flag.IntVar(&c.count, "count", 3, "go test -count for the Go benchmarks (medians are reported)")
	flag.BoolVar(&c.skipGo, "skip-go", false, "skip the Go benchmarks")
	flag.BoolVar(&c.skipScale, "skip-scale", false, "skip the whole-process runs on 10× and 100× packs")
	flag.StringVar(&c.dealtuiBin, "dealtui", "", "measure this dealtui binary instead of building one")
	flag.BoolVar(&c.keep, "keep", false, "keep the work directory (binaries, generated packs)")
	trace := flag.Bool("trace", false, "only start dealtui and the baseline once each and print when each piece of output arrived")
	gen := flag.Int("gen", 0, "only write a story pack with `N` times the items to -out, and exit")
	out := flag.String("out", "", "directory for -gen")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: scripts/bench [flags]\n\nMeasures dealtui against the budgets in docs/PERFORMANCE.md; exits 1 when one is missed.\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if v := os.Getenv("BENCH_QUICK"); v != "" && v != "0" {
		c.quick = true
	}
	if *gen > 0 {
		if err := writePack(*gen, *out); err != nil {
			fatal(err)
		}
		return
	}
	if *trace {
		if err := traceStart(c); err != nil {
			fatal(err)
		}
		return
	}
	if c.quick {
		c.runs, c.keys, c.resizes, c.benchtime, c.count = min(c.runs, 9), min(c.keys, 100), min(c.resizes, 15), "200ms", 1
	}
	if runtime.GOOS != "linux" {
		fatal(fmt.Errorf("scripts/bench needs Linux (a pseudo-terminal and /proc); this is %s", runtime.GOOS))
	}
	r := &report{}
	if err := run(c, r); err != nil {
		r.print(os.Stdout)
		fatal(err)
	}
	r.print(os.Stdout)
	if n := r.failed(); n > 0 {
		fmt.Printf("\n%d budget(s) missed.\n", n)
		os.Exit(1)
	}
	fmt.Println("\nAll budgets met.")
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(2)
}

func writePack(factor int, dir string) error {
	if dir == "" {
		return fmt.Errorf("-gen needs -out DIR")
	}
	pack, err := storygen.Generate(content.FS(), factor)
	if err != nil {
		return err
	}
	if err := storygen.WriteDir(pack, dir); err != nil {
		return err
	}
	fmt.Printf("wrote %d items (%d×) to %s\n", storygen.Items(pack), factor, dir)
	return nil
}

func run(c config, r *report) error {
	work, err := os.MkdirTemp("", "dealtui-bench-")
	if err != nil {
		return err
	}
	if c.keep {
		fmt.Fprintln(os.Stderr, "work directory:", work)
	} else {
		defer os.RemoveAll(work)
	}
	step("building stripped binaries (-trimpath -ldflags '-s -w')")
	dealtui, base, err := buildPair(work, c.dealtuiBin)
	if err != nil {
		return err
	}
	glam := filepath.Join(work, "baseline-glamour")
	if err := build(glam, "./internal/baseline/withglamour"); err != nil {
		return err
	}
	r.machine = machine()

	if !c.skipGo {
		step("Go benchmarks (go test -bench, -count %d, -benchtime %s)", c.count, c.benchtime)
		if err := goBenchmarks(c, r); err != nil {
			return err
		}
	}

	step("time to first frame: dealtui and the baselines, alternately, %d runs each", c.runs)
	if err := firstFrames(c, r, dealtui, base, glam); err != nil {
		return err
	}
	step("keystroke latency: %d keys", c.keys)
	if err := keyLatency(r, "", dealtui, nil, c.keys, "keystroke to frame", true); err != nil {
		return err
	}
	step("resize: the key that follows does not wait on Markdown rendering (go test)")
	test := exec.Command("go", "test", "-count=1", "-run", "^TestResizeThenKeyDoesNotWaitForMarkdown$", "./ui/")
	test.Stdout, test.Stderr = os.Stderr, os.Stderr
	testErr := test.Run()
	r.add("process", "resize: no key waits on Markdown rendering (ui test)", map[bool]string{true: "yes", false: "NO"}[testErr == nil], "yes", check(testErr == nil))
	step("resize followed at once by a key: %d times", c.resizes)
	if err := resizeThenKey(c, r, dealtui); err != nil {
		return err
	}
	step("peak memory over a scripted session")
	if err := peakMemory(r, dealtui, base); err != nil {
		return err
	}
	info, err := os.Stat(dealtui)
	if err != nil {
		return err
	}
	r.add("size", "stripped binary (linux/amd64)", mib(info.Size()), "≤ "+mib(budgetBinary), check(info.Size() <= budgetBinary))

	if !c.skipScale {
		if err := scale(c, r, dealtui, work); err != nil {
			return err
		}
	}
	return nil
}

func step(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "· "+format+"\n", args...)
}

// buildPair builds dealtui (unless a binary is given) and the bare
// baseline program into work.
func buildPair(work, given string) (dealtui, base string, err error) {
	dealtui = given
	if dealtui == "" {
		dealtui = filepath.Join(work, "dealtui")
		if err := build(dealtui, "."); err != nil {
			return "", "", err
		}
	}
	base = filepath.Join(work, "baseline")
	if err := build(base, "./internal/baseline"); err != nil {
		return "", "", err
	}
	return dealtui, base, nil
}

func build(out, pkg string) error {
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s: %w", pkg, err)
	}
	return nil
}

func machine() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(data), "\n") {
			if v, ok := strings.CutPrefix(l, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
				break
			}
		}
	}
	return fmt.Sprintf("%s/%s, %d CPUs (%s), %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpu, runtime.Version())
}

// ---- Go benchmarks ----

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op(.*)$`)

type benchResult struct {
	ns    []float64
	extra map[string][]float64
}

func goBenchmarks(c config, r *report) error {
	args := []string{"test", "-run", "^$", "-bench", ".", "-benchmem",
		"-count", strconv.Itoa(c.count), "-benchtime", c.benchtime, "./model/", "./ui/"}
	cmd := exec.Command("go", args...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		os.Stderr.Write(out.Bytes())
		return fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	res := map[string]*benchResult{}
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		ns, _ := strconv.ParseFloat(m[2], 64)
		br := res[m[1]]
		if br == nil {
			br = &benchResult{extra: map[string][]float64{}}
			res[m[1]] = br
		}
		br.ns = append(br.ns, ns)
		f := strings.Fields(m[3])
		for i := 0; i+1 < len(f); i += 2 {
			if v, err := strconv.ParseFloat(f[i], 64); err == nil {
				br.extra[f[i+1]] = append(br.extra[f[i+1]], v)
			}
		}
	}
	get := func(name string) (time.Duration, bool) {
		br, ok := res[name]
		if !ok {
			return 0, false
		}
		return time.Duration(medianF(br.ns)), true
	}
	// Root view: the slowest pane at each size.
	for _, sz := range []struct {
		name   string
		budget time.Duration
	}{{"80x24", 0}, {"120x40", budgetView120}, {"240x70", budgetView240}} {
		worst, pane := time.Duration(0), ""
		for _, p := range []string{"timeline", "deal", "japan", "impact"} {
			if d, ok := get("BenchmarkView/" + sz.name + "/" + p); ok && d > worst {
				worst, pane = d, p
			}
		}
		if pane == "" {
			return fmt.Errorf("no BenchmarkView results for %s", sz.name)
		}
		budget, ok := "", (*bool)(nil)
		if sz.budget > 0 {
			budget, ok = "≤ "+ms(sz.budget), check(worst <= sz.budget)
		}
		r.add("go bench", fmt.Sprintf("root view %s (slowest pane: %s)", sz.name, pane), ms(worst), budget, ok)
	}
	simple := []struct{ name, label string }{
		{"BenchmarkKey/deal", "one key, Update + View (deal pane, 120x40)"},
		{"BenchmarkKey/timeline", "one key, Update + View (timeline, 120x40)"},
		{"BenchmarkResize/loop", "resize, Update + View (what the loop waits for)"},
		{"BenchmarkResize/render", "resize, with its Markdown render (off the loop)"},
		{"BenchmarkMarkdown/cold", "Markdown, longest item, cold (new renderer)"},
		{"BenchmarkMarkdown/cached", "Markdown, longest item, from the cache"},
		{"BenchmarkSearchKey", "search box keystroke (search + Update + View)"},
		{"BenchmarkLoad", "load and validate the embedded story"},
		{"BenchmarkNew", "build the root model (ui.New)"},
	}
	for _, s := range simple {
		if d, ok := get(s.name); ok {
			r.add("go bench", s.label, ms(d), "", nil)
		}
	}
	for _, q := range []string{"fujitsu", "the"} {
		for _, f := range []int{1, 10, 100} {
			if d, ok := get(fmt.Sprintf("BenchmarkSearch/%dx/%s", f, q)); ok {
				r.add("go bench", fmt.Sprintf("search %q, %d× items", q, f), ms(d), "", nil)
			}
		}
	}
	// Scale.
	perItem := map[int]float64{}
	for _, f := range []int{1, 10, 100} {
		if br, ok := res[fmt.Sprintf("BenchmarkLoadScale/%dx", f)]; ok {
			perItem[f] = medianF(br.extra["ns/item"])
			d, _ := get(fmt.Sprintf("BenchmarkLoadScale/%dx", f))
			r.add("scale", fmt.Sprintf("load, %d× items", f), fmt.Sprintf("%s (%.1f µs/item)", ms(d), perItem[f]/1e3), "", nil)
		}
	}
	if perItem[1] > 0 && perItem[100] > 0 {
		ratio := perItem[100] / perItem[1]
		r.add("scale", "load per item, 100× / 1×", fmt.Sprintf("%.2f", ratio), fmt.Sprintf("≤ %.1f", budgetScaleRatio), check(ratio <= budgetScaleRatio))
	}
	for _, kind := range []string{"View", "Key"} {
		var at1 time.Duration
		for _, f := range []int{1, 10, 100} {
			d, ok := time.Duration(0), false
			for _, p := range []string{"timeline", "deal"} {
				if x, found := get(fmt.Sprintf("BenchmarkScale%s/%dx/%s", kind, f, p)); found && x > d {
					d, ok = x, true
				}
			}
			if !ok {
				continue
			}
			label := map[string]string{"View": "root view 120x40 (slower of timeline, deal)", "Key": "one key, Update + View (slower of timeline, deal)"}[kind]
			if f == 1 {
				at1 = d
				r.add("scale", fmt.Sprintf("%s, %d× items", label, f), ms(d), "", nil)
				continue
			}
			ratio := float64(d) / float64(at1)
			budget, ok2 := "", (*bool)(nil)
			if f == 100 && at1 > 0 {
				budget, ok2 = fmt.Sprintf("≤ %.1f× 1×", budgetScaleRatio), check(ratio <= budgetScaleRatio)
			}
			r.add("scale", fmt.Sprintf("%s, %d× items", label, f), fmt.Sprintf("%s (%.2f× 1×)", ms(d), ratio), budget, ok2)
		}
	}
	return nil
}

// ---- whole-process measurements ----

// firstFrame starts a program and gives the time from its start until the
// screen shows text; it then quits it with q.
func firstFrame(bin string, args []string, text string) (time.Duration, error) {
	s, err := benchpty.Start(bin, args, benchpty.Env(), cols, rows)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	at, err := s.WaitText(text, 10*time.Second)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", filepath.Base(bin), err)
	}
	if _, err := s.Type("q"); err != nil {
		return 0, err
	}
	if _, err := s.Wait(5 * time.Second); err != nil {
		return 0, fmt.Errorf("%s: %w", filepath.Base(bin), err)
	}
	return at.Sub(s.Start), nil
}

func firstFrames(c config, r *report, dealtui, base, glam string) error {
	progs := []struct {
		bin, text string
		times     []time.Duration
	}{{bin: dealtui, text: storyTitle}, {bin: base, text: baseline}, {bin: glam, text: baselineGlam}}
	// One untimed run of each warms the page cache.
	for _, p := range progs {
		if _, err := firstFrame(p.bin, nil, p.text); err != nil {
			return err
		}
	}
	for range c.runs {
		for i := range progs {
			d, err := firstFrame(progs[i].bin, nil, progs[i].text)
			if err != nil {
				return err
			}
			progs[i].times = append(progs[i].times, d)
		}
	}
	d, b, g := progs[0].times, progs[1].times, progs[2].times
	md, mb, mg := median(d), median(b), median(g)
	spread := func(t []time.Duration) string {
		return fmt.Sprintf("%s (min %s, max %s)", ms(median(t)), ms(slices.Min(t)), ms(slices.Max(t)))
	}
	ratio := float64(md) / float64(mb)
	r.add("process", fmt.Sprintf("time to first frame, dealtui (median of %d)", len(d)), spread(d), "", nil)
	r.add("process", fmt.Sprintf("time to first frame, bare Bubble Tea (median of %d)", len(b)), spread(b), "", nil)
	r.add("process", "first frame, dealtui / bare Bubble Tea", fmt.Sprintf("%.2f", ratio), fmt.Sprintf("≤ %.1f", budgetFirstFrameRatio), check(ratio <= budgetFirstFrameRatio))
	r.add("process", fmt.Sprintf("time to first frame, bare Bubble Tea + Glamour linked (median of %d)", len(g)), spread(g), "", nil)
	r.add("process", "first frame, dealtui / bare Bubble Tea + Glamour", fmt.Sprintf("%.2f", float64(md)/float64(mg)), "", nil)
	return nil
}

var counter = regexp.MustCompile(` (\d+)/(\d+) terms`)

// dealCounter reads "i/n terms" from the deal pane's title.
func dealCounter(screen string) (i, n int, ok bool) {
	m := counter.FindStringSubmatch(screen)
	if m == nil {
		return 0, 0, false
	}
	i, _ = strconv.Atoi(m[1])
	n, _ = strconv.Atoi(m[2])
	return i, n, true
}

// openDeal starts dealtui on the deal pane and waits for its first frame
// and for it to settle (the background colour answer, the first renders).
func openDeal(dealtui string, extra []string) (*benchpty.Session, int, error) {
	args := append([]string{"--pane", "deal"}, extra...)
	s, err := benchpty.Start(dealtui, args, benchpty.Env(), cols, rows)
	if err != nil {
		return nil, 0, err
	}
	var n int
	if _, err := s.WaitFor(func(screen string) bool {
		var ok bool
		_, n, ok = dealCounter(screen)
		return ok
	}, 20*time.Second); err != nil {
		s.Close()
		return nil, 0, err
	}
	time.Sleep(300 * time.Millisecond)
	return s, n, nil
}

// keys presses j and k alternately in the deal pane and times each from
// the write to the frame that shows the moved selection.
func keys(s *benchpty.Session, n, count int, before func(i int) error) ([]time.Duration, error) {
	var lat []time.Duration
	pos := 1
	for i := range count {
		// A random pause, so keys land anywhere in the renderer's frame.
		time.Sleep(10*time.Millisecond + time.Duration(rand.Int64N(int64(17*time.Millisecond))))
		if before != nil {
			if err := before(i); err != nil {
				return nil, err
			}
		}
		key, want := "j", pos+1
		if pos == 2 {
			key, want = "k", pos-1
		}
		text := fmt.Sprintf(" %d/%d terms", want, n)
		sent, err := s.Type(key)
		if err != nil {
			return nil, err
		}
		at, err := s.WaitText(text, 5*time.Second)
		if err != nil {
			return nil, fmt.Errorf("key %d (%s): %w", i, key, err)
		}
		lat = append(lat, at.Sub(sent))
		pos = want
	}
	return lat, nil
}

func quit(s *benchpty.Session) (int64, error) {
	if _, err := s.Type("q"); err != nil {
		return 0, err
	}
	return s.Wait(5 * time.Second)
}

func keyLatency(r *report, group, dealtui string, extra []string, count int, label string, withBudget bool) error {
	s, n, err := openDeal(dealtui, extra)
	if err != nil {
		return err
	}
	defer s.Close()
	lat, err := keys(s, n, count, nil)
	if err != nil {
		return err
	}
	if _, err := quit(s); err != nil {
		return err
	}
	if group == "" {
		group = "process"
	}
	p99 := percentile(lat, 99)
	r.add(group, fmt.Sprintf("%s, median (%d keys)", label, len(lat)), ms(median(lat)), "", nil)
	budget, ok := "", (*bool)(nil)
	if withBudget {
		budget, ok = "≤ "+ms(budgetKeyP99), check(p99 <= budgetKeyP99)
	}
	r.add(group, fmt.Sprintf("%s, p99 (max %s)", label, ms(slices.Max(lat))), ms(p99), budget, ok)
	return nil
}

// resizeThenKey resizes the terminal to a width not seen before, so that
// the reader needs a new Markdown rendering, and at once presses a key;
// the key's frame must not wait for the rendering.
func resizeThenKey(c config, r *report, dealtui string) error {
	s, n, err := openDeal(dealtui, nil)
	if err != nil {
		return err
	}
	defer s.Close()
	lat, err := keys(s, n, c.resizes, func(i int) error {
		time.Sleep(150 * time.Millisecond) // let the previous rendering land
		_, err := s.Resize(100+i%40, rows)
		return err
	})
	if err != nil {
		return err
	}
	if _, err := quit(s); err != nil {
		return err
	}
	// No budget here: that no key waits on Markdown rendering is checked
	// structurally by TestResizeThenKeyDoesNotWaitForMarkdown (ui). After a
	// resize Bubble Tea repaints the whole screen, holding its renderer
	// while it does, and the key's frame then waits for the next tick: see
	// docs/PERFORMANCE.md.
	r.add("process", fmt.Sprintf("resize + key at once, median (%d)", len(lat)), ms(median(lat)), "", nil)
	r.add("process", fmt.Sprintf("resize + key at once, p99 (max %s)", ms(slices.Max(lat))), ms(percentile(lat, 99)), "", nil)
	return nil
}

// session drives dealtui through every pane, the reader, the sources,
// search and help at 120x40, then through resizes, and gives its peak RSS
// (the larger of VmHWM read just before quitting and wait4's maxrss).
func session(dealtui string, resizes [][2]int) (int64, error) {
	s, err := benchpty.Start(dealtui, nil, benchpty.Env(), cols, rows)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	if _, err := s.WaitText(storyTitle, 10*time.Second); err != nil {
		return 0, err
	}
	press := func(keys ...string) error {
		for _, k := range keys {
			if _, err := s.Type(k); err != nil {
				return err
			}
			time.Sleep(40 * time.Millisecond)
		}
		return nil
	}
	for _, pane := range []string{"1", "2", "3", "4"} {
		if err := press(pane); err != nil {
			return 0, err
		}
		for range 12 {
			if err := press("j", "l"); err != nil {
				return 0, err
			}
		}
		if err := press("\r", "s", "\x1b", "j", "j", "\x1b"); err != nil {
			return 0, err
		}
	}
	if err := press("/", "f", "u", "j", "i", "t", "s", "u", "\r", "?", "\x1b"); err != nil {
		return 0, err
	}
	for _, sz := range resizes {
		if _, err := s.Resize(sz[0], sz[1]); err != nil {
			return 0, err
		}
		time.Sleep(150 * time.Millisecond)
		if err := press("j", "k"); err != nil {
			return 0, err
		}
	}
	time.Sleep(200 * time.Millisecond)
	hwm, err := s.PeakRSS()
	if err != nil {
		return 0, err
	}
	maxRSS, err := quit(s)
	if err != nil {
		return 0, err
	}
	return max(hwm, maxRSS), nil
}

// peakMemory measures the peak RSS of the scripted session at the usual
// sizes (the budget), of the same session through a 240x70 terminal, and
// of the baseline program, for reference.
func peakMemory(r *report, dealtui, base string) error {
	peak, err := session(dealtui, [][2]int{{80, 24}, {160, 50}, {cols, rows}})
	if err != nil {
		return err
	}
	r.add("process", "peak RSS, scripted session at 80x24-160x50", mib(peak), "≤ "+mib(budgetRSS), check(peak <= budgetRSS))
	big, err := session(dealtui, [][2]int{{240, 70}, {80, 24}, {160, 50}, {cols, rows}})
	if err != nil {
		return err
	}
	r.add("process", "peak RSS, the same through a 240x70 terminal", mib(big), "", nil)
	s, err := benchpty.Start(base, nil, benchpty.Env(), cols, rows)
	if err != nil {
		return err
	}
	defer s.Close()
	if _, err := s.WaitText(baseline, 10*time.Second); err != nil {
		return err
	}
	time.Sleep(100 * time.Millisecond)
	bpeak, err := quit(s)
	if err != nil {
		return err
	}
	r.add("process", "peak RSS, bare Bubble Tea (for reference)", mib(bpeak), "", nil)
	return nil
}

// scale measures first frame and keys on generated packs.
func scale(c config, r *report, dealtui, work string) error {
	runs, nkeys := max(c.runs/4, 3), max(c.keys/4, 30)
	for _, f := range []int{1, 10, 100} {
		dir := filepath.Join(work, fmt.Sprintf("pack-%dx", f))
		if err := writePack(f, dir); err != nil {
			return err
		}
		step("scale %d×: first frame (%d runs) and %d keys with --content", f, runs, nkeys)
		args := []string{"--content", dir}
		if _, err := firstFrame(dealtui, args, storyTitle); err != nil {
			return err
		}
		var d []time.Duration
		for range runs {
			x, err := firstFrame(dealtui, args, storyTitle)
			if err != nil {
				return err
			}
			d = append(d, x)
		}
		r.add("scale (process)", fmt.Sprintf("first frame with --content, %d× items (median of %d)", f, runs), ms(median(d)), "", nil)
		if err := keyLatency(r, "scale (process)", dealtui, args, nkeys, fmt.Sprintf("key to frame, %d× items", f), false); err != nil {
			return err
		}
	}
	return nil
}

// traceStart prints, for one start of each program, when each piece of
// output arrived and what it held: to see where the time to the first
// frame goes.
func traceStart(c config) error {
	work, err := os.MkdirTemp("", "dealtui-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	dealtui, base, err := buildPair(work, c.dealtuiBin)
	if err != nil {
		return err
	}
	for _, p := range []struct{ bin, text string }{{dealtui, storyTitle}, {base, baseline}, {dealtui, storyTitle}, {base, baseline}} {
		s, err := benchpty.Start(p.bin, nil, benchpty.Env(), cols, rows)
		if err != nil {
			return err
		}
		at, err := s.WaitText(p.text, 10*time.Second)
		if err != nil {
			s.Close()
			return err
		}
		time.Sleep(100 * time.Millisecond)
		fmt.Printf("\n%s: first frame at %s\n", filepath.Base(p.bin), ms(at.Sub(s.Start)))
		for _, ch := range s.Output() {
			q := strconv.Quote(string(ch.Data))
			if len(q) > 160 {
				q = q[:160] + "…"
			}
			fmt.Printf("  %9s  %6d bytes  %s\n", ms(ch.At.Sub(s.Start)), len(ch.Data), q)
		}
		_, _ = quit(s)
		s.Close()
	}
	return nil
}

// ---- report ----

type row struct {
	group, name, value, budget string
	ok                         *bool
}

type report struct {
	machine string
	rows    []row
}

func check(b bool) *bool { return &b }

func (r *report) add(group, name, value, budget string, ok *bool) {
	r.rows = append(r.rows, row{group, name, value, budget, ok})
}

func (r *report) failed() int {
	n := 0
	for _, x := range r.rows {
		if x.ok != nil && !*x.ok {
			n++
		}
	}
	return n
}

func (r *report) print(w *os.File) {
	fmt.Fprintf(w, "\ndealtui performance · %s\n\n", r.machine)
	nw, vw, bw := 0, 0, 0
	for _, x := range r.rows {
		nw = max(nw, len([]rune(x.name)))
		vw = max(vw, len([]rune(x.value)))
		bw = max(bw, len([]rune(x.budget)))
	}
	pad := func(s string, n int) string { return s + strings.Repeat(" ", max(n-len([]rune(s)), 0)) }
	group := ""
	for _, x := range r.rows {
		if x.group != group {
			if group != "" {
				fmt.Fprintln(w)
			}
			group = x.group
			fmt.Fprintf(w, "%s\n", strings.ToUpper(group))
		}
		verdict := ""
		if x.ok != nil {
			verdict = "ok"
			if !*x.ok {
				verdict = "MISSED"
			}
		}
		fmt.Fprintf(w, "  %s  %s  %s  %s\n", pad(x.name, nw), pad(x.value, vw), pad(x.budget, bw), verdict)
	}
}

// ---- numbers ----

func median(d []time.Duration) time.Duration { return percentile(d, 50) }

// percentile gives the p-th percentile (nearest rank).
func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	if p == 50 && len(s)%2 == 0 {
		return (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	i := int(float64(len(s))*p/100+0.999999) - 1
	return s[min(max(i, 0), len(s)-1)]
}

func medianF(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 0 {
		return (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return s[len(s)/2]
}

func ms(d time.Duration) string {
	v := float64(d) / float64(time.Millisecond)
	switch {
	case v < 0.001:
		return fmt.Sprintf("%.0f ns", v*1e6)
	case v < 0.1:
		return fmt.Sprintf("%.1f µs", v*1000)
	case v < 10:
		return fmt.Sprintf("%.2f ms", v)
	}
	return fmt.Sprintf("%.1f ms", v)
}

func mib(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
