package model

import "fmt"

// Lang is the language a content pack is written in: story.md's lang
// field (en when it is left out). It decides the words the exports write
// around the pack's own text (Labels) and how they write dates.
type Lang string

// The languages a pack may be written in.
const (
	English  Lang = "en"
	Japanese Lang = "ja"
)

// Langs lists the languages a pack may be written in.
func Langs() []Lang { return []Lang{English, Japanese} }

// ParseLang reads a language code as story.md's lang field takes it: en
// or ja.
func ParseLang(s string) (Lang, error) {
	for _, l := range Langs() {
		if s == string(l) {
			return l, nil
		}
	}
	return "", fmt.Errorf("unknown language %q: want one of %s", s, joinWords(Langs()))
}

// orEnglish gives the language, or English when it is unset (a story
// built by hand rather than loaded).
func (l Lang) orEnglish() Lang {
	if l == Japanese {
		return Japanese
	}
	return English
}
