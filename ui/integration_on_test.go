//go:build integration

package ui

// integrationRun: built with -tags integration, as CI runs the tests.
const integrationRun = true
