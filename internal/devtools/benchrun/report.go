package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
)

// report collects the tables of a run and the budgets checked, and prints
// them as Markdown, as docs/PERFORMANCE.md holds them.
type report struct {
	cfg      config
	started  time.Time
	load     [2]string // /proc/loadavg at the start and at the end
	tables   []*table
	verdicts []verdict
}

type table struct {
	title string
	note  string
	head  []string
	rows  [][]string
}

type verdict struct {
	name string
	ok   bool
}

func newReport(c config) *report {
	return &report{cfg: c, started: time.Now(), load: [2]string{loadAvg(), ""}}
}

func (r *report) finish() { r.load[1] = loadAvg() }

func (r *report) table(title, note string, head ...string) *table {
	t := &table{title: title, note: note, head: head}
	r.tables = append(r.tables, t)
	return t
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// check records a budget and gives the verdict's cell.
func (r *report) check(name string, ok bool) string {
	r.verdicts = append(r.verdicts, verdict{name, ok})
	if ok {
		return "ok"
	}
	return "**missed**"
}

func (r *report) missed() int { return len(r.missedNames()) }

func (r *report) missedNames() []string {
	var out []string
	for _, v := range r.verdicts {
		if !v.ok {
			out = append(out, v.name)
		}
	}
	return out
}

func (r *report) print(w io.Writer) {
	fmt.Fprintf(w, "\n## Figures from one run of scripts/bench\n\n")
	fmt.Fprintf(w, "- machine: %s\n", machine())
	fmt.Fprintf(w, "- run: %s, %s; load average (1, 5, 15 min) at the start %s, at the end %s\n",
		r.started.Format("2006-01-02 15:04"), time.Since(r.started).Round(time.Second), r.load[0], orNA(r.load[1]))
	fmt.Fprintf(w, "- command: `scripts/bench %s`\n", strings.Join(os.Args[1:], " "))
	for _, t := range r.tables {
		fmt.Fprintf(w, "\n### %s\n\n", t.title)
		if t.note != "" {
			fmt.Fprintf(w, "%s\n\n", t.note)
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(t.head, " | "))
		fmt.Fprintf(w, "|%s\n", strings.Repeat("---|", len(t.head)))
		for _, row := range t.rows {
			fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
		}
	}
}

func orNA(s string) string {
	if s == "" {
		return "n/a"
	}
	return s
}

func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func machine() string {
	cpu := "unknown CPU"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for l := range strings.Lines(string(data)) {
			if v, ok := strings.CutPrefix(l, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), ":"))
				break
			}
		}
	}
	return fmt.Sprintf("%s/%s, %d CPUs (%s), %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpu, runtime.Version())
}
