package model

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/content"
)

// referenceUses is the glossary check as a direct search: every phrase,
// folded as search folds a quoted phrase, at every place of every field,
// as whole words of the text as written.
func referenceUses(gs []*Glossary, fields []Field) map[int]use {
	out := map[int]use{}
	for e, g := range gs {
	phrases:
		for p, phrase := range g.Match {
			if phraseProblem(phrase) != "" {
				continue
			}
			want := foldPhrase(phrase)
			for _, f := range fields {
				folded, fm := foldWithOffsets(f.Text)
				for i := range len(folded) {
					if !strings.HasPrefix(folded[i:], want) {
						continue
					}
					if start, end := fm.span(i, i+len(want)); wordStart(f.Text, start) && wordEnd(f.Text, end) {
						out[e] = use{p, f.Name}
						break phrases
					}
				}
			}
		}
	}
	return out
}

func sameUses(a, b map[int]use) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// The index finds what the direct search finds: in the embedded story,
// and in random texts and phrases made of words, punctuation, case and
// width variants and odd spacing.
func TestGlossaryIndexFindsWhatASearchFinds(t *testing.T) {
	s, err := Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	gi := newGlossaryIndex(s.Glossary)
	for _, e := range s.Entries() {
		if got, want := gi.uses(Fields(e)), referenceUses(s.Glossary, Fields(e)); !sameUses(got, want) {
			t.Errorf("%s: index %v, search %v", e.Base().ID, got, want)
		}
	}

	pieces := []string{"cloud", "Cloud", "CLOUD", "ｃｌｏｕｄ", "clouds", "multi", "-", "lock", "in", ".", "NET", "C", "++", " ", "  ", "\n", "a", "a a", "’", "'", "first", "refusal", "3", "é", "É", "富士通", "(", ")"}
	word := func(r *rand.Rand, n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		return b.String()
	}
	r := rand.New(rand.NewPCG(1, 2))
	found := 0
	for round := range 5000 {
		var gs []*Glossary
		for range 1 + r.IntN(4) {
			var match []string
			for range 1 + r.IntN(3) {
				match = append(match, strings.TrimSpace(word(r, 1+r.IntN(3))))
			}
			gs = append(gs, &Glossary{Match: match})
		}
		fields := []Field{{Name: "title", Text: word(r, r.IntN(12))}, {Name: "body", Text: word(r, r.IntN(40))}}
		got, want := newGlossaryIndex(gs).uses(fields), referenceUses(gs, fields)
		found += len(want)
		if !sameUses(got, want) {
			t.Fatalf("round %d: phrases %q in %q, %q: index %v, search %v", round, matchesOf(gs), fields[0].Text, fields[1].Text, got, want)
		}
	}
	if found < 1000 {
		t.Errorf("only %d uses found in 5000 rounds: the random texts test little", found)
	}
	t.Logf("%d uses found", found)
}

func matchesOf(gs []*Glossary) [][]string {
	var out [][]string
	for _, g := range gs {
		out = append(out, g.Match)
	}
	return out
}

func TestPhraseProblem(t *testing.T) {
	for phrase, want := range map[string]string{
		"cloud": "", "multi-cloud": "", ".NET": "", "C++": "", "one two three four five six seven eight": "",
		"++": "has no letter or digit",
		"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen": "has more than 16 words (or Japanese characters): a match phrase is a term, not a sentence",
	} {
		if got := phraseProblem(phrase); got != want {
			t.Errorf("phraseProblem(%q) = %q, want %q", phrase, got, want)
		}
	}
}

// Japanese is written without spaces: a phrase in it is found wherever its
// characters stand, and a Latin word beside it still ends at the Japanese.
func TestGlossaryIndexJapanese(t *testing.T) {
	gi := newGlossaryIndex([]*Glossary{
		{Match: []string{"技術主権"}},
		{Match: []string{"ベンダーロックイン"}},
		{Match: []string{"AGI"}},
	})
	for _, tt := range []struct {
		text string
		want []int
	}{
		{"日本の技術主権を強める", []int{0}},
		{"ベンダーロックインを避ける", []int{1}},
		{"AGIの検証", []int{2}},
		{"OpenAIは技術主", nil},
		{"AGIS", nil},
		{"主権", nil},
	} {
		got := gi.uses([]Field{{Name: "body", Text: tt.text}})
		var ids []int
		for i := range 3 {
			if _, ok := got[i]; ok {
				ids = append(ids, i)
			}
		}
		if fmt.Sprint(ids) != fmt.Sprint(tt.want) {
			t.Errorf("%q uses %v, want %v", tt.text, ids, tt.want)
		}
	}
}
