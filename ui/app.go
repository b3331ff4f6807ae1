// Package ui is the interactive explorer, a Bubble Tea program: one root
// Model owns focus, layout, styles and keys; each pane is a small component.
package ui

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"runtime/debug"
	"sync"
	"syscall"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// Model is the root model of the explorer.
type Model struct {
	story *model.Story
	keys  KeyMap
	opts  Options

	dark    bool
	noColor bool
	styles  *Styles

	width, height int
	lay           layout

	focus   focus
	current Pane // the pane whose selection the reader shows
	lists   [paneCount]paneList
	band    timelineBand
	reader  reader
	search  searchState
	help    help.Model
	full    bool // full help shown

	cache renderCache
}

// New builds the explorer for a story. It does no slow work: Markdown is
// rendered by commands once the size is known.
func New(s *model.Story, opts Options) Model {
	m := Model{
		story:   s,
		keys:    DefaultKeyMap(),
		opts:    opts,
		dark:    opts.Theme != ThemeLight,
		noColor: opts.NoColor,
		band:    newTimelineBand(s.Timeline),
		reader:  newReader(),
		help:    help.New(),
		cache:   newRenderCache(),
	}
	st := NewStyles(m.dark, m.noColor)
	m.styles = &st
	entries := paneEntries(s)
	for p := range paneCount {
		m.lists[p] = newPaneList(p, entries[p], m.styles)
	}
	m.search.input = newSearchInput(m.styles)
	m.help.Styles = st.Help

	m.focus, m.current = opts.Pane.focus(), opts.Pane
	if id := opts.Item; id != "" {
		if e, ok := s.Entry(id); ok {
			p := paneOf(e)
			m.lists[p].selectID(id)
			m.focus, m.current = p.focus(), p
		}
	} else if s.Intro != nil {
		// Open the timeline on the day the story is about.
		for i, e := range s.Timeline {
			if e.Date == s.Intro.Date {
				m.lists[PaneTimeline].list.Select(i)
				break
			}
		}
	}
	m.restyle()
	m.reader.show(s, m.selectedEntry())
	return m
}

// Init asks the terminal for its background colour when the theme is
// automatic. The first frame does not wait for the answer.
func (m Model) Init() tea.Cmd {
	if m.opts.Theme == ThemeAuto && !m.noColor {
		return tea.RequestBackgroundColor
	}
	return nil
}

// selectedEntry is the item the reader shows: the selection of the
// current pane.
func (m *Model) selectedEntry() model.Entry {
	return m.lists[m.current].selected()
}

// restyle remakes the styles for the theme and pushes them to the parts.
func (m *Model) restyle() {
	st := NewStyles(m.dark, m.noColor)
	*m.styles = st
	for p := range paneCount {
		m.lists[p].restyle(m.styles, m.focus == p.focus())
	}
	m.help.Styles = st.Help
	m.search.input.SetStyles(st.Input)
}

// Run starts the explorer and returns when the user quits (nil), when
// SIGINT, SIGTERM or SIGHUP arrives (a *SignalError), or after an internal
// panic (a *PanicError with the panic and its stack, wrapping ErrPanic). In
// every case the terminal has been restored first: the alternate screen
// left, the cursor shown, mouse, bracketed paste and keyboard modes turned
// off, the window title cleared and the tty's own modes reset.
func Run(ctx context.Context, s *model.Story, opts Options) error {
	m := New(s, opts)
	// Frames and renderings are short-lived garbage, which Go's default
	// (GOGC=100) lets grow to twice the live heap before collecting:
	// collect at one and a half times instead. It keeps the peak RSS of a
	// session 2-3 MiB lower for a GC cycle more every few keys (about
	// 1 ms of the second core each). Set here, after loading, so loading a
	// big content pack is not slowed.
	debug.SetGCPercent(50)
	return runProgram(ctx, m, tea.WithFPS(frameRate))
}

// ErrPanic is wrapped by the error Run returns after an internal panic: a
// *PanicError, or, for a panic inside Bubble Tea itself, Bubble Tea's own
// error (it has then printed the panic and its stack).
var ErrPanic = tea.ErrProgramPanic

// SignalError says which signal ended the explorer.
type SignalError struct{ Signal os.Signal }

func (e *SignalError) Error() string { return "stopped by signal: " + e.Signal.String() }

// ExitCode is 128 plus the signal's number, as a shell reports a program
// killed by it (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
func (e *SignalError) ExitCode() int {
	if n, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 1
}

// bubbleTeaPanic is what Run returns after a panic Bubble Tea recovered
// itself (one inside Bubble Tea): it has restored the terminal and printed
// the panic and its stack.
type bubbleTeaPanic struct{ err error }

func (e bubbleTeaPanic) Error() string {
	return "internal error: the explorer crashed; the panic and its stack are above"
}

func (e bubbleTeaPanic) Unwrap() error { return e.err }

// exitSignals end the explorer; Run catches them to restore the terminal.
// (ctrl+c in the explorer is a key, not a signal: it quits normally.)
var exitSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// runProgram runs a model as the explorer runs, with Bubble Tea's own
// signal handler replaced by one that remembers which signal came. A
// signal, or the end of ctx, quits the way q does: Bubble Tea then waits
// for its input reader, which its kill path does not (the reader can be
// left blocked for good, a goroutine and a file leaked). A second signal
// kills the program at once, still restoring the terminal. Tests pass
// options for input, output and size.
func runProgram(ctx context.Context, m tea.Model, popts ...tea.ProgramOption) error {
	popts = append([]tea.ProgramOption{tea.WithoutSignalHandler()}, popts...)
	var p *tea.Program
	g := newGuarded(m, func() { p.Quit() })
	p = tea.NewProgram(g, popts...)

	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, exitSignals...)
	defer signal.Stop(sigs)
	got := make(chan os.Signal, 1)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		select {
		case sig := <-sigs:
			got <- sig
			p.Quit()
		case <-ctx.Done():
			p.Quit()
		case <-done:
			return
		}
		select {
		case <-sigs:
			p.Kill()
		case <-done:
		}
	})

	_, err := p.Run()
	close(done)
	wg.Wait()

	var sig os.Signal
	select {
	case sig = <-got:
	default:
	}
	switch {
	case g.st.caught != nil:
		return g.st.caught
	case sig != nil:
		return &SignalError{Signal: sig}
	case errors.Is(err, tea.ErrProgramPanic):
		return bubbleTeaPanic{err}
	case err == nil && ctx.Err() != nil:
		return ctx.Err()
	}
	return err
}

// frameRate is how often Bubble Tea draws, at most: 120 frames a second,
// its maximum (the default is 60). A key waits for the next frame, so at
// most 8.3 ms instead of 16.7, and the first frame comes 8 ms sooner.
const frameRate = 120
