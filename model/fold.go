package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Search, the glossary check and the search aliases compare text in one
// folded form, so that the ways a word may be typed find each other:
//
//   - NFKC: full-width Latin is narrow (ＡＩ → AI), half-width katakana is
//     wide and takes its sound marks (ｸﾞ → グ), compatibility forms are
//     spelt out (㈱ → (株));
//   - case: lower case;
//   - kana: katakana is written as hiragana (クラウド and くらうど are one
//     word), the voicing marks kept (か is not が);
//   - the long vowel mark after a kana is dropped, so that it is optional
//     (コンピューター and コンピュータ are one word);
//   - typographic quotes are plain, and each run of white space is one
//     space, so that a phrase matches across line breaks.

// foldText folds s for comparing.
func foldText(s string) string {
	var f folder
	f.b.Grow(len(s))
	f.fold(s)
	return f.b.String()
}

// foldMap maps folded text back to the text it came from, as runs: most
// of a text folds character for character into as many bytes (a run
// where each byte maps to its own), the rest a character (or a few, or
// part of one spelt out at length) at a time.
type foldMap struct {
	runs []foldRun
	n    int // the length of the text folded
	size int // and of the folded text
}

// foldRun is where folded bytes from at (to the next run's at) come from:
// s[from:to], byte for byte when same, else as a whole.
type foldRun struct {
	at, from, to int
	same         bool
}

// span gives the bytes of the original text that bytes [i, j) of the
// folded text come from: whole characters, with a long vowel mark the
// folding dropped after the last of them.
func (m foldMap) span(i, j int) (int, int) {
	r := m.runAt(i)
	if r < 0 {
		return m.n, m.n
	}
	start := m.runs[r].from
	if m.runs[r].same {
		start += i - m.runs[r].at
	}
	if j <= i {
		return start, start
	}
	r = m.runAt(j - 1)
	end := m.runs[r].to
	if m.runs[r].same {
		end = m.runs[r].from + j - m.runs[r].at
	}
	return start, end
}

// runAt finds the run of folded byte i, or -1 past the end.
func (m foldMap) runAt(i int) int {
	if i < 0 || i >= m.size || len(m.runs) == 0 {
		return -1
	}
	lo, hi := 0, len(m.runs)
	for lo < hi {
		mid := (lo + hi) / 2
		if m.runs[mid].at <= i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo - 1
}

// foldWithOffsets is foldText that also maps the folded text back onto s.
func foldWithOffsets(s string) (string, foldMap) {
	f := folder{m: &foldMap{n: len(s)}}
	f.b.Grow(len(s))
	f.fold(s)
	f.m.size = f.b.Len()
	return f.b.String(), *f.m
}

// folder writes folded text, and its map when m is set.
type folder struct {
	b     strings.Builder
	m     *foldMap
	space bool // the last character written is a space
	kana  bool // the last character written is a kana
	last  int  // where the last character written starts in b
	from  int  // and where it comes from in the text
}

// fold folds s segment by segment of NFKC, which keeps a character and
// the marks that combine with it together, so every folded character
// maps back to whole characters of s. A character that NFKC leaves as it
// is and that nothing around it combines with (most of any text) is
// folded as it is: the normalizer runs only from one that is not, until
// it is back on one.
func (f *folder) fold(s string) {
	for i := 0; i < len(s); {
		if n := stableAt(s, i); n > 0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			f.add(r, i, i+n, true)
			i += n
			continue
		}
		i = f.normalize(s, i)
	}
}

// stableAt gives the size of the character at i when NFKC leaves it as it
// is whatever is around it: it is NFKC on its own (が, é), does not
// combine with what is before it, and what follows does not combine with
// it. Else 0.
func stableAt(s string, i int) int {
	n := 1
	if s[i] >= utf8.RuneSelf {
		p := norm.NFKC.PropertiesString(s[i:])
		n = p.Size()
		if n == 0 || !p.BoundaryBefore() || !norm.NFKC.IsNormalString(s[i:i+n]) {
			return 0
		}
	}
	if i+n < len(s) && s[i+n] >= utf8.RuneSelf && !norm.NFKC.PropertiesString(s[i+n:]).BoundaryBefore() {
		return 0
	}
	return n
}

// normalize folds s from i, through NFKC, until a stable character (see
// stableAt) or the end, and gives where it stopped. A character NFKC spells out at length (㈱ →
// (株)) comes in several pieces, all but the last of which consume
// nothing of s: their ends are set when the last one comes.
func (f *folder) normalize(s string, i int) int {
	var it norm.Iter
	it.InitString(norm.NFKC, s[i:])
	pending := 0 // the first run whose source's end is not known
	if f.m != nil {
		pending = len(f.m.runs)
	}
	for !it.Done() {
		from := i + it.Pos()
		seg := it.Next()
		to := i + it.Pos()
		one := utf8.RuneCount(seg) == 1 && utf8.RuneCountInString(s[from:to]) == 1
		for len(seg) > 0 {
			r, n := utf8.DecodeRune(seg)
			seg = seg[n:]
			f.add(r, from, to, one)
		}
		if to == from {
			continue
		}
		if f.m != nil {
			for j := pending; j < len(f.m.runs); j++ {
				f.m.runs[j].to = max(f.m.runs[j].to, to)
			}
			pending = len(f.m.runs)
		}
		if to < len(s) && stableAt(s, to) > 0 {
			return to
		}
	}
	return len(s)
}

// add folds one character that comes from s[from:to]; one says that it is
// the whole of it, one character for one.
func (f *folder) add(r rune, from, to int, one bool) {
	switch {
	case unicode.IsSpace(r):
		if !f.space {
			f.write(' ', from, to, one)
		}
		f.space, f.kana = true, false
		return
	case r == 'ー' && f.kana:
		f.extend(to)
		return
	}
	r = foldRune(r)
	f.write(r, from, to, one)
	f.space, f.kana = false, isKana(r)
}

// isKana reports a hiragana or katakana character.
func isKana(r rune) bool {
	return r >= 'ぁ' && unicode.In(r, unicode.Hiragana, unicode.Katakana)
}

// write writes a folded character, and where it comes from in the map:
// a character that keeps its length, alone, goes on the run before it
// when that one is of such characters and ends where it starts.
func (f *folder) write(r rune, from, to int, one bool) {
	f.last, f.from = f.b.Len(), from
	n, _ := f.b.WriteRune(r)
	if f.m == nil {
		return
	}
	same := one && n == to-from
	runs := f.m.runs
	if k := len(runs) - 1; same && k >= 0 && runs[k].same && runs[k].to == from && runs[k].at+runs[k].to-runs[k].from == f.last {
		runs[k].to = to
		return
	}
	f.m.runs = append(runs, foldRun{at: f.last, from: from, to: to, same: same})
}

// extend makes the last character written come from up to to as well: a
// long vowel mark that folding drops after it.
func (f *folder) extend(to int) {
	if f.m == nil || len(f.m.runs) == 0 {
		return
	}
	k := len(f.m.runs) - 1
	last := &f.m.runs[k]
	if last.same && last.at < f.last { // split the last character off its run
		last.to = f.from
		f.m.runs = append(f.m.runs, foldRun{at: f.last, from: f.from, to: to})
		return
	}
	last.to, last.same = max(last.to, to), false
}

// foldRune maps a character, NFKC already, to the form search compares:
// lower case, hiragana for katakana, and plain quotes for typographic
// ones.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	switch {
	case r >= 'ァ' && r <= 'ヶ', r == 'ヽ', r == 'ヾ':
		return r - ('ァ' - 'ぁ')
	case r == '‘', r == '’', r == 'ʼ', r == '′':
		return '\''
	case r == '“', r == '”', r == '″':
		return '"'
	case r == 'ς':
		return 'σ'
	case r == 'ſ':
		return 's'
	}
	if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth || p.Kind() == width.EastAsianHalfwidth {
		if f := p.Folded(); f != 0 {
			r = f
		}
	}
	return unicode.ToLower(r)
}
