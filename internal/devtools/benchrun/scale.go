package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Per-item budgets for big packs: what each item beyond the story's own
// may add to the settled first screen and to the peak RSS of a start with
// --content. They are the 100× budgets (≤ 250 ms, ≤ 45 MiB) spread over
// the items a 100× pack adds to a start that costs about 45 ms and
// 22 MiB with the story alone.
const (
	budgetItemSettled = 50 * time.Microsecond
	budgetItemRSS     = 6 << 10
)

// scaleFactor is the size of the big pack: this many times the story's
// items.
const scaleFactor = 100

func measureScale(c config, r *report, p progs, work string) error {
	type built struct {
		one, big *program
		n1, n100 int
	}
	var list []*program
	args := map[*program][]string{}
	byBuild := map[*program]*built{}
	for _, d := range p.dealtuis() {
		b := &built{}
		for _, f := range []int{1, scaleFactor} {
			dir := filepath.Join(work, fmt.Sprintf("pack-%s-%dx", strings.Fields(d.name)[0], f))
			n, err := writePack(d.content, f, dir)
			if err != nil {
				return fmt.Errorf("%s: %w", d.name, err)
			}
			x := *d
			x.name = fmt.Sprintf("%s, %d×", d.name, f)
			args[&x] = []string{"--content", dir}
			list = append(list, &x)
			if f == 1 {
				b.one, b.n1 = &x, n
			} else {
				b.big, b.n100 = &x, n
			}
		}
		byBuild[d] = b
	}
	step("big packs: %d rounds of starts with --content at 1× and %d×, alternated", c.scaleRuns, scaleFactor)
	res, err := alternate(list, args, c.scaleRuns)
	if err != nil {
		return err
	}
	head := []string{"figure"}
	for _, d := range p.dealtuis() {
		head = append(head, d.name)
	}
	head = append(head, "budget (after)", "")
	a := byBuild[p.after]
	t := r.table(fmt.Sprintf("Big packs: %d× the story's items, with --content", scaleFactor),
		fmt.Sprintf("Packs written by internal/storygen from each build's own content/; %d rounds, alternated; median [IQR]. Per item: the difference of the medians at %d× and 1×, divided by the items added.", c.scaleRuns, scaleFactor),
		head...)
	row := func(label string, cell func(*built) string, budget, verdict string) {
		cells := []string{label}
		for _, d := range p.dealtuis() {
			cells = append(cells, cell(byBuild[d]))
		}
		t.add(append(cells, budget, verdict)...)
	}
	perItem := func(b *built, get func(*starts) sample) float64 {
		return (get(res[b.big]).median() - get(res[b.one]).median()) / float64(b.n100-b.n1)
	}
	settled := func(s *starts) sample { return s.settled }
	peak := func(s *starts) sample { return s.peak }
	row(fmt.Sprintf("settled first screen, 1× (%d items)", a.n1), func(b *built) string { return res[b.one].settled.cell(msUnit) }, "", "")
	row(fmt.Sprintf("settled first screen, %d× (%d items)", scaleFactor, a.n100), func(b *built) string { return res[b.big].settled.cell(msUnit) },
		"≤ "+msUnit(float64(budgetScaleSettled)), r.check("settled first screen at 100×", res[a.big].settled.median() <= float64(budgetScaleSettled)))
	row("settled first screen, per item added", func(b *built) string { return fmt.Sprintf("%.1f µs", perItem(b, settled)/1e3) },
		fmt.Sprintf("≤ %.0f µs", float64(budgetItemSettled)/1e3), r.check("settled first screen per item", perItem(a, settled) <= float64(budgetItemSettled)))
	row("peak RSS of the start, 1×", func(b *built) string { return res[b.one].peak.cell(mibUnit) }, "", "")
	row(fmt.Sprintf("peak RSS of the start, %d×", scaleFactor), func(b *built) string { return res[b.big].peak.cell(mibUnit) },
		"≤ "+mibUnit(budgetScaleRSS), r.check("peak RSS at 100×", res[a.big].peak.median() <= budgetScaleRSS))
	row("peak RSS, per item added", func(b *built) string { return fmt.Sprintf("%.1f KiB", perItem(b, peak)/1024) },
		fmt.Sprintf("≤ %d KiB", budgetItemRSS>>10), r.check("peak RSS per item", perItem(a, peak) <= budgetItemRSS))
	return nil
}
