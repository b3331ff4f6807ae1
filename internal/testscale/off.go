//go:build !integration

package testscale

// Integration is true when the tests are built with -tags integration.
const Integration = false
