package serve

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/ui"
)

// sessionModel is the explorer as a session's program runs it: inside
// ui.Guard, which recovers a panic in Init, Update, View or a command with
// its stack and quits that program only, the normal way (so the session
// can tell its client and the server log it, and the other sessions go
// on), and cuts every frame to text and SGR. Around it, what the server
// adds: a notice (the server is restarting) drawn over the frame's last
// line, the first frame reported, and the size given before the program
// runs.
type sessionModel struct {
	g  ui.Guarded
	st *sessionState
}

// sessionState is shared by the copies of a sessionModel.
type sessionState struct {
	guard         ui.Guarded
	notice        string
	width, height int // the window's, as the model was last told
	// firstFrame is called once, with the first frame that has content.
	firstFrame func()
	// initCmd is what Init returns beside the model's own: the commands
	// of updates made before the program ran (presize).
	initCmd tea.Cmd
	// maxCells bounds the screen (--max-cells); cells counts it among
	// the open sessions'.
	maxCells int
	cells    *cellCount
	// window is the size the session's window has now (resizes.latest).
	window func() ssh.Window
}

// noticeMsg asks for a notice over the last line; "" removes it.
type noticeMsg struct{ text string }

// newSessionModel guards a model; quit asks its program to quit.
func newSessionModel(m tea.Model, quit func()) sessionModel {
	g := ui.Guard(m, quit)
	return sessionModel{g: g, st: &sessionState{guard: g}}
}

// panic returns the first panic recovered, or nil.
func (s *sessionState) panic() *ui.PanicError { return s.guard.Caught() }

func (m sessionModel) Init() tea.Cmd {
	if m.st.panic() != nil {
		return tea.Quit // presize panicked
	}
	return tea.Batch(m.g.Init(), m.st.initCmd)
}

// presize gives the model the window's size before the program runs, so
// that the program's first frame, drawn before it reads any message, is
// the explorer at full size rather than an empty screen (which Bubble
// Tea's renderer would shrink its buffers to, then grow them again).
func (m sessionModel) presize(width, height int) sessionModel {
	next, cmd := m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	m = next.(sessionModel)
	m.st.initCmd = cmd
	return m
}

func (m sessionModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case noticeMsg:
		m.st.notice = msg.text
		return m, nil
	case tea.WindowSizeMsg:
		m.st.width, m.st.height = msg.Width, msg.Height
	}
	g, cmd := m.g.Update(msg)
	return sessionModel{g.(ui.Guarded), m.st}, cmd
}

func (m sessionModel) View() tea.View {
	v := m.g.View()
	if v.Content != "" && m.st.firstFrame != nil {
		m.st.firstFrame()
		m.st.firstFrame = nil
	}
	if m.st.notice != "" {
		v.Content = withNotice(v.Content, m.st.notice, m.st.width)
	}
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
