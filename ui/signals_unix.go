//go:build unix

package ui

import (
	"context"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
)

// signalWatcher turns signals into what the program should do. SIGINT,
// SIGTERM, SIGHUP and SIGQUIT (and the end of ctx) quit the way q does:
// Bubble Tea then waits for its input reader, which its kill path does
// not; a second one kills at once, still restoring the terminal. SIGTSTP
// suspends the program as ctrl+z does, and a SIGCONT that did not follow
// one (the process was stopped with SIGSTOP) puts the terminal back in
// raw mode and redraws.
type signalWatcher struct {
	p          *tea.Program
	suspending atomic.Bool
	got        os.Signal // the first exit signal, read after the program ends
	dump       []byte    // every goroutine's stack, after SIGQUIT
}

func exitSignals() []os.Signal {
	return []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}
}

// start watches until the returned function is called.
func (w *signalWatcher) start(ctx context.Context) (stop func()) {
	exit := make(chan os.Signal, 2)
	tstp := make(chan os.Signal, 1)
	cont := make(chan os.Signal, 1)
	signal.Notify(exit, exitSignals()...)
	signal.Notify(tstp, syscall.SIGTSTP)
	signal.Notify(cont, syscall.SIGCONT)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { w.loop(ctx, exit, tstp, cont, done) })
	return func() {
		close(done)
		wg.Wait()
		signal.Stop(exit)
		signal.Stop(tstp)
		signal.Stop(cont)
	}
}

func (w *signalWatcher) loop(ctx context.Context, exit, tstp, cont <-chan os.Signal, done <-chan struct{}) {
	quitting := false
	for {
		select {
		case sig := <-exit:
			if quitting {
				w.p.Kill()
				return
			}
			quitting = true
			w.got = sig
			if sig == syscall.SIGQUIT {
				w.dump = allStacks()
			}
			w.p.Quit()
		case <-ctx.Done():
			if !quitting {
				quitting = true
				w.p.Quit()
			}
		case <-tstp:
			w.p.Send(tea.SuspendMsg{})
		case <-cont:
			if !w.suspending.Load() {
				w.redraw()
			}
		case <-done:
			return
		}
	}
}

// filter sees every message before the program: it suspends the program
// itself on SuspendMsg (from ctrl+z or SIGTSTP). Bubble Tea's own way
// sends SIGTSTP to the process group, which cannot stop a program that
// watches for SIGTSTP: once a Go program has asked for a signal, the
// runtime keeps its handler even after signal.Reset, and swallows it.
func (w *signalWatcher) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); ok {
		w.suspend()
		return nil
	}
	return msg
}

// suspend gives the terminal back, stops the process group with SIGSTOP
// (which no handler can swallow), and once continued takes the terminal
// again and redraws everything.
func (w *signalWatcher) suspend() {
	w.suspending.Store(true)
	defer w.suspending.Store(false)
	if err := w.p.ReleaseTerminal(); err != nil {
		return
	}
	cont := make(chan os.Signal, 1)
	signal.Notify(cont, syscall.SIGCONT)
	_ = syscall.Kill(0, syscall.SIGSTOP)
	<-cont
	signal.Stop(cont)
	_ = w.p.RestoreTerminal()
	go w.p.Send(tea.ClearScreen())
	go w.p.Send(tea.ResumeMsg{})
}

// redraw puts the terminal back in raw mode and repaints, after the
// process was stopped and continued behind the program's back.
func (w *signalWatcher) redraw() {
	if term.IsTerminal(os.Stdin.Fd()) {
		_, _ = term.MakeRaw(os.Stdin.Fd())
	}
	w.p.Send(tea.ClearScreen())
}

// allStacks gives the stacks of every goroutine, as the runtime prints
// them on SIGQUIT.
func allStacks() []byte {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) || len(buf) >= 64<<20 {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}
