package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/flood"
)

func main() {
	var s flood.Scenario
	flag.StringVar(&s.Addr, "addr", "127.0.0.1:2222", "the server's SSH address")
	flag.StringVar(&s.Src, "src", "127.0.0.1", "the attackers' address")
	flag.StringVar(&s.AuthSrc, "auth-src", "", "another address for the authenticated connections (default: -src)")
	flag.StringVar(&s.ChanSrc, "chan-src", "", "another address for the channels (default: -src)")
	flag.StringVar(&s.ProbeSrc, "probe-src", "127.0.0.2", "the reader's address")
	flag.StringVar(&s.Health, "health", "", "a /healthz URL to ask with each probe")
	flag.IntVar(&s.PID, "pid", 0, "the server's process id, to read its memory and descriptors")
	flag.IntVar(&s.PreVer, "prever", 0, "connections that never send a version line")
	flag.IntVar(&s.Auth, "auth", 0, "authenticated connections with no session")
	flag.IntVar(&s.Hold, "hold", 1000, "of each, the most held open at once")
	flag.IntVar(&s.Chans, "chans", 0, "session channels on one connection, asking for nothing")
	flag.IntVar(&s.PerChan, "per", 2<<20, "bytes written into each channel")
	flag.DurationVar(&s.Every, "every", time.Second, "time between probes")
	flag.DurationVar(&s.For, "for", time.Minute, "how long the attacks may last at most")
	flag.Parse()
	if s.Hold < 1 || s.For <= 0 {
		fmt.Fprintln(os.Stderr, "floodrun: -hold and -for must be positive")
		os.Exit(2)
	}
	fmt.Print(s.Run(context.Background()))
}
