package model_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

// validWithStory is the valid test pack with lines added to story.md's
// front matter after its kind (line 3), so that they start at line 4.
func validWithStory(t *testing.T, lines string) fstest.MapFS {
	t.Helper()
	pack := fstest.MapFS{}
	root := filepath.Join("..", "testdata", "packs", "valid")
	err := fs.WalkDir(os.DirFS(root), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(root, name))
		pack[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	story := string(pack["story.md"].Data)
	story = strings.Replace(story, "kind: story\n", "kind: story\n"+lines, 1)
	pack["story.md"] = &fstest.MapFile{Data: []byte(story)}
	return pack
}

// loadProblems loads a pack and gives its problems, as "file:line: msg".
func loadProblems(t *testing.T, pack fs.FS) (*model.Story, []string) {
	t.Helper()
	s, err := model.Load(pack)
	if err == nil {
		return s, nil
	}
	var le *model.LoadError
	if !errors.As(err, &le) {
		t.Fatalf("error is %T: %v", err, err)
	}
	var out []string
	for _, p := range le.Problems {
		out = append(out, p.String())
	}
	return nil, out
}

func TestParseLang(t *testing.T) {
	for _, l := range model.Langs() {
		if got, err := model.ParseLang(string(l)); err != nil || got != l {
			t.Errorf("ParseLang(%q) = %q, %v", l, got, err)
		}
	}
	for _, bad := range []string{"", "EN", "jp", "ja-JP", "english", "fr"} {
		if _, err := model.ParseLang(bad); err == nil {
			t.Errorf("ParseLang(%q) took it", bad)
		}
	}
}

func TestStoryLang(t *testing.T) {
	if s, ps := loadProblems(t, validWithStory(t, "")); len(ps) > 0 || s.Lang != model.English {
		t.Errorf("no lang: %q, %v; want en", s.Lang, ps)
	}
	if s, ps := loadProblems(t, validWithStory(t, "lang: ja\n")); len(ps) > 0 || s.Lang != model.Japanese {
		t.Errorf("lang: ja: %v, %v", s, ps)
	}
	for _, bad := range []string{"fr", "JA", "[ja]", "''"} {
		_, ps := loadProblems(t, validWithStory(t, "lang: "+bad+"\n"))
		if len(ps) != 1 || !strings.HasPrefix(ps[0], "story.md:4: field \"lang\"") {
			t.Errorf("lang: %s: problems %q, want one at story.md:4", bad, ps)
		}
	}
	// Only the story has a language.
	pack := validWithStory(t, "")
	term := string(pack["deal/01-term.md"].Data)
	pack["deal/01-term.md"] = &fstest.MapFile{Data: []byte(strings.Replace(term, "kind: term\n", "kind: term\nlang: ja\n", 1))}
	if _, ps := loadProblems(t, pack); len(ps) != 1 || !strings.Contains(ps[0], `unknown field "lang"`) {
		t.Errorf("lang on a term: %q", ps)
	}
}

func TestEmbeddedPacksSayTheirLanguage(t *testing.T) {
	if s := embedded(t); s.Lang != model.English {
		t.Errorf("content/en is %q", s.Lang)
	}
	s, err := model.LoadDir(filepath.Join("..", "content", "ja"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Lang != model.Japanese {
		t.Errorf("content/ja is %q", s.Lang)
	}
	// Both packs carry the same search aliases.
	en := embedded(t)
	if len(en.Aliases) == 0 || len(en.Aliases) != len(s.Aliases) {
		t.Fatalf("aliases: %d in en, %d in ja", len(en.Aliases), len(s.Aliases))
	}
	for i := range en.Aliases {
		if strings.Join(en.Aliases[i], "|") != strings.Join(s.Aliases[i], "|") {
			t.Errorf("alias group %d: %q in en, %q in ja", i, en.Aliases[i], s.Aliases[i])
		}
	}
}
