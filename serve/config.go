package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/netip"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/ui"
)

// Defaults of the flags of `dealtui serve`.
const (
	DefaultListen      = "127.0.0.1:2222"
	DefaultMaxSessions = 200
	DefaultPerIP       = 8
	DefaultRate        = 2.0 // new connections per second per address
	DefaultIdleTimeout = 15 * time.Minute
	DefaultMaxSession  = 2 * time.Hour
	DefaultDrain       = 10 * time.Second

	// Connection-level limits: see docs/SERVING.md, "Before the
	// session: connections and channels", for how to size them.
	DefaultMaxConns         = 500
	DefaultPerIPConns       = 16
	DefaultHandshakeTimeout = 10 * time.Second
	DefaultNoSessionTimeout = 10 * time.Second
	DefaultMaxChannels      = 3
	DefaultMaxCells         = 16000
)

// DefaultStartups is --max-startups: unauthenticated connections start to
// be dropped at random past 64 (30 % of them), more and more up to 256,
// where all are.
const DefaultStartups = "64:30:256"

// Config is how a server runs. Zero durations and counts are not defaults:
// build a Config with NewConfig and change what differs.
type Config struct {
	// Story is the story a session reads unless it asks for another
	// language; Editions are the story in every language the server has
	// (Story's among them, or not), by language.
	Story    *model.Story
	Editions map[model.Lang]*model.Story
	// HostKeyPath is the ed25519 host key, created (mode 0600) when missing.
	HostKeyPath string

	MaxSessions int     // open sessions in all
	PerIP       int     // open sessions per client address
	Rate        float64 // new sessions per second per address; 0: no limit
	RateBurst   int     // sessions an address may open at once before Rate applies

	IdleTimeout time.Duration // since the last key press
	MaxSession  time.Duration // since the connection began

	MaxConns   int      // open connections in all, whatever their state
	PerIPConns int      // open connections per client address
	Startups   Startups // connections not yet authenticated
	// HandshakeTimeout bounds the SSH handshake (and a PROXY header).
	HandshakeTimeout time.Duration
	// NoSessionTimeout is how long a connection may stay open without a
	// session running, and a session channel without asking for one.
	NoSessionTimeout time.Duration
	MaxChannels      int // session channels open at once on one connection
	MaxCells         int // cells (columns × rows) of one session's screen
	// FitFileLimit lowers MaxConns to what the process's file descriptor
	// limit can hold, rather than refusing to start (for defaults).
	FitFileLimit bool

	// TrustedProxies are the sources whose PROXY protocol header is used;
	// empty: PROXY headers are refused from everyone.
	TrustedProxies []netip.Prefix

	Logger *slog.Logger

	// Command answers a session that asks for a command (ssh HOST print
	// --format json), writing to the client: the command line's own
	// (cli.RemoteCommand), so that print over SSH is print. lang is the
	// session's language (the client's locale), width its terminal's
	// width or 0 without one; it returns the exit status. Nil refuses
	// every command.
	Command func(ctx context.Context, args []string, lang model.Lang, width int, stdout, stderr io.Writer) int

	// newModel makes the model each session runs; tests replace it.
	newModel func(*model.Story, ui.Options) tea.Model
	// limits of one session's input; tests make them small.
	input inputLimits
	// writeTimeout is how long one write to a client may wait for it to
	// read before its connection is closed.
	writeTimeout time.Duration
}

// NewConfig is the configuration with every default, for a story.
func NewConfig(story *model.Story) Config {
	c := Config{
		Story:        story,
		MaxSessions:  DefaultMaxSessions,
		PerIP:        DefaultPerIP,
		Rate:         DefaultRate,
		RateBurst:    defaultRateBurst,
		IdleTimeout:  DefaultIdleTimeout,
		MaxSession:   DefaultMaxSession,
		Logger:       slog.New(slog.DiscardHandler),
		newModel:     newExplorer,
		input:        defaultInputLimits(),
		writeTimeout: defaultWriteTimeout,
	}
	c.connDefaults()
	return c
}

// defaultWriteTimeout is how long one write to a client may wait for it
// to read: long enough for a slow link, short enough that a client that
// stopped reading does not hold its session's memory for long.
const defaultWriteTimeout = 15 * time.Second

// defaultRateBurst lets a reader open a few sessions at once (a second
// window, `ssh host print` beside the explorer) before --rate applies.
const defaultRateBurst = 5

func newExplorer(s *model.Story, o ui.Options) tea.Model { return ui.New(s, o) }

// storyIn is the story in a language, or Story when the server has none
// in it.
func (c *Config) storyIn(lang model.Lang) *model.Story {
	if s, ok := c.Editions[lang]; ok && s != nil {
		return s
	}
	return c.Story
}

// Check reports the first setting that cannot work, and fills in what
// is missing and has a default (the logger).
func (c *Config) Check() error {
	switch {
	case c.Story == nil:
		return errors.New("no story")
	case c.HostKeyPath == "":
		return errors.New("no host key path")
	case c.MaxSessions < 1:
		return fmt.Errorf("--max-sessions %d: want at least 1", c.MaxSessions)
	case c.PerIP < 1:
		return fmt.Errorf("--per-ip %d: want at least 1", c.PerIP)
	case c.Rate < 0:
		return fmt.Errorf("--rate %g: want 0 (no limit) or more", c.Rate)
	case c.IdleTimeout <= 0:
		return fmt.Errorf("--idle-timeout %s: want a positive duration", c.IdleTimeout)
	case c.MaxSession <= 0:
		return fmt.Errorf("--max-session %s: want a positive duration", c.MaxSession)
	}
	if err := c.checkConnLimits(); err != nil {
		return err
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.newModel == nil {
		c.newModel = newExplorer
	}
	if c.input == (inputLimits{}) {
		c.input = defaultInputLimits()
	}
	if c.writeTimeout <= 0 {
		c.writeTimeout = defaultWriteTimeout
	}
	return nil
}

// ParseTrusted reads --proxy-protocol: addresses or CIDR ranges, separated
// by commas. An address alone is a range of one.
func ParseTrusted(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if strings.Contains(part, "/") {
			p, err := netip.ParsePrefix(part)
			if err != nil {
				return nil, fmt.Errorf("%q is not an address or a CIDR range (like 10.0.0.0/8)", part)
			}
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(part)
		if err != nil {
			return nil, fmt.Errorf("%q is not an address or a CIDR range (like 10.0.0.0/8)", part)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	if len(out) == 0 && strings.TrimSpace(s) != "" {
		return nil, errors.New("no address or range given")
	}
	return out, nil
}
