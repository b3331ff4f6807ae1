package cli

import (
	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/serve"
)

// connFlags are the flags of dealtui serve that bound connections and
// channels before any session: see docs/SERVING.md.
func connFlags(cmd *cobra.Command, f *serveFlags) {
	fl := cmd.Flags()
	fl.IntVar(&f.maxConns, "max-conns", serve.DefaultMaxConns, "open connections at most, in all, whatever their state (lowered to fit ulimit -n when not given)")
	fl.IntVar(&f.perIPConns, "per-ip-conns", serve.DefaultPerIPConns, "open connections at most per client address, with a session or not")
	fl.StringVar(&f.maxStartups, "max-startups", serve.DefaultStartups, "connections not yet authenticated: from SOFT on, RATE % of new ones are dropped at random, rising to all at HARD (one number: HARD alone)")
	fl.DurationVar(&f.handshakeTimeout, "handshake-timeout", serve.DefaultHandshakeTimeout, "close a connection that has not finished its SSH handshake after this long")
	fl.DurationVar(&f.noSessionTimeout, "no-session-timeout", serve.DefaultNoSessionTimeout, "close a connection with no session running, or a channel that asks for none, after this long")
	fl.IntVar(&f.maxChannels, "max-channels", serve.DefaultMaxChannels, "session channels open at most on one connection")
	fl.IntVar(&f.maxCells, "max-cells", serve.DefaultMaxCells, "cells (columns × rows) of one session's screen at most; a larger terminal gets a smaller frame")
	for name, value := range map[string]string{
		"max-conns": "N", "per-ip-conns": "N", "max-startups": "SOFT:RATE:HARD",
		"handshake-timeout": "DURATION", "no-session-timeout": "DURATION", "max-channels": "N", "max-cells": "N",
	} {
		valueFlag(fl, name, value)
	}
}

// connConfig puts the connection flags in cfg.
func (f serveFlags) connConfig(cfg *serve.Config) error {
	st, err := serve.ParseStartups(f.maxStartups)
	if err != nil {
		return usageError{err}
	}
	cfg.MaxConns, cfg.PerIPConns, cfg.Startups = f.maxConns, f.perIPConns, st
	cfg.HandshakeTimeout, cfg.NoSessionTimeout = f.handshakeTimeout, f.noSessionTimeout
	cfg.MaxChannels, cfg.MaxCells = f.maxChannels, f.maxCells
	cfg.FitFileLimit = !f.maxConnsSet
	return nil
}
