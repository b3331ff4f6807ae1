// Package flood attacks `dealtui serve` the ways docs/SERVING.md's limits
// are meant to withstand, for the deployment tests (deploy/flood_test.go)
// and scripts/flood (internal/devtools/floodrun): connections that never
// send a version line, authenticated connections that open no session,
// session channels that ask for no shell but carry data, and a reader
// probing from another address meanwhile. Every attack is bounded in
// count and by its context.
package flood
