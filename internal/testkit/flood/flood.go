package flood

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// Stats is what an attack of many connections saw.
type Stats struct {
	Attempts   int // connections tried
	Connected  int // …that the server accepted (TCP; for AuthIdle: the handshake too)
	DialFailed int // refused or reset before they were open
	Closed     int // closed by the server before the attack ended
	Held       int // still open when it ended
	MaxOpen    int // the most open at once
}

// counter gathers Stats from many goroutines.
type counter struct {
	connected, dialFailed, closed, held atomic.Int64
	open, maxOpen                       atomic.Int64
}

func (c *counter) opened() {
	c.connected.Add(1)
	n := c.open.Add(1)
	for {
		m := c.maxOpen.Load()
		if n <= m || c.maxOpen.CompareAndSwap(m, n) {
			return
		}
	}
}

func (c *counter) stats(n int) Stats {
	return Stats{
		Attempts: n, Connected: int(c.connected.Load()), DialFailed: int(c.dialFailed.Load()),
		Closed: int(c.closed.Load()), Held: int(c.held.Load()), MaxOpen: int(c.maxOpen.Load()),
	}
}

// Dialer connects from src (a loopback address such as 127.0.0.2: a
// client address of its own).
func Dialer(src string, timeout time.Duration) *net.Dialer {
	d := &net.Dialer{Timeout: timeout}
	if src != "" {
		d.LocalAddr = &net.TCPAddr{IP: net.ParseIP(src)}
	}
	return d
}

// Dialing is how many connections an attack dials at once. More would
// overflow the kernel's accept queue (somaxconn, 4096 here) in a burst:
// the SYNs of everyone, the reader's too, would then be dropped and sent
// again a second later, whatever the server does. That is a SYN flood,
// for the network's defences (SYN cookies, the load balancer), not the
// server's.
const Dialing = 500

// many runs n attacks, at most hold at once, each on a connection of its
// own from src, and counts them. one holds its connection until the
// server closes it (it returns true) or ctx ends (false).
func many(ctx context.Context, addr, src string, n, hold int, one func(context.Context, net.Conn, *counter) bool) Stats {
	var c counter
	sem := make(chan struct{}, hold)
	dialing := make(chan struct{}, Dialing)
	var wg sync.WaitGroup
	d := Dialer(src, 10*time.Second)
	for i := 0; i < n && ctx.Err() == nil; i++ {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			dialing <- struct{}{}
			conn, err := d.DialContext(ctx, "tcp", addr)
			<-dialing
			if err != nil {
				c.dialFailed.Add(1)
				return
			}
			defer conn.Close()
			stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
			defer stop()
			if one(ctx, conn, &c) {
				c.closed.Add(1)
			} else {
				c.held.Add(1)
			}
		}()
	}
	wg.Wait()
	return c.stats(n)
}

// PreVersion opens n connections from src that never send a byte, at most
// hold at once, each held until the server closes it or ctx ends.
func PreVersion(ctx context.Context, addr, src string, n, hold int) Stats {
	return many(ctx, addr, src, n, hold, func(ctx context.Context, conn net.Conn, c *counter) bool {
		c.opened()
		defer c.open.Add(-1)
		_, _ = io.Copy(io.Discard, conn)
		return ctx.Err() == nil
	})
}

// AuthIdle makes n SSH connections from src that finish their handshake
// and open no session, at most hold at once, each held until the server
// closes it or ctx ends. A handshake the server refuses counts as closed.
func AuthIdle(ctx context.Context, addr, src string, n, hold int) Stats {
	return many(ctx, addr, src, n, hold, func(ctx context.Context, conn net.Conn, c *counter) bool {
		sc, chans, reqs, err := gossh.NewClientConn(conn, addr, sshterm.Config(10*time.Second))
		if err != nil {
			return ctx.Err() == nil
		}
		c.opened()
		defer c.open.Add(-1)
		client := gossh.NewClient(sc, chans, reqs)
		_ = client.Wait()
		return ctx.Err() == nil
	})
}

// ChannelStats is what Channels saw.
type ChannelStats struct {
	Opened, Refused int
	Written         int64 // bytes written into the channels in all
	Closed          int   // channels the server closed before ctx ended
	ConnClosed      bool  // the server closed the connection
}

// Channels opens one SSH connection from src and on it n session channels
// that ask for nothing, and writes per bytes into each (a write waits for
// the channel's window; ctx ends it).
func Channels(ctx context.Context, addr, src string, n, per int) (ChannelStats, error) {
	var st ChannelStats
	conn, err := Dialer(src, 10*time.Second).DialContext(ctx, "tcp", addr)
	if err != nil {
		return st, err
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { _ = conn.Close() })
	defer stop()
	client, err := sshterm.DialConn(conn, addr, 10*time.Second)
	if err != nil {
		return st, err
	}
	defer client.Close()
	var written, closed atomic.Int64
	var wg sync.WaitGroup
	data := make([]byte, 32<<10)
	for range n {
		ch, reqs, err := client.OpenChannel("session", nil)
		var oce *gossh.OpenChannelError
		switch {
		case errors.As(err, &oce):
			st.Refused++
			continue
		case err != nil && st.Opened > 0: // the server closed the connection
			wg.Wait()
			st.Written, st.Closed, st.ConnClosed = written.Load(), int(closed.Load()), true
			return st, nil
		case err != nil:
			return st, err
		}
		st.Opened++
		go gossh.DiscardRequests(reqs)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for left := per; left > 0 && ctx.Err() == nil; {
				k, err := ch.Write(data[:min(len(data), left)])
				written.Add(int64(k))
				left -= k
				if err != nil {
					break
				}
			}
			_, _ = io.Copy(io.Discard, ch) // until the server closes it, or ctx ends
			if ctx.Err() == nil {
				closed.Add(1)
			}
		}()
	}
	wg.Wait()
	st.Written, st.Closed = written.Load(), int(closed.Load())
	return st, nil
}

// Probe is a reader from src: it connects, asks for a 120×40 terminal and
// the explorer, and gives the time from the dial to the title on screen;
// then it quits.
func Probe(addr, src string, timeout time.Duration) (time.Duration, error) {
	start := time.Now()
	conn, err := Dialer(src, timeout).Dial("tcp", addr)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	client, err := sshterm.DialConn(conn, addr, timeout)
	if err != nil {
		return 0, err
	}
	defer client.Close()
	s, err := sshterm.Open(client, 120, 40, sshterm.Options{})
	if err != nil {
		return 0, err
	}
	defer s.Close()
	left := timeout - time.Since(start)
	if left <= 0 {
		return 0, fmt.Errorf("no terminal within %v", timeout)
	}
	at, err := s.WaitText("Microsoft and OpenAI end exclusivity", left)
	if err != nil {
		return 0, err
	}
	s.Type("q")
	return at.Sub(start), nil
}
