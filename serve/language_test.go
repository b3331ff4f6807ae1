package serve

import (
	"strings"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/dealtui/dealtui/model"
)

// jaTitle is on the first line of the Japanese explorer's frames.
const jaTitle = "MicrosoftとOpenAI"

// Each session reads the story in its client's language, on one server at
// the same time: the locale it sends (LANG, LC_*), or the language its
// command line names (ssh -t HOST ja), else the server's default.
func TestSessionLanguage(t *testing.T) {
	t.Parallel()
	ja, err := model.Load(content.Pack("ja"))
	if err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, func(c *Config) {
		c.Editions = map[model.Lang]*model.Story{model.English: c.Story, model.Japanese: ja}
	})
	japanese := ts.explorerWaiting(t, sshterm.Options{Env: map[string]string{"LANG": "ja_JP.UTF-8"}}, jaTitle)
	english := ts.explorerWaiting(t, sshterm.Options{}, title)
	asked := ts.explorerWaiting(t, sshterm.Options{Command: "ja"}, jaTitle)
	back := ts.explorerWaiting(t, sshterm.Options{Env: map[string]string{"LANG": "ja_JP.UTF-8"}, Command: "en"}, title)
	for _, s := range []*sshterm.Session{japanese, asked} {
		if strings.Contains(s.Screen(), title) {
			t.Errorf("a Japanese session shows the English title:\n%s", s.Screen())
		}
	}
	if strings.Contains(english.Screen(), jaTitle) || strings.Contains(back.Screen(), jaTitle) {
		t.Error("an English session shows the Japanese title")
	}
	out, _, status := ts.run(t, "ja") // no terminal: the story as text, in Japanese
	if status != 0 || !strings.HasPrefix(out, jaTitle) {
		t.Errorf("ssh HOST ja without a terminal: status %d, %.80q", status, out)
	}
}

// explorerWaiting opens a 120×40 explorer on its own connection and waits
// for text on its screen.
func (ts *testServer) explorerWaiting(t *testing.T, o sshterm.Options, text string) *sshterm.Session {
	t.Helper()
	s, err := sshterm.Open(ts.dial(t), 120, 40, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if _, err := s.WaitText(text, wait); err != nil {
		t.Fatalf("%+v: %v\n%s", o, err, s.Screen())
	}
	return s
}
