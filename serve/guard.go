package serve

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// sessionModel is the explorer as a session's program runs it. It stands
// between Bubble Tea and the model and does what the server needs:
//
//   - a panic in Init, Update, View or a command is recovered with its
//     stack and quits that program only, the normal way, so the session
//     can tell its client and the server log it; the other sessions go
//     on. (Bubble Tea's own recovery would print to the server's stderr
//     and take its kill path.)
//   - a notice (the server is restarting) is drawn over the frame's last
//     line.
type sessionModel struct {
	m  tea.Model
	st *sessionState
}

// sessionState is shared by the copies of a sessionModel.
type sessionState struct {
	mu            sync.Mutex
	caught        *panicked // the first panic, once there has been one
	last          tea.View  // the last frame drawn without a panic
	notice        string
	width, height int    // the window's, as the model was last told
	quit          func() // asks the program to quit, from any goroutine
	// firstFrame is called once, with the first frame that has content.
	firstFrame func()
	// initCmd is what Init returns beside the model's own: the commands
	// of updates made before the program ran (presize).
	initCmd tea.Cmd
}

// panicked is a recovered panic.
type panicked struct {
	value any
	stack []byte
	where string
}

func (p *panicked) Error() string {
	return fmt.Sprintf("panic in %s: %v", p.where, p.value)
}

// noticeMsg asks for a notice over the last line; "" removes it.
type noticeMsg struct{ text string }

// cmdPanicked is a panic recovered in a command.
type cmdPanicked struct{ p *panicked }

func newSessionModel(m tea.Model) sessionModel {
	return sessionModel{m: m, st: &sessionState{}}
}

// panic returns the first panic recovered, or nil.
func (s *sessionState) panic() *panicked {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.caught
}

func (s *sessionState) catch(value any, stack []byte, where string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.caught == nil {
		s.caught = &panicked{value: value, stack: stack, where: where}
	}
}

func (g sessionModel) Init() (cmd tea.Cmd) {
	if g.st.panic() != nil {
		return tea.Quit // presize panicked
	}
	defer func() {
		if r := recover(); r != nil {
			g.st.catch(r, debug.Stack(), "Init")
			cmd = tea.Quit
		}
	}()
	return tea.Batch(guardCmd(g.m.Init()), g.st.initCmd)
}

// presize gives the model the window's size before the program runs, so
// that the program's first frame, drawn before it reads any message, is
// the explorer at full size rather than an empty screen (which Bubble
// Tea's renderer would shrink its buffers to, then grow them again).
func (g sessionModel) presize(width, height int) sessionModel {
	next, cmd := g.Update(tea.WindowSizeMsg{Width: width, Height: height})
	g = next.(sessionModel)
	g.st.initCmd = cmd
	return g
}

func (g sessionModel) Update(msg tea.Msg) (next tea.Model, cmd tea.Cmd) {
	if g.st.panic() != nil {
		return g, nil // quitting after a panic: the model is not to be trusted
	}
	switch msg := msg.(type) {
	case cmdPanicked:
		g.st.catch(msg.p.value, msg.p.stack, msg.p.where)
		return g, tea.Quit
	case noticeMsg:
		g.st.notice = msg.text
		return g, nil
	case tea.WindowSizeMsg:
		g.st.width, g.st.height = msg.Width, msg.Height
	}
	defer func() {
		if r := recover(); r != nil {
			g.st.catch(r, debug.Stack(), "Update")
			next, cmd = g, tea.Quit
		}
	}()
	m, cmd := g.m.Update(msg)
	return sessionModel{m, g.st}, guardCmd(cmd)
}

func (g sessionModel) View() (v tea.View) {
	if g.st.panic() != nil {
		return g.st.last
	}
	defer func() {
		if r := recover(); r != nil {
			g.st.catch(r, debug.Stack(), "View")
			v = g.st.last
			if g.st.quit != nil {
				go g.st.quit() // View runs on the event loop: quitting must wait for it
			}
		}
	}()
	v = g.m.View()
	if v.Content != "" && g.st.firstFrame != nil {
		g.st.firstFrame()
		g.st.firstFrame = nil
	}
	if g.st.notice != "" {
		v.Content = withNotice(v.Content, g.st.notice, g.st.width)
	}
	g.st.last = v
	return v
}

// withNotice draws text, reversed, over the last line of a frame.
func withNotice(frame, text string, width int) string {
	if frame == "" || width <= 0 {
		return frame
	}
	i := strings.LastIndexByte(frame, '\n')
	line := ansi.Truncate(" "+text, width, "…")
	line = lipgloss.NewStyle().Reverse(true).Bold(true).Width(width).Render(line)
	return frame[:i+1] + line
}

var cmdType = reflect.TypeFor[tea.Cmd]()

// guardCmd wraps a command so that a panic in it, or in any command of a
// batch or sequence it returns, comes back as a cmdPanicked message.
func guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = cmdPanicked{&panicked{value: r, stack: debug.Stack(), where: "a command"}}
			}
		}()
		return guardMsg(cmd())
	}
}

// guardMsg guards the commands of a tea.BatchMsg, and of the []tea.Cmd
// of another type that tea.Sequence returns (remade with its own type,
// which Bubble Tea recognises).
func guardMsg(msg tea.Msg) tea.Msg {
	if b, ok := msg.(tea.BatchMsg); ok {
		out := make(tea.BatchMsg, len(b))
		for i, c := range b {
			out[i] = guardCmd(c)
		}
		return out
	}
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return msg
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	for i := range v.Len() {
		c, _ := v.Index(i).Interface().(tea.Cmd)
		out.Index(i).Set(reflect.ValueOf(guardCmd(c)))
	}
	return out.Interface()
}
