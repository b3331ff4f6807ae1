package main

import (
	"fmt"
	"os"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/termemu"
)

// sessionScript is the scripted session whose peak memory has a budget:
// every pane walked through, the reader, the cited sources, the search,
// the help, at 120x40.
func sessionScript() []string {
	var keys []string
	for _, pane := range []string{"1", "2", "3", "4", "5"} {
		keys = append(keys, pane)
		for range 12 {
			keys = append(keys, "j")
		}
		keys = append(keys, "\r", "s", escKey, "j", "j", escKey)
	}
	keys = append(keys, "/", clearLine, "f", "u", "j", "i", "t", "s", "u", "\r", "?", escKey, "/", clearLine, "t", "h", "e", "\r", "2")
	return keys
}

// session runs the scripted session and gives the program's peak RSS.
// env, when set, is added to the program's environment.
func session(p *program, env ...string) (int64, error) {
	o := p.options(false)
	o.Env = append(o.Env, env...)
	s, err := termemu.Start(p.bin, nil, o)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	if _, err := s.WaitSettled(p.screenSettled, settleQuiet, 30*time.Second); err != nil {
		return 0, fmt.Errorf("%s: %w", p.name, err)
	}
	for _, k := range sessionScript() {
		if k == escKey {
			k = s.Esc()
		}
		if err := s.Step(k, notRendering, keyQuiet, stepIdle); err != nil {
			return 0, fmt.Errorf("%s: %w", p.name, err)
		}
	}
	if err := quit(s); err != nil {
		return 0, fmt.Errorf("%s: %w", p.name, err)
	}
	return s.PeakRSS(), nil
}

func measureMemory(c config, r *report, p progs) error {
	list := p.dealtuis()
	res := map[*program]sample{}
	gc50 := sample{}
	step("peak memory: the scripted session, %d runs per build, alternated (and after with GOGC=50)", c.sessions)
	for range c.sessions {
		for _, d := range list {
			peak, err := session(d)
			if err != nil {
				return err
			}
			res[d] = append(res[d], float64(peak))
		}
		peak, err := session(p.after, "GOGC=50")
		if err != nil {
			return err
		}
		gc50 = append(gc50, float64(peak))
	}
	head := []string{"figure"}
	for _, d := range list {
		head = append(head, d.name)
	}
	head = append(head, "budget", "")
	t := r.table("Memory and size",
		"Peak RSS is the program's own VmHWM from /proc/PID/status, read every 10 ms until it exits; median of the runs [IQR].",
		head...)
	cells := []string{fmt.Sprintf("peak RSS, scripted session at %dx%d", cols, rows)}
	for _, d := range list {
		cells = append(cells, res[d].cell(mibUnit))
	}
	t.add(append(cells, "≤ "+mibUnit(budgetSessionRSS), r.check("peak RSS of the scripted session", res[p.after].median() <= budgetSessionRSS))...)
	cells = []string{"the same, after, with GOGC=50 (as debug.SetGCPercent(50) at start)"}
	for _, d := range list {
		if d == p.after {
			cells = append(cells, gc50.cell(mibUnit))
		} else {
			cells = append(cells, "")
		}
	}
	t.add(append(cells, "", "")...)
	cells = []string{"stripped binary (linux/amd64)"}
	var afterSize int64
	for _, d := range list {
		info, err := os.Stat(d.bin)
		if err != nil {
			return err
		}
		if d == p.after {
			afterSize = info.Size()
		}
		cells = append(cells, mibUnit(float64(info.Size())))
	}
	t.add(append(cells, "≤ "+mibUnit(budgetBinary), r.check("stripped binary size", afterSize <= budgetBinary))...)
	return nil
}
