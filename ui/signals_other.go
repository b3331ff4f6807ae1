//go:build !unix

package ui

import (
	"context"
	"os"
	"os/signal"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// signalWatcher quits the program on an interrupt (and the end of ctx),
// the way q does; a second one kills it at once. There is no job control
// to watch for.
type signalWatcher struct {
	p    *tea.Program
	got  os.Signal
	dump []byte
}

func (w *signalWatcher) start(ctx context.Context) (stop func()) {
	exit := make(chan os.Signal, 2)
	signal.Notify(exit, os.Interrupt)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		select {
		case sig := <-exit:
			w.got = sig
			w.p.Quit()
		case <-ctx.Done():
			w.p.Quit()
		case <-done:
			return
		}
		select {
		case <-exit:
			w.p.Kill()
		case <-done:
		}
	})
	return func() {
		close(done)
		wg.Wait()
		signal.Stop(exit)
	}
}

func (w *signalWatcher) filter(_ tea.Model, msg tea.Msg) tea.Msg { return msg }
