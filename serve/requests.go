package serve

import (
	"slices"

	gossh "golang.org/x/crypto/ssh"
)

// Bounds on the "env" requests of a session (RFC 4254 6.4). The SSH
// library keeps every one a client sends before its shell, however many
// and however large (each up to a packet, 256 KiB): a client could fill
// the server's memory without ever opening a shell.
const (
	maxEnvRequests     = 64
	maxEnvRequestBytes = 1024
)

// Requests the filter answers itself.
const (
	reqWindowChange = "window-change"
	reqAgent        = "auth-agent-req@openssh.com"
	reqSignal       = "signal"
)

// requestFilter stands between a session channel's requests and the SSH
// library, which mishandles some of them (charm.land/ssh v0.4.3):
//
//   - env requests past the first maxEnvRequests, or larger than
//     maxEnvRequestBytes, are refused (the library keeps them all);
//   - a window change before the session runs is answered here and kept,
//     the latest only, and handed to the library once the session has
//     read its terminal: the library puts each change on a channel of one
//     slot that nobody reads before the shell, so a second change would
//     block the channel's requests for good, and a change the library
//     takes while the session starts races with its reading of the size;
//   - agent forwarding is refused (the library answers it granted, though
//     nothing forwards it);
//   - a signal is refused (the library never answers one).
type requestFilter struct {
	envs    int
	pty     bool   // a pty-req went to the library
	started bool   // the session runs and has read its terminal
	pending []byte // the latest window change not yet handed on
}

// pass says whether a request goes on to the library; if not, it has been
// answered.
func (f *requestFilter) pass(req *gossh.Request) bool {
	switch req.Type {
	case "env":
		f.envs++
		if f.envs > maxEnvRequests || len(req.Payload) > maxEnvRequestBytes {
			_ = req.Reply(false, nil)
			return false
		}
	case "pty-req":
		f.pty = true
	case reqWindowChange:
		if f.started {
			return true
		}
		ok := f.pty && len(req.Payload) >= 16
		if ok {
			f.pending = slices.Clone(req.Payload[:16])
		}
		_ = req.Reply(ok, nil)
		return false
	case reqAgent, reqSignal:
		_ = req.Reply(false, nil)
		return false
	}
	return true
}

// start marks the session running, and gives the window change kept for
// it, if any, as a request that wants no reply.
func (f *requestFilter) start() *gossh.Request {
	f.started = true
	if f.pending == nil {
		return nil
	}
	req := &gossh.Request{Type: reqWindowChange, Payload: f.pending}
	f.pending = nil
	return req
}

// filter passes the channel's requests on through a requestFilter until
// they end.
func (c *sessionChan) filter(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	defer c.setup.Stop() // the channel has ended
	var f requestFilter
	started := c.started
	for {
		select {
		case req, ok := <-in:
			if !ok {
				return
			}
			if f.pass(req) {
				out <- req
			}
		case <-started:
			started = nil
			if req := f.start(); req != nil {
				out <- req
			}
		}
	}
}
