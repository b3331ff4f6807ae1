//go:build !integration

package mdrender

const integrationRun = false
