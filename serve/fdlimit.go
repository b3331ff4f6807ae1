package serve

import "fmt"

// fdReserve is how many file descriptors the process needs besides its
// SSH connections: standard input, output and error, the listeners, the
// metrics server's connections (at most metricsMaxConns), the poller and
// what the runtime and the SSH library open for themselves.
const fdReserve = 32 + metricsMaxConns

// fitFileLimit checks that --max-conns connections fit in the process's
// file descriptor limit. When they do not, it lowers MaxConns to fit if
// cfg.FitFileLimit (and says so in note), and otherwise refuses, saying
// what to change.
func fitFileLimit(cfg *Config) (note string, err error) {
	limit, ok := fileLimit()
	if !ok || FilesNeeded(*cfg) <= limit {
		return "", nil
	}
	fits := limit - fdReserve
	if !cfg.FitFileLimit || fits < 1 {
		return "", fmt.Errorf("--max-conns %d needs about %d file descriptors, but this process may open %d (ulimit -n): "+
			"lower --max-conns to %d or less, or raise the limit (LimitNOFILE= in a systemd unit)",
			cfg.MaxConns, FilesNeeded(*cfg), limit, max(fits, 0))
	}
	note = fmt.Sprintf("--max-conns lowered from %d to %d: this process may open %d file descriptors (ulimit -n)",
		cfg.MaxConns, fits, limit)
	cfg.MaxConns = fits
	return note, nil
}
