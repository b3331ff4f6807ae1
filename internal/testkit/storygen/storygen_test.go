package storygen_test

import (
	"os"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/testkit/storygen"
	"github.com/dealtui/dealtui/model"
)

func TestGeneratedPacksLoad(t *testing.T) {
	base, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	// Story items, without the story itself and the glossary (which the
	// copies share).
	baseItems := len(base.Entries()) - 1 - len(base.Glossary)
	for _, factor := range []int{1, 3, 10} {
		pack, err := storygen.Generate(content.FS(), factor)
		if err != nil {
			t.Fatal(err)
		}
		if got := storygen.Items(pack); got != baseItems*factor {
			t.Errorf("factor %d: %d item files, want %d", factor, got, baseItems*factor)
		}
		s, err := model.Load(pack)
		if err != nil {
			t.Fatalf("factor %d: the generated pack does not load: %v", factor, err)
		}
		if got := len(s.Entries()) - 1 - len(s.Glossary); got != baseItems*factor {
			t.Errorf("factor %d: %d items loaded, want %d", factor, got, baseItems*factor)
		}
		if s.Intro.Title != base.Intro.Title {
			t.Errorf("factor %d: story title %q", factor, s.Intro.Title)
		}
		if factor > 1 {
			e, ok := s.Entry("ip-licence-c001")
			if !ok {
				t.Fatalf("factor %d: no copy of ip-licence", factor)
			}
			if rel := e.Base().Related; len(rel) == 0 || rel[0] != "event-2032-licence-ends-c001" {
				t.Errorf("factor %d: related of the copy = %v", factor, rel)
			}
		}
	}
}

func TestWriteDir(t *testing.T) {
	pack, err := storygen.Generate(content.FS(), 2)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := storygen.WriteDir(pack, dir); err != nil {
		t.Fatal(err)
	}
	if _, err := model.Load(os.DirFS(dir)); err != nil {
		t.Fatalf("written pack does not load: %v", err)
	}
}
