package serve

import (
	"os"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/testwait"
)

// TestMain runs more parallel tests at once than there are cores: they
// mostly wait (on timeouts, sockets, processes).
func TestMain(m *testing.M) { os.Exit(testwait.Main(m, 6)) }
