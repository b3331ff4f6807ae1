//go:build !integration

package ui

const integrationRun = false
