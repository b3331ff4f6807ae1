package main

import (
	"fmt"
	"math/rand/v2"
	"net"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// title is on the first line of every frame of the explorer.
const title = "Microsoft and OpenAI end exclusivity"

// waitLimit bounds each wait for a frame: past it, the session counts as a
// failure.
const waitLimit = 30 * time.Second

// reader is one simulated reader: an SSH client with a terminal.
type reader struct {
	c    *gossh.Client
	s    *sshterm.Session
	deal bool // the deal pane is shown (else the timeline)
}

// opened is what opening the readers gave.
type opened struct {
	readers     []*reader
	firstFrames durations // from dialling to the first frame on screen
	failures    []error
}

// openReaders opens n readers on addr, conc at a time, each with a
// cols×rows terminal, and waits for each one's first frame.
func openReaders(addr string, n, conc, cols, rows int) opened {
	var (
		mu  sync.Mutex
		out opened
		wg  sync.WaitGroup
	)
	sem := make(chan struct{}, conc)
	for i := range n {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			r, ff, err := openReader(addr, cols, rows)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				out.failures = append(out.failures, fmt.Errorf("reader %d: %w", i, err))
				return
			}
			out.readers = append(out.readers, r)
			out.firstFrames = append(out.firstFrames, ff)
		})
	}
	wg.Wait()
	return out
}

func openReader(addr string, cols, rows int) (*reader, time.Duration, error) {
	start := time.Now()
	conn, err := net.DialTimeout("tcp", addr, waitLimit)
	if err != nil {
		return nil, 0, err
	}
	c, err := sshterm.DialConn(conn, addr, waitLimit)
	if err != nil {
		conn.Close()
		return nil, 0, err
	}
	s, err := sshterm.Open(c, cols, rows, sshterm.Options{Env: map[string]string{"COLORTERM": "truecolor", "LANG": "C.UTF-8"}})
	if err != nil {
		c.Close()
		return nil, 0, err
	}
	at, err := s.WaitText(title, waitLimit)
	if err != nil {
		c.Close()
		return nil, 0, err
	}
	return &reader{c: c, s: s}, at.Sub(start), nil
}

// pressKeys has every reader press keys keys, switching between the
// timeline and the deal pane (a whole new frame each time), at random
// moments: the gaps are drawn from an exponential distribution with mean
// every, as from people reading at their own pace. It measures from each
// key to the frame that shows the other pane.
func pressKeys(readers []*reader, keys int, every time.Duration) (durations, []error) {
	var (
		mu   sync.Mutex
		lat  durations
		errs []error
		wg   sync.WaitGroup
	)
	for _, r := range readers {
		wg.Go(func() {
			for range keys {
				time.Sleep(time.Duration(rand.ExpFloat64() * float64(every)))
				d, err := r.switchPane()
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else {
					lat = append(lat, d)
				}
				mu.Unlock()
				if err != nil {
					return
				}
			}
		})
	}
	wg.Wait()
	return lat, errs
}

// switchPane presses 2 or 1 and waits for that pane.
func (r *reader) switchPane() (time.Duration, error) {
	key, want := "2", "▸ Deal changes"
	if r.deal {
		key, want = "1", "▸ Timeline"
	}
	sent, err := r.s.Type(key)
	if err != nil {
		return 0, err
	}
	at, err := r.s.WaitText(want, waitLimit)
	if err != nil {
		return 0, err
	}
	r.deal = !r.deal
	return at.Sub(sent), nil
}

// ended says whether the reader's session has ended.
func (r *reader) ended() bool {
	select {
	case <-r.s.Ended():
		return true
	default:
		return false
	}
}

// closeReaders quits every reader still open with q and waits for the
// sessions to end; it gives the failures.
func closeReaders(readers []*reader) []error {
	var (
		mu   sync.Mutex
		errs []error
		wg   sync.WaitGroup
	)
	for _, r := range readers {
		wg.Go(func() {
			defer r.c.Close()
			if r.ended() {
				return
			}
			_, _ = r.s.Type("q")
			status, err := r.s.Wait(waitLimit)
			if err == nil && status != 0 {
				err = fmt.Errorf("exit status %d", status)
			}
			if err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return errs
}

// live are the readers whose sessions have not ended.
func live(readers []*reader) []*reader {
	var out []*reader
	for _, r := range readers {
		if !r.ended() {
			out = append(out, r)
		}
	}
	return out
}
