package termemu

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
)

// Term is a virtual terminal: github.com/charmbracelet/x/vt keeps the
// screen a program draws (text, styles, the alternate screen, scrolling),
// and Term answers the queries a current terminal answers, at once,
// through Reply, while the output that asked is written.
//
// x/vt answers some queries itself, through a pipe that must be read
// before it can go on; Term answers all of those, and a few more x/vt
// v0.1.0 does not know, itself, so the pipe is never written to and no
// goroutine is needed to read it:
//
//   - primary and secondary device attributes, DSR 5 and 6, DECXCPR;
//   - DECRQM: the modes x/vt keeps as set or reset, mode 2026
//     (synchronized output) as supported, any other as not recognised
//     (2027, unicode core, among them: most terminals do not know it);
//   - OSC 10, 11 and 12 colour queries (11 gives Background);
//   - XTVERSION (termemu(1)) and XTGETTCAP (no capability);
//   - with Kitty, the kitty keyboard protocol: the flags a program
//     pushes, sets and pops are kept, and CSI ? u is answered with them.
//     Without it that query goes unanswered, as in xterm.
//
// Mode 2048 (in-band resize reports) is refused: x/vt would report sizes
// through the pipe.
type Term struct {
	// Reply is called with each answer to a query, during Write, to be
	// written back to the program as terminal input.
	Reply func(answer string)
	// Background is the colour reported for OSC 11, as rgb:RRRR/GGGG/BBBB.
	Background string

	emu   *vt.Emulator
	modes map[int]bool // DEC modes set (true) or reset (false)
	kitty *kittyState
}

// NewTerm makes a blank terminal of cols×rows.
func NewTerm(cols, rows int) *Term {
	t := &Term{Background: "rgb:0000/0000/0000", modes: map[int]bool{}}
	t.newEmulator(cols, rows)
	return t
}

// newEmulator gives the terminal a blank screen of cols×rows that answers
// as described on Term.
func (t *Term) newEmulator(cols, rows int) {
	t.emu = vt.NewEmulator(cols, rows)
	t.emu.SetCallbacks(vt.Callbacks{
		EnableMode:  func(m ansi.Mode) { t.modeChanged(m, true) },
		DisableMode: func(m ansi.Mode) { t.modeChanged(m, false) },
	})
	t.answerAttributes()
	t.answerModes()
	t.answerColours()
	if t.kitty != nil {
		t.answerKitty()
	}
}

// SpeakKitty makes the terminal speak the kitty keyboard protocol, as
// kitty, Ghostty, WezTerm and foot do. Call it before the first Write.
func (t *Term) SpeakKitty() {
	t.kitty = &kittyState{}
	t.answerKitty()
}

func (t *Term) answerKitty() {
	t.emu.RegisterCsiHandler(ansi.Command('?', 0, 'u'), func(ansi.Params) bool {
		t.reply(fmt.Sprintf("\x1b[?%du", t.kitty.flags()))
		return true
	})
	t.emu.RegisterCsiHandler(ansi.Command('>', 0, 'u'), func(params ansi.Params) bool {
		f, _, _ := params.Param(0, 0)
		t.kitty.push(f)
		return true
	})
	t.emu.RegisterCsiHandler(ansi.Command('<', 0, 'u'), func(params ansi.Params) bool {
		n, _, _ := params.Param(0, 1)
		t.kitty.pop(n)
		return true
	})
	t.emu.RegisterCsiHandler(ansi.Command('=', 0, 'u'), func(params ansi.Params) bool {
		f, _, _ := params.Param(0, 0)
		mode, _, _ := params.Param(1, 1)
		t.kitty.set(f, mode)
		return true
	})
}

// KittyFlags gives the kitty keyboard flags the program has asked for: 0
// when it has not, or when the terminal does not speak the protocol.
func (t *Term) KittyFlags() int { return t.kitty.flags() }

// Write takes the program's output. x/vt v0.1.0 can panic on a scroll
// (CSI n S/T, IL, DL) when output drawn for the size before a resize
// arrives after it (ultraviolet's Buffer.InsertLineArea indexes past a
// line): then the screen starts again blank at the current size, as a
// terminal would be cleared, and the program's next full frame fills it.
func (t *Term) Write(p []byte) (n int, err error) {
	defer func() {
		if recover() != nil {
			t.newEmulator(t.emu.Width(), t.emu.Height())
			n, err = len(p), nil
		}
	}()
	return t.emu.Write(p)
}

// Screen gives the text on screen, one line per row, without trailing
// blanks.
func (t *Term) Screen() string { return t.emu.String() }

// Line gives row y of the screen, as Screen does.
func (t *Term) Line(y int) string {
	lines := strings.Split(t.Screen(), "\n")
	if y < 0 || y >= len(lines) {
		return ""
	}
	return lines[y]
}

// Render gives the screen with its styles, as SGR sequences.
func (t *Term) Render() string { return t.emu.Render() }

// Resize changes the size of the screen.
func (t *Term) Resize(cols, rows int) { t.emu.Resize(cols, rows) }

func (t *Term) reply(s string) {
	if t.Reply != nil {
		t.Reply(s)
	}
}

func (t *Term) modeChanged(m ansi.Mode, on bool) {
	if d, ok := m.(ansi.DECMode); ok {
		t.modes[int(d)] = on
	}
}

func (t *Term) answerAttributes() {
	e := t.emu
	e.RegisterCsiHandler('c', func(ansi.Params) bool {
		t.reply("\x1b[?62;22c")
		return true
	})
	e.RegisterCsiHandler(ansi.Command('>', 0, 'c'), func(ansi.Params) bool {
		t.reply("\x1b[>1;10;0c")
		return true
	})
	e.RegisterCsiHandler(ansi.Command('>', 0, 'q'), func(ansi.Params) bool {
		t.reply("\x1bP>|termemu(1)\x1b\\")
		return true
	})
	e.RegisterCsiHandler('n', func(params ansi.Params) bool {
		switch n, _, _ := params.Param(0, 0); n {
		case 5:
			t.reply("\x1b[0n")
		case 6:
			p := e.CursorPosition()
			t.reply(fmt.Sprintf("\x1b[%d;%dR", p.Y+1, p.X+1))
		}
		return true
	})
	e.RegisterCsiHandler(ansi.Command('?', 0, 'n'), func(params ansi.Params) bool {
		if n, _, _ := params.Param(0, 0); n == 6 {
			p := e.CursorPosition()
			t.reply(fmt.Sprintf("\x1b[?%d;%d;1R", p.Y+1, p.X+1))
		}
		return true
	})
	e.RegisterDcsHandler(ansi.Command(0, '+', 'q'), func(ansi.Params, []byte) bool {
		t.reply("\x1bP0+r\x1b\\")
		return true
	})
}

func (t *Term) answerModes() {
	e := t.emu
	e.RegisterCsiHandler(ansi.Command('?', '$', 'p'), func(params ansi.Params) bool {
		mode, _, _ := params.Param(0, 0)
		state := 0 // not recognised
		if on, known := t.modes[mode]; known && on {
			state = 1
		} else if known || mode == int(ansi.ModeSynchronizedOutput) || decModes()[mode] {
			state = 2 // recognised, reset
		}
		t.reply(fmt.Sprintf("\x1b[?%d;%d$y", mode, state))
		return true
	})
	e.RegisterCsiHandler(ansi.Command(0, '$', 'p'), func(params ansi.Params) bool {
		mode, _, _ := params.Param(0, 0)
		t.reply(fmt.Sprintf("\x1b[%d;0$y", mode))
		return true
	})
	e.RegisterCsiHandler(ansi.Command('?', 0, 'h'), func(params ansi.Params) bool {
		refused := false
		params.ForEach(0, func(_, mode int, _ bool) {
			refused = refused || mode == int(ansi.ModeInBandResize)
		})
		return refused // the rest is x/vt's
	})
}

// decModes are the DEC modes x/vt keeps (its resetModes).
func decModes() map[int]bool {
	return map[int]bool{1: true, 6: true, 7: true, 9: true, 20: true, 25: true, 66: true, 69: true,
		1000: true, 1001: true, 1002: true, 1003: true, 1004: true, 1006: true, 1047: true, 1048: true, 1049: true, 2004: true}
}

func (t *Term) answerColours() {
	for cmd, colour := range map[int]func() string{
		10: func() string { return "rgb:ffff/ffff/ffff" },
		11: func() string { return t.Background },
		12: func() string { return "rgb:ffff/ffff/ffff" },
	} {
		t.emu.RegisterOscHandler(cmd, func(data []byte) bool {
			if _, text, _ := strings.Cut(string(data), ";"); text != "?" {
				return false // setting a colour: x/vt's
			}
			t.reply(fmt.Sprintf("\x1b]%d;%s\x1b\\", cmd, colour()))
			return true
		})
	}
}

// kittyState is the kitty keyboard protocol's stack of flags.
type kittyState struct {
	stack []int
}

func (k *kittyState) flags() int {
	if k == nil || len(k.stack) == 0 {
		return 0
	}
	return k.stack[len(k.stack)-1]
}

func (k *kittyState) push(f int) {
	if len(k.stack) < 16 {
		k.stack = append(k.stack, f)
	}
}

func (k *kittyState) pop(n int) {
	k.stack = k.stack[:max(len(k.stack)-max(n, 1), 0)]
}

func (k *kittyState) set(f, mode int) {
	if len(k.stack) == 0 {
		k.stack = append(k.stack, 0)
	}
	top := &k.stack[len(k.stack)-1]
	switch mode {
	case 2: // set the given bits
		*top |= f
	case 3: // reset them
		*top &^= f
	default: // replace
		*top = f
	}
}

// kittyDisambiguate is the protocol's first flag: with it, the escape key
// is sent as CSI 27 u rather than a lone ESC byte.
const kittyDisambiguate = 1
