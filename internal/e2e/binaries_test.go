//go:build integration

package e2e

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dealtui/dealtui/internal/cli"
	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/internal/testkit/gobuild"
	"github.com/dealtui/dealtui/internal/testkit/testwait"
)

// The root package's integration tests run two builds of dealtui, each made once per
// test binary, on first use: a plain go build (no stamped values, as from
// go install), and a release-like build stamped with -ldflags -X and the
// dealtui_testpanic tag, which makes "!" and "@" panic for the
// terminal-restoring tests.
type builds struct {
	dir     string
	plain   func() (string, error)
	stamped func() (string, error)
	// cli is held by runCLI: cli.Run sets go-runewidth's settings
	// (termcap.PinWidths), as a process does once as it starts, so
	// parallel tests take turns.
	cli *sync.Mutex
}

// Values stamped into the release-like build.
const (
	stampVersion = "v9.9.9"
	stampCommit  = "0123456789abcdef0123456789abcdef01234567"
	stampDate    = "2026-04-27T09:00:00Z"
)

var testBuilds builds

func TestMain(m *testing.M) {
	// The tests measure what tmux shows as dealtui does: East Asian
	// Ambiguous characters one cell wide, whatever RUNEWIDTH_EASTASIAN
	// the tests were started with (x/ansi reads it once, at start).
	termcap.WithoutEastAsianWidths()
	flag.Parse()
	// This package's parallel tests mostly wait, on terminals, shells and
	// processes: run more of them at once than there are cores.
	testwait.Parallel(6)
	dir, err := os.MkdirTemp("", "dealtui-test-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// The first test that needs a build starts both, side by side: most
	// runs need both, and two cores build them in the time of one.
	type result struct {
		bin string
		err error
	}
	plain, stamped := make(chan result, 1), make(chan result, 1)
	var building sync.WaitGroup
	start := sync.OnceFunc(func() {
		building.Go(func() { b, err := goBuild(dir, "plain"); plain <- result{b, err} })
		building.Go(func() {
			b, err := goBuild(dir, "stamped", "-tags", "dealtui_testpanic", "-ldflags",
				"-X main.version="+stampVersion+" -X main.commit="+stampCommit+" -X main.date="+stampDate)
			stamped <- result{b, err}
		})
	})
	wait := func(c chan result) func() (string, error) {
		return sync.OnceValues(func() (string, error) { start(); r := <-c; return r.bin, r.err })
	}
	testBuilds = builds{dir: dir, plain: wait(plain), stamped: wait(stamped), cli: new(sync.Mutex)}
	// DEALTUI_E2E_BINARY runs the tests of the plain build on another
	// binary instead: an older commit's, to see that a test catches the
	// defect it is about (TestReviewUX3 fails on the reviewed e36c538).
	if b := os.Getenv("DEALTUI_E2E_BINARY"); b != "" {
		testBuilds.plain = func() (string, error) { return b, nil }
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		fmt.Println("note: tmux is not installed, so the end-to-end tests in tmux are skipped (.ci/run installs it)")
	}
	code := m.Run()
	building.Wait() // a build no test waited for, before its directory goes
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// goBuild builds dealtui into dir/name with extra go build arguments.
func goBuild(dir, name string, args ...string) (string, error) {
	return gobuild.Dealtui(moduleRoot, filepath.Join(dir, name), args...)
}

// moduleRoot is the repository's root, from this package's directory.
const moduleRoot = "../.."

// plainBinary and stampedBinary give a build's path, or fail the test
// with the build's output.
func plainBinary(t *testing.T) string { return needBuild(t, testBuilds.plain) }

func stampedBinary(t *testing.T) string { return needBuild(t, testBuilds.stamped) }

func needBuild(t *testing.T, build func() (string, error)) string {
	t.Helper()
	bin, err := build()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// runCLI runs dealtui in this process, with buffers for its streams (so
// nothing is a terminal): what the binary should print, to compare with.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	testBuilds.cli.Lock()
	defer testBuilds.cli.Unlock()
	var out, errOut bytes.Buffer
	code := cli.Run(t.Context(), cli.Build{}, args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}
