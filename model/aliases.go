package model

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/goccy/go-yaml/ast"
)

// A pack's search aliases (story.md's aliases field) are groups of
// phrases that name one thing across scripts and languages: マイクロソフト
// and Microsoft, 富士通 and Fujitsu, 優先交渉権 and right of first refusal.
// A query word or phrase that is one of a group's phrases, folded, also
// finds every other phrase of its group (Story.ParseQuery).

// Bounds on the aliases of a pack: they keep the check and the expansion
// of a query small whatever a pack holds.
const (
	// MaxAliasGroups is the most groups a pack may have.
	MaxAliasGroups = 1000
	// MaxAliasPhrases is the most phrases a group may have; it needs two.
	MaxAliasPhrases = 16
	// MaxAliasBytes is the longest phrase, in bytes.
	MaxAliasBytes = 100
	// MaxAliasWords is the most words (separated by spaces) a phrase may
	// have.
	MaxAliasWords = 8
	// maxQueryAliases is the most aliases one query looks for besides
	// what was typed: a query of many words that are all aliases costs a
	// bounded search.
	maxQueryAliases = 64
)

// aliasGroups reads the aliases field: a list of groups, each a list of
// one-line phrases, with the line of each phrase. A problem is reported
// at its line and the group left out.
func (r *record) aliasGroups(ps *problems, key string) ([][]string, [][]int) {
	f, ok := r.field(ps, key, false)
	if !ok {
		return nil, nil
	}
	n, why := unwrap(f.node, "!!seq")
	if why != "" {
		ps.add(r.file, f.line, "field %q %s", key, why)
		return nil, nil
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		ps.add(r.file, f.line, "field %q must be a list of groups, each a list of phrases, like [[Microsoft, マイクロソフト]]", key)
		return nil, nil
	}
	if len(seq.Values) > MaxAliasGroups {
		ps.add(r.file, f.line, "field %q has %d groups: at most %d", key, len(seq.Values), MaxAliasGroups)
		return nil, nil
	}
	var groups [][]string
	var lines [][]int
	for _, v := range seq.Values {
		if g, ls, ok := r.aliasGroup(ps, key, v); ok {
			groups, lines = append(groups, g), append(lines, ls)
		}
	}
	return groups, lines
}

// aliasGroup reads one group of phrases.
func (r *record) aliasGroup(ps *problems, key string, v ast.Node) ([]string, []int, bool) {
	line := fileLine(v)
	n, why := unwrap(v, "!!seq")
	if why != "" {
		ps.add(r.file, line, "field %q: a group %s", key, why)
		return nil, nil, false
	}
	seq, ok := n.(*ast.SequenceNode)
	switch {
	case !ok:
		ps.add(r.file, line, "field %q: each group must be a list of phrases, like [Microsoft, マイクロソフト]", key)
		return nil, nil, false
	case len(seq.Values) < 2:
		ps.add(r.file, line, "field %q: a group needs two phrases or more", key)
		return nil, nil, false
	case len(seq.Values) > MaxAliasPhrases:
		ps.add(r.file, line, "field %q: a group has %d phrases: at most %d", key, len(seq.Values), MaxAliasPhrases)
		return nil, nil, false
	}
	group, lines := make([]string, 0, len(seq.Values)), make([]int, 0, len(seq.Values))
	good := true
	for _, p := range seq.Values {
		pl := fileLine(p)
		s, why := scalarText(p)
		if why == "" {
			s, why = aliasText(s)
		}
		if why != "" {
			ps.add(r.file, pl, "field %q: a phrase %s", key, why)
			good = false
			continue
		}
		group, lines = append(group, s), append(lines, pl)
	}
	return group, lines, good
}

// aliasText cleans one phrase and says what is wrong with it, or "".
func aliasText(s string) (string, string) {
	s, multi := oneLine(s)
	folded := foldPhrase(s)
	switch {
	case multi:
		return "", "must be one line: " + oneLineHint
	case s == "":
		return "", "is empty"
	case len(s) > MaxAliasBytes:
		return "", fmt.Sprintf("is %d bytes: at most %d", len(s), MaxAliasBytes)
	case len(wordSpans(folded)) == 0:
		return "", fmt.Sprintf("%q has no letter or digit", s)
	case len(strings.Fields(folded)) > MaxAliasWords:
		return "", fmt.Sprintf("%q has more than %d words: an alias is a name, not a sentence", s, MaxAliasWords)
	}
	return s, ""
}

// checkAliases reports a phrase given in two groups, or twice in one, as
// search sees them (folded): which group would it find?
func checkAliases(ps *problems, file string, groups [][]string, lines [][]int) {
	type place struct{ group, line int }
	seen := map[string]place{}
	for g, group := range groups {
		for i, p := range group {
			key := foldPhrase(p)
			prev, dup := seen[key]
			switch {
			case dup && prev.group == g:
				ps.add(file, lines[g][i], "alias %q is given twice in its group (line %d)", p, prev.line)
			case dup:
				ps.add(file, lines[g][i], "alias %q is already in the group at line %d: a phrase may be in one group only", p, prev.line)
			default:
				seen[key] = place{g, lines[g][i]}
			}
		}
	}
}

// aliasIndex finds the group of a folded phrase; it is made the first
// time the story's queries are read.
type aliasIndex struct {
	once     sync.Once
	groups   [][]string     // folded
	byPhrase map[string]int // folded phrase → its group
	maxWords int
}

func (s *Story) aliasIndex() *aliasIndex {
	ai := &s.alias
	ai.once.Do(func() {
		ai.byPhrase = map[string]int{}
		for g, group := range s.Aliases {
			folded := make([]string, len(group))
			for i, p := range group {
				folded[i] = foldPhrase(p)
				ai.byPhrase[folded[i]] = g
				ai.maxWords = max(ai.maxWords, len(strings.Fields(folded[i])))
			}
			ai.groups = append(ai.groups, folded)
		}
	})
	return ai
}

// ParseQuery reads a query as ParseQuery does, and gives each word or
// quoted phrase that is one of the story's search aliases the other
// phrases of its group, found as whole words. A run of words typed
// without quotes that is an alias (right of first refusal) is found where
// all its words are, as before, or where one of its aliases is.
func (s *Story) ParseQuery(q string) Query {
	return s.aliasIndex().expand(ParseQuery(q))
}

// expand adds the aliases to a query's terms.
func (ai *aliasIndex) expand(q Query) Query {
	if len(ai.byPhrase) == 0 || q.Empty() {
		return q
	}
	budget := maxQueryAliases
	out := Query{typed: q.typed}
	for i := 0; i < len(q.terms); {
		if t, n := ai.run(q.terms[i:], &budget); n > 0 {
			out.terms = append(out.terms, t)
			i += n
			continue
		}
		t := q.terms[i]
		for _, v := range t.variants {
			if g, ok := ai.byPhrase[v.text]; ok {
				t.variants = ai.add(slices.Clone(t.variants), g, &budget)
				break
			}
		}
		out.terms = append(out.terms, t)
		i++
	}
	return out
}

// run finds the longest run of two or more words at the start of terms
// that is an alias, and gives it as one term and how many words it took
// (0 for none).
func (ai *aliasIndex) run(terms []queryTerm, budget *int) (queryTerm, int) {
	words := 0
	for words < len(terms) && words < ai.maxWords && !terms[words].phrase {
		words++
	}
	for n := words; n >= 2; n-- {
		texts := make([]string, n)
		for i := range n {
			texts[i] = terms[i].text
		}
		joined := strings.Join(texts, " ")
		if g, ok := ai.byPhrase[joined]; ok {
			t := queryTerm{text: joined, words: slices.Clone(terms[:n])}
			t.variants = ai.add([]variant{{text: joined}}, g, budget)[1:]
			return t, n
		}
	}
	return queryTerm{}, 0
}

// add appends the phrases of group g that are not among vs yet, as whole
// words, while the budget lasts.
func (ai *aliasIndex) add(vs []variant, g int, budget *int) []variant {
	for _, p := range ai.groups[g] {
		if *budget <= 0 {
			break
		}
		known := false
		for _, v := range vs {
			known = known || v.text == p
		}
		if !known {
			vs = append(vs, variant{text: p, whole: true})
			*budget--
		}
	}
	return vs
}
