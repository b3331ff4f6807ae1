package ui

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// components are the explorer's parts that own their state: only their
// own methods write their fields (docs/ARCHITECTURE.md, "The
// components"). modelFields maps the root's fields to the component each
// holds.
var (
	components  = []string{"reader", "search", "helpView", "listPane", "band", "history", "status", "tour"}
	modelFields = map[string]string{"reader": "reader", "search": "search", "help": "helpView", "lists": "listPane", "band": "band", "hist": "history", "status": "status", "tour": "tour"}
)

// focusWriter is the one function that changes the focus.
const focusWriter = "moveFocus"

// No file writes another component's fields: not by assignment, ++ or --,
// not by taking a field's address, not by calling a method on a field (a
// viewport, a text input) from outside the component. The focus is
// written only by moveFocus. The check reads the package's source.
func TestComponentsOwnTheirFields(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string][]string{} // component → its field names
	stateful := map[string]bool{}   // component.field → a value a method call changes
	var parsed []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
		collectFields(f, fields, stateful)
	}
	var found []string
	for _, f := range parsed {
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok && fn.Body != nil {
				found = append(found, ownershipProblems(fset, fn, fields, stateful)...)
			}
		}
	}
	if len(found) > 0 {
		t.Errorf("writes to another component's fields (give the component a method):\n%s", strings.Join(found, "\n"))
	}
}

// collectFields lists each component's fields, and which of them hold a
// Bubbles model (a viewport, a text input), whose methods change it.
func collectFields(f *ast.File, fields map[string][]string, stateful map[string]bool) {
	ast.Inspect(f, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || !slices.Contains(components, ts.Name.Name) {
			return true
		}
		if st, ok := ts.Type.(*ast.StructType); ok {
			for _, fl := range st.Fields.List {
				for _, n := range fl.Names {
					fields[ts.Name.Name] = append(fields[ts.Name.Name], n.Name)
					if sel, ok := fl.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Model" {
						stateful[ts.Name.Name+"."+n.Name] = true
					}
				}
			}
		}
		return false
	})
}

// funcCheck is what the check knows inside one function: whose method it
// is, and which local names hold a component.
type funcCheck struct {
	fset     *token.FileSet
	name     string
	owner    string            // the receiver's type, or ""
	local    map[string]string // variable → component type
	fields   map[string][]string
	stateful map[string]bool
	found    []string
}

func ownershipProblems(fset *token.FileSet, fn *ast.FuncDecl, fields map[string][]string, stateful map[string]bool) []string {
	c := &funcCheck{fset: fset, name: fn.Name.Name, local: map[string]string{}, fields: fields, stateful: stateful}
	if fn.Recv != nil && len(fn.Recv.List) == 1 {
		c.owner = typeName(fn.Recv.List[0].Type)
		for _, n := range fn.Recv.List[0].Names {
			c.local[n.Name] = c.owner
		}
	}
	for _, p := range fn.Type.Params.List {
		if tn := typeName(p.Type); tn == "Model" || slices.Contains(components, tn) {
			for _, n := range p.Names {
				c.local[n.Name] = tn
			}
		}
	}
	ast.Inspect(fn.Body, c.visit)
	return c.found
}

func (c *funcCheck) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.AssignStmt:
		c.aliases(n)
		for _, lhs := range n.Lhs {
			c.written(lhs, "assigns")
		}
	case *ast.IncDecStmt:
		c.written(n.X, "increments")
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			c.written(n.X, "takes the address of")
		}
	case *ast.CallExpr:
		if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
			c.written(sel.X, "calls a method on")
		}
	}
	return true
}

// aliases records local variables that hold a component: r := m.reader,
// l := m.lists[p].
func (c *funcCheck) aliases(a *ast.AssignStmt) {
	for i, rhs := range a.Rhs {
		if i >= len(a.Lhs) {
			break
		}
		id, ok := a.Lhs[i].(*ast.Ident)
		if !ok {
			continue
		}
		if comp := c.componentOf(rhs); comp != "" {
			c.local[id.Name] = comp
		}
	}
}

// componentOf gives the component an expression is, or "".
func (c *funcCheck) componentOf(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return c.local[e.Name]
	case *ast.IndexExpr:
		return c.componentOf(e.X)
	case *ast.SelectorExpr:
		if x, ok := e.X.(*ast.Ident); ok && c.local[x.Name] == "Model" {
			return modelFields[e.Sel.Name]
		}
	}
	return ""
}

// written reports e when it is a field of a component this function does
// not belong to, or the focus outside moveFocus.
func (c *funcCheck) written(e ast.Expr, how string) {
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return
	}
	if c.isFocus(sel) {
		// focus is a value with value methods: calling one reads it.
		if c.name != focusWriter && how != "calls a method on" {
			c.report(sel, how+" the focus outside "+focusWriter)
		}
		return
	}
	// Down a chain (m.reader.vp.YOffset), the first selector on a
	// component decides.
	for x := sel; x != nil; x = asSelector(x.X) {
		comp := c.componentOf(x.X)
		if comp == "" {
			continue
		}
		isField := slices.Contains(c.fields[comp], x.Sel.Name)
		if how == "calls a method on" {
			// Reading a field through a value's method is reading;
			// a Bubbles model's methods change it.
			isField = isField && x == sel && c.stateful[comp+"."+x.Sel.Name]
		}
		if comp != c.owner && isField {
			c.report(sel, fmt.Sprintf("%s %s's field %s", how, comp, x.Sel.Name))
		}
		return
	}
}

func (c *funcCheck) isFocus(sel *ast.SelectorExpr) bool {
	for x := sel; x != nil; x = asSelector(x.X) {
		if x.Sel.Name == "focus" {
			if id, ok := x.X.(*ast.Ident); ok && c.local[id.Name] == "Model" {
				return true
			}
		}
	}
	return false
}

func (c *funcCheck) report(at ast.Node, what string) {
	pos := c.fset.Position(at.Pos())
	c.found = append(c.found, fmt.Sprintf("  %s:%d: %s %s", pos.Filename, pos.Line, c.name, what))
}

func asSelector(e ast.Expr) *ast.SelectorExpr {
	s, _ := e.(*ast.SelectorExpr)
	return s
}

// typeName is the name of a type expression, without its pointer.
func typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return typeName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// The check finds what it is for: a sample of each kind of write.
func TestOwnershipCheckFindsWrites(t *testing.T) {
	src := `package ui
func (m *Model) a() { m.reader.query = x; m.reader.vp.GotoTop() }
func (m *Model) b() { r := m.reader; r.linkSel++; l := m.lists[0]; l.sel = 1 }
func (m *Model) c() { m.focus.area = areaReader; wheel(&m.help.vp) }
func (m *Model) moveFocus(f focus) { m.focus = f }
func (r *reader) d() { r.query = x; r.vp.GotoTop() }
func (m *Model) e() { m.reader.show(nil); _ = m.reader.query; m.reader.query.Empty() }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "sample.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string][]string{"reader": {"query", "vp", "linkSel"}, "listPane": {"sel"}, "helpView": {"vp"}}
	stateful := map[string]bool{"reader.vp": true, "helpView.vp": true}
	var found []string
	for _, d := range f.Decls {
		found = append(found, ownershipProblems(fset, d.(*ast.FuncDecl), fields, stateful)...)
	}
	want := []string{
		"a assigns reader's field query", "a calls a method on reader's field vp",
		"b increments reader's field linkSel", "b assigns listPane's field sel",
		"c assigns the focus outside moveFocus", "c takes the address of helpView's field vp",
	}
	got := strings.Join(found, "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missed: %s", w)
		}
	}
	if len(found) != len(want) {
		t.Errorf("found %d problems, want %d:\n%s", len(found), len(want), got)
	}
}
