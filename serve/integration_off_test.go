//go:build !integration

package serve

const integrationRun = false
