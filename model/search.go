package model

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Hit is one thing that matches a query: a story item, a source note or a
// source-digest entry, with the place of its best match for a snippet.
type Hit struct {
	ID    string
	Kind  Kind
	Title string
	Entry Entry  // the story item; nil for notes and digest entries
	Field string // where the best match is: title, summary, body, …
	Text  string // the whole text of that field, plain (no Markdown)
	Start int    // byte offsets of the best match in Text
	End   int
	Count int // matches of all the query's terms in the whole thing
	Score int
}

// Field is a named piece of an item's text.
type Field struct {
	Name   string
	Text   string
	Weight int
}

// Fields lists the text of an entry, most telling first, with its
// Markdown as written, and dates in English: see FieldsIn.
func Fields(e Entry) []Field { return FieldsIn(e, English) }

// FieldsIn lists the text of an entry, most telling first, with its
// Markdown as written and dates in a language (Date.LongIn).
func FieldsIn(e Entry, lang Lang) []Field {
	it := e.Base()
	fs := make([]Field, 0, 8)
	fs = append(fs, Field{"title", it.Title, 100}, Field{"summary", it.Summary, 40})
	switch v := e.(type) {
	case *Event:
		fs = append(fs, Field{"date", v.Date.LongIn(lang), 40}, Field{"what changed", v.WhatChanged, 25}, Field{"why it matters", v.WhyItMatters, 25})
	case *Intro:
		fs = append(fs, Field{"date", v.Date.LongIn(lang), 40})
	case *Term:
		fs = append(fs, Field{"before", v.Before, 30}, Field{"after", v.After, 30})
	case *Implication:
		fs = append(fs, Field{"enables", v.Enables, 25})
		for _, c := range v.Caveats {
			fs = append(fs, Field{"caveat", c, 15})
		}
	case *Glossary:
		fs = append(fs, Field{"in this deal", v.InThisDeal, 25})
	}
	return append(fs, Field{"body", it.Body, 10})
}

// searchDoc is one searchable thing with its text folded for matching.
type searchDoc struct {
	id     string
	kind   Kind
	title  string
	entry  Entry
	fields []searchField
}

type searchField struct {
	name   string
	text   string // plain text
	folded string
	weight int
}

// searchIndex is built the first time the story is searched.
type searchIndex struct {
	once sync.Once
	docs []searchDoc
}

func (s *Story) searchDocs() []searchDoc {
	s.index.once.Do(func() { s.index.docs = s.buildIndex() })
	return s.index.docs
}

// buildIndex lists everything the reader can show, in reading order: the
// story items, then the source notes, then the source digest.
func (s *Story) buildIndex() []searchDoc {
	var docs []searchDoc
	for _, e := range s.Entries() {
		it := e.Base()
		var fs []Field
		for _, f := range FieldsIn(e, s.Lang) {
			if f.Name == "body" {
				f.Text = plainForSearch(f.Text)
			}
			fs = append(fs, f)
		}
		docs = append(docs, newSearchDoc(it.ID, it.Kind, it.Title, e, fs))
	}
	for _, n := range s.Notes {
		docs = append(docs, newSearchDoc(n.ID, KindNote, n.Title, nil, []Field{
			{"id", n.ID, 100}, {"title", n.Title, 100}, {"summary", n.Summary, 40}, {"body", plainForSearch(n.Body), 10},
		}))
	}
	for _, b := range s.Blocks {
		docs = append(docs, newSearchDoc(b.ID, KindBlock, b.ID+" · "+b.Section, nil, []Field{
			{"id", b.ID, 100}, {"section", b.Section, 30}, {"summary", b.Summary, 20},
		}))
	}
	for _, f := range s.Facts {
		docs = append(docs, newSearchDoc(f.ID, KindFact, f.ID+" · "+f.Source, nil, []Field{
			{"id", f.ID, 100}, {"summary", f.Summary, 20}, {"source", f.Source, 20}, {"date", f.Date.LongIn(s.Lang), 20},
		}))
	}
	return docs
}

// plainForSearch is Markdown as the text search matches and quotes: plain
// text on long lines, list items marked with a bullet rather than the
// "- " that reads as Markdown in a one-line snippet.
func plainForSearch(md string) string {
	lines := strings.Split(PlainText(md, 1<<20), "\n")
	for i, l := range lines {
		rest := strings.TrimLeft(l, " ")
		if strings.HasPrefix(rest, "- ") {
			lines[i] = l[:len(l)-len(rest)] + "• " + rest[2:]
		}
	}
	return strings.Join(lines, "\n")
}

func newSearchDoc(id string, kind Kind, title string, e Entry, fs []Field) searchDoc {
	d := searchDoc{id: id, kind: kind, title: title, entry: e}
	for _, f := range fs {
		if f.Text == "" {
			continue
		}
		d.fields = append(d.fields, searchField{name: f.Name, text: f.Text, folded: foldText(f.Text), weight: f.Weight})
	}
	return d
}

// Search finds what matches query (see Story.ParseQuery, which adds the
// story's search aliases), best first: every
// term must be found, a match in a title outranks one in a summary, which
// outranks one in the body, and a match at the start of a word outranks
// one inside a word; ties keep reading order. A blank query finds nothing.
func (s *Story) Search(query string) []Hit {
	return s.SearchQuery(s.ParseQuery(query))
}

// SearchQuery is Search for a parsed query, as it is: a query from the
// package's ParseQuery looks for no alias, one from Story.ParseQuery for
// the story's.
func (s *Story) SearchQuery(q Query) []Hit {
	if q.Empty() {
		return nil
	}
	docs := s.searchDocs()
	var hits []Hit
	for order, d := range docs {
		if h, ok := d.match(q); ok {
			h.Score = h.Score*100000 - order
			hits = append(hits, h)
		}
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) })
	return hits
}

// match scores a document: the sum of each term's best match, nothing if
// a term is missing.
func (d *searchDoc) match(q Query) (Hit, bool) {
	h := Hit{ID: d.id, Kind: d.kind, Title: d.title, Entry: d.entry}
	for i := range q.terms {
		m, ok := d.matchTerm(&q.terms[i])
		if !ok {
			return Hit{}, false
		}
		h.Score += m.score
		h.Count += m.count
		if i == 0 {
			f := d.fields[m.field]
			_, fm := foldWithOffsets(f.text)
			h.Field, h.Text = f.name, f.text
			h.Start, h.End = fm.span(m.at, m.at+m.n)
		}
	}
	return h, true
}

// termMatch is where a term is best found in a document: its score, the
// field and the bytes of the folded field, and how often it is found in
// all the fields. field is -1 when it is not found.
type termMatch struct {
	score, field, at, n, count int
}

// matchTerm finds a term in the document. A run of words that is an
// alias (t.words) is found where all its words are, scoring as they
// would apart, or else where one of its aliases is, scoring as many
// times as it has words.
func (d *searchDoc) matchTerm(t *queryTerm) (termMatch, bool) {
	alias := d.bestOf(t.variants)
	if len(t.words) == 0 {
		return alias, alias.field >= 0
	}
	all := termMatch{field: -1, count: alias.count}
	for i := range t.words {
		m, ok := d.matchTerm(&t.words[i])
		if !ok {
			if alias.field < 0 {
				return alias, false
			}
			alias.score *= len(t.words)
			return alias, true
		}
		if i == 0 {
			all.field, all.at, all.n = m.field, m.at, m.n
		}
		all.score += m.score
		all.count += m.count
	}
	return all, true
}

// bestOf finds the best place of any of the variants: a field's weight,
// and more at the start of a word.
func (d *searchDoc) bestOf(vs []variant) termMatch {
	best := termMatch{score: -1, field: -1}
	for fi, f := range d.fields {
		for _, v := range vs {
			at := v.find(f.folded, 0)
			if at < 0 {
				continue
			}
			best.count += v.count(f.folded)
			score := f.weight
			if wordStart(f.folded, at) {
				score += 5
			}
			longer := fi == best.field && at == best.at && len(v.text) > best.n
			if score > best.score || score == best.score && longer {
				best.score, best.field, best.at, best.n = score, fi, at, len(v.text)
			}
		}
	}
	return best
}

// wordStart and wordEnd report whether offset i of s is at the edge of a
// word: between a word character and something else, or beside a
// character that stands alone (Japanese, written without spaces).
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(r) || standsAlone(r) || standsAlone(next)
}

func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r) || standsAlone(r) || standsAlone(prev)
}

// isWordRune reports a letter or a digit.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// standsAlone reports a character that is a word of its own for matching:
// Japanese is written without spaces between words, so a phrase in it
// matches wherever its characters stand (技術主権 in 日本の技術主権を).
// Kanji, hiragana, katakana and the long vowel mark.
func standsAlone(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー'
}
