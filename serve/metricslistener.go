package serve

import (
	"net"
	"sync"
	"sync/atomic"
)

// metricsMaxConns is how many connections the metrics server (/metrics,
// /healthz) holds at once; more are closed at once. A load balancer's
// health checks need one or two; the bound keeps a flood of them from
// taking the file descriptors the SSH connections are sized for.
const metricsMaxConns = 32

// capListener closes at once connections past max open.
type capListener struct {
	net.Listener
	max  int64
	open atomic.Int64
}

func (l *capListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if l.open.Add(1) <= l.max {
			return &cappedConn{Conn: c, release: func() { l.open.Add(-1) }}, nil
		}
		l.open.Add(-1)
		closeAtOnce(c)
	}
}

type cappedConn struct {
	net.Conn
	once    sync.Once
	release func()
}

func (c *cappedConn) Close() error {
	c.once.Do(c.release)
	return c.Conn.Close()
}
