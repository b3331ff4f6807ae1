package main

import (
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/testkit/storygen"
	"github.com/dealtui/dealtui/model"
)

func main() {
	if len(os.Args) < 3 {
		fail("usage: loadbench gen DIR FACTOR | load DIR [dirfs|root]")
	}
	switch os.Args[1] {
	case "gen":
		var factor int
		if len(os.Args) != 4 {
			fail("usage: loadbench gen DIR FACTOR")
		}
		if _, err := fmt.Sscan(os.Args[3], &factor); err != nil {
			fail("loadbench: FACTOR: " + err.Error())
		}
		pack, err := storygen.Generate(content.FS(), factor)
		if err == nil {
			err = storygen.WriteDir(pack, os.Args[2])
		}
		if err != nil {
			fail("loadbench: " + err.Error())
		}
		fmt.Printf("%d files\n", len(pack))
	case "load":
		mode := "dirfs"
		if len(os.Args) > 3 {
			mode = os.Args[3]
		}
		load(os.Args[2], mode)
	default:
		fail("loadbench: unknown command " + os.Args[1])
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(2)
}

// load loads the pack once and prints: mode, files, milliseconds,
// allocated MiB, peak RSS MiB.
func load(dir, mode string) {
	files := 0
	_ = fs.WalkDir(os.DirFS(dir), ".", func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files++
		}
		return nil
	})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	var err error
	switch mode {
	case "dirfs":
		_, err = model.Load(os.DirFS(dir))
	case "root":
		err = loadDir(dir)
	default:
		fail("loadbench: mode " + mode + ": want dirfs or root")
	}
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		fail("loadbench: " + err.Error())
	}
	fmt.Printf("%s\t%d\t%.1f\t%.1f\t%.1f\n", mode, files, float64(elapsed.Microseconds())/1000,
		float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), vmHWM())
}

// vmHWM is the peak resident set of this process, in MiB.
func vmHWM() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			var kb float64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "VmHWM:"), "kB")), &kb)
			return kb / 1024
		}
	}
	return 0
}
