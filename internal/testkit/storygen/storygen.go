package storygen

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

// isItem reports a file of a story item, which is copied; everything else
// in a pack (story.md, the glossary, notes, sources) is kept as it is.
func isItem(name string) bool {
	k, ok := model.KindOf(name)
	return ok && k.IsStoryItem()
}

// Generate returns a pack with factor times the items of src. Copy 0 is
// the source item unchanged; copy c ≥ 1 has its id and its related ids
// suffixed with -cNNN, its title suffixed with "(copy N)", and a file name
// that sorts after the source items, so the original story comes first.
// The story itself ("story") is not copied; references to it are kept.
func Generate(src fs.FS, factor int) (fstest.MapFS, error) {
	if factor < 1 {
		return nil, fmt.Errorf("storygen: factor %d: want 1 or more", factor)
	}
	out := fstest.MapFS{}
	err := fs.WalkDir(src, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(name, ".md") {
			return nil
		}
		data, err := fs.ReadFile(src, name)
		if err != nil {
			return err
		}
		out[name] = &fstest.MapFile{Data: data, Mode: 0o644}
		if !isItem(name) {
			return nil
		}
		for c := 1; c < factor; c++ {
			cp, err := copyItem(data, c)
			if err != nil {
				return fmt.Errorf("storygen: %s: %w", name, err)
			}
			n := path.Join(path.Dir(name), fmt.Sprintf("c%04d-%s", c, path.Base(name)))
			out[n] = &fstest.MapFile{Data: cp, Mode: 0o644}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

var (
	idLine      = regexp.MustCompile(`(?m)^id: *(\S+) *$`)
	titleLine   = regexp.MustCompile(`(?m)^title: *(.*)$`)
	relatedLine = regexp.MustCompile(`(?m)^related: *\[(.*)\] *$`)
)

// copyItem rewrites one item file's front matter for copy c. The source
// must use the flow list form for related ([a, b]), as content/ does.
func copyItem(data []byte, c int) ([]byte, error) {
	end := bytes.Index(data[4:], []byte("\n---\n"))
	if !bytes.HasPrefix(data, []byte("---\n")) || end < 0 {
		return nil, fmt.Errorf("no front matter")
	}
	fm, body := string(data[:4+end+1]), data[4+end+1:]
	suffix := fmt.Sprintf("-c%03d", c)
	if !idLine.MatchString(fm) {
		return nil, fmt.Errorf("no id")
	}
	fm = idLine.ReplaceAllString(fm, "id: ${1}"+suffix)
	fm = titleLine.ReplaceAllStringFunc(fm, func(l string) string {
		t := strings.TrimSpace(strings.TrimPrefix(l, "title:"))
		if strings.HasPrefix(t, `"`) || strings.HasPrefix(t, `'`) {
			q := t[:1]
			return "title: " + strings.TrimSuffix(t, q) + fmt.Sprintf(" (copy %d)", c) + q
		}
		return "title: " + t + fmt.Sprintf(" (copy %d)", c)
	})
	fm = relatedLine.ReplaceAllStringFunc(fm, func(l string) string {
		inner := relatedLine.FindStringSubmatch(l)[1]
		var ids []string
		for _, id := range strings.Split(inner, ",") {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if id != "story" {
				id += suffix
			}
			ids = append(ids, id)
		}
		return "related: [" + strings.Join(ids, ", ") + "]"
	})
	return append([]byte(fm), body...), nil
}

// WriteDir writes a generated pack under dir, which must not exist or be
// empty.
func WriteDir(pack fstest.MapFS, dir string) error {
	names := make([]string, 0, len(pack))
	for n := range pack {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, pack[n].Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Items counts the story items (timeline, deal, japan, impact) of a pack.
func Items(pack fstest.MapFS) int {
	n := 0
	for name := range pack {
		if isItem(name) {
			n++
		}
	}
	return n
}
