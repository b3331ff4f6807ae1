//go:build !integration

package wrap_test

const integrationRun = false
