// Package needtool finds the programs an integration test needs besides
// Go (tmux, haproxy, systemd-analyze…). Where one is missing the test
// skips and says why, so that a developer without it can still run the
// rest; under CI (the CI variable set, as .ci/run sets it) a missing tool
// fails the test instead, because .ci/run installs every one of them and
// a skip there would hide that a suite never ran.
package needtool
