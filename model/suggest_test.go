package model

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dealtui/dealtui/content"
)

// searchPack is testdata/packs/search, whose words these tests count on.
var searchPack = sync.OnceValues(func() (*Story, error) {
	return LoadDir(filepath.Join("..", "testdata", "packs", "search"))
})

func loadSearchPack(t testing.TB) *Story {
	t.Helper()
	s, err := searchPack()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSuggest(t *testing.T) {
	s := loadSearchPack(t)
	tests := []struct {
		query, want string // want "": no suggestion
	}{
		{"lighthose", "lighthouse"},
		{"LIGHTHOSE", "lighthouse"},
		{"lihgthouse", "lighthouse"},                // two letters swapped
		{"lighthouse harbur", "lighthouse harbour"}, // the word found stays
		{"harbor", ""},                              // found: American spelling of harbour
		{`"lighthouse dus"`, `"lighthouse dues"`},
		{`"lighthose keeper"`, `"lighthouse keeper"`},
		{"keeper,", "keeper"}, // punctuation around a word
		{"lighthouse", ""},    // it finds something
		{"keeper dues", ""},   // both words are found, just not together
		{"kepeer dues", ""},   // corrected, it still finds nothing
		{"xq", ""},            // too short to be a slip of anything
		{"zzzzqqqq", ""},      // nothing near it
		{"灯台", ""},            // Japanese gets no suggestion yet
		{"", ""},
		{"a b c d e f g h lighthose", ""}, // more words than a slip
	}
	for _, tt := range tests {
		q := ParseQuery(tt.query)
		got, ok := s.Suggest(q)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("Suggest(%q) = %q, %v; want %q", tt.query, got, ok, tt.want)
		}
		if ok && len(s.SearchQuery(ParseQuery(got))) == 0 {
			t.Errorf("Suggest(%q) = %q, which finds nothing", tt.query, got)
		}
	}
}

// The review's example, on the story that ships.
func TestSuggestOnTheStory(t *testing.T) {
	s, err := Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		"exclusivty": "exclusivity", "Microsfot azure": "microsoft azure", "softbnk": "softbank",
		"open ai exclusivty": "open ai exclusivity", // an alias run found is kept
		"Soft Bank Gruop":    "soft bank group",     // the slip breaks the alias run
		"Open AI":            "",                    // found, by its alias
		"MSFT exclusivity":   "",
	} {
		if got, ok := s.Suggest(s.ParseQuery(q)); ok != (want != "") || got != want {
			t.Errorf("Suggest(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
}

// Among words equally near, the commoner one is suggested.
func TestSuggestPrefersTheCommonerWord(t *testing.T) {
	var v vocabulary
	v.build([]searchDoc{{fields: []searchField{{folded: "cart cart cart card"}}}})
	var d distancer
	if got, _ := v.nearest("carx", &d); got != "cart" {
		t.Errorf("nearest(carx) = %q, want cart (three times as common as card)", got)
	}
}

// Loading a story builds no vocabulary; the first suggestion does, once.
func TestVocabularyIsBuiltOnFirstSuggestion(t *testing.T) {
	s, err := LoadDir(filepath.Join("..", "testdata", "packs", "search"))
	if err != nil {
		t.Fatal(err)
	}
	if s.vocab.count != nil {
		t.Fatal("the vocabulary was built before any suggestion")
	}
	s.Suggest(ParseQuery("lighthose"))
	built := s.vocab.count
	if built == nil || built["lighthouse"] == 0 {
		t.Fatal("the first suggestion did not build the vocabulary")
	}
	s.Suggest(ParseQuery("kepeer"))
	if len(s.vocab.count) != len(built) {
		t.Error("the vocabulary was built again")
	}
}

// FuzzSuggest: any query gets an answer without panicking, and in bounded
// work and memory: the cells of the edit distance it fills are within the
// bound its limits give (at most maxSuggestTerms words, each compared with
// the whole vocabulary within three edits), and its rows never outgrow
// the longest word. A suggestion finds something where the query did not.
func FuzzSuggest(f *testing.F) {
	s, err := Load(content.FS())
	if err != nil {
		f.Fatal(err)
	}
	for _, q := range []string{"", "exclusivty", `"first refusl"`, "azure exclusivty", "zzzz", "\xff\xfe", "日本", "\"",
		strings.Repeat("exclusivty ", 40), strings.Repeat("a", 300), strings.Repeat(`"ab `, 100)} {
		f.Add(q)
	}
	bound := maxSuggestTerms * s.vocabulary().size() * maxWordRunes * 7
	f.Fuzz(func(t *testing.T, raw string) {
		for _, text := range []string{raw, strings.Repeat(raw+" ", 1<<12/(len(raw)+1)+1)} {
			q := ParseQuery(text)
			var d distancer
			got, ok := s.suggest(q, &d)
			if d.cells > bound {
				t.Fatalf("Suggest(%.40q) filled %d cells, more than its bound %d", text, d.cells, bound)
			}
			for _, r := range d.rows {
				if cap(r) > maxWordRunes+1 {
					t.Fatalf("Suggest(%.40q) grew a row to %d cells", text, cap(r))
				}
			}
			if !ok {
				continue
			}
			if len(s.SearchQuery(q)) > 0 {
				t.Errorf("Suggest(%.40q) = %q for a query that finds something", text, got)
			}
			if len(s.SearchQuery(ParseQuery(got))) == 0 || got == q.String() {
				t.Errorf("Suggest(%.40q) = %q, which finds nothing or is the query itself", text, got)
			}
		}
	})
}

// A run of words that is an alias, found neither as its words nor as its
// other names, is corrected word by word.
func TestSuggestAliasRun(t *testing.T) {
	s := loadSearchPack(t)
	run := queryTerm{
		text:     "lihgthouse kepeer",
		variants: []variant{{text: "lihgthouse kepeer", whole: true}, {text: "beacon", whole: true}},
		words:    []queryTerm{wordTerm("lihgthouse"), wordTerm("kepeer")},
	}
	got, ok := s.Suggest(Query{terms: []queryTerm{run}})
	if !ok || got != "lighthouse keeper" {
		t.Errorf("Suggest(an alias run with two slips) = %q, %v; want lighthouse keeper", got, ok)
	}
}
