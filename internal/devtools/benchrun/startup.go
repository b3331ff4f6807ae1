package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/termemu"
)

// settleQuiet is how long the screen must stay unchanged to count as
// settled. Bubble Tea draws at most every 8.3 ms (120 frames a second), and
// a Markdown rendering lands within tens of milliseconds on a busy
// machine, so anything still to come would show well within it.
const settleQuiet = 300 * time.Millisecond

// start is one start of a program.
type start struct {
	// first is from the fork to the read that put the first frame on
	// the screen: the story's title (or the baseline's line).
	first time.Duration
	// settled is from the fork to the last read that changed the screen
	// before it stayed unchanged for settleQuiet, showing the rendered
	// Markdown of the item selected at start and no "Rendering…".
	settled time.Duration
	// peak is the program's VmHWM, sampled until it ended.
	peak int64
	// cpuFirst is the CPU time its threads had used when the first frame
	// was read; cpu, when the screen had settled and stayed quiet (work
	// done in the background after the first frame included).
	cpuFirst, cpu time.Duration
}

// screenSettled says whether a program's screen shows its settled start.
func (p *program) screenSettled(screen string) bool {
	if !strings.Contains(screen, p.ready) || strings.Contains(screen, placeholder) {
		return false
	}
	return p.settled == "" || strings.Contains(screen, p.settled)
}

// startOnce starts a program, waits for its settled screen and quits it
// with q.
func startOnce(p *program, args []string) (start, error) {
	s, err := termemu.Start(p.bin, args, p.options(false))
	if err != nil {
		return start{}, err
	}
	defer s.Close()
	first, err := s.WaitText(p.ready, 30*time.Second)
	if err != nil {
		return start{}, fmt.Errorf("%s: first frame: %w", p.name, err)
	}
	cpuFirst, err := s.CPUTime()
	if err != nil {
		return start{}, fmt.Errorf("%s: %w", p.name, err)
	}
	settled, err := s.WaitSettled(p.screenSettled, settleQuiet, 30*time.Second)
	if err != nil {
		return start{}, fmt.Errorf("%s: settled screen: %w", p.name, err)
	}
	cpu, err := s.CPUTime()
	if err != nil {
		return start{}, fmt.Errorf("%s: %w", p.name, err)
	}
	if err := quit(s); err != nil {
		return start{}, fmt.Errorf("%s: %w", p.name, err)
	}
	return start{first: first.Sub(s.Start), settled: settled.Sub(s.Start), peak: s.PeakRSS(), cpuFirst: cpuFirst, cpu: cpu}, nil
}

func quit(s *termemu.Session) error {
	if _, err := s.Type("q"); err != nil {
		return err
	}
	if err := s.Wait(10 * time.Second); err != nil {
		return fmt.Errorf("%w; the screen:\n%s", err, s.Screen())
	}
	return nil
}

// starts are the starts of one program in a series of rounds.
type starts struct{ first, settled, peak, cpuFirst, cpu sample }

func (st *starts) add(x start) {
	st.cpuFirst = append(st.cpuFirst, float64(x.cpuFirst))
	st.cpu = append(st.cpu, float64(x.cpu))
	st.first = append(st.first, float64(x.first))
	st.settled = append(st.settled, float64(x.settled))
	st.peak = append(st.peak, float64(x.peak))
}

// alternate starts every program once per round, for runs rounds after
// one untimed start each; the order turns round by round, so that no
// program always follows the same one.
func alternate(list []*program, args map[*program][]string, runs int) (map[*program]*starts, error) {
	out := map[*program]*starts{}
	for _, p := range list {
		out[p] = &starts{}
		if _, err := startOnce(p, args[p]); err != nil {
			return nil, err
		}
	}
	for i := range runs {
		for j := range list {
			p := list[(i+j)%len(list)]
			x, err := startOnce(p, args[p])
			if err != nil {
				return nil, err
			}
			out[p].add(x)
		}
	}
	return out, nil
}

func measureStartup(c config, r *report, p progs) error {
	list := append(p.dealtuis(), p.japanese, p.bare, p.glamour)
	step("start-up at %dx%d: %d rounds of %d programs, alternated", cols, rows, c.runs, len(list))
	res, err := alternate(list, nil, c.runs)
	if err != nil {
		return err
	}
	head := []string{"median [IQR]"}
	for _, x := range list {
		head = append(head, x.name)
	}
	t := r.table(fmt.Sprintf("Start-up at %dx%d", cols, rows),
		fmt.Sprintf("%d rounds; each round starts every program once, in turn. Milliseconds from the fork; see *Methodology*.", c.runs),
		head...)
	row := func(label string, get func(*starts) sample, unit func(float64) string) {
		cells := []string{label}
		for _, x := range list {
			cells = append(cells, get(res[x]).cell(unit))
		}
		t.add(cells...)
	}
	row("first frame", func(s *starts) sample { return s.first }, msUnit)
	row("settled first screen", func(s *starts) sample { return s.settled }, msUnit)
	row("CPU time to the first frame, all threads", func(s *starts) sample { return s.cpuFirst }, msUnit)
	row("CPU time to the settled screen and 300 ms after", func(s *starts) sample { return s.cpu }, msUnit)
	row("peak RSS (VmHWM) of the start", func(s *starts) sample { return s.peak }, mibUnit)

	rt := r.table("Start-up ratios", "Each ratio is taken within a round (programs run back to back), then summarised: median (IQR, range, rounds).",
		"ratio", "median (IQR, range)", "budget", "")
	after, glam := res[p.after], res[p.glamour]
	settled := ratios(after.settled, glam.settled)
	rt.add("settled first screen: after / Bubble Tea + Glamour", settled.spread(ratioUnit), fmt.Sprintf("≤ %.2f×", budgetSettledRatio),
		r.check("settled first screen ≤ 1.1× the Glamour baseline", settled.median() <= budgetSettledRatio))
	first := ratios(after.first, glam.first)
	rt.add("first frame: after / Bubble Tea + Glamour", first.spread(ratioUnit), fmt.Sprintf("≤ %.2f×", budgetFirstRatio),
		r.check("first frame ≤ the Glamour baseline's", first.median() <= budgetFirstRatio))
	rt.add("first frame: after / bare Bubble Tea", ratios(after.first, res[p.bare].first).spread(ratioUnit), "", "")
	rt.add("CPU time to the first frame: after / Bubble Tea + Glamour", ratios(after.cpuFirst, glam.cpuFirst).spread(ratioUnit), "", "")
	rt.add("CPU time to 300 ms after the settled screen: after / Bubble Tea + Glamour", ratios(after.cpu, glam.cpu).spread(ratioUnit), "", "")
	rt.add("peak RSS of the start: after / Bubble Tea + Glamour", ratios(after.peak, glam.peak).spread(ratioUnit), "", "")
	ja := res[p.japanese]
	jaSettled := ratios(ja.settled, after.settled)
	rt.add("settled first screen: Japanese / English edition", jaSettled.spread(ratioUnit), fmt.Sprintf("≤ %.2f×", budgetJapaneseRatio),
		r.check("Japanese settled first screen ≤ 1.1× the English one", jaSettled.median() <= budgetJapaneseRatio))
	rt.add("first frame: Japanese / English edition", ratios(ja.first, after.first).spread(ratioUnit), "", "")
	rt.add("peak RSS of the start: Japanese / English edition", ratios(ja.peak, after.peak).spread(ratioUnit), "", "")
	if p.before != nil {
		before := res[p.before]
		rt.add("settled first screen: before / Bubble Tea + Glamour", ratios(before.settled, glam.settled).spread(ratioUnit), "", "")
		rt.add("first frame: before / Bubble Tea + Glamour", ratios(before.first, glam.first).spread(ratioUnit), "", "")
		rt.add("settled first screen: after / before", ratios(after.settled, before.settled).spread(ratioUnit), "", "")
	}
	return nil
}
