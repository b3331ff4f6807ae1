package model_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

func jaSearchPack(t *testing.T) *model.Story {
	t.Helper()
	s, err := model.LoadDir(filepath.Join("..", "testdata", "packs", "ja-search"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// searchCase is a query, ids its hits must include, ids they must not,
// and what a hit's best match must be in the text as written (a hit on
// one of the ids in want).
type searchCase struct {
	query     string
	want      []string
	notWant   []string
	highlight []string // any of these
}

func runSearchCases(t *testing.T, s *model.Story, cases []searchCase) {
	t.Helper()
	for _, tt := range cases {
		hits := s.Search(tt.query)
		checkHits(t, s, tt.query, hits)
		ids := hitIDs(hits)
		for _, id := range tt.want {
			if !slices.Contains(ids, id) {
				t.Errorf("Search(%q) missed %s; got %v", tt.query, id, ids)
			}
		}
		for _, id := range tt.notWant {
			if slices.Contains(ids, id) {
				t.Errorf("Search(%q) found %s; it must not", tt.query, id)
			}
		}
		if len(tt.highlight) == 0 {
			continue
		}
		for _, h := range hits {
			if !slices.Contains(tt.want, h.ID) {
				continue
			}
			if got := h.Text[h.Start:h.End]; !slices.Contains(tt.highlight, got) {
				t.Errorf("Search(%q): %s.%s highlights %q, want one of %q", tt.query, h.ID, h.Field, got, tt.highlight)
			}
		}
	}
}

// The examples of issue 20 item 7 against a small Japanese pack, in both
// directions across scripts and languages.
func TestSearchJapanese(t *testing.T) {
	s := jaSearchPack(t)
	if s.Lang != model.Japanese {
		t.Fatalf("lang = %q", s.Lang)
	}
	runSearchCases(t, s, []searchCase{
		// Width: full-width Latin finds narrow, narrow finds full-width.
		{query: "ＡＩ", want: []string{"computer-demand", "softbank-corp"}, highlight: []string{"AI"}},
		{query: "AI", want: []string{"computer-demand", "fujitsu"}, highlight: []string{"AI", "ＡＩ"}},
		{query: "ａｉの導入", want: []string{"fujitsu"}, highlight: []string{"ＡＩの導入"}},
		// Half-width katakana, with its sound mark, finds the wide form.
		{query: "ｸﾗｳﾄﾞ", want: []string{"cloud-start", "fujitsu"}, highlight: []string{"クラウド"}},
		// Hiragana finds katakana, and back.
		{query: "くらうど", want: []string{"cloud-start", "fujitsu"}, highlight: []string{"クラウド"}},
		{query: "ライセンス", want: []string{"licence-end"}},
		{query: "らいせんす", want: []string{"licence-end"}, highlight: []string{"ライセンス"}},
		// The long vowel mark is optional, whichever side has it.
		{query: "コンピューター", want: []string{"computer-demand", "cloud-start"}, highlight: []string{"コンピュータ", "コンピューター"}},
		{query: "コンピュータ", want: []string{"computer-demand", "cloud-start"}, highlight: []string{"コンピュータ", "コンピューター"}},
		{query: "ｺﾝﾋﾟｭｰﾀｰ", want: []string{"computer-demand", "cloud-start"}},
		// Voicing marks are not dropped: か is not が.
		{query: "ガバナンス", want: []string{"fujitsu"}, highlight: []string{"ガバナンス"}},
		{query: "カバナンス", notWant: []string{"fujitsu"}},
		{query: "か", notWant: []string{"fujitsu"}},
		{query: "が", want: []string{"fujitsu"}},
		// A word inside a run written without spaces, and phrases in 「」 and 『』.
		{query: "交渉", want: []string{"first-refusal"}, highlight: []string{"交渉"}},
		{query: "「優先交渉権を持って」", want: []string{"first-refusal"}, highlight: []string{"優先交渉権を持って"}},
		{query: "『富士通の顧客』", want: []string{"fujitsu"}, highlight: []string{"富士通の顧客"}},
		{query: "「富士通のクラウド」", notWant: []string{"fujitsu"}},
		// Aliases, Japanese typed, text in Latin...
		{query: "マイクロソフト", want: []string{"cloud-start", "first-refusal"}, highlight: []string{"Microsoft"}},
		// ... Latin typed, text in Japanese.
		{query: "Fujitsu", want: []string{"fujitsu"}, highlight: []string{"富士通"}},
		{query: "FUJITSU", want: []string{"fujitsu"}, highlight: []string{"富士通"}},
		{query: "富士通", want: []string{"fujitsu"}, highlight: []string{"富士通"}},
		{query: "softbank", want: []string{"softbank-group", "softbank-corp"}},
		{query: "SoftBank Group", want: []string{"softbank-group"}, notWant: []string{"softbank-corp"}, highlight: []string{"ソフトバンクグループ"}},
		{query: "ソフトバンクグループ", want: []string{"softbank-group"}, notWant: []string{"softbank-corp"}},
		{query: `"SoftBank Corp."`, want: []string{"softbank-corp"}, notWant: []string{"softbank-group"}, highlight: []string{"ソフトバンク株式会社"}},
		{query: "先買権", want: []string{"first-refusal"}, highlight: []string{"優先交渉権"}},
		{query: "ROFR", want: []string{"first-refusal"}, highlight: []string{"優先交渉権"}},
		{query: "right of first refusal", want: []string{"first-refusal"}, highlight: []string{"優先交渉権"}},
		{query: `"right of first refusal"`, want: []string{"first-refusal"}, highlight: []string{"優先交渉権"}},
		{query: "令和8年", want: []string{"story"}, highlight: []string{"2026年"}},
		// An alias is found as whole words: 上限 finds "cap", never "capital".
		{query: "cap", want: []string{"first-refusal"}, highlight: []string{"上限"}},
		{query: "上限", want: []string{"first-refusal"}, notWant: []string{"computer-demand"}},
	})
}

// The same aliases serve an English reader typing Japanese in the English
// pack.
func TestSearchAliasesInEnglish(t *testing.T) {
	s := embedded(t)
	fujitsu := hitIDs(s.Search("Fujitsu"))
	if got := hitIDs(s.Search("富士通")); len(got) == 0 || !slices.Equal(got, fujitsu) {
		t.Errorf("富士通 found %v, Fujitsu %v", got, fujitsu)
	}
	runSearchCases(t, s, []searchCase{
		{query: "富士通", want: []string{"japan-fujitsu"}, highlight: []string{"Fujitsu"}},
		{query: "ふじつう", want: []string{"japan-fujitsu"}, highlight: []string{"Fujitsu"}},
		{query: "マイクロソフト", want: []string{"exclusivity", "ip-licence"}, highlight: []string{"Microsoft"}},
		{query: "ソフトバンク", want: []string{"japan-softbank"}, highlight: []string{"SoftBank"}},
		{query: "優先交渉権", want: []string{"event-2025-first-refusal"}, highlight: []string{"right of first refusal", "first refusal", "ROFR"}},
		{query: "先買権", want: []string{"event-2025-first-refusal"}},
		{query: "令和8年", want: []string{"event-2026-multi-partnership"}, highlight: []string{"2026"}},
		{query: "2026年4月27日", want: []string{"story"}, highlight: []string{"27 April 2026"}},
	})
	// Microsoft typed finds what マイクロソフト does, and the words of a
	// query still need each other: マイクロソフト 富士通 finds less.
	ms, both := s.Search("Microsoft"), s.Search("マイクロソフト 富士通")
	if len(both) == 0 || len(both) >= len(ms) {
		t.Errorf("マイクロソフト 富士通 found %d, Microsoft %d", len(both), len(ms))
	}
}

// The Japanese pack: the names a reader may type in either script find
// the same items.
func TestSearchJapanesePack(t *testing.T) {
	s, err := model.LoadDir(filepath.Join("..", "content", "ja"))
	if err != nil {
		t.Fatal(err)
	}
	same := [][2]string{
		{"富士通", "Fujitsu"},
		{"マイクロソフト", "Microsoft"},
		{"クラウド", "ｸﾗｳﾄﾞ"},
		{"クラウド", "くらうど"},
		{"クラウド", "クラウド"},
		{"コンピューター", "コンピュータ"},
		{"データセンター", "データセンタ"},
		{"パートナー", "パートナ"},
		{"優先交渉権", "先買権"},
		{"優先交渉権", "ROFR"},
		{"ソフトバンクグループ", "SoftBank Group"},
		{"AI", "ＡＩ"},
	}
	for _, p := range same {
		a, b := hitIDs(s.Search(p[0])), hitIDs(s.Search(p[1]))
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			t.Errorf("%q found %v, %q found %v", p[0], a, p[1], b)
		}
	}
	runSearchCases(t, s, []searchCase{
		{query: "Fujitsu", want: []string{"japan-fujitsu"}, highlight: []string{"富士通"}},
		{query: "富士通", want: []string{"japan-fujitsu"}, highlight: []string{"富士通"}},
		{query: "マイクロソフト", want: []string{"exclusivity", "ip-licence"}, highlight: []string{"Microsoft"}},
		{query: "ｸﾗｳﾄﾞ", want: []string{"multi-cloud-deployment"}, highlight: []string{"クラウド"}},
		{query: "くらうど", want: []string{"multi-cloud-deployment"}, highlight: []string{"クラウド"}},
		{query: "データセンタ", want: []string{"story"}, highlight: []string{"データセンター"}},
		{query: "right of first refusal", want: []string{"event-2025-first-refusal"}, highlight: []string{"優先交渉権"}},
		{query: "ソフトバンク株式会社", want: []string{"japan-softbank"}},
	})
	if hits := s.Search("コンピューター"); len(hits) != len(s.Search("コンピュータ")) {
		t.Errorf("コンピューター and コンピュータ find %d and %d", len(hits), len(s.Search("コンピュータ")))
	}
	for _, h := range s.Search("ソフトバンク株式会社") {
		if strings.Contains(h.Text[h.Start:h.End], "グループ") {
			t.Errorf("ソフトバンク株式会社 highlights %q in %s", h.Text[h.Start:h.End], h.ID)
		}
	}
}
