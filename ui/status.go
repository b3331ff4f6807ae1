package ui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
)

// status is a short message in the footer, such as why a key did
// nothing; it goes after a moment.
type status struct {
	text  string
	seq   int
	where string // where it was said: it is not shown anywhere else
}

// statusFor is how long a message stays.
const statusFor = 2500 * time.Millisecond

// statusExpired clears the message it names, if still shown.
type statusExpired struct{ seq int }

// tickFunc makes a command that sends a message after a while: tea.Tick,
// or nothing in tests, which expire messages themselves.
type tickFunc func(time.Duration, func(time.Time) tea.Msg) tea.Cmd

// say shows a message said at a place (the focus and what the reader
// shows), and returns the command that clears it.
func (s *status) say(text, where string, tick tickFunc) tea.Cmd {
	s.seq++
	s.text, s.where = text, where
	seq := s.seq
	return tick(statusFor, func(time.Time) tea.Msg { return statusExpired{seq} })
}

// shownAt is the message to show at a place: none once the reader has
// moved on from where it was said.
func (s *status) shownAt(where string) string {
	if s.where != where {
		return ""
	}
	return s.text
}

// clear takes the message away now: what the key did since is on
// screen (a search count that moved on).
func (s *status) clear() {
	s.seq++
	s.text = ""
}

func (s *status) expire(msg statusExpired) {
	if msg.seq == s.seq {
		s.text = ""
	}
}

func fmtPercent(f float64) string { return fmt.Sprintf("%3.0f%%", f*100) }
