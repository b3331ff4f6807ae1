package serve

// What the server's memory is made of, measured as resident memory (RSS)
// on linux/amd64 with the server's GOGC of 50; docs/SERVING.md, "Memory",
// gives the commands. WorstCaseRSS adds them up for a configuration.
const (
	// rssBase is an idle server with the story loaded (25 MiB measured),
	// with room for the runtime's own.
	rssBase = 32 << 20
	// rssCaches are the caches all sessions share, bounded in bytes: the
	// Glamour renderings and the drawn rows (ui/rows.go).
	rssCaches = renderCacheBytes + 4<<20
	// rssSession is a session besides its screen, and rssCell a cell of
	// its screen: 2.1 MiB at 120×40, 5.0 at 206×77, 16.3 at 400×150.
	rssSession = 880 << 10
	rssCell    = 274
	// rssInputWindow is what a session's channel may hold of its input
	// while a flood is read at drainPerSec: the SSH library's window.
	rssInputWindow = 2 << 20
	// rssConn is an authenticated connection without a session (60 KiB
	// measured; one not yet authenticated, 10 KiB), and rssChannel a
	// session channel before its shell (86 KiB).
	rssConn    = 60 << 10
	rssChannel = 90 << 10
)

// WorstCaseRSS is the most memory the server can take with cfg's limits:
// --max-sessions sessions, each at --max-cells and with its input window
// full, and --max-conns connections each with --max-channels channels
// waiting for their shell, on top of the shared caches.
//
//	RSS ≤ 100 MiB + S × (0.86 MiB + 274 B × C + 2 MiB) + N × (60 KiB + K × 90 KiB)
func WorstCaseRSS(cfg Config) int64 {
	s, n := int64(cfg.MaxSessions), int64(cfg.MaxConns)
	perSession := int64(rssSession) + rssCell*int64(cfg.MaxCells) + rssInputWindow
	perConn := int64(rssConn) + int64(cfg.MaxChannels)*rssChannel
	return rssBase + rssCaches + s*perSession + n*perConn
}

// FilesNeeded is how many file descriptors cfg's limits need at most.
func FilesNeeded(cfg Config) int { return cfg.MaxConns + fdReserve }
