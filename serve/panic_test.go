package serve

import (
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/ui"
)

// panicky is the explorer with keys that panic: "!" in Update, "%" in the
// View after it, "@" in a command inside a batch and a sequence.
type panicky struct {
	tea.Model
	viewPanic bool
}

func newPanicky(s *model.Story, o ui.Options) tea.Model { return panicky{Model: ui.New(s, o)} }

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "!":
			panic("boom in Update")
		case "%":
			p.viewPanic = true
			return p, nil
		case "@":
			return p, tea.Batch(nil, tea.Sequence(func() tea.Msg { panic("boom in a command") }))
		}
	}
	m, cmd := p.Model.Update(msg)
	return panicky{m, p.viewPanic}, cmd
}

func (p panicky) View() tea.View {
	if p.viewPanic {
		panic("boom in View")
	}
	return p.Model.View()
}

// A panic in one session's program ends that session only: its client
// reads one line and gets status 1, with its terminal restored; the log
// has the panic and its stack; the other sessions go on.
func TestPanicEndsOnlyThatSession(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ key, where string }{{"!", "Update"}, {"%", "View"}, {"@", "a command"}} {
		t.Run(c.where, func(t *testing.T) {
			ts := startServer(t, func(cfg *Config) { cfg.newModel = newPanicky })
			other := ts.explorer(t, 80, 24, sshterm.Options{})
			crash := ts.explorer(t, 80, 24, sshterm.Options{KeepRaw: true})
			crash.Type("j" + c.key)
			status, err := crash.Wait(wait)
			if err != nil || status != 1 {
				t.Fatalf("status %d, %v", status, err)
			}
			if want := "dealtui: internal error: this session has ended; the server goes on"; !strings.Contains(crash.Stderr(), want) {
				t.Errorf("stderr %q, want %q", crash.Stderr(), want)
			}
			if !strings.Contains(string(crash.Raw()), "\x1b[?1049l") {
				t.Error("the crashed session's terminal was not restored (alternate screen not left)")
			}
			logs := ts.log.String()
			where := "where=" + c.where
			if strings.Contains(c.where, " ") {
				where = "where=" + strconv.Quote(c.where)
			}
			if !strings.Contains(logs, `msg="explorer panicked"`) || !strings.Contains(logs, where) || !strings.Contains(logs, "serve.panicky") {
				t.Errorf("the log lacks the panic, where or its stack:\n%s", logs)
			}

			other.Type("2")
			if _, err := other.WaitText("▸ Deal changes", wait); err != nil {
				t.Fatalf("the other session stopped answering: %v", err)
			}
			ts.explorer(t, 80, 24, sshterm.Options{}) // and new ones open
		})
	}
}
