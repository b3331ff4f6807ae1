package serve

import (
	"io"
	"time"
)

// deadlineWriter bounds each write to a client. SSH flow control makes a
// write wait while the client reads nothing; one that stops reading (or
// whose connection hangs mid-frame) would hold its session's program for
// ever. A write still waiting after timeout calls expire, which closes
// the connection, and the write then fails. Only that session waits:
// each has its own writer, program and connection.
type deadlineWriter struct {
	w       io.Writer
	timeout time.Duration
	expire  func()
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	t := time.AfterFunc(d.timeout, d.expire)
	defer t.Stop()
	return d.w.Write(p)
}
