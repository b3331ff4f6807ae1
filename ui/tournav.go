package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// startTour starts the tour at its first step, or resumes it at the step
// it was left at; esc, [ or a click later leave it. A story without a
// tour says so and stays where it is.
func (m *Model) startTour() tea.Cmd {
	if !m.tour.exists() {
		return m.say(m.text.Tour.NoTour)
	}
	m.hist.push(m.here()) // [ after the tour comes back here
	m.tour.enter()
	m.showStop()
	return nil
}

// showStop shows the tour's step as the explorer's own navigation
// would: its item selected in its pane's list, the focus on that pane's
// reader, which shows the item with the step's phrase highlighted and in
// view.
func (m *Model) showStop() {
	st := m.tour.stop()
	m.selectIn(st.Entry)
	m.moveFocus(focus{st.Pane, areaReader})
	m.reader.show(st.Entry)
	m.reader.setQuery(st.Highlight())
	m.reader.revealMatch()
	m.dirty |= dirtyAll
}

// stepTour goes to the next (d = 1) or previous step. Past the last
// step the tour ends, to start again at the first.
func (m *Model) stepTour(d int) tea.Cmd {
	if m.tour.move(d) {
		m.showStop()
		return nil
	}
	if d < 0 {
		return m.say(m.text.Tour.FirstStep)
	}
	m.tour.finish()
	m.leftTour()
	return m.say(m.text.Tour.Finished)
}

// leaveTour leaves the tour at the step shown, which t resumes; the
// explorer stays at its item.
func (m *Model) leaveTour() tea.Cmd {
	n := m.tour.stop().Number
	m.tour.leave()
	m.leftTour()
	return m.say(fmt.Sprintf(m.text.Tour.Left, n))
}

// leftTour puts the reader back on the item when it showed the step's
// sources, and lays the screen out without the box.
func (m *Model) leftTour() {
	if m.reader.view == viewStepSources && m.reader.entry != nil {
		m.reader.show(m.reader.entry)
		m.reader.revealMatch()
	}
	m.dirty |= dirtyAll
}

// tourKey handles a key during the tour and reports whether it was the
// tour's. The tour's keys step, leave and toggle; the scrolling keys
// scroll the item; ?, q and y do what they always do. Any other key
// leaves the tour first and then does what it does everywhere (tab, 1–5,
// /, o, [ …), so that the explorer is never locked.
func (m *Model) tourKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := &m.keys
	switch {
	case key.Matches(msg, k.TourNext):
		return m.stepTour(1), true
	case key.Matches(msg, k.TourPrev):
		return m.stepTour(-1), true
	case key.Matches(msg, k.TourLeave):
		return m.leaveTour(), true
	case key.Matches(msg, k.TourAuto):
		return m.toggleAutoAdvance(), true
	case key.Matches(msg, k.TourSources):
		m.toggleStepSources()
		return nil, true
	case key.Matches(msg, k.Tour):
		return nil, true
	case key.Matches(msg, k.Help), key.Matches(msg, k.Quit), key.Matches(msg, k.Copy):
		return nil, false
	}
	if how, ok := m.scrollKey(msg); ok {
		m.reader.scroll(how)
		return nil, true
	}
	return m.leaveTour(), false
}

// toggleAutoAdvance turns the countdown to the next step on or off.
func (m *Model) toggleAutoAdvance() tea.Cmd {
	t := m.text.Tour
	if m.tour.last() && !m.tour.auto {
		return m.say(t.AtLast)
	}
	cmd := m.tour.toggleAuto(m.tick)
	if !m.tour.auto {
		return m.say(t.AutoOff)
	}
	return tea.Batch(cmd, m.say(fmt.Sprintf(t.AutoOn, m.tour.secondsLeft())))
}

// toggleStepSources shows what the step cites in the reader, or the
// item again.
func (m *Model) toggleStepSources() {
	if m.reader.view == viewStepSources {
		m.reader.show(m.tour.stop().Entry)
		m.reader.revealMatch()
	} else {
		m.reader.showStepSources(m.tour.stop().Number)
	}
	m.dirty |= dirtyReader
}

// tourTicked counts the auto-advance down a second, and goes to the next
// step when the step's time is up. The countdown holds while the help is
// open (closeHelp starts it again), and ends with the tour.
func (m *Model) tourTicked(msg tourTick) tea.Cmd {
	if !m.tour.current(msg) {
		return nil
	}
	if m.help.isOpen() {
		m.tour.hold()
		return nil
	}
	if m.tour.tick() && m.tour.move(1) {
		m.showStop()
	}
	return m.tour.next(m.tick)
}
