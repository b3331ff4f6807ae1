package accessible

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/wrap/wraptest"
	"github.com/dealtui/dealtui/model"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[a-z]`)

// Every string exists in every language, with the same arguments: each
// language may put them in its own order, but takes every one.
func TestEveryStringInEveryLanguage(t *testing.T) {
	en := tableFor(model.English)
	for _, l := range model.Langs() {
		tab := tableFor(l)
		for m := msg(0); m < msgCount; m++ {
			if tab.s[m] == "" {
				t.Errorf("language %s: string %d is missing", l, m)
				continue
			}
			want, got := verbs(en.s[m]), verbs(tab.s[m])
			if !slices.Equal(want, got) {
				t.Errorf("language %s, string %d %q: arguments %v, English has %v", l, m, tab.s[m], got, want)
			}
			if got := tab.f(m, sampleArgs(want)...); strings.Contains(got, "%!") {
				t.Errorf("language %s, string %d: %q", l, m, got)
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

// The pane titles and dates are the model's labels of the language; the
// overview, which model names in English only, is said in each.
func TestPanesAndDates(t *testing.T) {
	for _, l := range model.Langs() {
		tab, labels := tableFor(l), model.LabelsFor(l)
		for _, p := range model.Panes() {
			if got := tab.pane(p); got != labels.PaneTitle(p) {
				t.Errorf("%s: pane %d is %q", l, p, got)
			}
		}
		d, _ := model.ParseDate("2026-04-27")
		if got := tab.date(d); got != labels.LongDate(d) {
			t.Errorf("%s: date %q", l, got)
		}
	}
	if got := tableFor(model.Japanese).group("Overview"); got != "概要" {
		t.Errorf("the overview in Japanese is %q", got)
	}
	if got := tableFor("").pane(model.PaneDeal); got != "Deal changes" {
		t.Errorf("no language is not English: %q", got)
	}
}

// The mode's own paragraphs, in Japanese, wrap by JA-STYLE.md's rules
// (wraptest, which shares no code with the wrapper): the tour's
// narrations and every message, at narrow and usual widths.
func TestJapaneseParagraphsWrapByTheRules(t *testing.T) {
	s, err := model.LoadDir(filepath.Join("..", "..", "content", "ja"))
	if err != nil {
		t.Fatal(err)
	}
	ja := tableFor(model.Japanese)
	var texts []string
	for _, st := range s.Tour.Steps {
		texts = append(texts, st.Narration)
	}
	for m := msg(0); m < msgCount; m++ {
		texts = append(texts, ja.f(m, sampleArgs(verbs(ja.s[m]))...))
	}
	for _, width := range []int{24, 40, 60, 80} {
		for _, text := range texts {
			r := &response{width: width}
			r.para(text)
			if err := wraptest.Check(strings.Join(strings.Fields(text), " "), width, r.lines); err != nil {
				t.Errorf("width %d: %v", width, err)
			}
		}
	}
}
