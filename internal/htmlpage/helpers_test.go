package htmlpage_test

import (
	"bytes"
	"testing"

	"github.com/dealtui/dealtui/internal/htmlpage"
	"github.com/dealtui/dealtui/model"
)

// The packs the tests write pages of.
const (
	packEN          = "../../content/en"
	packJA          = "../../content/ja"
	packValid       = "../../testdata/packs/valid"
	packJapanese    = "../../testdata/packs/japanese"
	packHTMLHostile = "../../testdata/packs/html-hostile"
	packHostile     = "../../testdata/packs/hostile"
)

func loadPack(t testing.TB, dir string) *model.Story {
	t.Helper()
	s, err := model.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func render(t testing.TB, s *model.Story, lang string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := htmlpage.Write(&b, s, htmlpage.Options{Lang: lang}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func renderPack(t testing.TB, dir, lang string) []byte {
	t.Helper()
	return render(t, loadPack(t, dir), lang)
}
