//go:build integration

package e2e

import (
	"strings"
	"testing"
)

// dealtui tour at 80×24, as a person takes it: three steps, back one,
// on again, esc leaves with the explorer usable, t resumes at the same
// step, auto-advance counts down in real seconds, and q quits cleanly.
func TestEndToEndTour(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	s := newTmux(t, 80, 24)
	s.send(bin+" tour --theme dark; echo exit=$?", "Enter")
	s.waitFor("Guided tour · Step 1 of 13", "The story starts in July 2019", "The partnership begins", "space/→ next")
	s.send("Space")
	s.waitFor("Step 2 of 13", "Exclusivity becomes first refusal")
	s.send("Right")
	s.waitFor("Step 3 of 13", "OpenAI Group PBC")
	s.send("Left")
	s.waitFor("Step 2 of 13")
	s.send("Right")
	s.waitFor("Step 3 of 13")

	s.send("Escape")
	screen := s.waitFor("left the tour at step 3 · t resumes it")
	if strings.Contains(screen, "Guided tour") {
		t.Errorf("esc left the box on screen:\n%s", screen)
	}
	s.send("Tab")
	s.waitFor("▸ Deal changes")
	s.send("t")
	s.waitFor("Guided tour · Step 3 of 13", "New agreement; OpenAI's for-profit arm")

	s.send("a")
	s.waitFor("next in 30s · a stops")
	s.waitFor("next in 28s") // the countdown runs on the clock
	s.send("Escape")
	s.waitFor("left the tour at step 3")

	s.send("q")
	screen = s.waitFor("exit=0")
	if strings.Contains(screen, "Guided tour") || strings.Contains(screen, "Microsoft and OpenAI end exclusivity") {
		t.Errorf("the explorer's frame is still on the screen after q:\n%s", screen)
	}
	s.send("echo after-$((40+2))", "Enter")
	s.waitFor("after-42")
}

// The tour in Japanese at 60×20, and dealtui tour in a pipe prints it.
func TestEndToEndTourJapaneseAndPipe(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	s := newTmux(t, 60, 20, "LANG=ja_JP.UTF-8")
	s.send(bin+" tour --lang ja; echo exit=$?", "Enter")
	s.waitFor("ガイドツアー・ステップ1/13", "提携の始まり", "space/→ 次へ")
	s.send("Space")
	s.waitFor("ステップ2/13")
	s.send("Escape")
	s.waitFor("ステップ2でツアーを離れました")
	s.send("q")
	s.waitFor("exit=0")
	s.send("clear; "+bin+" tour --width 50 | head -3; echo piped=$?", "Enter")
	s.waitFor("ガイドツアー：", "piped=0") // LANG chooses the language here too
}
