package serve

import (
	"errors"
	"io"
	"sync"
	"testing"
	"time"
)

// blockingWriter blocks every write until it is closed.
type blockingWriter struct{ closed chan struct{} }

func (b blockingWriter) Write(p []byte) (int, error) {
	<-b.closed
	return 0, errors.New("closed")
}

// A write that waits longer than its timeout calls expire, which is what
// closes the connection and so fails the write; a write in time does not.
func TestDeadlineWriter(t *testing.T) {
	t.Parallel()
	b := blockingWriter{make(chan struct{})}
	var once sync.Once
	w := &deadlineWriter{w: b, timeout: time.Millisecond, expire: func() { once.Do(func() { close(b.closed) }) }}
	if _, err := w.Write([]byte("frame")); err == nil {
		t.Fatal("the stuck write succeeded")
	}
	fine := &deadlineWriter{w: io.Discard, timeout: time.Hour, expire: func() { t.Error("expired a write that was in time") }}
	if n, err := fine.Write([]byte("frame")); n != 5 || err != nil {
		t.Fatalf("%d, %v", n, err)
	}
}
