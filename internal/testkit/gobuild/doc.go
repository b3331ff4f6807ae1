// Package gobuild builds the dealtui binary for the tests and tools that
// run it as a process: the end-to-end tests (internal/e2e), the
// deployment tests (deploy/) and the load test.
package gobuild
