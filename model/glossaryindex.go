package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxPhraseWords is the most words a glossary match phrase may have (a
// Japanese character counts as a word: standsAlone). It bounds the work of
// finding every phrase in every item: each run of up to this many words
// of an item's text is looked up once, so the glossary check costs the
// same whatever the number of entries.
const maxPhraseWords = 16

// phraseRef is one match phrase: the entry's index in the glossary and the
// phrase's index in its match list.
type phraseRef struct{ entry, phrase int }

// glossaryIndex finds the match phrases of a glossary in text, as whole
// words, ignoring case as search does (foldText). A phrase is its words
// (runs of letters and digits) and what is between them; what it has
// before its first word or after its last (".NET", "C++") must be there
// too, after and before a character that is not a letter or a digit.
type glossaryIndex struct {
	byCore map[string][]indexedPhrase // by the phrase from its first word to its last, folded
	sizes  []int                      // the word counts of the phrases
}

type indexedPhrase struct {
	ref        phraseRef
	lead, tail string // folded text before the first word and after the last
}

// newGlossaryIndex indexes the match phrases of a glossary. Phrases with
// no letter or digit, or more than maxPhraseWords words, are not indexed:
// decode has refused them.
func newGlossaryIndex(gs []*Glossary) *glossaryIndex {
	gi := &glossaryIndex{byCore: map[string][]indexedPhrase{}}
	seen := map[int]bool{}
	for e, g := range gs {
		for p, phrase := range g.Match {
			folded := foldPhrase(phrase)
			words := wordSpans(folded)
			if len(words) == 0 || len(words) > maxPhraseWords {
				continue
			}
			first, last := words[0][0], words[len(words)-1][1]
			core := folded[first:last]
			gi.byCore[core] = append(gi.byCore[core], indexedPhrase{phraseRef{e, p}, folded[:first], folded[last:]})
			if !seen[len(words)] {
				seen[len(words)] = true
				gi.sizes = append(gi.sizes, len(words))
			}
		}
	}
	return gi
}

// foldPhrase folds a match phrase as search folds a quoted phrase.
func foldPhrase(phrase string) string {
	return strings.Join(strings.Fields(foldText(phrase)), " ")
}

// phraseProblem says what is wrong with a match phrase, or "".
func phraseProblem(phrase string) string {
	switch words := len(wordSpans(foldPhrase(phrase))); {
	case words == 0:
		return "has no letter or digit"
	case words > maxPhraseWords:
		return fmt.Sprintf("has more than %d words (or Japanese characters): a match phrase is a term, not a sentence", maxPhraseWords)
	}
	return ""
}

// use is where an item uses a glossary entry: its first phrase found (in
// match order), in the first field (in Fields order) that has it.
type use struct {
	phrase int
	field  string
}

// uses finds, for an item's fields, every glossary entry it uses, by the
// entry's index. Each field is folded once, and each run of words of the
// sizes the phrases have is looked up once.
func (gi *glossaryIndex) uses(fields []Field) map[int]use {
	if len(gi.byCore) == 0 {
		return nil
	}
	var out map[int]use
	for _, f := range fields {
		folded := foldText(f.Text)
		words := wordSpans(folded)
		for w := range words {
			for _, n := range gi.sizes {
				if w+n > len(words) {
					continue
				}
				start, end := words[w][0], words[w+n-1][1]
				for _, ip := range gi.byCore[folded[start:end]] {
					if !ip.around(folded, start, end) {
						continue
					}
					if out == nil {
						out = map[int]use{}
					}
					if u, ok := out[ip.ref.entry]; !ok || ip.ref.phrase < u.phrase {
						out[ip.ref.entry] = use{ip.ref.phrase, f.Name}
					}
				}
			}
		}
	}
	return out
}

// around reports whether the phrase's text before its first word and after
// its last is in text around [start, end), at word edges.
func (ip indexedPhrase) around(text string, start, end int) bool {
	from, to := start-len(ip.lead), end+len(ip.tail)
	return from >= 0 && to <= len(text) &&
		text[from:start] == ip.lead && text[end:to] == ip.tail &&
		wordStart(text, from) && wordEnd(text, to)
}

// wordSpans gives the byte spans of the words (runs of letters and digits)
// of s; a character that stands alone (Japanese) is a word of its own.
func wordSpans(s string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range s {
		word := isWordRune(r)
		if start >= 0 && (!word || standsAlone(r)) {
			spans = append(spans, [2]int{start, i})
			start = -1
		}
		switch {
		case word && standsAlone(r):
			spans = append(spans, [2]int{i, i + utf8.RuneLen(r)})
		case word && start < 0:
			start = i
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	return spans
}
