package ui

import (
	"reflect"
	"strings"
	"testing"
)

// Every string of the explorer exists in English and in Japanese, and the
// Japanese is Japanese: no field left empty, and none left in English
// (beyond the words JA-STYLE keeps in Latin, and the keys).
func TestEveryStringInBothLanguages(t *testing.T) {
	en, ja := reflect.ValueOf(*enText()), reflect.ValueOf(*jaText())
	var walk func(path string, e, j reflect.Value)
	walk = func(path string, e, j reflect.Value) {
		switch e.Kind() {
		case reflect.String:
			if e.String() == "" || j.String() == "" {
				t.Errorf("%s: empty in English (%q) or Japanese (%q)", path, e.String(), j.String())
			}
			if e.String() == j.String() && !keepsLatin(e.String()) {
				t.Errorf("%s: the Japanese is the English: %q", path, j.String())
			}
		case reflect.Struct:
			for i := range e.NumField() {
				walk(path+"."+e.Type().Field(i).Name, e.Field(i), j.Field(i))
			}
		case reflect.Array:
			for i := range e.Len() {
				walk(path+"["+string(rune('0'+i))+"]", e.Index(i), j.Index(i))
			}
		default:
			t.Fatalf("%s: a %s in uiText: the test must learn it", path, e.Kind())
		}
	}
	walk("uiText", en, ja)
}

// keepsLatin reports a string that is the same in both languages by
// right: only keys, marks and Latin names.
func keepsLatin(s string) bool {
	return strings.Trim(s, " ●○←→↑↓/[]ecs?qntr:") == ""
}
