package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// tour is the guided tour: the story's steps, the one shown, whether the
// explorer is in the tour, and the auto-advance countdown. Its narration
// box (tourbox.go) is composed for a width by relayout and drawn by
// frame; the root shows each step's item (tournav.go).
type tour struct {
	stops []model.TourStop
	at    int  // the step shown, or to resume at
	on    bool // the explorer is in the tour

	// Auto-advance: on or off, how long a step stays, how long the shown
	// step has left, and the countdown's generation. Each countdown is a
	// chain of one-second ticks that carry its generation; a tick of an
	// older one is stale and ends its chain. held is a countdown stopped
	// while the help is open, to start again when it closes.
	auto bool
	pace time.Duration
	left time.Duration
	seq  int
	held bool

	boxLines []string // the narration box's text, composed for a width (tourbox.go)
	fullFit  fitMemo  // whether the sources fit in full, for the last size asked
}

// tourTick is one second of the auto-advance countdown.
type tourTick struct{ seq int }

func newTour(s *model.Story, pace time.Duration) *tour {
	return &tour{stops: s.TourStops(), pace: pace, left: pace}
}

// exists reports whether the story has a tour.
func (t *tour) exists() bool { return len(t.stops) > 0 }

// active reports whether the explorer is in the tour.
func (t *tour) active() bool { return t.on && t.exists() }

// stop is the step shown, or to resume at.
func (t *tour) stop() model.TourStop { return t.stops[t.at] }

// stopNumbered is the step numbered n (from 1).
func (t *tour) stopNumbered(n int) (model.TourStop, bool) {
	if n < 1 || n > len(t.stops) {
		return model.TourStop{}, false
	}
	return t.stops[n-1], true
}

// ahead is the item of the next step, while touring: rendered ahead of
// time, → shows it at once.
func (t *tour) ahead() []model.Entry {
	if !t.active() || t.last() {
		return nil
	}
	return []model.Entry{t.stops[t.at+1].Entry}
}

// last reports whether the step shown is the last.
func (t *tour) last() bool { return t.at == len(t.stops)-1 }

// enter starts the tour, or resumes it where it was left.
func (t *tour) enter() {
	t.on = true
	t.left = t.pace
}

// leave leaves the tour where it is: t resumes at the same step. The
// countdown stops; auto-advance is off when the tour resumes.
func (t *tour) leave() {
	t.on = false
	t.stopCountdown()
}

// finish leaves the tour after its last step: t starts it again.
func (t *tour) finish() {
	t.leave()
	t.at = 0
}

// move goes d steps on (or back) and reports whether there was a step
// there. The countdown starts again for the new step, and stops at the
// last, as there is nothing to advance to.
func (t *tour) move(d int) bool {
	to := t.at + d
	if to < 0 || to >= len(t.stops) {
		return false
	}
	t.at = to
	t.left = t.pace
	if t.last() {
		t.stopCountdown()
	}
	return true
}

// toggleAuto turns auto-advance on or off, and gives the countdown's
// first tick when it starts one.
func (t *tour) toggleAuto(tick tickFunc) tea.Cmd {
	if t.auto {
		t.stopCountdown()
		return nil
	}
	t.auto, t.left = true, t.pace
	return t.startCountdown(tick)
}

// counting reports whether the countdown runs.
func (t *tour) counting() bool { return t.active() && t.auto && !t.held }

// current reports whether a tick belongs to the running countdown.
func (t *tour) current(msg tourTick) bool { return msg.seq == t.seq && t.counting() }

// tick counts a second down and reports whether the step's time is up.
func (t *tour) tick() bool {
	t.left -= time.Second
	return t.left <= 0
}

// next gives the countdown's next tick, while it runs.
func (t *tour) next(tick tickFunc) tea.Cmd {
	if !t.counting() {
		return nil
	}
	seq := t.seq
	return tick(time.Second, func(time.Time) tea.Msg { return tourTick{seq} })
}

// startCountdown begins a new chain of ticks; the older one's are stale.
func (t *tour) startCountdown(tick tickFunc) tea.Cmd {
	t.seq++
	t.held = false
	return t.next(tick)
}

// stopCountdown turns auto-advance off; a tick already on its way is
// stale when it comes.
func (t *tour) stopCountdown() {
	t.auto, t.held = false, false
	t.seq++
}

// hold stops the countdown where it is, while the help is open.
func (t *tour) hold() {
	t.held = true
	t.seq++
}

// unhold starts a held countdown again, from where it stopped.
func (t *tour) unhold(tick tickFunc) tea.Cmd {
	if !t.held {
		return nil
	}
	return t.startCountdown(tick)
}

// secondsLeft is the countdown, in whole seconds, rounded up.
func (t *tour) secondsLeft() int { return int((t.left + time.Second - 1) / time.Second) }
