package compiled

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

func load(t testing.TB) *model.Story {
	t.Helper()
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// story.bin is what go generate makes of content/ now: a change to
// content/ or to model's types needs a go generate.
func TestUpToDate(t *testing.T) {
	want, err := model.Encode(load(t))
	if err != nil {
		t.Fatal(err)
	}
	if data != string(want) {
		t.Fatal("internal/compiled/story.bin is out of date with content/ (or with model's types): run go generate ./internal/compiled")
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
