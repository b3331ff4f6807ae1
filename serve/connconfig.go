package serve

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Startups bounds the connections that have not finished their SSH
// handshake, as OpenSSH's MaxStartups does: from Soft on, a new one is
// dropped with probability Rate %, rising linearly to 100 % at Hard.
type Startups struct {
	Soft, Rate, Hard int
}

func (s Startups) String() string { return fmt.Sprintf("%d:%d:%d", s.Soft, s.Rate, s.Hard) }

// ParseStartups reads --max-startups: "soft:rate:hard", or one number,
// the hard limit with no random drop before it.
func ParseStartups(v string) (Startups, error) {
	parts := strings.Split(strings.TrimSpace(v), ":")
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Startups{}, fmt.Errorf("--max-startups %q: want soft:rate:hard (like 64:30:256) or one number", v)
		}
		nums[i] = n
	}
	var s Startups
	switch len(nums) {
	case 1:
		s = Startups{Soft: nums[0], Rate: 100, Hard: nums[0]}
	case 3:
		s = Startups{Soft: nums[0], Rate: nums[1], Hard: nums[2]}
	default:
		return Startups{}, fmt.Errorf("--max-startups %q: want soft:rate:hard (like 64:30:256) or one number", v)
	}
	return s, s.check()
}

func (s Startups) check() error {
	switch {
	case s.Soft < 1 || s.Hard < s.Soft:
		return fmt.Errorf("--max-startups %s: want 1 <= soft <= hard", s)
	case s.Rate < 0 || s.Rate > 100:
		return fmt.Errorf("--max-startups %s: the rate is a percentage, 0 to 100", s)
	}
	return nil
}

// maxHandshakeTimeout is the longest --handshake-timeout: OpenSSH's
// LoginGraceTime default. A real client needs well under a second.
const maxHandshakeTimeout = 2 * time.Minute

// minCells is the smallest --max-cells: an 80×24 terminal fits.
const minCells = defaultCols * defaultRows

// connDefaults sets the connection-level limits to their defaults.
func (c *Config) connDefaults() {
	st, err := ParseStartups(DefaultStartups)
	if err != nil {
		panic(err) // a constant
	}
	c.MaxConns = DefaultMaxConns
	c.PerIPConns = DefaultPerIPConns
	c.Startups = st
	c.HandshakeTimeout = DefaultHandshakeTimeout
	c.NoSessionTimeout = DefaultNoSessionTimeout
	c.MaxChannels = DefaultMaxChannels
	c.MaxCells = DefaultMaxCells
}

// checkConnLimits reports the first connection-level limit that cannot
// work.
func (c *Config) checkConnLimits() error {
	switch {
	case c.MaxConns < 1:
		return fmt.Errorf("--max-conns %d: want at least 1", c.MaxConns)
	case c.PerIPConns < 1:
		return fmt.Errorf("--per-ip-conns %d: want at least 1", c.PerIPConns)
	case c.HandshakeTimeout <= 0 || c.HandshakeTimeout > maxHandshakeTimeout:
		return fmt.Errorf("--handshake-timeout %s: want more than 0, at most %s", c.HandshakeTimeout, maxHandshakeTimeout)
	case c.NoSessionTimeout <= 0:
		return fmt.Errorf("--no-session-timeout %s: want a positive duration", c.NoSessionTimeout)
	case c.MaxChannels < 1:
		return fmt.Errorf("--max-channels %d: want at least 1", c.MaxChannels)
	case c.MaxCells < minCells:
		return fmt.Errorf("--max-cells %d: want at least %d (80×24)", c.MaxCells, minCells)
	}
	if c.Startups == (Startups{}) {
		return errors.New("no --max-startups")
	}
	return c.Startups.check()
}
