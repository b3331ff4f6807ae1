package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// MaxQuery is the longest query Search looks for, in bytes; longer queries
// are cut to it.
const MaxQuery = 256

// Query is what a person typed into search: words, each of which must be
// found somewhere in an item, and "quoted phrases", found as written.
// Matching ignores case, full- and half-width forms and a few typography
// marks, and British and American spellings of a word find each other.
type Query struct {
	terms []queryTerm
}

// queryTerm is one word or phrase, folded, with its other spellings.
type queryTerm struct {
	text     string
	phrase   bool
	variants []string // folded; the first is text itself
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
	var out Query
	for i, part := range strings.Split(foldText(q), `"`) {
		phrase := i%2 == 1
		if phrase {
			if p := strings.Join(strings.Fields(part), " "); p != "" {
				out.terms = append(out.terms, queryTerm{text: p, phrase: true, variants: []string{p}})
			}
			continue
		}
		for _, w := range strings.Fields(part) {
			out.terms = append(out.terms, queryTerm{text: w, variants: spellings(w)})
		}
	}
	return out
}

// Empty reports a query with nothing to look for.
func (q Query) Empty() bool { return len(q.terms) == 0 }

// String gives the query as it is read, e.g. `azure "first refusal"`.
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

// Matches gives every place in text where a term of the query is found, as
// byte ranges of text, in order and without overlaps. It is how the
// explorer highlights what was searched for.
func (q Query) Matches(text string) [][2]int {
	if q.Empty() || text == "" {
		return nil
	}
	folded, back := foldWithOffsets(text)
	var spans [][2]int
	for _, t := range q.terms {
		for _, v := range t.variants {
			for from := 0; ; {
				i := strings.Index(folded[from:], v)
				if i < 0 {
					break
				}
				start := from + i
				spans = append(spans, [2]int{back[start], back[start+len(v)]})
				from = start + len(v)
			}
		}
	}
	return mergeSpans(spans)
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

// foldRune maps a character to the form search compares: lower case, the
// narrow form of a full-width letter or digit (and the wide form of a
// half-width katakana), and plain quotes for typographic ones.
func foldRune(r rune) rune {
	if r >= utf8.RuneSelf {
		switch r {
		case '‘', '’', 'ʼ', '′':
			return '\''
		case '“', '”', '″':
			return '"'
		case 'ς':
			return 'σ'
		case 'ſ':
			return 's'
		}
		if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth || p.Kind() == width.EastAsianHalfwidth {
			if f := p.Folded(); f != 0 {
				r = f
			}
		}
	}
	return unicode.ToLower(r)
}

// foldText folds every character of s, and makes each run of white space
// one space, so that a phrase matches across line breaks and doubled
// spaces.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldWithOffsets is foldText that also gives, for each byte offset of the
// folded text (and its end), the offset in s it comes from.
func foldWithOffsets(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	back := make([]int, 0, len(s)+1)
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				back = append(back, i)
			}
			space = true
			continue
		}
		space = false
		n, _ := b.WriteRune(foldRune(r))
		for range n {
			back = append(back, i)
		}
	}
	back = append(back, len(s))
	return b.String(), back
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
