//go:build race

package serve

// raceDetector says whether the tests run with -race, which slows the
// server enough that a test that must make it write megabytes takes too
// long, and that a session's first frame can take half a second.
const raceDetector = true
