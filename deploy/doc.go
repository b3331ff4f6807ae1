// Package deploy holds the deployment files of `dealtui serve`:
// haproxy.cfg, HAProxy in front of replicas, and dealtui@.service, a
// sandboxed systemd unit for each replica. It has no code; its tests
// check the files and run them (see deploy_test.go and docs/SERVING.md).
package deploy
