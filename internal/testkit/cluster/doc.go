// Package cluster runs `dealtui serve` replicas and HAProxy as processes,
// for the deployment tests (deploy/) and scripts/loadtest: it builds the
// binary, starts replicas and learns their addresses from their logs,
// reads their metrics and memory, and starts HAProxy on deploy/haproxy.cfg.
package cluster
