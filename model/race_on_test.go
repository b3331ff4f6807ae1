//go:build integration && race

package model_test

// raceDetector: the race detector makes sync.Pool drop what it holds at
// random, so allocation counts vary from run to run.
const raceDetector = true
