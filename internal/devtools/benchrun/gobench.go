package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/perf/benchfmt"
)

// benchResults are Go benchmark results by name (without the GOMAXPROCS
// suffix) and unit ("sec/op", "B/op", "sec/item", …), every count.
type benchResults map[string]map[string]sample

// goBench runs the Go benchmarks of the packages of a tree that exist and
// reads their output with benchfmt.
func goBench(c config, dir string, pkgs []string) (benchResults, error) {
	args := []string{"test", "-run", "^$", "-bench", ".", "-benchmem", "-count", strconv.Itoa(c.count), "-benchtime", c.benchtime}
	for _, p := range pkgs {
		if _, err := os.Stat(filepath.Join(dir, p)); err == nil {
			args = append(args, "./"+p+"/")
		}
	}
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	if err := cmd.Run(); err != nil {
		os.Stderr.Write(out.Bytes())
		return nil, fmt.Errorf("go %s (in %s): %w", strings.Join(args, " "), dir, err)
	}
	return readBench(&out, dir)
}

func readBench(out *bytes.Buffer, name string) (benchResults, error) {
	res := benchResults{}
	rd := benchfmt.NewReader(out, name)
	for rd.Scan() {
		switch rec := rd.Result().(type) {
		case *benchfmt.SyntaxError:
			return nil, rec
		case *benchfmt.Result:
			base, parts := rec.Name.Parts()
			full := "Benchmark" + string(base) // benchfmt drops the prefix
			for _, p := range parts {
				if !bytes.HasPrefix(p, []byte("-")) { // not the GOMAXPROCS suffix
					full += string(p)
				}
			}
			if res[full] == nil {
				res[full] = map[string]sample{}
			}
			for _, v := range rec.Values {
				res[full][v.Unit] = append(res[full][v.Unit], v.Value)
			}
		}
	}
	return res, rd.Err()
}

// get gives the median of a benchmark's unit, in the unit's base (seconds
// for sec/op).
func (b benchResults) get(name, unit string) (float64, bool) {
	u, ok := b[name][unit]
	if !ok || len(u) == 0 {
		return 0, false
	}
	return u.median(), true
}

// slowest gives the slowest of the benchmarks named prefix + one of the
// suffixes, and which.
func (b benchResults) slowest(prefix string, suffixes []string) (float64, string, bool) {
	worst, which := 0.0, ""
	for _, s := range suffixes {
		if v, ok := b.get(prefix+s, "sec/op"); ok && v > worst {
			worst, which = v, s
		}
	}
	return worst, which, which != ""
}

func measureGo(c config, r *report, p progs) error {
	pkgs := []string{"model", "ui", "internal/compiled"}
	step("Go benchmarks of %s: -count %d -benchtime %s", strings.Join(pkgs, ", "), c.count, c.benchtime)
	after, err := goBench(c, ".", pkgs)
	if err != nil {
		return err
	}
	var before benchResults
	if p.before != nil {
		step("the same at %s", c.before)
		if before, err = goBench(c, p.beforeDir, pkgs); err != nil {
			return err
		}
	}
	head := []string{"benchmark (median of counts)"}
	if before != nil {
		head = append(head, p.before.name)
	}
	head = append(head, "after", "budget", "")
	t := r.table("Go benchmarks (go test -bench)",
		fmt.Sprintf("`go test -run '^$' -bench . -benchmem -count %d -benchtime %s ./model/ ./ui/ ./internal/compiled/`, read with golang.org/x/perf/benchfmt; time per operation.", c.count, c.benchtime),
		head...)
	panes := []string{"/timeline", "/deal", "/japan", "/impact", "/glossary"}
	for _, v := range []struct {
		size   string
		budget time.Duration
	}{{"120x40", budgetView120}, {"240x70", budgetView240}} {
		cells := []string{fmt.Sprintf("root view %s, slowest pane", v.size)}
		if before != nil {
			cells = append(cells, slowestCell(before, "BenchmarkView/"+v.size, panes))
		}
		worst, _, ok := after.slowest("BenchmarkView/"+v.size, panes)
		cells = append(cells, slowestCell(after, "BenchmarkView/"+v.size, panes), "≤ "+msUnit(float64(v.budget)),
			r.check("root view "+v.size, ok && worst*1e9 <= float64(v.budget)))
		t.add(cells...)
	}
	for _, b := range goBenchRows() {
		cells := []string{b.label}
		if before != nil {
			cells = append(cells, benchCell(before, b.name, b.unit))
		}
		cells = append(cells, benchCell(after, b.name, b.unit), "", "")
		if cells[len(cells)-3] == "n/a" && (before == nil || cells[1] == "n/a") {
			continue
		}
		t.add(cells...)
	}
	return nil
}

type benchRow struct{ name, unit, label string }

func goBenchRows() []benchRow {
	return []benchRow{
		{"BenchmarkKey/deal", "sec/op", "one key, Update + View (deal)"},
		{"BenchmarkKey/timeline", "sec/op", "one key, Update + View (timeline)"},
		{"BenchmarkSearchKey", "sec/op", "a keystroke in the search box"},
		{"BenchmarkMarkdown/cold", "sec/op", "Markdown of the longest item, new renderer"},
		{"BenchmarkFirstRender", "sec/op", "the first item's Markdown at the first size (synchronous)"},
		{"BenchmarkNew", "sec/op", "ui.New"},
		{"BenchmarkLoad", "sec/op", "model.Load: parse and validate the embedded story"},
		{"BenchmarkDecode", "sec/op", "compiled.Story: decode the embedded story"},
		{"BenchmarkLoadScale/1x", "sec/item", "model.Load per item, 1×"},
		{"BenchmarkLoadScale/100x", "sec/item", "model.Load per item, 100×"},
		{"BenchmarkSearch/100x/fujitsu", "sec/op", "search \"fujitsu\", 100×"},
	}
}

func benchCell(b benchResults, name, unit string) string {
	v, ok := b.get(name, unit)
	if !ok {
		return "n/a"
	}
	return msUnit(v * 1e9)
}

func slowestCell(b benchResults, prefix string, panes []string) string {
	v, which, ok := b.slowest(prefix, panes)
	if !ok {
		return "n/a"
	}
	return fmt.Sprintf("%s (%s)", msUnit(v*1e9), strings.TrimPrefix(which, "/"))
}
