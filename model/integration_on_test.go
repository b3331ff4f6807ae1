//go:build integration

package model_test

// integrationRun: -tags integration tries every case of the property
// tests, the quick suite a sample.
const integrationRun = true
