package accessible

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[a-z]`)

// Every string exists in every language, with the same arguments: each
// language may put them in its own order, but takes every one.
func TestEveryStringInEveryLanguage(t *testing.T) {
	en := tableFor(English)
	for l := English; l < langCount; l++ {
		tab := tableFor(l)
		for m := msg(0); m < msgCount; m++ {
			if tab.s[m] == "" {
				t.Errorf("language %d: string %d is missing", l, m)
				continue
			}
			want, got := verbs(en.s[m]), verbs(tab.s[m])
			if !slices.Equal(want, got) {
				t.Errorf("language %d, string %d %q: arguments %v, English has %v", l, m, tab.s[m], got, want)
			}
			if got := tab.f(m, sampleArgs(want)...); strings.Contains(got, "%!") {
				t.Errorf("language %d, string %d: %q", l, m, got)
			}
		}
	}
}

// verbs lists the arguments a format string takes, sorted: %[2]d and %[1]s
// give [[1]s [2]d].
func verbs(s string) []string {
	out := verb.FindAllString(s, -1)
	for i, v := range out {
		if !strings.Contains(v, "[") {
			out[i] = fmt.Sprintf("[%d]%s", i+1, v[1:])
		} else {
			out[i] = v[1:]
		}
	}
	slices.Sort(out)
	return out
}

// sampleArgs gives a value of the right type for each argument.
func sampleArgs(verbs []string) []any {
	var args []any
	for _, v := range verbs {
		if strings.HasSuffix(v, "d") {
			args = append(args, len(args)+1)
		} else {
			args = append(args, "x")
		}
	}
	return args
}

// The pane titles follow model's panes, in order.
func TestPaneTitles(t *testing.T) {
	en := tableFor(English)
	for _, p := range model.Panes() {
		if got := en.pane(p); got != p.Title() {
			t.Errorf("pane %d is %q in the mode, %q in model", p, got, p.Title())
		}
	}
	for _, g := range model.Groups() {
		if got := en.group(g.Title()); got != g.Title() {
			t.Errorf("group %s is %q", g, got)
		}
	}
	ja := tableFor(Japanese)
	if ja.pane(model.PaneGlossary) != "用語集" || ja.group(model.GroupQuestions.Title()) != "情報源が答えていないこと" {
		t.Error("the Japanese pane or group titles are out of place")
	}
}

func TestParseLang(t *testing.T) {
	for code, want := range map[string]Lang{"en": English, "ja": Japanese} {
		if got, err := ParseLang(code); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %v, %v", code, got, err)
		}
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("ParseLang(fr) gave no error")
	}
}

func TestJapaneseDates(t *testing.T) {
	ja := tableFor(Japanese)
	for s, want := range map[string]string{"2026-04-27": "2026年4月27日", "2025-10": "2025年10月", "2030": "2030年"} {
		d, _ := model.ParseDate(s)
		if got := ja.date(d); got != want {
			t.Errorf("date(%s) = %q, want %q", s, got, want)
		}
	}
}
