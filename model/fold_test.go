package model

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFoldText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ＡＩ", "ai"},
		{"ｸﾗｳﾄﾞ", "くらうど"},
		{"クラウド", "くらうど"},
		{"くらうど", "くらうど"},
		{"コンピューター", "こんぴゅた"},
		{"コンピュータ", "こんぴゅた"},
		{"ｺﾝﾋﾟｭｰﾀｰ", "こんぴゅた"},
		{"ー", "ー"},   // not after a kana: kept
		{"漢ー", "漢ー"}, // nor after a kanji
		{"か", "か"},
		{"が", "が"},
		{"か\u3099", "が"}, // a combining mark composes: the same が
		{"ヴ", "ゔ"},
		{"ヽヾ", "ゝゞ"},
		{"ヷ", "ヷ"}, // no hiragana of its own
		{"㈱", "(株)"},
		{"Microsoft’s", "microsoft's"},
		{"a \n\t b", "a b"},
		{"Ｍｉｃｒｏｓｏｆｔ", "microsoft"},
		{"ＳｏｆｔＢａｎｋ", "softbank"},
		{"富士通", "富士通"},
		{"ﬁnance", "finance"},
		{"\u3000全角\u3000空白", " 全角 空白"},
	}
	for _, tt := range tests {
		if got := foldText(tt.in); got != tt.want {
			t.Errorf("foldText(%q) = %q, want %q", tt.in, got, tt.want)
		}
		folded, fm := foldWithOffsets(tt.in)
		if folded != foldText(tt.in) {
			t.Errorf("foldWithOffsets(%q) = %q, foldText %q", tt.in, folded, foldText(tt.in))
		}
		if s, e := fm.span(0, len(folded)); s != 0 || e != len(tt.in) && !utf8.ValidString(tt.in[s:e]) {
			t.Errorf("%q: the whole folded text maps to [%d:%d]", tt.in, s, e)
		}
	}
}

// Each folded character maps back to whole characters of the text, the
// characters it comes from, even where folding changes lengths.
func TestFoldOffsets(t *testing.T) {
	tests := []struct {
		text, find, want string
	}{
		{"新しいｸﾞﾙｰﾌﾟの話", "ぐるぷ", "ｸﾞﾙｰﾌﾟ"},
		{"新しいｸﾞﾙｰﾌﾟの話", "の", "の"},
		{"新しいｸﾞﾙｰﾌﾟの話", "ぐ", "ｸﾞ"},
		{"コンピューターの", "こんぴゅた", "コンピューター"},
		{"コンピュータの", "こんぴゅた", "コンピュータ"},
		{"ＡＩ企業", "ai", "ＡＩ"},
		{"㈱富士通", "株", "㈱"},
		{"a  b", "a b", "a  b"},
		{"か\u3099き", "が", "か\u3099"},
		{"か\u3099き", "き", "き"},
	}
	for _, tt := range tests {
		folded, fm := foldWithOffsets(tt.text)
		at := -1
		for i := range len(folded) {
			if len(folded[i:]) >= len(tt.find) && folded[i:i+len(tt.find)] == tt.find {
				at = i
				break
			}
		}
		if at < 0 {
			t.Errorf("%q folds to %q, without %q", tt.text, folded, tt.find)
			continue
		}
		s, e := fm.span(at, at+len(tt.find))
		if got := tt.text[s:e]; got != tt.want {
			t.Errorf("%q in %q maps back to %q, want %q", tt.find, tt.text, got, tt.want)
		}
	}
}

// referenceFold is foldText the slow way: NFKC over the whole text, then
// character by character.
func referenceFold(s string) string {
	var f folder
	for _, r := range norm.NFKC.String(s) {
		f.add(r, 0, 0, false)
	}
	return f.b.String()
}

// Folding with the ASCII shortcut is folding through NFKC, on random
// texts of ASCII, combining marks, wide and half-width forms; and every
// folded byte maps back to whole characters, in order.
func TestFoldMatchesNFKC(t *testing.T) {
	pieces := []string{"a", "B", " ", "e", "\u0301", "\u3099", "\u309a", "か", "ｶ", "ﾞ", "ﾟ", "ｰ", "ー", "コ", "Ａ", "㈱", "ﷺ", "ﬁ", "\n", "’", "é", "ς", "İ", "\u0345", "ᄀ", "ᅡ", "ᆨ", "한", "x\u0308", "1", "½", "\u3000", "\xff"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		got, fm := foldWithOffsets(s)
		if want := referenceFold(s); got != want && utf8.ValidString(s) {
			t.Fatalf("fold(%q) = %q, NFKC gives %q", s, got, want)
		}
		if got != foldText(s) {
			t.Fatalf("foldWithOffsets(%q) = %q, foldText %q", s, got, foldText(s))
		}
		last := 0
		for i, r := range got {
			start, end := fm.span(i, i+utf8.RuneLen(r))
			if start < last || end <= start || end > len(s) || !utf8.ValidString(s[start:end]) && utf8.ValidString(s) {
				t.Fatalf("%q folds to %q: its character at %d maps to [%d:%d]", s, got, i, start, end)
			}
			last = start
		}
		if start, end := fm.span(0, len(got)); len(got) > 0 && (start != 0 || end > len(s)) {
			t.Fatalf("%q: the whole folded text maps to [%d:%d]", s, start, end)
		}
	}
}
