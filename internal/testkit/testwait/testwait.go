package testwait

import (
	"flag"
	"strconv"
	"testing"
)

// Parallel runs up to n parallel tests at once, rather than one a core,
// unless -test.parallel was given. Call it from TestMain after
// flag.Parse.
func Parallel(n int) {
	given := false
	flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.parallel" })
	if !given {
		_ = flag.Set("test.parallel", strconv.Itoa(max(n, 1)))
	}
}

// Main is the whole TestMain of a package whose tests mostly wait: it
// parses the flags, runs up to n parallel tests at once, and gives the
// exit code for os.Exit.
func Main(m *testing.M, n int) int {
	flag.Parse()
	Parallel(n)
	return m.Run()
}
