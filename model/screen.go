package model

import (
	"reflect"
	"sync"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// screenForm is the story as a terminal shows it, made once.
type screenForm struct {
	once  sync.Once
	story *Story
}

// ForScreen is the story as a terminal shows it: every text taken through
// termsafe.EvenWidths, which takes apart the emoji sequences a terminal
// without grapheme clustering would draw at another width than Lip Gloss
// measures (docs/RELIABILITY.md). The explorer and the text export show
// it; the JSON and Markdown exports keep the story as written. It is the
// story itself when nothing in it measures two ways, as in the built-in
// one; else a copy, made on first use and shared by every caller.
func (s *Story) ForScreen() *Story {
	s.screen.once.Do(func() { s.screen.story = s.screenCopy() })
	return s.screen.story
}

func (s *Story) screenCopy() *Story {
	if !s.anyText(func(t string) bool { return termsafe.EvenWidths(t) != t }) {
		return s
	}
	data, err := Encode(s)
	if err != nil {
		return s
	}
	c, err := decodeWith(string(data), termsafe.EvenWidths)
	if err != nil {
		return s
	}
	c.screen.once.Do(func() { c.screen.story = c })
	return c
}

// anyText reports whether any text of the story satisfies f.
func (s *Story) anyText(f func(string) bool) bool {
	return anyString(reflect.ValueOf(s.compiledForm()), f)
}

func anyString(v reflect.Value, f func(string) bool) bool {
	switch v.Kind() {
	case reflect.String:
		return f(v.String())
	case reflect.Pointer:
		return !v.IsNil() && anyString(v.Elem(), f)
	case reflect.Slice:
		for i := range v.Len() {
			if anyString(v.Index(i), f) {
				return true
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() && anyString(v.Field(i), f) {
				return true
			}
		}
	}
	return false
}
