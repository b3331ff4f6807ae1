//go:build unix

package model

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// readRootFile opens without blocking and checks the type on the open
// file, with no check before: a FIFO with no writer, opened directly,
// is refused at once (a blocking open would hang this test).
func TestReadRootFileDoesNotBlockOnAFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO: %v", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	if _, msg := readRootFile(root, "fifo.md"); !strings.HasPrefix(msg, "not a regular file but a named pipe (FIFO)") {
		t.Errorf("FIFO: %q", msg)
	}
}

// /proc files say they are 0 bytes: what counts is what is read, and
// reading stops one byte past the limit.
func TestReadRootFileChecksWhatWasRead(t *testing.T) {
	root, err := os.OpenRoot("/proc/self")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	defer root.Close()
	if info, err := root.Stat("status"); err != nil || info.Size() != 0 {
		t.Skipf("/proc/self/status is not a 0-byte file here: %v", err)
	}
	data, msg := readRootFile(root, "status")
	if msg != "" || !strings.Contains(string(data), "Name:") {
		t.Errorf("status: %q, %.40q", msg, data)
	}
	// kallsyms lists the kernel's symbols: megabytes, and it says 0 too.
	proc, err := os.OpenRoot("/proc")
	if err != nil {
		t.Fatal(err)
	}
	defer proc.Close()
	if info, err := proc.Stat("kallsyms"); err != nil || info.Size() != 0 {
		t.Skipf("no 0-byte /proc/kallsyms here: %v", err)
	}
	if _, msg := readRootFile(proc, "kallsyms"); msg != "file is larger than 1048576 bytes (1 MiB): content files may be at most 1 MiB" {
		t.Errorf("kallsyms: %q", msg)
	}
}
