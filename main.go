// Command dealtui is a terminal explorer of one news story: the April 2026
// move of the Microsoft–OpenAI partnership from exclusivity to a
// multi-partnership framework. The program lives in internal/cli; main.go
// only hands it the process and the values a release stamps.
package main

import (
	"context"
	"os"

	"github.com/dealtui/dealtui/internal/cli"
	"github.com/dealtui/dealtui/internal/termcap"
)

// Stamped at release time with -ldflags "-X main.version=… -X main.commit=… -X main.date=…".
var (
	version = ""
	commit  = ""
	date    = ""
)

func main() {
	termcap.WithoutEastAsianWidths() // before anything measures text
	build := cli.Build{Version: version, Commit: commit, Date: date}
	os.Exit(cli.Run(context.Background(), build, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
