//go:build integration

package mdrender

// integrationRun: -tags integration checks every width; the quick suite a
// sample.
const integrationRun = true
