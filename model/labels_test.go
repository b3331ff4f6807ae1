package model_test

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// Every label is set in every language, a format takes the values the
// English one does, and the Japanese has no English word but the names
// JA-STYLE.md keeps in Latin.
func TestLabelsComplete(t *testing.T) {
	en := reflect.ValueOf(*model.LabelsFor(model.English))
	latin := regexp.MustCompile(`[A-Za-z]+`)
	kept := []string{"Microsoft", "OpenAI", "dealtui", "s"} // "s" of the %s verbs
	for _, lang := range model.Langs() {
		l := model.LabelsFor(lang)
		if l.Lang != lang {
			t.Errorf("LabelsFor(%s).Lang = %q", lang, l.Lang)
		}
		v := reflect.ValueOf(*l)
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Type.Kind() != reflect.String || f.Name == "Lang" {
				continue
			}
			s := v.Field(i).String()
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: %s is empty", lang, f.Name)
			}
			if strings.HasSuffix(f.Name, "Format") {
				want := strings.Count(en.Field(i).String(), "%s")
				if got := strings.Count(s, "%s"); got != want || strings.Count(s, "%") != got {
					t.Errorf("%s: %s = %q takes %d values, the English %d", lang, f.Name, s, got, want)
				}
			}
			if lang == model.Japanese {
				for _, w := range latin.FindAllString(s, -1) {
					if !slices.Contains(kept, w) {
						t.Errorf("ja: %s = %q has the English %q", f.Name, s, w)
					}
				}
			}
		}
	}
	if model.LabelsFor("fr").Lang != model.English {
		t.Error("an unknown language does not get English labels")
	}
}

// The English labels are the vocabulary's own words.
func TestEnglishLabelsAreTheVocabulary(t *testing.T) {
	l := model.LabelsFor(model.English)
	for _, p := range model.Panes() {
		if l.PaneTitle(p) != p.Title() {
			t.Errorf("pane %s: %q, %q", p.Name(), l.PaneTitle(p), p.Title())
		}
	}
	for _, g := range model.AllGains() {
		if l.GainsWord(g) != g.Label() {
			t.Errorf("gains %s: %q, %q", g, l.GainsWord(g), g.Label())
		}
	}
	for _, s := range []model.TermStatus{model.StatusChanged, model.StatusUnchanged, model.StatusNotStated} {
		if l.StatusWord(s) != s.Label() {
			t.Errorf("status %s: %q, %q", s, l.StatusWord(s), s.Label())
		}
	}
	for _, g := range model.Groups() {
		if l.GroupTitle(g) != g.Title() || l.GroupTag(g) != g.Label() {
			t.Errorf("group %s: %q %q", g, l.GroupTitle(g), l.GroupTag(g))
		}
	}
}

// The Japanese labels name every word of the vocabulary in Japanese.
func TestJapaneseLabelsNameTheVocabulary(t *testing.T) {
	l, ja := model.LabelsFor(model.English), model.LabelsFor(model.Japanese)
	if ja.StatusWord(model.StatusNotStated) != "変更の記載なし" {
		t.Errorf("not stated in Japanese: %q", ja.StatusWord(model.StatusNotStated))
	}
	for _, r := range model.Roles() {
		if l.RoleWord(r) != string(r) || ja.RoleWord(r) == string(r) {
			t.Errorf("role %s: %q, %q", r, l.RoleWord(r), ja.RoleWord(r))
		}
	}
	for _, s := range model.Subjects() {
		if l.SubjectWord(s) != string(s) || ja.SubjectWord(s) == string(s) {
			t.Errorf("subject %s: %q, %q", s, l.SubjectWord(s), ja.SubjectWord(s))
		}
	}
}
