package doccheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// root is the repository's root, from this package's directory.
const root = "../.."

var (
	span = regexp.MustCompile("`([^`]+)`")
	// afterPath is a path followed by identifiers in brackets:
	// `ui/nav.go` (`moveFocus`, `switchTo`).
	afterPath = regexp.MustCompile("`([^` ]+)` \\(((?:`[^`]+`(?:, )?)+)\\)")
	// inPath is an identifier said to be in a path: `moveFocus` in `ui/nav.go`.
	inPath = regexp.MustCompile("`([A-Za-z_][A-Za-z0-9_]*)` in `([^` ]+)`")
	ident  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$`)
)

// topLevel are the repository's top-level names a path in the docs may
// start with.
func topLevel(t *testing.T) map[string]bool {
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, e := range entries {
		out[e.Name()] = true
	}
	return out
}

// isRepoPath reports a span that names a file or folder of the repository.
func isRepoPath(s string, top map[string]bool) bool {
	if strings.ContainsAny(s, " ()") {
		return false
	}
	first, _, _ := strings.Cut(s, "/")
	return top[first] && (strings.Contains(s, "/") || strings.Contains(s, "."))
}

// declared lists the names a Go file declares (functions, methods, types,
// their fields, constants, variables), by file and by folder.
func declared(t *testing.T) (byFile, byDir map[string]map[string]bool) {
	byFile, byDir = map[string]map[string]bool{}, map[string]map[string]bool{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		names := map[string]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				names[n.Name.Name] = true
			case *ast.TypeSpec:
				names[n.Name.Name] = true
			case *ast.ValueSpec:
				for _, id := range n.Names {
					names[id.Name] = true
				}
			case *ast.Field:
				for _, id := range n.Names {
					names[id.Name] = true
				}
			}
			return true
		})
		byFile[rel] = names
		dir := filepath.ToSlash(filepath.Dir(rel))
		if byDir[dir] == nil {
			byDir[dir] = map[string]bool{}
		}
		for n := range names {
			byDir[dir][n] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return byFile, byDir
}

// docMap checks one document: every path it names exists, and every
// identifier it places in a file or folder is declared there.
type docMap struct {
	errorf        func(format string, args ...any)
	name          string
	top           map[string]bool
	byFile, byDir map[string]map[string]bool
}

// declares reports whether the Go file or folder at path declares name
// (a name with a dot, pkg.Name or Type.Method, is checked by its last part).
func (d *docMap) declares(path, name string) bool {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	path = strings.TrimSuffix(path, "/")
	if names, ok := d.byFile[path]; ok {
		return names[name]
	}
	if d.byDir[path][name] {
		return true
	}
	for dir, names := range d.byDir { // a folder of packages: internal/devtools
		if strings.HasPrefix(dir, path+"/") && names[name] {
			return true
		}
	}
	return false
}

func (d *docMap) checkLine(n int, line string) {
	for _, m := range span.FindAllStringSubmatch(line, -1) {
		if p := m[1]; isRepoPath(p, d.top) {
			if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(strings.TrimSuffix(p, "/")))); err != nil {
				d.errorf("%s:%d: %s does not exist", d.name, n, p)
			}
		}
	}
	for _, m := range afterPath.FindAllStringSubmatch(line, -1) {
		if !isRepoPath(m[1], d.top) || !strings.HasSuffix(m[1], ".go") && !isGoDir(m[1], d.byDir) {
			continue
		}
		for _, id := range span.FindAllStringSubmatch(m[2], -1) {
			if ident.MatchString(id[1]) && !d.declares(m[1], id[1]) {
				d.errorf("%s:%d: %s does not declare %s", d.name, n, m[1], id[1])
			}
		}
	}
	for _, m := range inPath.FindAllStringSubmatch(line, -1) {
		if isRepoPath(m[2], d.top) && !d.declares(m[2], m[1]) {
			d.errorf("%s:%d: %s does not declare %s", d.name, n, m[2], m[1])
		}
	}
	d.checkComponentRow(n, line)
}

// checkComponentRow checks a table row that names a type and its files,
// then the methods that change it: | `reader` | `ui/reader.go` | … | `show` |.
func (d *docMap) checkComponentRow(n int, line string) {
	cells := strings.Split(strings.Trim(line, "| "), " | ")
	if len(cells) < 3 || !strings.HasPrefix(line, "| `") {
		return
	}
	typ := span.FindStringSubmatch(cells[0])
	files := span.FindAllStringSubmatch(cells[1], -1)
	if typ == nil || !ident.MatchString(typ[1]) || len(files) == 0 || !strings.HasSuffix(files[0][1], ".go") {
		return
	}
	dir := filepath.ToSlash(filepath.Dir(files[0][1]))
	for _, id := range span.FindAllStringSubmatch(cells[len(cells)-1], -1) {
		if ident.MatchString(id[1]) && !d.declares(dir, id[1]) {
			d.errorf("%s:%d: %s does not declare %s", d.name, n, dir, id[1])
		}
	}
}

func isGoDir(p string, byDir map[string]map[string]bool) bool {
	_, ok := byDir[strings.TrimSuffix(p, "/")]
	return ok
}

// docs/ARCHITECTURE.md is the map: every path it names exists and every
// identifier it places in a file or package is declared there.
func TestArchitectureIsTrue(t *testing.T) {
	byFile, byDir := declared(t)
	d := &docMap{errorf: t.Errorf, name: "docs/ARCHITECTURE.md", top: topLevel(t), byFile: byFile, byDir: byDir}
	data, err := os.ReadFile(filepath.Join(root, "docs", "ARCHITECTURE.md"))
	if err != nil {
		t.Fatal(err)
	}
	inCode := false
	for i, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "```") {
			inCode = !inCode
		}
		if !inCode {
			d.checkLine(i+1, line)
		}
	}
	// Every package is on the map.
	for dir := range byDir {
		if strings.HasSuffix(dir, "testdata") || strings.Contains(dir, "/testdata/") || dir == "." {
			continue
		}
		if !strings.Contains(string(data), "`"+dir+"`") && !strings.Contains(string(data), "`"+dir+"/") {
			t.Errorf("docs/ARCHITECTURE.md does not name the package %s", dir)
		}
	}
}

// The check finds what it is for: a missing path, an identifier not in
// its file.
func TestArchitectureCheckFindsMistakes(t *testing.T) {
	byFile, byDir := declared(t)
	failed := false
	d := &docMap{errorf: func(string, ...any) { failed = true }, name: "sample", top: topLevel(t), byFile: byFile, byDir: byDir}
	for _, line := range []string{
		"see `ui/nothere.go`",
		"| x | `ui/nav.go` (`moveFocus`, `noSuchFunc`) |",
		"`noSuchFunc` in `ui/nav.go`",
		"| `reader` | `ui/reader.go` | what | `show`, `noSuchMethod` |",
	} {
		failed = false
		d.checkLine(1, line)
		if !failed {
			t.Errorf("the check let through %q", line)
		}
	}
	failed = false
	d.checkLine(1, "| x | `ui/nav.go` (`moveFocus`, `switchTo`) | `reader` in `ui/reader.go` |")
	if failed {
		t.Error("the check refused a true line")
	}
}

// The other documents name only paths that exist.
func TestDocumentsNameRealPaths(t *testing.T) {
	byFile, byDir := declared(t)
	docs, err := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, filepath.Join(root, "README.md"), filepath.Join(root, "CONTRIBUTING.md"))
	for _, p := range docs {
		rel, _ := filepath.Rel(root, p)
		d := &docMap{errorf: t.Errorf, name: filepath.ToSlash(rel), top: topLevel(t), byFile: byFile, byDir: byDir}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range span.FindAllStringSubmatch(line, -1) {
				if q := m[1]; isRepoPath(q, d.top) {
					if found, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(strings.TrimSuffix(q, "/")))); len(found) == 0 {
						t.Errorf("%s:%d: %s does not exist", d.name, i+1, q)
					}
				}
			}
		}
	}
}
