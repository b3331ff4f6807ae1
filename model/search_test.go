package model_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

func hitIDs(hits []model.Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

func TestSearchFindsAcrossPanes(t *testing.T) {
	s := embedded(t)
	tests := []struct {
		query   string
		mustHit []string // ids that must be among the hits
	}{
		{"SoftBank", []string{"japan-softbank"}},
		{"softbank", []string{"japan-softbank"}},
		{"SOFTBANK", []string{"japan-softbank"}},
		{"2032", []string{"ip-licence"}},
		{"non-exclusive", []string{"ip-licence"}},
		{"NON-EXCLUSIVE", []string{"ip-licence"}},
		{"Fujitsu", []string{"P14"}},
		{"uncharted", []string{"N02"}},
		{"P04", []string{"P04"}},
		{"Bloomberg", []string{"B10"}},
	}
	for _, tt := range tests {
		hits := s.Search(tt.query)
		ids := hitIDs(hits)
		for _, id := range tt.mustHit {
			if !slices.Contains(ids, id) {
				t.Errorf("Search(%q) missed %s; got %v", tt.query, id, ids)
			}
		}
		checkHits(t, s, tt.query, hits)
	}
}

func TestSearchTitleOutranksBody(t *testing.T) {
	s := embedded(t)
	hits := s.Search("Fujitsu")
	if len(hits) == 0 || hits[0].Field != "title" {
		t.Errorf("best Fujitsu hit is %+v, want one in a title", hits[0])
	}
}

// Every word must be found, anywhere in the item; a quoted phrase only as
// written.
func TestSearchAllWords(t *testing.T) {
	s := embedded(t)
	both := s.Search("Azure 2030")
	if len(both) == 0 {
		t.Fatal(`"Azure 2030" found nothing`)
	}
	azure, y2030 := hitIDs(s.Search("Azure")), hitIDs(s.Search("2030"))
	for _, id := range hitIDs(both) {
		if !slices.Contains(azure, id) || !slices.Contains(y2030, id) {
			t.Errorf("%s is a hit for both words but not for each", id)
		}
	}
	if len(both) >= len(azure) {
		t.Errorf("two words found %d items, one of them alone %d: want fewer", len(both), len(azure))
	}
	phrase := s.Search(`"first refusal"`)
	loose := s.Search("refusal first")
	if len(phrase) == 0 || len(phrase) > len(loose) {
		t.Errorf("phrase found %d, the words in any order %d", len(phrase), len(loose))
	}
	for _, h := range phrase {
		if !strings.Contains(strings.ToLower(h.Text[h.Start:h.End]), "first refusal") {
			t.Errorf("phrase span %q", h.Text[h.Start:h.End])
		}
	}
}

// British and American spellings, and full- and half-width forms, find
// the same things.
func TestSearchFolds(t *testing.T) {
	s := embedded(t)
	pairs := [][2]string{
		{"licence", "license"},
		{"defence", "defense"},
		{"Azure", "ＡＺＵＲＥ"},
		{"OpenAI's", "OpenAI’s"},
	}
	for _, p := range pairs {
		a, b := hitIDs(s.Search(p[0])), hitIDs(s.Search(p[1]))
		if len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("%q found %v, %q found %v", p[0], a, p[1], b)
		}
	}
}

// Snippets are plain text, never Markdown.
func TestSearchSnippetsArePlain(t *testing.T) {
	s := embedded(t)
	for _, q := range []string{"unless", "Azure", "revenue"} {
		for _, h := range s.Search(q) {
			if strings.Contains(h.Text, "**") || strings.Contains(h.Text, "## ") || strings.Contains(h.Text, "`") {
				t.Errorf("%s.%s: Markdown in the snippet text: %.80q", h.ID, h.Field, h.Text)
			}
		}
	}
}

func TestSearchOddQueries(t *testing.T) {
	s := embedded(t)
	for _, q := range []string{"", "   ", "\xff\xfe", "[(*.+?", strings.Repeat("a", 1<<20), "zzzz-no-such-text", `""`, `"`} {
		hits := s.Search(q)
		checkHits(t, s, q, hits)
		if q != strings.Repeat("a", 1<<20) && len(hits) != 0 {
			t.Errorf("Search(%.20q) = %d hits, want none", q, len(hits))
		}
	}
}

func TestQueryMatches(t *testing.T) {
	q := model.ParseQuery(`azure "first refusal"`)
	text := "Azure had a right of First  refusal; AZURE again. First refusal."
	got := q.Matches(text)
	want := [][2]int{{0, 5}, {21, 35}, {37, 42}, {50, 63}}
	if !slices.Equal(got, want) {
		t.Errorf("Matches = %v, want %v", got, want)
	}
}

// Japanese: width, kana, the long vowel mark and 「」 quotes, each match
// mapped back onto the text as written.
func TestQueryMatchesJapanese(t *testing.T) {
	tests := []struct {
		query, text string
		want        []string
	}{
		{"くらうど", "新しいｸﾗｳﾄﾞとクラウドの話", []string{"ｸﾗｳﾄﾞ", "クラウド"}},
		{"ｸﾞﾙｰﾌﾟ", "ソフトバンクグループの出資", []string{"グループ"}},
		{"コンピューター", "コンピュータとコンピューターとｺﾝﾋﾟｭｰﾀｰ", []string{"コンピュータ", "コンピューター", "ｺﾝﾋﾟｭｰﾀｰ"}},
		{"か", "がかガカ", []string{"か", "カ"}},
		{"が", "がかガカ", []string{"が", "ガ"}},
		{"ＡＩ", "AIとＡＩとai", []string{"AI", "ＡＩ", "ai"}},
		{"「技術 主権」", "日本の技術 主権を", []string{"技術 主権"}},
		{"『主権』 技術", "日本の技術主権を", []string{"技術主権"}},
	}
	for _, tt := range tests {
		q := model.ParseQuery(tt.query)
		var got []string
		for _, m := range q.Matches(tt.text) {
			got = append(got, tt.text[m[0]:m[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ParseQuery(%q).Matches(%q) = %q, want %q", tt.query, tt.text, got, tt.want)
		}
	}
}

// A query reads folded, and keeps what was typed for messages.
func TestQueryTyped(t *testing.T) {
	tests := []struct{ in, folded, typed string }{
		{"  コンピューター\u3000「クラウド 事業」 ", `こんぴゅた "くらうど 事業"`, "コンピューター 「クラウド 事業」"},
		{"Fujitsu  NEC", "fujitsu nec", "Fujitsu NEC"},
		{"   ", "", ""},
	}
	for _, tt := range tests {
		q := model.ParseQuery(tt.in)
		if q.String() != tt.folded || q.Typed() != tt.typed {
			t.Errorf("ParseQuery(%q): String %q, Typed %q; want %q, %q", tt.in, q.String(), q.Typed(), tt.folded, tt.typed)
		}
	}
	s := jaSearchPack(t)
	if got := s.ParseQuery("right of  first refusal").Typed(); got != "right of first refusal" {
		t.Errorf("an alias query types as %q", got)
	}
}
