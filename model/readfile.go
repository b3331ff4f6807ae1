package model

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"unicode/utf8"
)

// MaxFileSize is the largest content file Load accepts.
const MaxFileSize = 1 << 20

// readFunc reads one content file of a pack, or says why it cannot.
type readFunc func(name string) ([]byte, string)

// readSmallFile reads a content file from an fs.FS, or says why it cannot.
// It never opens what is not a regular file (a FIFO would block the open
// until a writer came, a device could be endless), checks again on the
// open file, and never reads more than MaxFileSize+1 bytes, whatever the
// file claims.
func readSmallFile(fsys fs.FS, name string) ([]byte, string) {
	info, err := fs.Stat(fsys, name) // follows symlinks; a loop fails here
	if err != nil {
		return nil, "cannot read: " + unwrapPath(err).Error()
	}
	if msg := notSmallRegular(info); msg != "" {
		return nil, msg
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, "cannot read: " + unwrapPath(err).Error()
	}
	defer f.Close()
	return readOpen(f)
}

// readRootFile reads a content file through an os.Root, or says why it
// cannot: a link may not lead outside the root. The file is opened without
// blocking (a FIFO opens at once, and a /proc file such as kmsg answers
// "try again" rather than waiting), and its type is checked on the open
// file, so nothing can be swapped in between a check and the open.
func readRootFile(root *os.Root, name string) ([]byte, string) {
	f, err := root.OpenFile(filepath.FromSlash(name), os.O_RDONLY|openNonBlock, 0)
	if err != nil {
		return nil, "cannot read: " + openError(err)
	}
	defer f.Close()
	return readOpen(f)
}

// readOpen checks an open file's type and size and reads it: at most
// MaxFileSize+1 bytes, whatever its size says (a /proc file says 0).
func readOpen(f fs.File) ([]byte, string) {
	info, err := f.Stat()
	if err != nil {
		return nil, "cannot read: " + unwrapPath(err).Error()
	}
	if msg := notSmallRegular(info); msg != "" {
		return nil, msg
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, "cannot read: " + unwrapPath(err).Error()
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Sprintf("file is larger than %d bytes (1 MiB): content files may be at most 1 MiB", MaxFileSize)
	}
	return data, ""
}

// openError says why os.Root could not open a file.
func openError(err error) string {
	msg := unwrapPath(err).Error()
	if msg == "path escapes from parent" { // os.Root's error, not exported
		return "it is a link that leads outside the pack (or an absolute link): content is read only from inside the pack"
	}
	return msg
}

func notSmallRegular(info fs.FileInfo) string {
	if !info.Mode().IsRegular() {
		return "not a regular file but " + describeType(info.Mode()) + ": content files must be regular files"
	}
	if info.Size() > MaxFileSize {
		return fmt.Sprintf("file is %d bytes: content files may be at most %d bytes (1 MiB)", info.Size(), MaxFileSize)
	}
	if n := linkCount(info); n > 1 {
		// A hard link may be a name for a file anywhere on the file
		// system; nothing tells which name is the pack's own.
		return fmt.Sprintf("the file has %d names (hard links): a content file must have one, so that a pack cannot reach a file elsewhere; copy it instead", n)
	}
	return ""
}

func describeType(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file (" + m.Type().String() + ")"
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line
}
