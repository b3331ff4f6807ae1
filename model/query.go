package model

import (
	"strings"
	"unicode/utf8"
)

// MaxQuery is the longest query Search looks for, in bytes; longer queries
// are cut to it.
const MaxQuery = 256

// Query is what a person typed into search: words, each of which must be
// found somewhere in an item, and "quoted phrases" (or 「」 and 『』),
// found as written. Matching folds text (see foldText): case, full- and
// half-width forms, katakana and hiragana, the long vowel mark and a few
// typography marks; British and American spellings of a word find each
// other; a word is found inside a longer one, which is how Japanese,
// written without spaces, is found at all. A story's search aliases
// (Story.ParseQuery) let a word or phrase find the other names of what
// it names.
type Query struct {
	terms []queryTerm
	typed string // the query as typed, its spaces made one
}

// queryTerm is one word or phrase, folded, with the other forms that
// find it.
type queryTerm struct {
	text     string
	phrase   bool
	variants []variant // the first is text itself
	// words is set when a run of words typed without quotes is a search
	// alias: the term is found where all its words are, each as a word
	// of its own would be, or where one of its aliases (in variants) is.
	words []queryTerm
}

// variant is one form a term is found in, folded. A variant that is
// whole is found only as whole words (an alias: "cap" must not find
// "capital"); Japanese characters are words of their own (standsAlone),
// so in Japanese text that is anywhere.
type variant struct {
	text  string
	whole bool
}

// ParseQuery reads a query. A blank query, or one that is not UTF-8, has
// no terms and matches nothing.
func ParseQuery(q string) Query {
	q = strings.TrimSpace(q)
	if len(q) > MaxQuery {
		q = truncateUTF8(q, MaxQuery)
	}
	if !utf8.ValidString(q) {
		return Query{}
	}
	folded := foldText(q)
	if len(folded) > 2*MaxQuery { // NFKC spells some characters out at length
		folded = truncateUTF8(folded, 2*MaxQuery)
	}
	folded = strings.NewReplacer("「", `"`, "」", `"`, "『", `"`, "』", `"`).Replace(folded)
	out := Query{typed: strings.Join(strings.Fields(q), " ")}
	for i, part := range strings.Split(folded, `"`) {
		phrase := i%2 == 1
		if phrase {
			if p := strings.Join(strings.Fields(part), " "); p != "" {
				out.terms = append(out.terms, queryTerm{text: p, phrase: true, variants: []variant{{text: p}}})
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			out.terms = append(out.terms, wordTerm(w))
		}
	}
	return out
}

// wordTerm is a word typed without quotes, with its other spellings.
func wordTerm(w string) queryTerm {
	t := queryTerm{text: w}
	for _, v := range spellings(w) {
		t.variants = append(t.variants, variant{text: v})
	}
	return t
}

// Empty reports a query with nothing to look for.
func (q Query) Empty() bool { return len(q.terms) == 0 }

// String gives the query as it is read, folded, e.g. `azure "first
// refusal"`.
func (q Query) String() string {
	parts := make([]string, len(q.terms))
	for i, t := range q.terms {
		parts[i] = t.text
		if t.phrase {
			parts[i] = `"` + t.text + `"`
		}
	}
	return strings.Join(parts, " ")
}

// Typed gives the query as it was typed, for messages (String gives it
// folded: くらうど for クラウド, こんぴゅた for コンピューター). It is empty
// when the query is.
func (q Query) Typed() string {
	if q.Empty() {
		return ""
	}
	return q.typed
}

// Matches gives every place in text where a term of the query (or one of
// its aliases) is found, as byte ranges of text, in order and without
// overlaps. It is how the explorer highlights what was searched for.
func (q Query) Matches(text string) [][2]int {
	if q.Empty() || text == "" {
		return nil
	}
	folded, m := foldWithOffsets(text)
	var spans [][2]int
	var add func(t *queryTerm)
	add = func(t *queryTerm) {
		for _, v := range t.variants {
			for at := v.find(folded, 0); at >= 0; at = v.find(folded, at+len(v.text)) {
				start, end := m.span(at, at+len(v.text))
				spans = append(spans, [2]int{start, end})
			}
		}
		for i := range t.words {
			add(&t.words[i])
		}
	}
	for i := range q.terms {
		add(&q.terms[i])
	}
	return mergeSpans(spans)
}

// find gives the first place at or after from where the variant is in
// folded text, or -1.
func (v variant) find(folded string, from int) int {
	for from <= len(folded) && v.text != "" {
		i := strings.Index(folded[from:], v.text)
		if i < 0 {
			return -1
		}
		at := from + i
		if !v.whole || (wordStart(folded, at) && wordEnd(folded, at+len(v.text))) {
			return at
		}
		_, n := utf8.DecodeRuneInString(folded[at:])
		from = at + n
	}
	return -1
}

// count gives how many times the variant is in folded text, without
// overlaps.
func (v variant) count(folded string) int {
	if !v.whole {
		return strings.Count(folded, v.text)
	}
	n := 0
	for at := v.find(folded, 0); at >= 0; at = v.find(folded, at+len(v.text)) {
		n++
	}
	return n
}

// mergeSpans sorts spans and joins those that overlap.
func mergeSpans(spans [][2]int) [][2]int {
	if len(spans) < 2 {
		return spans
	}
	for i := 1; i < len(spans); i++ { // insertion sort: few spans
		for j := i; j > 0 && spans[j][0] < spans[j-1][0]; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s[0] <= last[1] {
			last[1] = max(last[1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// spellings gives a folded word and its other spellings: British and
// American forms (licence/license, defence/defense, centre/center,
// colour/color, organise/organize, analyse/analyze, catalogue/catalog,
// travelled/traveled). A form that is not a word matches nothing, so only
// the rules' own false friends need care: words of four letters or fewer
// are left alone (four/for), and doubled consonants are undoubled only
// after e (travelled, not filled/filed).
func spellings(w string) []string {
	out := []string{w}
	if utf8.RuneCountInString(w) <= 4 {
		return out
	}
	add := func(v string) {
		for _, o := range out {
			if o == v {
				return
			}
		}
		out = append(out, v)
	}
	for _, p := range spellingPairs() {
		for _, pair := range [][2]string{{p[0], p[1]}, {p[1], p[0]}} {
			if i := strings.LastIndex(w, pair[0]); i > 0 {
				add(w[:i] + pair[1] + w[i+len(pair[0]):])
			}
		}
	}
	return out
}

// spellingPairs are British and American endings or infixes that stand
// for each other.
func spellingPairs() [][2]string {
	return [][2]string{
		{"ence", "ense"},
		{"tre", "ter"},
		{"our", "or"},
		{"ise", "ize"},
		{"isa", "iza"},
		{"yse", "yze"},
		{"ogue", "og"},
		{"elled", "eled"},
		{"elling", "eling"},
	}
}

func truncateUTF8(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
