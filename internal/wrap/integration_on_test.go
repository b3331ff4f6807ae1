//go:build integration

package wrap_test

// integrationRun: -tags integration tries every width and many random
// texts; the quick suite a sample.
const integrationRun = true
