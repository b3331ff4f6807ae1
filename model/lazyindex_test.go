package model

import (
	"testing"

	"github.com/dealtui/dealtui/content"
)

// Neither loading nor decoding a story builds its search index: the
// first search does (a start pays nothing for it, a big pack included).
func TestSearchIndexIsBuiltOnFirstSearch(t *testing.T) {
	loaded, err := Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	data, err := Encode(loaded)
	if err != nil {
		t.Fatal(err)
	}
	decoded, err := Decode(string(data))
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*Story{"loaded": loaded, "decoded": decoded} {
		if s.index.docs != nil {
			t.Fatalf("%s: the search index was built before any search", name)
		}
		if len(s.Search("fujitsu")) == 0 || s.index.docs == nil {
			t.Fatalf("%s: the first search did not build the index", name)
		}
	}
}
