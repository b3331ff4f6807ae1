package model_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

func japanesePack(t *testing.T) *model.Story {
	t.Helper()
	s, err := model.LoadDir(filepath.Join("..", "content", "ja"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The exports of the Japanese pack, as they are: go test ./model -run
// TestJapaneseExports -update, and read the diff.
func TestJapaneseExports(t *testing.T) {
	s := japanesePack(t)
	for _, f := range []model.Format{model.FormatText, model.FormatMarkdown, model.FormatJSON} {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := s.Export(&b, f, 80); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.String())
		})
	}
}

// englishLabelText gives the words of every English label: each label,
// and each piece of a format between its values, that has a word of
// three letters or more, unless the Japanese label says the same (the
// names kept in Latin: Microsoft, OpenAI).
func englishLabelText() []string {
	v := reflect.ValueOf(*model.LabelsFor(model.English))
	ja := reflect.ValueOf(*model.LabelsFor(model.Japanese))
	word := regexp.MustCompile(`[A-Za-z]{3,}`)
	var out []string
	for i := range v.NumField() {
		if v.Field(i).Kind() != reflect.String || v.Type().Field(i).Name == "Lang" {
			continue
		}
		for _, piece := range strings.Split(v.Field(i).String(), "%s") {
			piece = strings.Trim(piece, " *:;,.()[]—")
			if word.MatchString(piece) && !strings.Contains(ja.Field(i).String(), piece) {
				out = append(out, piece)
			}
		}
	}
	return out
}

// splitEnglishLabels sorts the English labels into those the pack's own
// text never has, looked for anywhere, and those it has ("Japan" in SB
// OpenAI Japan), looked for only where nothing but a label can be.
func splitEnglishLabels(t *testing.T, s *model.Story) (labels, inText []string) {
	t.Helper()
	var js bytes.Buffer
	if err := s.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	for _, l := range englishLabelText() {
		if strings.Contains(js.String(), l) {
			inText = append(inText, l)
		} else {
			labels = append(labels, l)
		}
	}
	return labels, inText
}

// What the text and Markdown exports of a Japanese story write around the
// pack's own text is Japanese: no English label, and Japanese dates. (The
// pack's text may quote the article's English: a label is looked for
// where the exports put labels, at the start of a line or after a list
// or quote mark.)
func TestJapaneseExportsHaveNoEnglishLabels(t *testing.T) {
	s := japanesePack(t)
	labels, inText := splitEnglishLabels(t, s)
	for _, f := range []model.Format{model.FormatText, model.FormatMarkdown} {
		var b bytes.Buffer
		if err := s.Export(&b, f, 100); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for i, line := range strings.Split(out, "\n") {
			if why := englishOnLine(line, labels, inText); why != "" {
				t.Errorf("%s line %d has %s: %.100s", f, i+1, why, line)
			}
		}
		for _, whole := range []string{"From the article", "Background, not in the article", "Source note", "Terms:", "(about ", "At a glance", "SOURCE DIGEST", "Who gains", "change not stated", "Sources:"} {
			if strings.Contains(out, whole) {
				t.Errorf("%s has %q", f, whole)
			}
		}
	}
	var js bytes.Buffer
	if err := s.WriteJSON(&js); err != nil || !strings.Contains(js.String(), `"lang": "ja"`) {
		t.Errorf(`the JSON export does not say "lang": "ja" (%v)`, err)
	}
}

var englishMonth = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// englishOnLine says what English label or date a line of an export has,
// or "": labels anywhere a label goes, labels the pack's text has too
// only where nothing but a label can be, and month names outside quotes.
func englishOnLine(line string, labels, inText []string) string {
	bare := strings.TrimLeft(line, " #>-*|")
	for _, l := range labels {
		if startsWithWord(bare, l) || strings.Contains(line, "**"+l) || strings.Contains(line, "| "+l+" ") {
			return fmt.Sprintf("the English label %q", l)
		}
	}
	for _, l := range inText {
		if strings.TrimSpace(bare) == l || strings.Contains(line, "**"+l+"**") || strings.Contains(line, "| "+l+" |") {
			return fmt.Sprintf("the English label %q", l)
		}
	}
	if m := englishMonth.FindString(line); m != "" && !strings.ContainsAny(line, "「“\"") {
		return "an English date (" + m + ")"
	}
	return ""
}

// startsWithWord reports whether s starts with the words w, in any case,
// and not with a longer word ("Japan" is not the start of "Japanの").
func startsWithWord(s, w string) bool {
	if len(s) < len(w) || !strings.EqualFold(s[:len(w)], w) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[len(w):])
	return !unicode.IsLetter(next)
}

// The same checks find the English labels in the English exports, so
// they can fail.
func TestEnglishLabelsAreFoundInEnglishExports(t *testing.T) {
	var b bytes.Buffer
	if err := embedded(t).Export(&b, model.FormatMarkdown, 100); err != nil {
		t.Fatal(err)
	}
	for _, whole := range []string{"From the article", "Source note", "Terms:", "(about ", "Who gains", "Source digest"} {
		if !strings.Contains(b.String(), whole) {
			t.Errorf("the English Markdown lacks %q", whole)
		}
	}
}
