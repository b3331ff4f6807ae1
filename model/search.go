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

// Search finds what matches query (see ParseQuery), best first: every
// term must be found, a match in a title outranks one in a summary, which
// outranks one in the body, and a match at the start of a word outranks
// one inside a word; ties keep reading order. A blank query finds nothing.
func (s *Story) Search(query string) []Hit {
	return s.SearchQuery(ParseQuery(query))
}

// SearchQuery is Search for a parsed query.
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
	for i, t := range q.terms {
		best, bestField, bestAt, bestLen, count := -1, -1, 0, 0, 0
		for fi, f := range d.fields {
			for _, v := range t.variants {
				count += strings.Count(f.folded, v)
				at := strings.Index(f.folded, v)
				if at < 0 {
					continue
				}
				score := f.weight
				if wordStart(f.folded, at) {
					score += 5
				}
				if score > best {
					best, bestField, bestAt, bestLen = score, fi, at, len(v)
				}
			}
		}
		if best < 0 {
			return Hit{}, false
		}
		h.Score += best
		h.Count += count
		if i == 0 {
			f := d.fields[bestField]
			_, back := foldWithOffsets(f.text)
			h.Field, h.Text, h.Start, h.End = f.name, f.text, back[bestAt], back[bestAt+bestLen]
		}
	}
	return h, true
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
