package htmlpage_test

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/internal/htmlpage"
	"github.com/dealtui/dealtui/model"
)

// The page of small packs, in English and Japanese, and of the HTML-hostile
// pack, as golden files: any change to the page shows in review.
// Regenerate with go test ./internal/htmlpage -run TestPageGolden -update.
func TestPageGolden(t *testing.T) {
	for _, c := range []struct{ name, dir, lang string }{
		{"valid", packValid, "en"},
		{"japanese", packJapanese, "ja"},
		{"html-hostile", packHTMLHostile, "en"},
	} {
		t.Run(c.name, func(t *testing.T) {
			golden.RequireEqual(t, renderPack(t, c.dir, c.lang))
		})
	}
}

// Every label has words in both languages, for every value of every
// closed vocabulary the page shows.
func TestLabelsComplete(t *testing.T) {
	for _, lang := range htmlpage.Languages() {
		l, err := htmlpage.LabelsFor(lang)
		if err != nil {
			t.Fatal(err)
		}
		v := reflect.ValueOf(l).Elem()
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Type.Kind() == reflect.String && strings.TrimSpace(v.Field(i).String()) == "" {
				t.Errorf("%s: %s is empty", lang, f.Name)
			}
		}
		checkVocab(t, lang, "Gains", l.Gains, model.AllGains())
		checkVocab(t, lang, "Statuses", l.Statuses, []model.TermStatus{model.StatusChanged, model.StatusUnchanged, model.StatusNotStated})
		checkVocab(t, lang, "Subjects", l.Subjects, model.Subjects())
		checkVocab(t, lang, "Roles", l.Roles, model.Roles())
		checkVocab(t, lang, "Groups", l.Groups, model.Groups())
		if l.Date(model.Date{Year: 2026, Month: 4, Day: 27}) == "" {
			t.Errorf("%s: no date", lang)
		}
	}
	if _, err := htmlpage.LabelsFor("fr"); err == nil {
		t.Error("LabelsFor(fr) gave labels")
	}
	if l, err := htmlpage.LabelsFor("ja-JP"); err != nil || l.Timeline != "タイムライン" {
		t.Errorf("LabelsFor(ja-JP): %v", err)
	}
}

func checkVocab[K ~string](t *testing.T, lang, name string, m map[K]string, all []K) {
	t.Helper()
	if len(m) != len(all) {
		t.Errorf("%s: %s has %d words for %d values", lang, name, len(m), len(all))
	}
	for _, k := range all {
		if strings.TrimSpace(m[k]) == "" {
			t.Errorf("%s: %s has no word for %q", lang, name, k)
		}
	}
}

// The page's interface words follow the language: the Japanese labels on
// a Japanese page, and lang set.
func TestPageLanguage(t *testing.T) {
	ja := string(renderPack(t, packJapanese, "ja"))
	for _, want := range []string{`<html lang="ja">`, "記事より", "タイムライン", "合意内容の変化", "日本への影響", "広い影響", "出典注記", "2026年4月27日"} {
		if !strings.Contains(ja, want) {
			t.Errorf("the Japanese page has no %q", want)
		}
	}
	en := string(renderPack(t, packValid, ""))
	for _, want := range []string{`<html lang="en">`, "From the article", "Deal changes", "27 April 2026"} {
		if !strings.Contains(en, want) {
			t.Errorf("the English page has no %q", want)
		}
	}
	var b bytes.Buffer
	if err := htmlpage.Write(&b, loadPack(t, packValid), htmlpage.Options{Lang: "xx"}); err == nil || b.Len() > 0 {
		t.Errorf("an unknown language: error %v, %d bytes written", err, b.Len())
	}
}

// Every item has its anchor, pane and id, and the page links every
// citation, glossary term, related item and note to one.
func TestAnchorsAndLinks(t *testing.T) {
	s := loadPack(t, packEN)
	page := string(render(t, s, "en"))
	for _, e := range s.Entries() {
		if a := htmlpage.Anchor(e); !strings.Contains(page, ` id="`+a+`"`) {
			t.Errorf("no element has the anchor %q of %s", a, e.Base().ID)
		}
	}
	for _, want := range []string{
		`<article id="deal-ip-licence" class="item">`,
		`<a href="#glossary-non-exclusive-licence">Non-exclusive licence</a>`,
		`<a class="cite" href="#source-P04">P04</a>`,
		`(<a href="#source-P04" class="cite">P04</a>; background, <a href="#source-B07" class="cite">B07</a>)`,
		`<a href="#note-N04">N04 The IP licence</a>`,
		`<li id="source-B07">`,
		`<article id="note-N04" class="item note">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page has no %s", want)
		}
	}
}

// errWriter fails every write.
type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	if err := htmlpage.Write(errWriter{}, loadPack(t, packValid), htmlpage.Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("writing to a full disk: %v", err)
	}
}
