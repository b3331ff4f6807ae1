//go:build integration && unix

package model_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/internal/testkit/needtool"
	"github.com/dealtui/dealtui/model"
)

// addressLimitKB is the address space a load gets in
// TestLoadUnderAddressSpaceLimit: ulimit -v 1000000, about 1 GB.
const addressLimitKB = 1000000

// TestHelperLoadPack is not a test: TestLoadUnderAddressSpaceLimit runs
// the test binary again to run it, under ulimit -v, on the pack named by
// DEALTUI_LOAD_PACK. It exits 0 when the pack loads, 2 when it is refused
// (the exit codes dealtui gives).
func TestHelperLoadPack(t *testing.T) {
	dir := os.Getenv("DEALTUI_LOAD_PACK")
	if dir == "" {
		t.Skip("run by TestLoadUnderAddressSpaceLimit")
	}
	start := time.Now()
	_, err := model.LoadDir(dir)
	fmt.Printf("%.1f ms, peak RSS %s: ", float64(time.Since(start).Microseconds())/1000, peakRSS())
	var le *model.LoadError
	switch {
	case err == nil:
		fmt.Println("loaded")
		os.Exit(0)
	case errors.As(err, &le):
		fmt.Println(termsafe.Visible(err.Error()))
		os.Exit(2)
	}
	fmt.Println("unexpected error:", err)
	os.Exit(1)
}

// peakRSS is this process's VmHWM, from /proc/self/status ("?" without it).
func peakRSS() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

// Every pack in testdata, and packs made of the inputs that cost
// gigabytes before the front matter had limits, load or are refused
// within about 1 GB of address space: exit 0 or 2, never a crash (the Go
// runtime's "fatal error: out of memory" is exit 2 as well, so its message
// is looked for).
func TestLoadUnderAddressSpaceLimit(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector's shadow memory does not fit under ulimit -v 1000000")
	}
	t.Parallel()
	sh := needtool.Path(t, "sh")
	packs, label := packsToLimit(t)
	for _, pack := range packs {
		name := label[pack]
		if name == "" {
			name = filepath.Base(pack)
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel() // each is a process that mostly starts up
			checkLoadUnderLimit(t, sh, pack)
		})
	}
}

// checkLoadUnderLimit loads one pack under the limit: exit 0 or 2, never
// a crash, and the valid pack loads.
func checkLoadUnderLimit(t *testing.T, sh, pack string) {
	code, text := loadUnderLimit(t, sh, pack)
	switch {
	case strings.Contains(text, "fatal error") || strings.Contains(text, "panic:") || strings.Contains(text, "goroutine "):
		t.Errorf("crashed (exit %d):\n%.2000s", code, text)
	case code != 0 && code != 2:
		t.Errorf("exit %d:\n%.2000s", code, text)
	case filepath.Base(pack) == "valid" && code != 0:
		t.Errorf("the valid pack was refused:\n%s", text)
	}
	t.Logf("exit %d: %.200s", code, strings.ReplaceAll(strings.TrimSpace(strings.ReplaceAll(text, pack, "PACK")), "\n", " | "))
}

// packsToLimit gives every pack of testdata and a pack for each hostile
// file, with a label for each.
func packsToLimit(t *testing.T) ([]string, map[string]string) {
	t.Helper()
	packs, err := filepath.Glob(filepath.Join("..", "testdata", "packs", "*"))
	if err != nil || len(packs) == 0 {
		t.Fatalf("no packs: %v", err)
	}
	label := map[string]string{}
	for name, data := range hostileFiles(string(base(t, "deal/01-term.md"))) {
		pack, _ := writePack(t)
		if err := os.WriteFile(filepath.Join(pack, "deal", "01-term.md"), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		packs = append(packs, pack)
		label[pack] = name
	}
	return packs, label
}

// loadUnderLimit runs TestHelperLoadPack on a pack under ulimit -v and
// gives its exit code and output.
func loadUnderLimit(t *testing.T, sh, pack string) (int, string) {
	t.Helper()
	cmd := exec.Command(sh, "-c", fmt.Sprintf(`ulimit -v %d && exec "$0" -test.run='^TestHelperLoadPack$'`, addressLimitKB), os.Args[0])
	// The test binary links cgo (the tests' terminal screen reaches
	// os/user through terminfo), and glibc gives each busy thread a malloc
	// arena of 128 MiB of address space: on a loaded machine enough of
	// them to fill the limit before the load starts. The releases, which
	// this limit is about, are built without cgo; one arena keeps the
	// measure on the loading.
	cmd.Env = append(os.Environ(), "DEALTUI_LOAD_PACK="+pack, "MALLOC_ARENA_MAX=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil && cmd.ProcessState == nil {
		t.Fatal(err)
	}
	return cmd.ProcessState.ExitCode(), out.String()
}

// hostileFiles are the content files of issue 14 that cost gigabytes or
// minutes, each to replace deal/01-term.md (given) of the valid pack: deep
// and unclosed flow collections, deep block lists, many keys, a long key
// over many nodes, each up to the largest file allowed; and the same valid
// term with the largest bodies that made Glamour explode (which the model
// only loads).
func hostileFiles(term string) map[string]string {
	fm := func(extra string) string {
		return "---\nid: term-one\nkind: term\n" + extra + "\n---\n"
	}
	keys := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "k%d: v\n", i)
		}
		return b.String()
	}
	return map[string]string{
		"flow lists 100,000 deep":                       fm("deep: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000)),
		"1 MiB of unclosed [":                           fm("deep: " + strings.Repeat("[", 1<<20-64)),
		"flow mappings 250,000 deep":                    fm("deep: " + strings.Repeat("{a: ", 250000)),
		"block lists 500,000 deep":                      fm("deep:\n" + strings.Repeat("- ", 500000) + "x"),
		"60,000 keys":                                   fm(keys(60000)),
		"a 60 KB key over 100,000 list entries":         fm(strings.Repeat("k", 60000) + ":\n" + strings.Repeat("  - a\n", 100000)),
		"32,000 unclosed [ (under 64 KiB)":              fm("deep: " + strings.Repeat("[", 32000)),
		"32,000 \"- \" inside [ ] (under 64 KiB)":       fm("deep: [" + strings.Repeat("- ", 32000) + "x]"),
		"16,000 unclosed {a: (under 64 KiB)":            fm("deep: " + strings.Repeat("{a: ", 16000)),
		"block lists 32,000 deep (under 64 KiB)":        fm("deep:\n" + strings.Repeat("- ", 32000) + "x"),
		"6,000 keys (under 64 KiB)":                     fm(keys(6000)),
		"a 32 KB key over 5,000 entries (under 64 KiB)": fm(strings.Repeat("k", 32000) + ":\n" + strings.Repeat("  - a\n", 5000)),
		"a body of 1 MiB of >":                          term + "\n" + strings.Repeat(">", 1<<20-len(term)-1),
		"a body of 512 Ki list markers":                 term + "\n" + strings.Repeat("- ", (1<<20-len(term)-1)/2),
		"a body of 1 MiB of paragraphs":                 term + "\n" + strings.Repeat("para\n\n", (1<<20-len(term)-1)/6),
		"a body of 1 MiB of nested list items":          term + "\n" + nestedList(1<<20-len(term)-1),
	}
}

// nestedList is a Markdown list nested as deep as n bytes allow.
func nestedList(n int) string {
	var b strings.Builder
	for d := 0; b.Len()+2*d+3 < n; d++ {
		b.WriteString(strings.Repeat("  ", d%200) + "- x\n")
	}
	return b.String()
}
