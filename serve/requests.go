package serve

import (
	"charm.land/ssh"
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

// sessionChannels replaces the library's "session" channel handler with
// one whose requests are bounded first.
func sessionChannels() map[string]ssh.ChannelHandler {
	return map[string]ssh.ChannelHandler{
		"session": func(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
			ssh.DefaultSessionHandler(srv, conn, boundedChannel{ch}, ctx)
		},
	}
}

// boundedChannel is a new session channel whose requests pass through
// boundRequests.
type boundedChannel struct{ gossh.NewChannel }

func (c boundedChannel) Accept() (gossh.Channel, <-chan *gossh.Request, error) {
	ch, reqs, err := c.NewChannel.Accept()
	if err != nil {
		return ch, reqs, err
	}
	out := make(chan *gossh.Request)
	go boundRequests(reqs, out)
	return ch, out, nil
}

// boundRequests passes a session's requests on, refusing env requests
// beyond the first maxEnvRequests and any larger than
// maxEnvRequestBytes. It ends when the requests do.
func boundRequests(in <-chan *gossh.Request, out chan<- *gossh.Request) {
	defer close(out)
	envs := 0
	for req := range in {
		if req.Type == "env" {
			envs++
			if envs > maxEnvRequests || len(req.Payload) > maxEnvRequestBytes {
				_ = req.Reply(false, nil)
				continue
			}
		}
		out <- req
	}
}
