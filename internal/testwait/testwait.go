// Package testwait is for test binaries whose tests mostly wait (on
// terminals, sockets, processes, timeouts) rather than compute.
package testwait

import (
	"flag"
	"strconv"
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
