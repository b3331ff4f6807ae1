package serve

import (
	"io"
	"log/slog"
	"sync"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// Why a channel was refused or closed, as
// dealtui_channels_refused_total{reason} counts it.
const (
	chanPerConn   = "per_connection" // --max-channels open on the connection
	chanType      = "type"           // not a session: forwarding, X11, agent…
	chanNoSession = "no_session"     // no shell or command within --no-session-timeout
	chanInput     = "input"          // more than preShellMax written before the shell
)

// preShellInput is how much of what a client writes into a session
// channel before its shell starts is kept for the shell: the newest
// bytes, keys typed ahead. The rest is read and dropped. The SSH library
// would keep it all, up to the channel's 2 MiB window, for a shell that
// may never come.
const preShellInput = 4 << 10

// preShellMax is how much a client may write into a session channel
// before its shell at all: nobody types 64 KiB ahead, and reading what a
// client writes without end costs the server about 11 ms a MiB. Past it
// the channel is closed.
const preShellMax = 64 << 10

// channelStarted and channelEnded are the requests the session handler
// sends its channel (never the client: the channel takes them) once it
// runs and has read the session's terminal, and when it returns: the only
// way from the SSH library's session to the channel under it.
const (
	channelStarted = "started@dealtui.internal"
	channelEnded   = "ended@dealtui.internal"
)

func (s *Server) channelHandlers() map[string]ssh.ChannelHandler {
	return map[string]ssh.ChannelHandler{
		"session": s.sessionChannel,
		"default": s.refuseChannel,
	}
}

// refuseChannel refuses every channel that is not a session, as the SSH
// library does, and counts it.
func (s *Server) refuseChannel(_ *ssh.Server, _ *gossh.ServerConn, ch gossh.NewChannel, _ ssh.Context) {
	s.metrics.channelRefused(chanType)
	_ = ch.Reject(gossh.UnknownChannelType, "unsupported channel type")
}

// sessionChannel opens a session channel, at most --max-channels at once
// on a connection, and runs it with the SSH library's session handler
// over a sessionChan. It returns when the channel's requests end.
func (s *Server) sessionChannel(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
	tc := connOf(ctx)
	if tc == nil { // not from Serve's listener: no limits to apply
		ssh.DefaultSessionHandler(srv, conn, newChannelOpener(ch, nil, s), ctx)
		return
	}
	if !tc.openChannel(s.cfg.MaxChannels) {
		s.metrics.channelRefused(chanPerConn)
		s.notes.note(slog.LevelWarn, "channel refused", "channel:"+chanPerConn,
			"reason", chanPerConn, "addr", tc.addr.String())
		_ = ch.Reject(gossh.ResourceShortage, "too many sessions open on this connection")
		return
	}
	defer tc.closeChannel()
	ssh.DefaultSessionHandler(srv, conn, newChannelOpener(ch, tc, s), ctx)
}

// channelOpener is a new session channel whose Accept gives a sessionChan.
type channelOpener struct {
	gossh.NewChannel
	tc  *trackedConn // nil: not counted
	srv *Server
}

func newChannelOpener(ch gossh.NewChannel, tc *trackedConn, s *Server) channelOpener {
	return channelOpener{NewChannel: ch, tc: tc, srv: s}
}

func (o channelOpener) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := o.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	c := &sessionChan{Channel: ch, tc: o.tc, started: make(chan struct{})}
	c.flooded = func() { o.srv.channelFlooded(c) }
	c.cond = sync.NewCond(&c.mu)
	c.setup = time.AfterFunc(o.srv.cfg.NoSessionTimeout, func() { o.srv.channelNeverStarted(c) })
	go c.pumpPreShell()
	go c.drainStderr()
	out := make(chan *gossh.Request)
	go c.filter(reqs, out)
	return c, out, nil
}

// channelFlooded closes a session channel whose client wrote more than
// preShellMax before its shell (or as extended data), and its connection:
// each new channel would let the client write its window's 2 MiB more,
// which the server must read and decrypt.
func (s *Server) channelFlooded(c *sessionChan) {
	s.metrics.channelRefused(chanInput)
	_ = c.Channel.Close()
	if c.tc != nil {
		s.metrics.connClosed(closeInput)
		s.notes.note(slog.LevelWarn, "connection closed: input before the shell", "closed:input", "addr", c.tc.addr.String())
		_ = c.tc.Close()
	}
}

// channelNeverStarted closes a session channel that has asked for no
// shell or command within --no-session-timeout.
func (s *Server) channelNeverStarted(c *sessionChan) {
	select {
	case <-c.started:
		return
	default:
	}
	s.metrics.channelRefused(chanNoSession)
	_ = c.Channel.Close()
}

// sessionChan is a session channel as the SSH library's session sees it.
//
// Until its session starts, what the client writes into it is read at
// once: the first preShellInput bytes are kept for the session, the rest
// dropped, so the channel never holds its window's 2 MiB. The extended
// data (stderr) a client may send is read and dropped throughout: nobody
// reads it, and the library would keep it. Its requests pass through
// requestFilter.
type sessionChan struct {
	gossh.Channel
	tc      *trackedConn
	started chan struct{} // closed when the session handler runs
	once    sync.Once
	endOnce sync.Once
	setup   *time.Timer // closes the channel if it never starts

	mu       sync.Mutex
	cond     *sync.Cond
	buf      []byte // read before the session started, for it
	pumpDone bool   // the pump has stopped: read the channel directly
	pumpErr  error  // why it stopped, if the channel ended
	running  bool   // the session has started: the pump hands over
	written  int    // bytes the client wrote before the session started
	flooded  func() // closes the channel: too much written before it
}

// SendRequest takes channelStarted and channelEnded itself; anything
// else goes to the client.
func (c *sessionChan) SendRequest(name string, wantReply bool, payload []byte) (bool, error) {
	switch name {
	case channelStarted:
		c.markStarted()
		return true, nil
	case channelEnded:
		c.markEnded()
		return true, nil
	}
	return c.Channel.SendRequest(name, wantReply, payload)
}

func (c *sessionChan) markStarted() {
	c.once.Do(func() {
		c.setup.Stop()
		c.mu.Lock()
		c.running = true
		c.mu.Unlock()
		if c.tc != nil {
			c.tc.sessionStarted()
		}
		close(c.started)
	})
}

// pumpPreShell reads the channel until the session starts (then hands
// what it holds over, with the chunk it was reading) or the channel ends.
func (c *sessionChan) pumpPreShell() {
	chunk := make([]byte, 4096)
	for {
		n, err := c.Channel.Read(chunk)
		c.mu.Lock()
		c.buf = append(c.buf, chunk[:n]...)
		flooded := false
		if !c.running {
			if over := len(c.buf) - preShellInput; over > 0 {
				c.buf = append(c.buf[:0], c.buf[over:]...) // the newest
			}
			c.written += n
			flooded = c.written > preShellMax
		}
		if err != nil || c.running || flooded {
			c.pumpDone, c.pumpErr = true, err
		}
		done := c.pumpDone
		c.cond.Broadcast()
		c.mu.Unlock()
		if flooded {
			c.flooded()
		}
		if done {
			return
		}
	}
}

// drainStderr reads and drops the extended data (stderr) a client writes
// into the channel, which nobody reads, and closes the channel past
// preShellMax of it: no client has a reason to send any.
func (c *sessionChan) drainStderr() {
	n, err := io.Copy(io.Discard, io.LimitReader(c.Channel.Stderr(), preShellMax+1))
	if err == nil && n > preShellMax {
		c.flooded()
	}
}

// Read gives what the pump kept first, then reads the channel.
func (c *sessionChan) Read(p []byte) (int, error) {
	c.mu.Lock()
	for len(c.buf) == 0 && !c.pumpDone {
		c.cond.Wait()
	}
	if len(c.buf) > 0 {
		n := copy(p, c.buf)
		c.buf = c.buf[n:]
		if len(c.buf) == 0 {
			c.buf = nil
		}
		c.mu.Unlock()
		return n, nil
	}
	err := c.pumpErr
	c.mu.Unlock()
	if err != nil {
		return 0, err
	}
	return c.Channel.Read(p)
}

// markEnded: the session no longer runs on the connection.
func (c *sessionChan) markEnded() {
	c.endOnce.Do(func() {
		if c.tc != nil {
			c.tc.sessionEnded()
		}
	})
}
