// Command floodrun (scripts/flood) attacks a running `dealtui serve` from
// one address while a reader probes from another, and reports what both
// saw and what the server used: the replay of the attacks of issue 24
// (docs/SERVING.md, "Before the session: connections and channels"), for
// measuring a build before and after a change.
//
//	scripts/flood -addr 127.0.0.1:2222 -pid PID -health http://127.0.0.1:9222/healthz \
//	    -prever 20000 -auth 5000 -hold 8000 -chans 500 -per 2097152 -for 60s
package main
