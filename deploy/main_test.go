package deploy

import (
	"flag"
	"os"
	"testing"
)

// TestMain runs more parallel tests at once than there are cores, unless
// -parallel was given: they mostly wait (on timeouts, sockets, processes).
func TestMain(m *testing.M) {
	flag.Parse()
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.parallel" })
	if !given {
		_ = flag.Set("test.parallel", "6")
	}
	os.Exit(m.Run())
}
