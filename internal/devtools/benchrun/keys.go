package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/termemu"
)

// The kinds of key timed, in the order of the table.
const (
	kindJK          = "j / k: next, previous item"
	kindTab         = "tab: next pane"
	kindPane        = "1–5: go to a pane"
	kindOpen        = "enter on an item: to the reader"
	kindSearchOpen  = "/: open the search"
	kindSearchKey   = "a keystroke in the search box"
	kindSearchEnter = "enter on a search result"
	kindEsc         = "esc, lone ESC byte (xterm)"
	kindEscKitty    = "esc, kitty keyboard protocol"
)

func keyKinds() []string {
	return []string{kindJK, kindTab, kindPane, kindOpen, kindSearchOpen, kindSearchKey, kindSearchEnter, kindEsc, kindEscKitty}
}

// keyQuiet is how long the screen must stay unchanged after a key for its
// frame to be the last: a Markdown rendering the key asked for lands in
// a later frame, and that frame is the one timed.
const keyQuiet = 80 * time.Millisecond

// stepIdle is how long an untimed key may leave the screen unchanged
// before the script takes it to have nothing to do.
const stepIdle = 250 * time.Millisecond

// escKey stands for the escape key, as the terminal sends it.
const escKey = "<esc>"

// clearLine is ctrl+u: it empties the search box, which may open with the
// last query in it.
const clearLine = "\x15"

// keyStep is one key of the script; an untimed one only puts the
// explorer back where the script expects it.
type keyStep struct {
	key, kind string
}

// keyCycle is one round of the key script, from the deal pane's list:
// moves, panes, the reader, the search, esc. It comes back to where it
// began.
func keyCycle() []keyStep {
	return []keyStep{
		{"j", kindJK}, {"k", kindJK}, {"j", kindJK}, {"k", kindJK},
		{"\t", kindTab}, {"2", kindPane},
		{"3", kindPane}, {"4", kindPane}, {"5", kindPane}, {"1", kindPane}, {"2", kindPane},
		{"\r", kindOpen}, {escKey, kindEsc},
		{"2", ""},
		{"/", kindSearchOpen}, {clearLine, ""}, {"f", kindSearchKey}, {"u", kindSearchKey}, {"j", kindSearchKey}, {"\r", kindSearchEnter},
		{"2", ""},
		{"/", kindSearchOpen}, {clearLine, ""}, {"x", kindSearchKey}, {escKey, kindEsc},
		{"2", ""},
	}
}

// kittyCycle times esc through a terminal that speaks the kitty keyboard
// protocol: leaving the reader, and closing the search.
func kittyCycle() []keyStep {
	return []keyStep{
		{"\r", ""}, {escKey, kindEscKitty},
		{"2", ""}, {"/", ""}, {clearLine, ""}, {"x", ""}, {escKey, kindEscKitty},
		{"2", ""},
	}
}

// keyTimes are the key-to-frame times of one build, by kind, and the keys
// that did nothing the first time (so were not pressed again), by kind.
type keyTimes struct {
	d     map[string]sample // to the frame the key's effect ends in
	first map[string]sample // to the first frame that shows any of it
	inert map[string][]string
	tried map[keyStep]bool
	note  string
}

// openDeal starts dealtui on the deal pane and waits for it to settle.
func openDeal(p *program, kitty bool) (*termemu.Session, error) {
	s, err := termemu.Start(p.bin, []string{"--pane", "deal"}, p.options(kitty))
	if err != nil {
		return nil, err
	}
	if _, err := s.WaitSettled(func(screen string) bool { return strings.Contains(screen, p.ready) && notRendering(screen) }, settleQuiet, 30*time.Second); err != nil {
		s.Close()
		return nil, fmt.Errorf("%s: %w", p.name, err)
	}
	return s, nil
}

func notRendering(screen string) bool { return !strings.Contains(screen, placeholder) }

// runKeys runs a script for cycles rounds in one session and times its
// keys.
func runKeys(p *program, script []keyStep, cycles int, kitty bool, kt *keyTimes) error {
	s, err := openDeal(p, kitty)
	if err != nil {
		return err
	}
	defer s.Close()
	if kitty && s.KittyFlags() == 0 {
		kt.note = "the program did not ask for the kitty keyboard protocol"
	}
	for range cycles {
		for _, st := range script {
			if err := keyStepOnce(s, st, kt); err != nil {
				return fmt.Errorf("%s: %w", p.name, err)
			}
		}
	}
	return quit(s)
}

func keyStepOnce(s *termemu.Session, st keyStep, kt *keyTimes) error {
	key := st.key
	if key == escKey {
		key = s.Esc()
	}
	if st.kind == "" {
		return s.Step(key, notRendering, keyQuiet, stepIdle)
	}
	if slices.Contains(kt.inert[st.kind], st.key) {
		return nil
	}
	// Keys land anywhere in Bubble Tea's frame (8.3 ms at 120 fps).
	time.Sleep(time.Duration(rand.Int64N(int64(time.Second / 120))))
	kf, err := s.Press(key, notRendering, keyQuiet, 3*time.Second)
	first := !kt.tried[st]
	kt.tried[st] = true
	switch {
	case errors.Is(err, termemu.ErrTimeout) && first:
		kt.inert[st.kind] = append(kt.inert[st.kind], st.key) // this build has no such key
		return nil
	case err != nil:
		return err
	}
	kt.d[st.kind] = append(kt.d[st.kind], float64(kf.Last))
	kt.first[st.kind] = append(kt.first[st.kind], float64(kf.First))
	return nil
}

func measureKeys(c config, r *report, p progs) error {
	res := map[*program]*keyTimes{}
	for _, d := range p.dealtuis() {
		kt := &keyTimes{d: map[string]sample{}, first: map[string]sample{}, inert: map[string][]string{}, tried: map[keyStep]bool{}}
		step("key to frame, %s: %d rounds of the key script", d.name, c.cycles)
		if err := runKeys(d, keyCycle(), c.cycles, false, kt); err != nil {
			return err
		}
		step("key to frame, %s: esc through a kitty-protocol terminal, %d rounds", d.name, c.cycles)
		if err := runKeys(d, kittyCycle(), c.cycles, true, kt); err != nil {
			return err
		}
		res[d] = kt
	}
	head := []string{"key"}
	for _, d := range p.dealtuis() {
		head = append(head, d.name+": settled, median / p99 (n)", d.name+": first change, median / p99")
	}
	head = append(head, "budget (p99, after)", "")
	t := r.table("Key to frame at 120x40",
		"Settled: from writing the key to the last read that changed the screen, once it has stayed unchanged for 80 ms with no \"Rendering…\" on it (the frame the key's effect ends in, its Markdown drawn); the budget applies to it. First change: to the first read that changed the screen. Each key is written at a random point of Bubble Tea's 8.3 ms frame.",
		head...)
	for _, kind := range keyKinds() {
		cells := []string{kind}
		for _, d := range p.dealtuis() {
			cells = append(cells, res[d].cell(kind), res[d].firstCell(kind))
		}
		budget := budgetKeyP99
		if kind == kindEsc || kind == kindEscKitty {
			budget = budgetEscP99
		}
		got := res[p.after].d[kind]
		cells = append(cells, "≤ "+msUnit(float64(budget)), r.check("key to frame p99: "+kind, len(got) > 0 && got.p99() <= float64(budget)))
		t.add(cells...)
	}
	return nil
}

func (kt *keyTimes) cell(kind string) string {
	s := kt.d[kind]
	none := ""
	if keys := kt.inert[kind]; len(keys) > 0 {
		none = fmt.Sprintf("; no key %q", strings.Join(keys, ", "))
	}
	if len(s) == 0 {
		if kind == kindEscKitty && kt.note != "" {
			return kt.note
		}
		return "n/a" + none
	}
	return fmt.Sprintf("%s / %s (%d%s)", msUnit(s.median()), msUnit(s.p99()), len(s), none)
}

func (kt *keyTimes) firstCell(kind string) string {
	s := kt.first[kind]
	if len(s) == 0 {
		return ""
	}
	return fmt.Sprintf("%s / %s", msUnit(s.median()), msUnit(s.p99()))
}
