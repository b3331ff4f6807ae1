package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/termemu"
)

// traceStart starts each program once and prints when each read of its
// output arrived, whether it changed the screen, and what it held: to see
// where the time to the settled screen goes.
func traceStart(p progs) error {
	for _, x := range append(p.dealtuis(), p.japanese, p.bare, p.glamour) {
		s, err := termemu.Start(x.bin, nil, x.options(false))
		if err != nil {
			return err
		}
		first, err := s.WaitText(x.ready, 30*time.Second)
		if err != nil {
			s.Close()
			return err
		}
		settled, err := s.WaitSettled(x.screenSettled, settleQuiet, 30*time.Second)
		if err != nil {
			s.Close()
			return err
		}
		fmt.Printf("\n%s: first frame at %s, settled at %s\n", x.name, msUnit(float64(first.Sub(s.Start))), msUnit(float64(settled.Sub(s.Start))))
		for _, ch := range s.Output() {
			q := strconv.Quote(string(ch.Data))
			if len(q) > 140 {
				q = q[:140] + "…"
			}
			mark := " "
			if ch.Changed {
				mark = "*"
			}
			fmt.Printf("  %9s %s %6d bytes  %s\n", msUnit(float64(ch.At.Sub(s.Start))), mark, len(ch.Data), q)
		}
		_ = quit(s)
		s.Close()
	}
	return nil
}
