package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/dealtui/dealtui/model"
	"github.com/goccy/go-yaml"
)

// paneOrder lists the panes in the order they are printed.
func paneOrder() []string {
	return []string{"story", "timeline", "deal", "japan", "impact", "glossary", "notes", "digest"}
}

// storyPanes are the panes whose sentences are classified.
func storyPanes() map[string]bool {
	return map[string]bool{"story": true, "timeline": true, "deal": true, "japan": true, "impact": true}
}

// notText lists the front matter keys that hold ids or closed words, not
// text a reader reads as prose.
func notText() map[string]bool {
	return map[string]bool{
		"id": true, "kind": true, "provenance": true, "citations": true, "related": true,
		"notes": true, "terms": true, "blocks": true, "gains": true, "changed": true,
		"subject": true, "group": true, "role": true, "origin": true, "date": true, "match": true,
	}
}

// sentenceFields are the front matter fields read as sentences, besides
// caveats, which are read apart.
func sentenceFields() []string {
	return []string{"summary", "what_changed", "why_it_matters", "before", "after", "enables", "in_this_deal"}
}

type sentence struct {
	file, text string
	caveat     bool
}

type pane struct {
	name      string
	files     int
	words     int
	sentences []sentence
}

func (p *pane) caveats() int {
	n := 0
	for _, s := range p.sentences {
		if s.caveat {
			n++
		}
	}
	return n
}

type stats struct {
	panes map[string]*pane
}

// paneOf names the pane of a content file, or "" for a file that is not
// part of the story's text.
func paneOf(name string) string {
	if !strings.HasSuffix(name, ".md") {
		return ""
	}
	k, ok := model.KindOf(name)
	if !ok {
		return ""
	}
	switch k {
	case model.KindStory:
		return "story"
	case model.KindNote:
		return "notes"
	case model.KindBlock, model.KindFact:
		return "digest"
	}
	return model.FolderOf(k) // a pane's folder is its name
}

func measure(fsys fs.FS) (*stats, error) {
	st := &stats{panes: map[string]*pane{}}
	for _, name := range paneOrder() {
		st.panes[name] = &pane{name: name}
	}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		p := paneOf(name)
		if d.IsDir() || p == "" {
			return nil
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		return st.add(st.panes[p], name, data)
	})
	if err != nil {
		return nil, err
	}
	if st.panes["story"].files == 0 {
		return nil, fmt.Errorf("no story.md: not a content pack")
	}
	return st, nil
}

// add counts one file's words and, in a story pane, its sentences.
func (st *stats) add(p *pane, name string, data []byte) error {
	fm, body, err := split(data)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	fields := map[string]any{}
	if err := yaml.Unmarshal(fm, &fields); err != nil {
		return fmt.Errorf("%s: front matter: %v", name, err)
	}
	p.files++
	skip := notText()
	for k, v := range fields {
		if !skip[k] {
			p.words += countWords(v)
		}
	}
	p.words += countWords(body)
	if !storyPanes()[p.name] {
		return nil
	}
	for _, k := range sentenceFields() {
		if s, ok := fields[k].(string); ok {
			p.addSentences(name, s, false)
		}
	}
	if list, ok := fields["caveats"].([]any); ok {
		for _, c := range list {
			if s, ok := c.(string); ok {
				p.addSentences(name, s, true)
			}
		}
	}
	for _, unit := range bodyUnits(body) {
		p.addSentences(name, unit, false)
	}
	return nil
}

func (p *pane) addSentences(file, text string, inCaveats bool) {
	for _, s := range sentences(text) {
		p.sentences = append(p.sentences, sentence{file: file, text: s, caveat: inCaveats || isCaveat(s)})
	}
}

// split parses a content file into its front matter and body.
func split(data []byte) (fm []byte, body string, err error) {
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	rest, ok := bytes.CutPrefix(data, []byte("---\n"))
	if !ok {
		return nil, "", fmt.Errorf("no front matter")
	}
	if after, ok := bytes.CutPrefix(rest, []byte("---\n")); ok {
		return nil, string(after), nil
	}
	fm, b, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		if fm, ok = bytes.CutSuffix(rest, []byte("\n---")); !ok {
			return nil, "", fmt.Errorf("front matter is not closed")
		}
	}
	return fm, string(b), nil
}

func countWords(v any) int {
	switch v := v.(type) {
	case string:
		return len(wordPattern.FindAllString(v, -1))
	case []any:
		n := 0
		for _, e := range v {
			n += countWords(e)
		}
		return n
	case map[string]any:
		n := 0
		for _, e := range v {
			n += countWords(e)
		}
		return n
	}
	return 0
}

func (st *stats) print(w io.Writer) {
	fmt.Fprintf(w, "%-9s %6s %7s %10s %8s %7s\n", "pane", "files", "words", "sentences", "caveats", "share")
	total := 0
	for _, name := range paneOrder() {
		p := st.panes[name]
		total += p.words
		if !storyPanes()[name] {
			fmt.Fprintf(w, "%-9s %6d %7d\n", name, p.files, p.words)
			continue
		}
		fmt.Fprintf(w, "%-9s %6d %7d %10d %8d %6.0f%%\n", name, p.files, p.words, len(p.sentences), p.caveats(), share(p))
	}
	fmt.Fprintf(w, "%-9s %6s %7d\n", "total", "", total)
	j := st.panes["japan"]
	fmt.Fprintf(w, "\nJapan pane: %d of %d sentences are caveats (%.0f %%)\n", j.caveats(), len(j.sentences), share(j))
}

func share(p *pane) float64 {
	if len(p.sentences) == 0 {
		return 0
	}
	return 100 * float64(p.caveats()) / float64(len(p.sentences))
}

func (st *stats) printSentences(w io.Writer, name string) {
	fmt.Fprintf(w, "\nSentences of the %s pane (C = caveat):\n", name)
	for _, s := range st.panes[name].sentences {
		mark := " "
		if s.caveat {
			mark = "C"
		}
		fmt.Fprintf(w, "%s %s: %s\n", mark, s.file, s.text)
	}
}
