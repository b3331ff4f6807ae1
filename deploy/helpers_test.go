//go:build integration

package deploy

import (
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
)

// buildDealtui builds the binary the deployment files run.
func buildDealtui(t *testing.T) string {
	t.Helper()
	bin, err := cluster.Build("..", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return bin
}
