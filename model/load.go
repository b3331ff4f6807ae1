package model

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"unicode/utf8"
)

// MaxFileSize is the largest content file Load accepts.
const MaxFileSize = 1 << 20

// folders lists the folders of a pack and the kind of their files.
func folders() []folder {
	return []folder{
		{"timeline", KindEvent},
		{"deal", KindTerm},
		{"japan", KindJapan},
		{"impact", KindImpact},
		{"glossary", KindGlossary},
		{"notes", KindNote},
		{"sources/article", KindBlock},
		{"sources/background", KindFact},
	}
}

// folder is where the files of one kind live in a pack.
type folder struct {
	path string
	kind Kind
}

// kindOf gives the kind of content file at a path.
func kindOf(name string) (Kind, bool) {
	if name == storyFile {
		return KindStory, true
	}
	dir := path.Dir(name)
	for _, f := range folders() {
		if f.path == dir {
			return f.kind, true
		}
	}
	return "", false
}

const storyFile = "story.md"

var (
	itemID  = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	noteID  = regexp.MustCompile(`^N[0-9]{2}$`)
	blockID = regexp.MustCompile(`^P[0-9]{2}$`)
	factID  = regexp.MustCompile(`^B[0-9]{2}$`)
)

// refs remembers where an item's references were written, for messages.
type refs struct {
	file                   string
	idLine                 int
	citeLines, relLines    []int
	noteLines, blockLines  []int
	termLines              []int
	related, notes, blocks []string
	citations, terms       []string
}

// loader accumulates a story and its problems while files are read.
type loader struct {
	ps    problems
	story Story
	refs  map[string]*refs // by id
	order []string         // ids in the order files were read
	// unread counts files that could not be parsed at all; checks across
	// files are skipped then, as their items are unknown.
	unread int
	// matchLines gives the line of each match phrase of a glossary entry.
	matchLines map[*Glossary][]int
}

// Load reads and validates a content pack. On failure the error is a
// *LoadError listing every problem found, each with its file and line.
func Load(fsys fs.FS) (*Story, error) {
	l := &loader{refs: map[string]*refs{}, matchLines: map[*Glossary][]int{}}
	l.story.entries = map[string]Entry{}
	l.story.notes = map[string]*Note{}
	l.story.blocks = map[string]*Block{}
	l.story.facts = map[string]*Fact{}

	files, err := l.list(fsys)
	if err != nil {
		return nil, &LoadError{Problems: []Problem{{Msg: err.Error()}}}
	}
	for _, f := range files {
		l.readFile(fsys, f.name, f.kind)
	}
	if l.unread == 0 {
		l.validate()
	}
	if len(l.ps.list) > 0 {
		return nil, &LoadError{Problems: l.ps.sorted()}
	}
	return &l.story, nil
}

type contentFile struct {
	name string
	kind Kind
}

// list finds the content files of a pack in a stable order and reports any
// file that is not where a content file can be.
func (l *loader) list(fsys fs.FS) ([]contentFile, error) {
	var out []contentFile
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == "." {
				return err
			}
			l.ps.add(Visible(name), 0, "cannot read: %v", unwrapPath(err))
			l.unread++
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") && name != "." {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(name, ".md") {
			return nil
		}
		kind, ok := kindOf(name)
		if !ok {
			l.ps.add(Visible(name), 0, "not a place for a content file: use story.md, %s", strings.Join(folderNames(), "/, ")+"/")
			return nil
		}
		if v := Visible(name); v != name {
			// The name would be printed in messages and is shown as the
			// item's file: it must not carry terminal controls.
			l.ps.add(v, 0, "the file name has control, invisible or non-UTF-8 characters: rename it")
			l.unread++
			return nil
		}
		out = append(out, contentFile{name: name, kind: kind})
		return nil
	})
	return out, err
}

func folderNames() []string {
	var names []string
	for _, f := range folders() {
		names = append(names, f.path)
	}
	return names
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile checks that a file is a small regular UTF-8 file and decodes it.
func (l *loader) readFile(fsys fs.FS, name string, kind Kind) {
	data, msg := readSmallFile(fsys, name)
	if msg != "" {
		l.ps.add(name, 0, "%s", msg)
		l.unread++
		return
	}
	data = normalizeLineEnds(data)
	if !utf8.Valid(data) {
		l.ps.add(name, invalidUTF8Line(data), "not valid UTF-8 text")
		l.unread++
		return
	}
	r := parseRecord(&l.ps, name, data)
	if r == nil {
		l.unread++
		return
	}
	got := Kind(r.str(&l.ps, "kind", true))
	if got != "" && got != kind {
		l.ps.add(name, r.line("kind"), "kind is %q but files in this folder are %q", got, kind)
		l.unread++
		return
	}
	l.decode(r, kind)
}

// readSmallFile reads a content file, or says why it cannot. It never
// opens what is not a regular file (a FIFO would block the open until a
// writer came, a device could be endless), checks again on the open file,
// and never reads more than MaxFileSize+1 bytes, whatever the file claims.
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
	if info, err = f.Stat(); err != nil {
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

func notSmallRegular(info fs.FileInfo) string {
	if !info.Mode().IsRegular() {
		return "not a regular file but " + describeType(info.Mode()) + ": content files must be regular files"
	}
	if info.Size() > MaxFileSize {
		return fmt.Sprintf("file is %d bytes: content files may be at most %d bytes (1 MiB)", info.Size(), MaxFileSize)
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

// addRefs registers an id and where its references are, reporting a
// duplicate id.
func (l *loader) addRefs(r *record, id string, rf *refs) bool {
	if prev, dup := l.refs[id]; dup {
		l.ps.add(r.file, r.line("id"), "duplicate id %q (first used in %s:%d)", id, prev.file, prev.idLine)
		return false
	}
	rf.file, rf.idLine = r.file, r.line("id")
	l.refs[id] = rf
	l.order = append(l.order, id)
	return true
}
