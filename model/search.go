package model

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuery is the longest query Search looks for, in bytes; longer queries
// are cut to it.
const MaxQuery = 256

// Hit is one item that matches a query, with its best match.
type Hit struct {
	Entry Entry
	Field string // title, summary, body, before, after, …
	Text  string // the whole text of that field
	Start int    // byte offsets of the match in Text
	End   int
	Count int // matches in the whole item
	Score int
}

// Field is a named piece of an item's text.
type Field struct {
	Name   string
	Text   string
	Weight int
}

// Fields lists the searchable text of an entry, most telling first.
func Fields(e Entry) []Field {
	it := e.Base()
	n := 6 // title, summary, up to three more, body
	if v, ok := e.(*Implication); ok {
		n += len(v.Caveats)
	}
	fs := make([]Field, 0, n)
	fs = append(fs, Field{"title", it.Title, 100}, Field{"summary", it.Summary, 40})
	switch v := e.(type) {
	case *Event:
		fs = append(fs, Field{"date", v.Date.Long(), 40}, Field{"what changed", v.WhatChanged, 25}, Field{"why it matters", v.WhyItMatters, 25})
	case *Intro:
		fs = append(fs, Field{"date", v.Date.Long(), 40})
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

// Search finds the items whose text contains query, ignoring case, best
// first: a match in the title outranks one in the summary, which outranks
// one in the body; a match at the start of a word outranks one inside a
// word. A blank query finds nothing.
func (s *Story) Search(query string) []Hit {
	query = strings.TrimSpace(query)
	if len(query) > MaxQuery {
		query = truncateUTF8(query, MaxQuery)
	}
	if query == "" || !utf8.ValidString(query) {
		return nil
	}
	var hits []Hit
	m := newMatcher(query)
	for order, e := range s.Entries() {
		var best Hit
		for _, f := range Fields(e) {
			m.each(f.Text, func(i, end int) {
				best.Count++
				score := f.Weight
				if wordStart(f.Text, i) {
					score += 5
				}
				if best.Entry == nil || score > best.Score {
					best = Hit{Entry: e, Field: f.Name, Text: f.Text, Start: i, End: end, Count: best.Count, Score: score}
				}
			})
		}
		if best.Entry != nil {
			best.Score = best.Score*1000 - order
			hits = append(hits, best)
		}
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return cmp.Compare(b.Score, a.Score) })
	return hits
}

// matcher finds every match of a query in a text, ignoring case (Unicode
// simple folding), as indexFold would one after the other, but fast: it
// jumps between the places where the query's first letter, in any of its
// cases, occurs (strings.Index, which uses the CPU's vector instructions)
// instead of decoding and folding every rune of the text.
type matcher struct {
	query  string
	firsts []string // UTF-8 of each rune that folds to the query's first
	next   []int    // per first: where it next occurs, or -1
}

func newMatcher(query string) *matcher {
	m := &matcher{query: query}
	r0, _ := utf8.DecodeRuneInString(query)
	for r := r0; ; {
		m.firsts = append(m.firsts, string(r))
		if r = unicode.SimpleFold(r); r == r0 {
			break
		}
	}
	m.next = make([]int, len(m.firsts))
	return m
}

// each calls found with the byte offsets of every match in s, in order,
// including overlapping ones: after a match, or a near miss, at i the
// search goes on from the rune after i.
func (m *matcher) each(s string, found func(start, end int)) {
	// Both ways meet the same runes: in any text, valid UTF-8 or not, the
	// encoding of a rune can only start where decoding rune by rune
	// stops. Only a query that starts with U+FFFD, which invalid bytes
	// decode to, needs the slow way.
	if first, _ := utf8.DecodeRuneInString(m.query); first == utf8.RuneError {
		for start := 0; start < len(s); {
			i, end := indexFold(s[start:], m.query)
			if i < 0 {
				return
			}
			found(i+start, end+start)
			_, size := utf8.DecodeRuneInString(s[i+start:])
			start += i + size
		}
		return
	}
	for k, f := range m.firsts {
		m.next[k] = strings.Index(s, f)
	}
	for {
		k := -1 // the first that occurs first
		for j, at := range m.next {
			if at >= 0 && (k < 0 || at < m.next[k]) {
				k = j
			}
		}
		if k < 0 {
			return
		}
		i := m.next[k]
		if end, ok := prefixFold(s[i:], m.query); ok {
			found(i, i+end)
		}
		from := i + len(m.firsts[k])
		for j, at := range m.next {
			if at >= 0 && at < from {
				if n := strings.Index(s[from:], m.firsts[j]); n >= 0 {
					m.next[j] = from + n
				} else {
					m.next[j] = -1
				}
			}
		}
	}
}

// indexFold finds needle in s ignoring case (Unicode simple folding) and
// gives the byte offsets of the match in s, or -1.
func indexFold(s, needle string) (int, int) {
	first, _ := utf8.DecodeRuneInString(needle)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if equalFold(r, first) {
			if end, ok := prefixFold(s[i:], needle); ok {
				return i, i + end
			}
		}
		i += size
	}
	return -1, -1
}

// prefixFold reports whether s starts with prefix ignoring case, and where
// the match ends in s.
func prefixFold(s, prefix string) (int, bool) {
	i := 0
	for _, pr := range prefix {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !equalFold(r, pr) {
			return 0, false
		}
		i += size
	}
	return i, true
}

func equalFold(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func truncateUTF8(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
