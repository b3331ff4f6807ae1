//go:build integration && !race

package serve

const raceDetector = false
