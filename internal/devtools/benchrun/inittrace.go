package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"slices"
	"strconv"
	"strings"
)

// initGroups name the packages whose initialisation is reported apart, by
// import path prefix, most specific first.
func initGroups() [][2]string {
	return [][2]string{
		{"github.com/alecthomas/chroma/v2/lexers", "Chroma lexers"},
		{"github.com/alecthomas/chroma/v2/styles", "Chroma styles"},
		{"github.com/alecthomas/chroma", "Chroma, the rest"},
		{"github.com/yuin/goldmark", "Goldmark"},
		{"github.com/microcosm-cc/bluemonday", "Bluemonday, gorilla/css, douceur"},
		{"github.com/gorilla/css", "Bluemonday, gorilla/css, douceur"},
		{"github.com/aymerick/douceur", "Bluemonday, gorilla/css, douceur"},
		{"charm.land/glamour", "Glamour"},
		{"golang.org/x/net", "x/net/html"},
		{"github.com/dealtui/dealtui", "dealtui's own packages"},
		{"charm.land/fang", "fang, cobra, mango"},
		{"github.com/spf13", "fang, cobra, mango"},
		{"github.com/muesli/mango", "fang, cobra, mango"},
		{"github.com/goccy/go-yaml", "go-yaml"},
		{"charm.land/", "Bubble Tea, Lip Gloss, Bubbles, x/…"},
		{"github.com/charmbracelet/", "Bubble Tea, Lip Gloss, Bubbles, x/…"},
	}
}

func initGroup(pkg string) string {
	for _, g := range initGroups() {
		if strings.HasPrefix(pkg, g[0]) {
			return g[1]
		}
	}
	if first, _, _ := strings.Cut(pkg, "/"); !strings.Contains(first, ".") {
		return "Go runtime and standard library"
	}
	return "other"
}

// initTrace runs a program that does nothing but initialise its packages,
// with GODEBUG=inittrace=1, and gives the clock time of each group's
// initialisation in nanoseconds, and of all of it under "total".
func initTrace(bin string, args ...string) (map[string]float64, error) {
	cmd := exec.Command(bin, args...)
	cmd.Env = []string{"GODEBUG=inittrace=1", "TERM=dumb"}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %w\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init github.com/alecthomas/chroma/v2/lexers @10 ms, 12 ms clock, 2290224 bytes, 25860 allocs
		f := strings.Fields(sc.Text())
		if len(f) < 7 || f[0] != "init" || f[6] != "clock," {
			continue
		}
		ms, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			continue
		}
		out[initGroup(f[1])] += ms * 1e6
		out["total"] += ms * 1e6
	}
	if out["total"] == 0 {
		return nil, fmt.Errorf("%s: no inittrace lines on stderr", bin)
	}
	return out, nil
}

func measureInit(c config, r *report, p progs) error {
	type traced struct {
		name string
		bin  string
		args []string
	}
	list := []traced{{p.after.name, p.after.bin, []string{"--version"}}, {p.glamour.name, p.glamour.bin, []string{"init"}}}
	step("package initialisation: %d runs of each with GODEBUG=inittrace=1, alternated", c.inits)
	res := make([]map[string]sample, len(list))
	for i := range res {
		res[i] = map[string]sample{}
	}
	for range c.inits {
		for i, x := range list {
			got, err := initTrace(x.bin, x.args...)
			if err != nil {
				return err
			}
			for g, v := range got {
				res[i][g] = append(res[i][g], v)
			}
		}
	}
	groups := []string{}
	for _, g := range initGroups() {
		if !slices.Contains(groups, g[1]) {
			groups = append(groups, g[1])
		}
	}
	groups = append(groups, "Go runtime and standard library", "other", "total")
	t := r.table("Package initialisation (GODEBUG=inittrace=1)",
		fmt.Sprintf("Clock time of the init functions before main, summed by group; median of %d runs [IQR]. dealtui runs `--version`, the baseline stops at the start of main.", c.inits),
		"packages", list[0].name, list[1].name)
	for _, g := range groups {
		a, b := res[0][g], res[1][g]
		if len(a) == 0 && len(b) == 0 {
			continue
		}
		t.add(g, a.cell(msUnit), b.cell(msUnit))
	}
	return nil
}
