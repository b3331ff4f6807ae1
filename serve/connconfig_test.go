package serve

import (
	"strings"
	"testing"
)

func TestParseStartups(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Startups{
		"64:30:256": {64, 30, 256},
		"10:30:100": {10, 30, 100},
		"50":        {50, 100, 50},
		" 5:0:5 ":   {5, 0, 5},
	} {
		if got, err := ParseStartups(in); err != nil || got != want {
			t.Errorf("ParseStartups(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "a:b:c", "10:30", "10:30:5", "0:30:10", "10:101:20", "-1", "1:2:3:4"} {
		if _, err := ParseStartups(in); err == nil || !strings.Contains(err.Error(), "--max-startups") {
			t.Errorf("ParseStartups(%q): %v, want an error naming the flag", in, err)
		}
	}
}

// More connections than the file descriptor limit can hold: refused with
// what to do, or lowered to fit when the value is a default.
func TestFitFileLimit(t *testing.T) {
	t.Parallel()
	limit, ok := fileLimit()
	if !ok {
		t.Skip("no file descriptor limit here")
	}
	cfg := NewConfig(nil)
	cfg.MaxConns = limit
	if _, err := fitFileLimit(&cfg); err == nil || !strings.Contains(err.Error(), "ulimit -n") {
		t.Fatalf("--max-conns %d with a limit of %d: %v", limit, limit, err)
	}
	cfg.FitFileLimit = true
	note, err := fitFileLimit(&cfg)
	if err != nil || cfg.MaxConns != limit-fdReserve || !strings.Contains(note, "lowered") {
		t.Fatalf("fitted: %d, %q, %v; want %d", cfg.MaxConns, note, err, limit-fdReserve)
	}
	cfg.MaxConns = 10
	if note, err := fitFileLimit(&cfg); err != nil || note != "" || cfg.MaxConns != 10 {
		t.Fatalf("10 connections: %q, %v, %d", note, err, cfg.MaxConns)
	}
}
