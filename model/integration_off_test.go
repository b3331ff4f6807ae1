//go:build !integration

package model_test

const integrationRun = false
