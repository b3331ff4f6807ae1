//go:build integration

package ui

import (
	"context"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// Quitting during the tour's auto-advance leaves nothing running: the
// countdown is tea.Tick, whose timer ends with its second (and the status
// message's with its 2.5 s), and whose message the ended program drops.
// No goroutine of the explorer's own waits on it. The test waits for them
// to end, so it runs with the integration tag.
func TestNoGoroutineLeftAfterQuitInTour(t *testing.T) {
	ignore := goleak.IgnoreCurrent()
	err := runWithPipe(t, context.Background(), New(testStory(t), Options{Tour: true}), " a q", nil)
	if err != nil {
		t.Fatalf("quit returned %v", err)
	}
	deadline := time.Now().Add(statusFor + 5*time.Second)
	for {
		err := goleak.Find(ignore)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
