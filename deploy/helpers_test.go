package deploy

import (
	"testing"

	"github.com/dealtui/dealtui/internal/loadtest/cluster"
)

// buildDealtui builds the binary the deployment files run.
func buildDealtui(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped in -short mode")
	}
	bin, err := cluster.Build("..", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return bin
}
