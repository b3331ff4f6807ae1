//go:build integration

package serve

// integrationRun: -tags integration floods with inputs of full size; the
// quick suite with smaller ones, which cost less time to drain at the
// paced rate.
const integrationRun = true
