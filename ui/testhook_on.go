//go:build dealtui_testpanic

package ui

import tea "charm.land/bubbletea/v2"

// testHook, in binaries built with -tags dealtui_testpanic and never in a
// release, crashes on purpose so that tests can check the terminal is
// restored after an internal panic: "!" panics in Update, on the event
// loop; "@" returns a command that panics on its own goroutine.
func testHook(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch k.String() {
	case "!":
		panic("dealtui test panic in Update")
	case "@":
		return func() tea.Msg { panic("dealtui test panic in a command") }
	}
	return nil
}
