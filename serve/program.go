package serve

import (
	"fmt"
	"io"
	"runtime/debug"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"
	uv "github.com/charmbracelet/ultraviolet"

	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/ui"
)

// frameRate is how often a session's program may draw, at most. A key's
// frame waits for the next tick: at 60 a second, 17 ms at worst; each
// open session wakes that often to look for a change.
const frameRate = 60

// newProgram makes the explorer program of a session with a terminal, for
// the Bubble Tea middleware, which runs it and passes it window changes.
func (s *Server) newProgram(raw ssh.Session) *tea.Program {
	sess := raw.(*session)
	env := append(sess.Environ(), "TERM="+sess.term)
	opts := ui.Options{
		Theme:   ui.ThemeAuto, // asks the client's terminal; dark until it answers
		Mouse:   true,
		Profile: termcap.Profile(env, true), // a session with a pty is a terminal
		Renders: s.renders,                  // one cache for all sessions
		Suspend: false,                      // ctrl+z never suspends the server
		Tour:    sess.tour,                  // ssh -t HOST tour
	}
	if dark, known := termcap.DarkBackground(env); known {
		opts.LightGuess = !dark
	}
	var p *tea.Program
	m := newSessionModel(s.cfg.newModel(s.cfg.storyIn(sess.lang), opts), func() { p.Quit() }).presize(sess.pty.Window.Width, sess.pty.Window.Height)
	m.st.firstFrame = func() { s.metrics.firstFrameAfter(time.Since(sess.start)) }
	m.st.maxCells, m.st.cells = s.cfg.MaxCells, &cellCount{total: &s.metrics.cells}
	m.st.window = sess.resizes.latest
	popts := append(bubbletea.MakeOptions(sess), // output, environment, colour profile, size
		tea.WithColorProfile(opts.Profile), // the explorer's reading of the client (monochrome TERMs)
		tea.WithInput(nil),                 // input comes through pumpInput
		tea.WithFilter(m.st.filter),
		tea.WithoutSignalHandler(),
		tea.WithFPS(frameRate),
	)
	p = tea.NewProgram(m, popts...)
	sess.setProgram(p, m.st)
	// Before the program writes anything: the answers arrive as input.
	_, _ = io.WriteString(sess, queries(!termcap.NoColour(opts.Profile)))
	go s.pumpSession(sess, p)
	go s.watchTime(sess)
	return p
}

// filter clamps every window size the program sees, whatever its source,
// and turns a suspend (ctrl+z) into nothing: a session can never stop the
// server. It also drops what would only make the program draw the same
// frame again (each message is followed by a View): a window size the
// explorer already has (Bubble Tea and the middleware each send the
// first one again) and the environment message, which the explorer does
// not read.
//
// A window size message stands for the window's latest size, whatever
// size it carries: Bubble Tea sends the size it started with from a
// goroutine of its own once it runs, and the middleware a window change
// made before the shell from another, so the start size may come last
// and would undo the change.
func (st *sessionState) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case tea.WindowSizeMsg:
		w := ssh.Window{Width: m.Width, Height: m.Height}
		if st.window != nil {
			w = st.window()
		}
		w = fitWindow(w, st.maxCells)
		st.cells.set(w.Width * w.Height)
		if w.Width == st.width && w.Height == st.height {
			return nil
		}
		return tea.WindowSizeMsg{Width: w.Width, Height: w.Height}
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	case tea.EnvMsg:
		return nil
	}
	return msg
}

// pumpSession feeds the session's input to its program until the input
// ends; a panic in it ends the session, not the server.
func (s *Server) pumpSession(sess *session, p *tea.Program) {
	crashed := func(r any, stack []byte) {
		s.log.Error("panic reading input", "session", sess.id, "addr", sess.addr.String(),
			"panic", fmt.Sprint(r), "stack", string(stack))
		sess.end(endPanic)
	}
	defer func() {
		if r := recover(); r != nil {
			crashed(r, debug.Stack())
		}
	}()
	pumpInput(sess.ctx, sess.Session, sess.term, p, s.cfg.input,
		inputHooks{touch: sess.touch, dropped: s.metrics.inputDropped, onPanic: crashed})
}

// watchTime ends the session after --idle-timeout without a key press, or
// --max-session after its connection began, whichever comes first; it returns when
// the session's handler does.
func (s *Server) watchTime(sess *session) {
	maxTimer := time.NewTimer(s.cfg.MaxSession - time.Since(sess.connStart))
	defer maxTimer.Stop()
	idleTimer := time.NewTimer(s.cfg.IdleTimeout)
	defer idleTimer.Stop()
	for {
		select {
		case <-sess.ctx.Done():
			return
		case <-maxTimer.C:
			sess.end(endMaxTime)
			return
		case now := <-idleTimer.C:
			idle := sess.idleFor(now)
			if idle >= s.cfg.IdleTimeout {
				sess.end(endIdle)
				return
			}
			idleTimer.Reset(s.cfg.IdleTimeout - idle)
		}
	}
}

// dropInBand drops what a client may send that the program did not ask
// for and must not act on: an in-band window size report.
func dropInBand(ev uv.Event) bool {
	_, ok := ev.(uv.WindowSizeEvent)
	return ok
}
