package model

import (
	"slices"
	"strings"
	"unicode"

	"github.com/goccy/go-yaml/ast"
)

// Limits of a tour (docs/CONTENT-FORMAT.md, "The tour").
const (
	// MaxTourSteps keeps tour.md within the front matter's 128 keys: five
	// per step.
	MaxTourSteps = 24
	// MaxNarrationWords is the longest narration in words, in a pack
	// written with spaces between words (English).
	MaxNarrationWords = 60
	// MaxNarrationChars is the longest narration in characters, spaces
	// not counted, in a Japanese pack.
	MaxNarrationChars = 150
)

// stepFields are the fields of a tour step, in the order they are
// documented.
func stepFields() []string { return []string{"item", "phrase", "narration", "citations", "notes"} }

// tourRefs remembers where tour.md wrote the parts of each step, for
// messages.
type tourRefs struct {
	file      string
	stepsLine int
	steps     []stepRefs // one for each of Tour.Steps
}

type stepRefs struct {
	line, itemLine, phraseLine, narrationLine int
	citeLines, noteLines                      []int
}

// decodeTour reads tour.md: an optional title and intro, and its steps.
func (l *loader) decodeTour(r *record) {
	ps := &l.ps
	t := &Tour{Title: r.str(ps, "title", false), Intro: r.str(ps, "intro", false), File: r.file, Steps: []*TourStep{}}
	tr := &tourRefs{file: r.file, stepsLine: r.line("steps")}
	for _, sr := range r.mappings(ps, "steps") {
		st, refs := decodeStep(ps, sr)
		t.Steps = append(t.Steps, st)
		tr.steps = append(tr.steps, refs)
	}
	if strings.TrimSpace(r.body) != "" {
		ps.add(r.file, r.bodyLine, "tour.md has no body: the tour is its front matter (title, intro, steps)")
	}
	r.unknown(ps, KindTour)
	l.story.Tour, l.tour = t, tr
}

// decodeStep reads one step of the tour.
func decodeStep(ps *problems, r *record) (*TourStep, stepRefs) {
	st := &TourStep{
		Item:      r.str(ps, "item", true),
		Phrase:    r.str(ps, "phrase", false),
		Narration: r.str(ps, "narration", true),
	}
	refs := stepRefs{line: r.startLine(), itemLine: r.line("item"), phraseLine: r.line("phrase"), narrationLine: r.line("narration")}
	st.Citations, refs.citeLines = r.list(ps, "citations", true)
	st.Notes, refs.noteLines = r.list(ps, "notes", false)
	st.Citations, st.Notes = nonNil(st.Citations), nonNil(st.Notes)
	for key, f := range r.keys {
		if !slices.Contains(stepFields(), key) {
			ps.add(r.file, f.line, "unknown field %q in a tour step: a step has %s", key, strings.Join(stepFields(), ", "))
		}
	}
	return st, refs
}

// mappings reads a list of mappings (the tour's steps) as records of their
// own, each starting at its line.
func (r *record) mappings(ps *problems, key string) []*record {
	f, ok := r.field(ps, key, true)
	if !ok {
		return nil
	}
	n, why := unwrap(f.node, "!!seq")
	if why != "" {
		ps.add(r.file, f.line, "field %q %s", key, why)
		return nil
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		ps.add(r.file, f.line, "field %q must be a list of steps, each a mapping (\"- item: …\")", key)
		return nil
	}
	var out []*record
	for _, v := range seq.Values {
		if sub := r.subRecord(ps, key, v); sub != nil {
			out = append(out, sub)
		}
	}
	if len(out) == 0 && len(seq.Values) == 0 {
		ps.add(r.file, f.line, "field %q is empty", key)
	}
	return out
}

// subRecord makes a record of one mapping inside the front matter.
func (r *record) subRecord(ps *problems, key string, v ast.Node) *record {
	line := fileLine(v)
	n, why := unwrap(v, "!!map")
	if why != "" {
		ps.add(r.file, line, "field %q: an entry %s", key, why)
		return nil
	}
	var pairs []*ast.MappingValueNode
	switch m := n.(type) {
	case *ast.MappingNode:
		pairs = m.Values
	case *ast.MappingValueNode:
		pairs = []*ast.MappingValueNode{m}
	default:
		ps.add(r.file, line, "field %q: each entry must be a mapping of fields (item, narration, …), not a %s", key, shape(n))
		return nil
	}
	sub := &record{file: r.file, keys: map[string]field{}, used: map[string]bool{}, start: line}
	for _, mv := range pairs {
		k, kl := mv.Key.GetToken().Value, fileLine(mv.Key)
		if prev, dup := sub.keys[k]; dup {
			ps.add(r.file, kl, "field %q is given twice (first at line %d)", k, prev.line)
			continue
		}
		sub.keys[k] = field{line: kl, node: mv.Value}
	}
	return sub
}

// checkTour checks the tour against the rest of the pack: every step's
// item, phrase, citations and notes, the narration's length, and that
// the tour visits the four panes the story is told in.
func (l *loader) checkTour() {
	t, tr := l.story.Tour, l.tour
	if t == nil {
		return
	}
	if len(t.Steps) > MaxTourSteps {
		l.ps.add(tr.file, tr.stepsLine, "the tour has %d steps: at most %d", len(t.Steps), MaxTourSteps)
	}
	visited := map[Pane]bool{}
	resolved := len(t.Steps) > 0
	for i, st := range t.Steps {
		e, ok := l.checkStep(i+1, st, tr.steps[i])
		if ok {
			visited[PaneOf(e)] = true
		}
		resolved = resolved && ok
	}
	// A step whose item is unknown may have been meant for any pane.
	if !resolved {
		return
	}
	for _, p := range []Pane{PaneTimeline, PaneDeal, PaneJapan, PaneImpact} {
		if !visited[p] {
			l.ps.add(tr.file, tr.stepsLine, "the tour does not visit the %s pane: a tour shows at least one item of the timeline, the deal changes, Japan and the wider impact", p.Title())
		}
	}
}

// checkStep checks one step and gives its item when it names one.
func (l *loader) checkStep(n int, st *TourStep, sr stepRefs) (Entry, bool) {
	ps, file := &l.ps, l.tour.file
	for i, c := range st.Citations {
		if _, ok := l.citable(c); !ok {
			ps.add(file, sr.citeLines[i], "step %d: citation %q is not a known article block (P01…) or background fact (B01…) of this pack", n, c)
		}
	}
	for i, id := range st.Notes {
		if _, ok := l.story.notes[id]; !ok {
			ps.add(file, sr.noteLines[i], "step %d: note %q is not the id of any source note", n, id)
		}
	}
	if size := NarrationLength(st.Narration, l.story.Lang); l.story.Lang == Japanese && size > MaxNarrationChars {
		ps.add(file, sr.narrationLine, "step %d: the narration has %d characters: at most %d in Japanese", n, size, MaxNarrationChars)
	} else if l.story.Lang != Japanese && size > MaxNarrationWords {
		ps.add(file, sr.narrationLine, "step %d: the narration has %d words: at most %d", n, size, MaxNarrationWords)
	}
	if st.Item == "" {
		return nil, false
	}
	e, ok := l.story.entries[st.Item]
	if !ok {
		ps.add(file, sr.itemLine, "step %d: item %q is not the id of any item", n, st.Item)
		return nil, false
	}
	switch {
	case strings.Contains(st.Phrase, `"`):
		ps.add(file, sr.phraseLine, "step %d: the phrase may not contain a double quote (\")", n)
	case st.Phrase != "" && !phraseIn(e, st.Highlight()):
		ps.add(file, sr.phraseLine, "step %d: phrase %q is not in the text of item %q (its title, summary, fields or body)", n, st.Phrase, st.Item)
	}
	return e, true
}

// phraseIn reports whether a query finds anything in an entry's text, as
// the search reads it (the body without its Markdown).
func phraseIn(e Entry, q Query) bool {
	for _, f := range Fields(e) {
		text := f.Text
		if f.Name == "body" {
			text = plainForSearch(text)
		}
		if len(q.Matches(text)) > 0 {
			return true
		}
	}
	return false
}

// NarrationLength measures a narration as its limit counts it in the
// pack's language: in characters, spaces not counted, in Japanese
// (written without spaces between words); else in words.
func NarrationLength(s string, lang Lang) int {
	if lang != Japanese {
		return len(strings.Fields(s))
	}
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
