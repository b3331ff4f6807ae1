package accessible

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

// The stories the tests read, loaded once: the built-in English pack and
// the Japanese pack from disk.
var stories = struct {
	once   sync.Once
	en, ja *model.Story
	err    error
}{}

func story(t testing.TB, lang model.Lang) *model.Story {
	t.Helper()
	stories.once.Do(func() {
		if stories.en, stories.err = model.Load(content.FS()); stories.err != nil {
			return
		}
		stories.ja, stories.err = model.LoadDir(filepath.Join("..", "..", "content", "ja"))
	})
	if stories.err != nil {
		t.Fatal(stories.err)
	}
	if lang == model.Japanese {
		return stories.ja
	}
	return stories.en
}

// runSession runs a session over input and gives everything it wrote.
func runSession(t testing.TB, lang model.Lang, input string, opts Options) string {
	t.Helper()
	opts.Lang = lang
	var out bytes.Buffer
	if err := Run(context.Background(), story(t, lang), strings.NewReader(input), &out, opts); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out.String()
}

// scripted is issue 21's session: the menu, Deal changes, its item 3, the
// sources, back, a search for SoftBank, its first result, the tour's
// steps 1 to 3, quit.
const scripted = "2\n3\ns\nb\n/SoftBank\n1\nt\n\n\nq\n"

// The scripted session gives the expected lines, in English over the
// built-in story and in Japanese over content/ja. Regenerate with
// go test ./internal/accessible -run TestScriptedSession -update, and
// read the diff.
func TestScriptedSession(t *testing.T) {
	for name, lang := range map[string]model.Lang{"en": model.English, "ja": model.Japanese} {
		t.Run(name, func(t *testing.T) {
			out := runSession(t, lang, scripted, Options{Echo: true})
			golden.RequireEqual(t, out)
			checkPlain(t, out, false)
		})
	}
}

// Without echo, the output is the answers and prompts alone; an item is
// shown exactly as print --format text writes it, at the width.
func TestItemAsPrinted(t *testing.T) {
	s := story(t, model.English)
	e := s.PaneEntries(model.PaneDeal)[2]
	for _, width := range []int{40, 80} {
		out := runSession(t, model.English, "2\n3\nq\n", Options{Size: func() (int, int) { return width, 0 }})
		if want := s.ItemText(e, width); !strings.Contains(out, want) {
			t.Errorf("width %d: the item is not shown as printed:\n%s", width, out)
		}
		if strings.Contains(out, "Command (h for help): 2") {
			t.Error("the input was echoed without Echo")
		}
	}
}

// everything is a session that goes everywhere: every pane, every item
// of the deal pane forward and back, links, sources, a source, help, bad
// input of each kind, searches, the whole tour and its item and sources.
func everything(s *model.Story) string {
	var b strings.Builder
	for i := range model.Panes() {
		b.WriteString(itoa(i+1) + "\n1\nr\n" + strings.Repeat("n\n", 3) + "p\nb\nb\nm\n")
	}
	b.WriteString("2\n1\n" + strings.Repeat("n\n", len(s.Terms)) + strings.Repeat("p\n", len(s.Terms)) + "1\ns\nb\nb\n")
	b.WriteString("h\n?\nx\n99\n0\n-1\n+1\nnonsense words\n\x1b[31mred\n/\nSoftBank\n4\nb\n/AGI panel\n/\"first refusal\"\n/zzzz\n3\nb\n")
	b.WriteString("/N09\n1\nb\n/B10\n1\nb\n/P14\n1\nb\n")
	b.WriteString("t\n" + strings.Repeat("\n", 14) + "p\n5\no\ns\nb\nb\ns\nb\nb\nt\nb\nm\nb\nb\nb\nb\nq\n")
	return b.String()
}

func itoa(n int) string { return string(rune('0' + n)) }

// What an accessible session writes is plain text a screen reader reads
// once, in order: no alternate screen, no cursor movement or erasing, no
// SGR (whatever NO_COLOR says: there is none to turn off), no box drawing
// or block characters, no control but the line end; UTF-8 throughout.
func TestSessionBytesArePlain(t *testing.T) {
	for _, lang := range []model.Lang{model.English, model.Japanese} {
		for _, width := range []int{20, 60, 80, 200} {
			out := runSession(t, lang, everything(story(t, lang)), Options{Echo: true, Size: func() (int, int) { return width, 0 }})
			checkPlain(t, out, false)
			checkWidth(t, out, width)
		}
	}
}

var (
	altScreen = regexp.MustCompile(`\x1b\[\?1049[hl]`)
	cursorCSI = regexp.MustCompile(`\x1b\[[0-9;?]*[ABCDEFGHJKSTfsu]`)
	sgr       = regexp.MustCompile(`\x1b\[[0-9;:]*m`)
)

// checkPlain fails on anything but plain lines; raw allows the CR of CR
// LF and the backspaces that echo an erased character.
func checkPlain(t *testing.T, out string, raw bool) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Error("the output is not UTF-8")
	}
	for _, re := range []*regexp.Regexp{altScreen, cursorCSI, sgr} {
		if m := re.FindString(out); m != "" {
			t.Errorf("the output has %q", m)
		}
	}
	for i, r := range out {
		if why := notPlain(r, raw); why != "" {
			t.Errorf("%s %U at byte %d, after %q", why, r, i, out[max(i-30, 0):i])
			return
		}
	}
}

// notPlain says what a character of the output is that plain text has
// not: a control, a box-drawing or block character, a symbol for a mark.
func notPlain(r rune, raw bool) string {
	switch {
	case r == '\n', raw && (r == '\r' || r == '\b'):
	case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		return "control"
	case r >= 0x2500 && r <= 0x259f:
		return "box drawing or block character"
	case r == '●' || r == '○':
		return "a symbol for a mark"
	}
	return ""
}

// checkWidth fails on a line wider than the width, the echoed input and
// the prompt's line aside (the reader types after it).
func checkWidth(t *testing.T, out string, width int) {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "): ") || strings.Contains(l, "）：") || strings.Contains(l, ": ") && strings.HasSuffix(l, ":") {
			continue
		}
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("a line of %d columns at width %d: %q", w, width, l)
		}
	}
}

// English lines break between words, never inside one (a word longer
// than the line aside, and there is none at these widths). A line may end
// after the hyphen of a compound ("for-" "profit"), as UAX #14 allows, but
// not inside "50-50".
func TestNoWordIsCut(t *testing.T) {
	s := story(t, model.English)
	words := map[string]bool{}
	full := runSession(t, model.English, everything(s), Options{Size: func() (int, int) { return model.MaxWidth, 0 }})
	for _, w := range strings.Fields(full) {
		words[w] = true
	}
	for _, width := range []int{32, 50, 80} {
		out := runSession(t, model.English, everything(s), Options{Size: func() (int, int) { return width, 0 }})
		out = regexp.MustCompile(`([A-Za-z])-\n *`).ReplaceAllString(out, "$1-")
		for _, w := range strings.Fields(out) {
			if !words[w] && strings.Trim(w, "=") != "" {
				t.Errorf("width %d: %q is not a word of the unwrapped session: a word was cut", width, w)
			}
		}
	}
}

// A long answer is paged only when the terminal is shorter than it: a
// "more" prompt every height-1 lines; q at it skips the rest.
func TestPaging(t *testing.T) {
	const height = 10
	size := func() (int, int) { return 80, height }
	out := runSession(t, model.English, "\n2\n3\n\n\n\n\n\n\n\nq\n", Options{Size: size, Echo: true})
	if n := strings.Count(out, "More: "); n < 3 {
		t.Fatalf("%d more prompts for a long item at height %d:\n%s", n, height, out)
	}
	// Between two prompts, at most height-1 lines: what the terminal can
	// show with the prompt below.
	run := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "More: ") || strings.Contains(l, "Command (h for help): ") {
			run = 0
			continue
		}
		if run++; run > height-1 {
			t.Fatalf("more than %d lines without a prompt:\n%s", height-1, out)
		}
	}
	// The menu is longer than 9 lines: q stops it, and the session goes on.
	stopped := runSession(t, model.English, "q\n2\nq\n", Options{Size: size})
	if strings.Count(stopped, "More:") != 2 || strings.Contains(stopped, "guided tour") || !strings.Contains(stopped, "1. Exclusivity") {
		t.Errorf("q at the more prompt did not stop the answer:\n%s", stopped)
	}
	// A command at the more prompt stops the answer and runs.
	cmd := runSession(t, model.English, "2\nq\nq\n", Options{Size: size})
	if strings.Contains(cmd, "guided tour") || !strings.Contains(cmd, "1. Exclusivity") {
		t.Errorf("a command at the more prompt did not run:\n%s", cmd)
	}
	short := runSession(t, model.English, "q\n", Options{Size: func() (int, int) { return 80, 40 }})
	if strings.Contains(short, "More:") {
		t.Error("an answer shorter than the terminal was paged")
	}
	unpaged := runSession(t, model.English, "2\n3\nq\n", Options{Size: func() (int, int) { return 80, 0 }})
	if strings.Contains(unpaged, "More:") {
		t.Error("paged without a known height")
	}
}

// Bad input gets one line that says what is accepted, and the session
// goes on.
func TestBadInput(t *testing.T) {
	out := runSession(t, model.English, "2\nzz\n42\nq\n", Options{Size: func() (int, int) { return 200, 0 }})
	for _, want := range []string{
		"“zz” is not a command here. Type a number from 1 to 10, or one of n, p, b, r, s, /, t, m, h, q.\n",
		"There is no number 42 here: type a number from 1 to 10.\n",
		"Goodbye.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	// Input that would act on a terminal is quoted escaped.
	out = runSession(t, model.English, "\x1b]0;pwned\x07\nq\n", Options{})
	checkPlain(t, out, false)
}

// Every prompt says where the reader is.
func TestPromptsSayWhere(t *testing.T) {
	out := runSession(t, model.English, "4\n2\ns\n/cap\nt\nn\nq\n", Options{})
	for _, want := range []string{
		"Menu. Command (h for help): ",
		"Wider impact, list of 15 items. Command (h for help): ",
		"Wider impact, item 2 of 15. Command (h for help): ",
		"Sources of “Multi-cloud AI deployment”. Command (h for help): ",
		"Search results for “cap”, ",
		"Tour, step 1 of 13. Enter for the next step, or a command (h for help): ",
		"Tour, step 2 of 13. Enter",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing prompt %q in:\n%s", want, out)
		}
	}
}

// The tour: a step at a time, a number jumps, the last step says how to
// go on, b leaves it and t resumes at the same step.
func TestTourSteps(t *testing.T) {
	out := runSession(t, model.English, "t\n13\n\nb\nt\nq\n", Options{})
	for _, want := range []string{
		"Step 13 of 13. Wider impact: What the sources leave open\n",
		"That is the last step. Type m for the menu of panes, / to search, or h for help.\n",
		"This is the last step; b leaves the tour.\n",
		"You left the tour at step 13; t resumes it.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Count(out, "Step 13 of 13.") != 2 {
		t.Error("t did not resume the tour at step 13")
	}
}

// Options.Tour starts at the tour's first step, in either language; a
// pack without a tour starts at the menu.
func TestStartInTheTour(t *testing.T) {
	for lang, want := range map[model.Lang]string{model.English: "Step 1 of 13.", model.Japanese: "ステップ1/13"} {
		out := runSession(t, lang, "q\n", Options{Tour: true, Pane: "deal"})
		if !strings.Contains(out, want) {
			t.Errorf("%s: no %q before any command:\n%s", lang, want, out)
		}
	}
	s, err := model.LoadDir(filepath.Join("..", "..", "testdata", "packs", "valid"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Run(context.Background(), s, strings.NewReader("q\n"), &out, Options{Tour: true}); err != nil || strings.Contains(out.String(), "Step 1") {
		t.Errorf("a pack without a tour: %v\n%s", err, out.String())
	}
}

// A pack without a tour says so.
func TestNoTour(t *testing.T) {
	s, err := model.LoadDir(filepath.Join("..", "..", "testdata", "packs", "valid"))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Run(context.Background(), s, strings.NewReader("t\nq\n"), &out, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "This story has no guided tour.\n") || strings.Contains(out.String(), "guided tour, ") {
		t.Errorf("output:\n%s", out.String())
	}
}

// The end of the input ends the session cleanly, on a line of its own.
func TestEndOfInput(t *testing.T) {
	out := runSession(t, model.English, "2", Options{})
	if !strings.HasSuffix(out, "Deal changes, list of 10 items. Command (h for help): \n") {
		t.Errorf("the session did not end on a line of its own: %q", out[max(len(out)-80, 0):])
	}
}

// infinite is a reader that gives n bytes of 'a', then the rest.
type infinite struct {
	n    int
	rest *strings.Reader
}

func (r *infinite) Read(p []byte) (int, error) {
	if r.n > 0 {
		k := min(len(p), r.n)
		for i := range k {
			p[i] = 'a'
		}
		r.n -= k
		return k, nil
	}
	return r.rest.Read(p)
}

// A line of any length costs at most MaxLine of memory: it is read to its
// end, dropped with a message, and the session goes on.
func TestLongLineBounded(t *testing.T) {
	s := story(t, model.English)
	for _, raw := range []bool{false, true} {
		var out bytes.Buffer
		in := &infinite{n: 16 << 20, rest: strings.NewReader("\nq\n")} // four times the bound below
		before := totalAlloc()
		if err := Run(context.Background(), s, in, &out, Options{Raw: raw}); err != nil {
			t.Fatal(err)
		}
		if grew := totalAlloc() - before; grew > 4<<20 {
			t.Errorf("raw %v: a 16 MiB line made the session allocate %d bytes", raw, grew)
		}
		if !strings.Contains(out.String(), "That line is too long: at most 4096 characters.") || !strings.Contains(out.String(), "Goodbye.") {
			t.Errorf("raw %v: output ends %q", raw, tail(out.String()))
		}
	}
}

func tail(s string) string { return s[max(len(s)-300, 0):] }

// The session ends when its context does, at the next line.
func TestContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Run(ctx, story(t, model.English), strings.NewReader("2\n3\n"), io.Discard, Options{})
	if err != context.Canceled {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
}

// A session may start at a pane or an item; an unknown one is an error.
func TestStart(t *testing.T) {
	out := runSession(t, model.English, "q\n", Options{Item: "ip-licence"})
	if !strings.Contains(out, "Deal changes, item 2 of 10.\n") {
		t.Errorf("did not start at the item:\n%s", out)
	}
	out = runSession(t, model.English, "b\nq\n", Options{Pane: "japan"})
	if !strings.Contains(out, "Japan: 6 items.") || !strings.Contains(out, "Menu: the story in 5 panes") {
		t.Errorf("did not start at the pane, or b did not lead to the menu:\n%s", out)
	}
	for _, o := range []Options{{Item: "nope"}, {Pane: "nope"}} {
		if err := Run(context.Background(), story(t, model.English), strings.NewReader(""), io.Discard, o); err == nil {
			t.Errorf("%+v: no error", o)
		}
	}
}

// A write that fails ends the session with its error.
func TestWriteError(t *testing.T) {
	err := Run(context.Background(), story(t, model.English), strings.NewReader("2\n3\n"), failingWriter{}, Options{})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Run = %v", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// totalAlloc is how many bytes the program has allocated so far.
func totalAlloc() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.TotalAlloc
}

// A pack whose every field carries terminal controls reads as plain
// lines too (they were dropped at load; nothing here adds any).
func TestHostilePack(t *testing.T) {
	s, err := model.LoadDir(filepath.Join("..", "..", "testdata", "packs", "hostile"))
	if err != nil {
		t.Fatal(err)
	}
	for _, raw := range []bool{false, true} {
		var out bytes.Buffer
		input := everything(s)
		if raw {
			input = strings.ReplaceAll(input, "\n", "\r")
		}
		if err := Run(context.Background(), s, strings.NewReader(input), &out, Options{Echo: true, Raw: raw}); err != nil {
			t.Fatal(err)
		}
		checkPlain(t, out.String(), raw)
	}
}

// Random lines, and random keys on a raw terminal, never break a session:
// it answers each in plain lines and ends at the end of the input.
func TestRandomInput(t *testing.T) {
	s := story(t, model.English)
	words := []string{"1", "2", "3", "7", "15", "99", "0", "n", "p", "b", "r", "s", "t", "o", "m", "h", "?", "",
		"/SoftBank", "/", "AGI", "/\"first refusal\"", "q!", "ｎ", "１", "x\x1b[2J", "\x00", "日本", "\xff\xfe"}
	rng := rand.New(rand.NewPCG(1, 2))
	for run := range 20 {
		var b strings.Builder
		for range 60 {
			b.WriteString(words[rng.IntN(len(words))] + "\n")
		}
		raw := run%2 == 1
		input := b.String()
		if raw {
			var keys []byte
			for range 400 {
				keys = append(keys, byte(rng.IntN(256)))
			}
			input = strings.ReplaceAll(input, "\n", "\r") + string(keys)
		}
		var out bytes.Buffer
		size := func() (int, int) { return 20 + run*7, run % 3 * 12 }
		if err := Run(context.Background(), s, strings.NewReader(input), &out, Options{Raw: raw, Size: size}); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		checkPlain(t, out.String(), raw)
	}
}

// A search is answered with the words as the reader typed them, after a
// slash of either width: full-width forms are found (search folds them)
// and quoted back unchanged, never narrowed to half-width katakana.
func TestSearchQuotesTheWordsTyped(t *testing.T) {
	out := runSession(t, model.Japanese, "/ソフトバンク\n／ＡＩ\nq\n", Options{})
	for _, want := range []string{"「ソフトバンク」の検索結果：", "「ＡＩ」の検索結果："} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "ｿﾌﾄﾝｸ") {
		t.Errorf("half-width katakana in the answer:\n%s", out)
	}
}
