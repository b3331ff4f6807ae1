// Package testscale says how much of the slower property and storm tests
// a run covers. go test ./... runs a sample of each, to stay quick;
// go test -tags integration ./... (what .ci/run does) runs all of it,
// together with the tests that need the binary, tmux, HAProxy or many
// seconds.
package testscale

// Runs is full in an integration run and sample otherwise.
func Runs(sample, full int) int {
	if Integration {
		return full
	}
	return sample
}
