package compiled

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

func load(t testing.TB) *model.Story { return loadIn(t, model.English) }

func loadIn(t testing.TB, lang model.Lang) *model.Story {
	t.Helper()
	s, err := model.Load(content.Pack(string(lang)))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// Each compiled story is what go generate makes of its pack now: a change
// to content/ or to model's types needs a go generate.
func TestUpToDate(t *testing.T) {
	for _, c := range []struct {
		lang model.Lang
		data string
	}{{model.English, english}, {model.Japanese, japanese}} {
		want, err := model.Encode(loadIn(t, c.lang))
		if err != nil {
			t.Fatal(err)
		}
		if c.data != string(want) {
			t.Errorf("the compiled %s story is out of date with content/%s (or with model's types): run go generate ./internal/compiled", c.lang, c.lang)
		}
	}
}

// The Japanese story decodes, in Japanese.
func TestStoryIn(t *testing.T) {
	s, err := StoryIn(model.Japanese)
	if err != nil || s.Lang != model.Japanese {
		t.Fatalf("StoryIn(ja): %v, lang %v", err, s.Lang)
	}
	if _, err := StoryIn("fr"); err == nil {
		t.Error("a story in French")
	}
}

// The decoded story is the loaded one, down to the indexes Load builds
// and the empty lists it makes.
func TestStoryIsTheLoadedStory(t *testing.T) {
	got, err := Story()
	if err != nil {
		t.Fatal(err)
	}
	want := load(t)
	if !reflect.DeepEqual(got, want) {
		t.Fatal("the decoded story differs from the one model.Load makes of content/")
	}
	var a, b bytes.Buffer
	if err := got.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := want.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("the decoded story's JSON export differs from the loaded story's")
	}
	for _, q := range []string{"fujitsu", "the", `"primary cloud"`} {
		if g, w := len(got.Search(q)), len(want.Search(q)); g != w || g == 0 {
			t.Errorf("search %s: %d hits decoded, %d loaded", q, g, w)
		}
	}
}

// BenchmarkDecode decodes the built-in story, as every start does
// (compare model's BenchmarkLoad, what a start did before).
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Story(); err != nil {
			b.Fatal(err)
		}
	}
}
