//go:build integration && !race

package model_test

const raceDetector = false
