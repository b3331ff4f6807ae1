package cli

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// The built-in story is the story content/ holds, as --content content
// would load it.
func TestBuiltinStoryIsTheContent(t *testing.T) {
	got, err := builtinStory(model.English)
	if err != nil {
		t.Fatal(err)
	}
	want, err := loadStory(nil, filepath.Join("..", "..", "content", "en"), "en")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Document(), want.Document()) {
		t.Fatal("the built-in story differs from content/: run go generate ./internal/compiled")
	}
}
