//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Content packs with special files: a symlink loop, a FIFO (which would
// block an open until a writer came), a device, a dangling link, a link
// to a directory, unreadable files and directories. None hangs; each gets
// a clear message and exit 2.
func TestBadContentFiles(t *testing.T) {
	link := func(t *testing.T, target, name string) {
		t.Helper()
		if err := os.Symlink(target, name); err != nil {
			t.Skipf("cannot make a symlink: %v", err)
		}
	}

	loopFile := copyPack(t, "valid")
	link(t, "03-loop.md", filepath.Join(loopFile, "timeline", "03-loop.md"))

	loopPair := copyPack(t, "valid")
	link(t, "b.md", filepath.Join(loopPair, "deal", "a.md"))
	link(t, "a.md", filepath.Join(loopPair, "deal", "b.md"))

	loopDir := filepath.Join(t.TempDir(), "loop")
	link(t, loopDir, loopDir)

	fifo := copyPack(t, "valid")
	if err := syscall.Mkfifo(filepath.Join(fifo, "impact", "02-fifo.md"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO: %v", err)
	}
	fifoDir := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifoDir, 0o644); err != nil {
		t.Skipf("cannot make a FIFO: %v", err)
	}

	device := copyPack(t, "valid")
	link(t, os.DevNull, filepath.Join(device, "japan", "02-null.md"))

	dangling := copyPack(t, "valid")
	link(t, "nowhere.md", filepath.Join(dangling, "japan", "02-gone.md"))

	dirLink := copyPack(t, "valid")
	link(t, "../timeline", filepath.Join(dirLink, "deal", "02-dir.md"))

	for _, c := range []badCase{
		{"a symlink to itself", []string{"--content", loopFile, "print"}, []string{"/timeline/03-loop.md: cannot read: too many levels of symbolic links"}},
		{"two symlinks to each other", []string{"--content", loopPair, "print"}, []string{
			"/deal/a.md: cannot read: too many levels of symbolic links", "/deal/b.md: cannot read: too many levels of symbolic links"}},
		{"--content a symlink loop", []string{"--content", loopDir}, []string{"--content \"" + loopDir + "\": too many levels of symbolic links"}},
		{"a FIFO as a content file", []string{"--content", fifo, "print"}, []string{"/impact/02-fifo.md: not a regular file but a named pipe (FIFO)"}},
		{"--content a FIFO", []string{"--content", fifoDir}, []string{"--content \"" + fifoDir + "\": not a directory"}},
		{"a link to a device outside the pack", []string{"--content", device, "print"}, []string{"/japan/02-null.md: cannot read: it is a link that leads outside the pack"}},
		{"a dangling symlink", []string{"--content", dangling, "print"}, []string{"/japan/02-gone.md: cannot read: no such file or directory"}},
		{"a symlink to a directory", []string{"--content", dirLink, "print"}, []string{"/deal/02-dir.md: not a regular file but a directory"}},
	} {
		t.Run(c.name, func(t *testing.T) { runBad(t, c) })
	}

	// A symlink back up the tree is not followed (the walk does not follow
	// links to directories): the pack loads.
	cycle := copyPack(t, "valid")
	link(t, "..", filepath.Join(cycle, "timeline", "up"))
	if code, _, errOut := runCLI(t, "--content", cycle, "print"); code != exitOK {
		t.Errorf("a pack with a directory cycle: exit %d, %s", code, errOut)
	}
}

// Unreadable files and directories. Root reads everything, so these are
// skipped when the tests run as root.
func TestUnreadableContent(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop root from reading")
	}
	file := copyPack(t, "valid")
	if err := os.Chmod(filepath.Join(file, "deal", "01-term.md"), 0); err != nil {
		t.Fatal(err)
	}
	dir := copyPack(t, "valid")
	sub := filepath.Join(dir, "japan")
	if err := os.Chmod(sub, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(sub, 0o755) })
	root := copyPack(t, "valid")
	if err := os.Chmod(root, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(root, 0o755) })

	for _, c := range []badCase{
		{"an unreadable file", []string{"--content", file, "print"}, []string{"/deal/01-term.md: cannot read: permission denied"}},
		{"an unreadable folder", []string{"--content", dir, "print"}, []string{"/japan: cannot read: permission denied"}},
		{"an unreadable pack", []string{"--content", root, "print"}, []string{"permission denied"}},
	} {
		t.Run(c.name, func(t *testing.T) { runBad(t, c) })
	}
}
