//go:build !dealtui_testpanic

package ui

import tea "charm.land/bubbletea/v2"

// testHook does nothing outside test builds; see testhook_on.go.
func testHook(tea.Msg) tea.Cmd { return nil }
