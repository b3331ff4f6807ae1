package model

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Bounds of a suggestion's work: a query of more words than this, or with
// more to correct, is not a slip of the fingers, and words longer than
// maxWordRunes are in no vocabulary.
const (
	maxSuggestTerms = 8
	maxWordRunes    = 40
)

// vocabulary is every word of the story's searchable text, folded as
// search folds it, by length: built the first time a suggestion is asked
// for, like the search index.
type vocabulary struct {
	once  sync.Once
	count map[string]int // how often each word occurs
	byLen [][]vocabWord  // byLen[n]: the words of n characters, in order
	text  string         // every word, one a line
}

type vocabWord struct {
	text  string
	runes []rune
	count int
}

func (s *Story) vocabulary() *vocabulary {
	s.vocab.once.Do(func() { s.vocab.build(s.searchDocs()) })
	return &s.vocab
}

// build gathers the words of the search index: each run of text between
// spaces, without the punctuation around it ("openai's", "non-exclusive",
// "2032"), and the runs of letters and digits of one that has punctuation
// or Japanese inside ("openai", "non", "exclusive"). Japanese, written
// without spaces, has no words to take: its text is left out.
func (v *vocabulary) build(docs []searchDoc) {
	v.count = map[string]int{}
	for _, d := range docs {
		for _, f := range d.fields {
			// Folded text has single spaces between its runs (foldText).
			for rest := f.folded; rest != ""; {
				tok, after, _ := strings.Cut(rest, " ")
				v.add(strings.TrimFunc(tok, notWordRune))
				rest = after
			}
		}
	}
	v.byLen = make([][]vocabWord, maxWordRunes+1)
	words := make([]string, 0, len(v.count))
	for w, n := range v.count {
		words = append(words, w)
		if l := utf8.RuneCountInString(w); l <= maxWordRunes {
			v.byLen[l] = append(v.byLen[l], vocabWord{w, []rune(w), n})
		}
	}
	for _, ws := range v.byLen {
		slices.SortFunc(ws, func(a, b vocabWord) int { return strings.Compare(a.text, b.text) })
	}
	slices.Sort(words)
	v.text = strings.Join(words, "\n")
}

// add counts a token, and the runs of letters and digits inside it when
// it has punctuation or Japanese inside. One pass, with a short way for
// ASCII: a big pack has millions of tokens.
func (v *vocabulary) add(tok string) {
	if tok == "" {
		return
	}
	japanese, inner := false, false
	for _, r := range tok {
		if r < utf8.RuneSelf {
			inner = inner || !asciiWord(byte(r))
			continue
		}
		if standsAlone(r) {
			japanese, inner = true, true
		} else if !isWordRune(r) {
			inner = true
		}
	}
	if !japanese {
		v.count[tok]++
	}
	if inner {
		for _, part := range strings.FieldsFunc(tok, split) {
			v.count[part]++
		}
	}
}

func asciiWord(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// has answers, without reading the story's text, whether a term made of
// letters and digits only (not Japanese) is found in it: such a term can
// only be found inside one of the vocabulary's words, or as one of them
// when it must be whole. ok is false for any other term, and for a run of
// words that is an alias.
func (v *vocabulary) has(t *queryTerm) (found, ok bool) {
	if len(t.words) > 0 {
		return false, false
	}
	for _, vt := range t.variants {
		if vt.text == "" || strings.ContainsFunc(vt.text, split) {
			return false, false
		}
	}
	for _, vt := range t.variants {
		if vt.whole && v.count[vt.text] > 0 || !vt.whole && strings.Contains(v.text, vt.text) {
			return true, true
		}
	}
	return false, true
}

func notWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return !asciiWord(byte(r))
	}
	return !isWordRune(r)
}

// split reports a character that parts words for the vocabulary.
func split(r rune) bool {
	if r < utf8.RuneSelf {
		return !asciiWord(byte(r))
	}
	return notWordRune(r) || standsAlone(r)
}

// size is the number of words of the vocabulary that suggestions compare.
func (v *vocabulary) size() int {
	n := 0
	for _, ws := range v.byLen {
		n += len(ws)
	}
	return n
}

// nearest is the word of the vocabulary fewest edits from word, within
// typoLimit of its length; among equally near words, the most frequent.
func (v *vocabulary) nearest(word string, d *distancer) (string, bool) {
	rs := []rune(strings.TrimFunc(word, notWordRune))
	limit := typoLimit(len(rs))
	if limit == 0 || len(rs) > maxWordRunes {
		return "", false
	}
	best, bestDist, bestCount := "", limit+1, 0
	for l := max(1, len(rs)-limit); l <= min(maxWordRunes, len(rs)+limit); l++ {
		for _, w := range v.byLen[l] {
			full, _ := d.measure(rs, w.runes, min(limit, bestDist))
			if full <= limit && (full < bestDist || full == bestDist && w.count > bestCount) {
				best, bestDist, bestCount = w.text, full, w.count
			}
		}
	}
	return best, best != ""
}

// Suggest gives, for a query that finds nothing, the query it was most
// likely meant to be: each word that is found nowhere in the story
// replaced by the nearest word of the story's text ("exclusivty" →
// "exclusivity"; a quoted phrase word by word), in the form Query.String
// gives. It suggests only a query that finds something, and nothing for a
// query whose words are all found (just not together), or with more than
// a few words to correct. Japanese words get no suggestion yet.
//
// The work is bounded whatever the query: at most maxSuggestTerms words
// are compared, each with the vocabulary's words of about its length,
// within a few edits; the vocabulary is built once, on first use.
func (s *Story) Suggest(q Query) (string, bool) {
	var d distancer
	return s.suggest(q, &d)
}

func (s *Story) suggest(q Query, d *distancer) (string, bool) {
	if q.Empty() || len(q.terms) > maxSuggestTerms {
		return "", false
	}
	docs, v := s.searchDocs(), s.vocabulary()
	out := Query{typed: q.typed}
	budget := maxSuggestTerms
	for i := range q.terms {
		t := &q.terms[i]
		found, ok := v.has(t)
		if !ok {
			found = termFound(docs, t)
		}
		if found {
			out.terms = append(out.terms, *t)
			continue
		}
		nt, ok := s.correct(t, docs, d, &budget)
		if !ok {
			return "", false
		}
		out.terms = append(out.terms, nt...)
	}
	if out.String() == q.String() || !anyDocHasAll(docs, out) {
		return "", false
	}
	return out.String(), true
}

// correct gives the terms t was meant as: each of its words that the story
// does not have replaced by the nearest word it has, each counted against
// budget. A phrase stays a phrase; a run of words that is an alias, found
// neither as itself nor as its words, becomes its words.
func (s *Story) correct(t *queryTerm, docs []searchDoc, d *distancer, budget *int) ([]queryTerm, bool) {
	v := s.vocabulary()
	if strings.ContainsFunc(t.text, standsAlone) {
		return nil, false
	}
	if len(t.words) > 0 {
		var out []queryTerm
		for i := range t.words {
			w := &t.words[i]
			if found, ok := v.has(w); found || !ok && termFound(docs, w) {
				out = append(out, *w)
				continue
			}
			nw, ok := s.correct(w, docs, d, budget)
			if !ok {
				return nil, false
			}
			out = append(out, nw...)
		}
		return out, true
	}
	words := []string{t.text}
	if t.phrase {
		words = strings.Fields(t.text)
	}
	for i, w := range words {
		if t.phrase && v.count[w] > 0 {
			continue
		}
		if *budget == 0 {
			return nil, false
		}
		*budget--
		near, ok := v.nearest(w, d)
		if !ok {
			return nil, false
		}
		words[i] = near
	}
	if !t.phrase {
		return []queryTerm{wordTerm(words[0])}, true
	}
	p := strings.Join(words, " ")
	return []queryTerm{{text: p, phrase: true, variants: []variant{{text: p}}}}, true
}

// termFound reports whether any document has t.
func termFound(docs []searchDoc, t *queryTerm) bool {
	for i := range docs {
		if _, ok := docs[i].matchTerm(t); ok {
			return true
		}
	}
	return false
}

// anyDocHasAll reports whether q would find something: whether one
// document has every term of q, as SearchQuery asks (without ranking the
// hits, which a suggestion does not need).
func anyDocHasAll(docs []searchDoc, q Query) bool {
	for i := range docs {
		if _, ok := docs[i].match(q); ok {
			return true
		}
	}
	return false
}
