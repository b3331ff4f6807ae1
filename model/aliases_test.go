package model_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

func TestAliasesLoad(t *testing.T) {
	s, ps := loadProblems(t, validWithStory(t, "aliases:\n  - [Microsoft, マイクロソフト]\n  - - 富士通\n    - Fujitsu\n  - [\"2026\", 令和8年]\n"))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	want := [][]string{{"Microsoft", "マイクロソフト"}, {"富士通", "Fujitsu"}, {"2026", "令和8年"}}
	if !slices.EqualFunc(s.Aliases, want, slices.Equal) {
		t.Errorf("aliases = %q", s.Aliases)
	}
	if s, _ := loadProblems(t, validWithStory(t, "")); s.Aliases == nil || len(s.Aliases) != 0 {
		t.Errorf("no aliases: %#v, want an empty list", s.Aliases)
	}
}

// Every problem of the aliases is at its file and line.
func TestAliasProblems(t *testing.T) {
	long := strings.Repeat("あ", model.MaxAliasBytes/3+1)
	many := make([]string, model.MaxAliasPhrases+1)
	for i := range many {
		many[i] = fmt.Sprintf("p%d", i)
	}
	tests := []struct {
		yaml string
		want []string // problems, each a prefix
	}{
		{"aliases: Microsoft\n", []string{`story.md:4: field "aliases" must be a list of groups`}},
		{"aliases:\n  - Microsoft\n", []string{`story.md:5: field "aliases": each group must be a list of phrases`}},
		{"aliases:\n  - [Microsoft]\n", []string{`story.md:5: field "aliases": a group needs two phrases or more`}},
		{"aliases:\n  - [" + strings.Join(many, ", ") + "]\n", []string{`story.md:5: field "aliases": a group has 17 phrases: at most 16`}},
		{"aliases:\n  - [Microsoft, \"\"]\n", []string{`story.md:5: field "aliases": a phrase is empty`}},
		{"aliases:\n  - [Microsoft, \"  \"]\n", []string{`story.md:5: field "aliases": a phrase is empty`}},
		{"aliases:\n  - [Microsoft, \"--\"]\n", []string{`story.md:5: field "aliases": a phrase "--" has no letter or digit`}},
		{"aliases:\n  - [Microsoft, " + long + "]\n", []string{`story.md:5: field "aliases": a phrase is 102 bytes: at most 100`}},
		{"aliases:\n  - [Microsoft, a b c d e f g h i]\n", []string{`story.md:5: field "aliases": a phrase "a b c d e f g h i" has more than 8 words`}},
		{"aliases:\n  - [Microsoft, [a, b]]\n", []string{`story.md:5: field "aliases": a phrase must be text, not a list`}},
		{"aliases:\n  - - Microsoft\n    - \"a\\nb\"\n", []string{`story.md:6: field "aliases": a phrase must be one line`}},
		{"aliases:\n  - [Microsoft, マイクロソフト]\n  - [MICROSOFT, MS]\n", []string{`story.md:6: alias "MICROSOFT" is already in the group at line 5: a phrase may be in one group only`}},
		{"aliases:\n  - [サイバーセキュリティ, サイバーセキュリティー]\n", []string{`story.md:5: alias "サイバーセキュリティー" is given twice in its group (line 5)`}},
		{"aliases:\n  - [ｸﾗｳﾄﾞ, cloud]\n  - [クラウド, くらうど]\n", []string{
			`story.md:5: half-width katakana "ｸﾗｳﾄﾞ"`,
			`story.md:6: alias "クラウド" is already in the group at line 5`,
			`story.md:6: alias "くらうど" is already in the group at line 5`,
		}},
		{"aliases:\n  - [Microsoft, *x]\n", []string{`story.md:5: field "aliases": a phrase is a YAML alias (*x), which is not supported`}},
		{"aliases:\n  - [Microsoft, !!binary aGk=]\n", []string{`story.md:5: field "aliases": a phrase has the YAML tag !!binary`}},
	}
	for _, tt := range tests {
		_, ps := loadProblems(t, validWithStory(t, tt.yaml))
		if len(ps) != len(tt.want) {
			t.Errorf("%q: problems %q, want %d", tt.yaml, ps, len(tt.want))
			continue
		}
		for i, p := range ps {
			if !strings.HasPrefix(p, tt.want[i]) {
				t.Errorf("%q:\n got  %s\n want %s…", tt.yaml, p, tt.want[i])
			}
		}
	}
	groups := strings.Repeat("  - [a, b]\n", model.MaxAliasGroups+1)
	if _, ps := loadProblems(t, validWithStory(t, "aliases:\n"+groups)); len(ps) != 1 || !strings.Contains(ps[0], "at most 1000") {
		t.Errorf("too many groups: %.200q", ps)
	}
}

// A query with an alias: how it reads, and that it looks for a bounded
// number of them.
func TestAliasQuery(t *testing.T) {
	s := jaSearchPack(t)
	tests := []struct{ query, want string }{
		{"マイクロソフト", "まいくろそふと"},
		{"right of first refusal cap", "right of first refusal cap"},
		{`"right of first refusal"`, `"right of first refusal"`},
		{"「優先交渉権」", `"優先交渉権"`},
	}
	for _, tt := range tests {
		if got := s.ParseQuery(tt.query).String(); got != tt.want {
			t.Errorf("ParseQuery(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
	// The package's ParseQuery knows no alias.
	if hits := s.SearchQuery(model.ParseQuery("先買権")); len(hits) != 0 {
		t.Errorf("model.ParseQuery found aliases: %v", hitIDs(hits))
	}
	if hits := s.SearchQuery(s.ParseQuery("先買権")); len(hits) == 0 {
		t.Error("Story.ParseQuery found no alias")
	}
	// Highlights map to whatever matched, in the text as written.
	q := s.ParseQuery("Fujitsu 先買権")
	text := "ｸﾗｳﾄﾞの富士通は優先交渉権を、Fujitsuは何も。"
	var got []string
	for _, m := range q.Matches(text) {
		got = append(got, text[m[0]:m[1]])
	}
	if want := []string{"富士通", "優先交渉権", "Fujitsu"}; !slices.Equal(got, want) {
		t.Errorf("Matches = %q, want %q", got, want)
	}
}
