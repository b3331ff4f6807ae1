package gobuild

import (
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Dealtui builds the main package of the module at root into
// dir/dealtui (dealtui.exe on Windows), with extra go build arguments
// (tags, ldflags), and gives the binary's path.
//
// A checkout whose git the go command cannot ask (a copy without .git, a
// repository owned by another user) fails with "error obtaining VCS
// status"; the build is then made again without VCS information, as the
// binary must also cope with (its --version says "unknown").
func Dealtui(root, dir string, args ...string) (string, error) {
	gotool, err := exec.LookPath("go")
	if err != nil {
		return "", errors.New("no go command on PATH")
	}
	bin := filepath.Join(dir, "dealtui")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := func(extra ...string) ([]byte, error) {
		cmdArgs := append(append(append([]string{"build", "-o", bin}, extra...), args...), ".")
		cmd := exec.Command(gotool, cmdArgs...)
		cmd.Dir = root
		return cmd.CombinedOutput()
	}
	out, err := build()
	if err != nil && strings.Contains(string(out), "error obtaining VCS status") {
		out, err = build("-buildvcs=false")
	}
	if err != nil {
		return "", fmt.Errorf("go build %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return bin, nil
}
