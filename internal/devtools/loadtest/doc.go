// Command loadtest (scripts/loadtest) measures `dealtui serve` under load:
// N readers with 120×40 terminals open sessions C at a time, every one
// waits for its first frame; with all of them open each presses keys and
// times the frame that answers; all quit; the server's goroutines must come
// back to where they started. It does this against one server, then
// through HAProxy (deploy/haproxy.cfg) in front of three replicas, one of
// which is killed halfway. It prints the figures and checks them against
// the budgets of docs/SERVING.md, exiting 1 when one is missed.
//
//	scripts/loadtest                 300 readers, both runs
//	scripts/loadtest -n 30 -c 10     the small run CI makes
//	scripts/loadtest -h              every option
package main
