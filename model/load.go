package model

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// Folders lists the folders of a pack and the kind of their files: the
// one list of them, which the loader, the checks and the tools follow.
func Folders() []Folder {
	return []Folder{
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

// Folder is where the files of one kind live in a pack.
type Folder struct {
	Path string
	Kind Kind
}

// FolderOf gives the folder of a kind's files ("" for the story, which is
// story.md at the top).
func FolderOf(k Kind) string {
	for _, f := range Folders() {
		if f.Kind == k {
			return f.Path
		}
	}
	return ""
}

// KindOf gives the kind of the content file at a path in a pack.
func KindOf(name string) (Kind, bool) {
	switch name {
	case storyFile:
		return KindStory, true
	case tourFile:
		return KindTour, true
	}
	dir := path.Dir(name)
	for _, f := range Folders() {
		if f.Path == dir {
			return f.Kind, true
		}
	}
	return "", false
}

const (
	storyFile = "story.md"
	tourFile  = "tour.md"
)

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
	// tour says where tour.md wrote its steps; nil without a tour.
	tour *tourRefs
}

// newLoader is a loader with nothing loaded yet.
func newLoader() *loader {
	l := &loader{refs: map[string]*refs{}, matchLines: map[*Glossary][]int{}}
	l.story.entries = map[string]Entry{}
	l.story.notes = map[string]*Note{}
	l.story.blocks = map[string]*Block{}
	l.story.facts = map[string]*Fact{}
	return l
}

// Load reads and validates a content pack from a file system: the
// embedded story, or any fs.FS safe for use by several goroutines at once
// (embed.FS, os.DirFS and fstest.MapFS are), as files are read and parsed
// in parallel. On failure the error is a *LoadError listing every problem
// found, each with its file and line. A pack on disk is better loaded with
// LoadDir, which keeps links inside the pack.
func Load(fsys fs.FS) (*Story, error) {
	return load(fsys, func(name string) ([]byte, string) { return readSmallFile(fsys, name) }, defaultLimits())
}

// LoadDir reads and validates the content pack in a directory. Files are
// opened through an os.Root of dir, so no symbolic link or ".." leads
// outside it; only regular files with one name are read, without blocking
// on special files. On failure the error is a *LoadError whose Root is
// dir, listing every problem found.
func LoadDir(dir string) (*Story, error) {
	name := dir
	if len(name) > 1 {
		name = strings.TrimSuffix(name, "/")
	}
	// os.OpenRoot opens its path without O_DIRECTORY or O_NONBLOCK, so a
	// FIFO given as the pack would block it until a writer came: what is
	// not a directory is refused first.
	info, err := os.Stat(dir)
	if err == nil && !info.IsDir() {
		err = syscall.ENOTDIR
	}
	var root *os.Root
	if err == nil {
		root, err = os.OpenRoot(dir)
	}
	if err != nil {
		return nil, &LoadError{Root: name, Problems: []Problem{{Msg: "cannot open the pack: " + unwrapPath(err).Error()}}}
	}
	defer root.Close()
	s, err := load(root.FS(), func(name string) ([]byte, string) { return readRootFile(root, name) }, defaultLimits())
	var le *LoadError
	if errors.As(err, &le) {
		le.Root = name
	}
	return s, err
}

// load lists the files of a pack, reads and parses each, then decodes and
// validates them.
func load(fsys fs.FS, read readFunc, lim packLimits) (*Story, error) {
	l := newLoader()
	files, err := l.list(fsys, lim)
	switch {
	case errors.Is(err, errTooManyFiles):
		return nil, &LoadError{Problems: []Problem{{Msg: fmt.Sprintf("the pack has more than %d content files: a pack may have at most that many", lim.files)}}}
	case errors.Is(err, errTooManyEntries):
		return nil, &LoadError{Problems: []Problem{{Msg: fmt.Sprintf("the pack's folders hold more than %d files and folders: is it the right directory?", lim.entries)}}}
	case err != nil:
		return nil, &LoadError{Problems: []Problem{{Msg: "cannot read the pack: " + unwrapPath(err).Error()}}}
	}
	budget := packBytes{limit: int64(lim.bytes)}
	parseAll(budget.reader(read), files, func(f contentFile, p parsedFile) {
		l.ps.list = append(l.ps.list, p.ps.list...)
		if p.rec == nil {
			l.unread++
			return
		}
		l.decodeFile(p.rec, f.kind)
	})
	if budget.over.Load() {
		return nil, &LoadError{Problems: []Problem{budget.problem()}}
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
func (l *loader) list(fsys fs.FS, lim packLimits) ([]contentFile, error) {
	var out []contentFile
	entries := 0
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if entries++; entries > lim.entries {
			return errTooManyEntries
		}
		if err != nil {
			if name == "." {
				return err
			}
			l.ps.add(termsafe.VisibleLine(name), 0, "cannot read: %v", unwrapPath(err))
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
		kind, ok := KindOf(name)
		if !ok {
			l.ps.add(termsafe.VisibleLine(name), 0, "not a place for a content file: use story.md, tour.md, %s", strings.Join(folderNames(), "/, ")+"/")
			return nil
		}
		if v := termsafe.VisibleLine(name); v != name {
			// The name is printed in messages and shown as the item's
			// file: a control would act on the terminal, a newline would
			// start a line of its own in a message.
			l.ps.add(v, 0, "the file name has control (newline and tab included), invisible or non-UTF-8 characters, shown escaped: rename it")
			l.unread++
			return nil
		}
		if out = append(out, contentFile{name: name, kind: kind}); len(out) > lim.files {
			return errTooManyFiles
		}
		return nil
	})
	return out, err
}

var (
	errTooManyFiles   = errors.New("too many content files")
	errTooManyEntries = errors.New("too many entries")
)

func folderNames() []string {
	var names []string
	for _, f := range Folders() {
		names = append(names, f.Path)
	}
	return names
}

// parsedFile is one content file read and parsed, with its problems.
type parsedFile struct {
	rec *record // nil when the file could not be read as a record
	ps  problems
}

// parseFile reads one content file, checks that it is UTF-8 text and
// parses it. It touches nothing shared, so files can be parsed at once.
func parseFile(read readFunc, f contentFile) parsedFile {
	var p parsedFile
	data, msg := read(f.name)
	if msg == skipped {
		return p
	}
	if msg != "" {
		p.ps.add(f.name, 0, "%s", msg)
		return p
	}
	data = normalizeLineEnds(data)
	if !utf8.Valid(data) {
		p.ps.add(f.name, invalidUTF8Line(data), "not valid UTF-8 text")
		return p
	}
	if line, kana := halfWidthKana(data); line > 0 {
		p.ps.add(f.name, line, "half-width katakana %q: write it full-width (terminals draw it at another width than it is measured)", kana)
	}
	p.rec = parseRecord(&p.ps, f.name, data)
	return p
}

// halfWidthKana finds the first run of half-width katakana (U+FF61–U+FF9F)
// in a file, and its line; 0 when there is none.
func halfWidthKana(data []byte) (int, string) {
	isHalf := func(r rune) bool { return r >= 0xff61 && r <= 0xff9f }
	i := bytes.IndexFunc(data, isHalf)
	if i < 0 {
		return 0, ""
	}
	run := data[i:]
	if end := bytes.IndexFunc(run, func(r rune) bool { return !isHalf(r) }); end >= 0 {
		run = run[:end]
	}
	return bytes.Count(data[:i], []byte("\n")) + 1, string(run)
}

// decodeFile checks a record's kind against its folder and decodes it.
func (l *loader) decodeFile(r *record, kind Kind) {
	got := Kind(r.str(&l.ps, "kind", true))
	if got != "" && got != kind {
		l.ps.add(r.file, r.line("kind"), "kind is %q but files in this folder are %q", got, kind)
		l.unread++
		return
	}
	l.decode(r, kind)
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
