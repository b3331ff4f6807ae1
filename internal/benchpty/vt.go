package benchpty

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Term is a small virtual terminal: enough of a VT/xterm screen to follow
// what Bubble Tea's renderer writes (text, cursor movement, erasing,
// scrolling, the alternate screen) and to answer the queries a real
// terminal answers. Colours and attributes are ignored: it keeps only the
// text of each cell.
type Term struct {
	cols, rows int
	grid       [][]rune // 0: the right half of a wide character
	alt        [][]rune // the other screen buffer while the alternate one is shown
	altOn      bool
	x, y       int
	wrapNext   bool
	top, bot   int // scrolling region, inclusive
	saved      [2]int
	last       rune // last printed character, for REP

	parser *ansi.Parser
	// Reply is called with the answer to a query, to be written back to
	// the program as terminal input.
	Reply func(answer string)
	// Background is the colour reported for OSC 11, as rgb:RRRR/GGGG/BBBB.
	Background string
}

// NewTerm makes a blank screen of cols×rows.
func NewTerm(cols, rows int) *Term {
	t := &Term{Background: "rgb:0000/0000/0000"}
	t.Resize(cols, rows)
	t.parser = ansi.NewParser()
	t.parser.SetParamsSize(32)
	t.parser.SetDataSize(4096)
	t.parser.SetHandler(ansi.Handler{
		Print:     t.print,
		Execute:   t.execute,
		HandleCsi: t.csi,
		HandleEsc: t.esc,
		HandleOsc: t.osc,
		HandleDcs: t.dcs,
	})
	return t
}

func blank(cols, rows int) [][]rune {
	g := make([][]rune, rows)
	for i := range g {
		g[i] = make([]rune, cols)
		for j := range g[i] {
			g[i][j] = ' '
		}
	}
	return g
}

// Resize changes the screen size, keeping what fits.
func (t *Term) Resize(cols, rows int) {
	resize := func(old [][]rune) [][]rune {
		g := blank(cols, rows)
		for y := 0; y < min(rows, len(old)); y++ {
			copy(g[y], old[y][:min(cols, len(old[y]))])
		}
		return g
	}
	t.grid = resize(t.grid)
	if t.alt != nil {
		t.alt = resize(t.alt)
	}
	t.cols, t.rows = cols, rows
	t.top, t.bot = 0, rows-1
	t.x, t.y = min(t.x, cols-1), min(t.y, rows-1)
	t.wrapNext = false
}

// Write feeds output of the program to the terminal.
func (t *Term) Write(p []byte) (int, error) {
	t.parser.Parse(p)
	return len(p), nil
}

// Screen gives the text on screen, one line per row, without trailing
// blanks.
func (t *Term) Screen() string {
	var b strings.Builder
	for y, row := range t.grid {
		if y > 0 {
			b.WriteByte('\n')
		}
		line := make([]rune, 0, len(row))
		for _, r := range row {
			if r != 0 {
				line = append(line, r)
			}
		}
		b.WriteString(strings.TrimRight(string(line), " "))
	}
	return b.String()
}

// Line gives row y of the screen, as Screen does.
func (t *Term) Line(y int) string {
	if y < 0 || y >= t.rows {
		return ""
	}
	return strings.Split(t.Screen(), "\n")[y]
}

func (t *Term) reply(s string) {
	if t.Reply != nil {
		t.Reply(s)
	}
}

func runeWidth(r rune) int {
	if r < 0x7f {
		return 1
	}
	return ansi.StringWidth(string(r))
}

func (t *Term) print(r rune) {
	w := runeWidth(r)
	if w == 0 {
		return // combining marks: the base cell already holds the text
	}
	if t.wrapNext || t.x+w > t.cols {
		t.x = 0
		t.lineFeed()
	}
	t.wrapNext = false
	t.grid[t.y][t.x] = r
	if w == 2 && t.x+1 < t.cols {
		t.grid[t.y][t.x+1] = 0
	}
	t.last = r
	if t.x+w >= t.cols {
		t.x = t.cols - 1
		t.wrapNext = true
	} else {
		t.x += w
	}
}

func (t *Term) lineFeed() {
	if t.y == t.bot {
		t.scrollUp(1)
	} else if t.y < t.rows-1 {
		t.y++
	}
}

func (t *Term) execute(b byte) {
	switch b {
	case '\r':
		t.x, t.wrapNext = 0, false
	case '\n', '\v', '\f':
		t.lineFeed()
		t.wrapNext = false
	case '\b':
		if t.x > 0 {
			t.x--
		}
		t.wrapNext = false
	case '\t':
		t.x = min((t.x/8+1)*8, t.cols-1)
	}
}

func (t *Term) blankLine() []rune {
	l := make([]rune, t.cols)
	for i := range l {
		l[i] = ' '
	}
	return l
}

// scrollUp moves the lines of the scrolling region up by n.
func (t *Term) scrollUp(n int) {
	for range n {
		copy(t.grid[t.top:t.bot], t.grid[t.top+1:t.bot+1])
		t.grid[t.bot] = t.blankLine()
	}
}

func (t *Term) scrollDown(n int) {
	for range n {
		copy(t.grid[t.top+1:t.bot+1], t.grid[t.top:t.bot])
		t.grid[t.top] = t.blankLine()
	}
}

func (t *Term) eraseCells(y, from, to int) {
	for x := max(from, 0); x < min(to, t.cols); x++ {
		t.grid[y][x] = ' '
	}
}

func (t *Term) moveTo(x, y int) {
	t.x = min(max(x, 0), t.cols-1)
	t.y = min(max(y, 0), t.rows-1)
	t.wrapNext = false
}

func (t *Term) csi(cmd ansi.Cmd, params ansi.Params) {
	p := func(i, def int) int {
		v, _, _ := params.Param(i, def)
		if v == 0 && def > 0 {
			return def
		}
		return v
	}
	switch cmd.Prefix() {
	case '?':
		t.privateCsi(cmd, params)
		return
	case '>':
		if cmd.Final() == 'q' { // XTVERSION
			t.reply("\x1bP>|benchpty(1)\x1b\\")
		}
		if cmd.Final() == 'c' { // secondary device attributes
			t.reply("\x1b[>1;10;0c")
		}
		return
	case '<', '=':
		return
	}
	if cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case 'A':
		t.moveTo(t.x, t.y-p(0, 1))
	case 'B':
		t.moveTo(t.x, t.y+p(0, 1))
	case 'C':
		t.moveTo(t.x+p(0, 1), t.y)
	case 'D':
		t.moveTo(t.x-p(0, 1), t.y)
	case 'E':
		t.moveTo(0, t.y+p(0, 1))
	case 'F':
		t.moveTo(0, t.y-p(0, 1))
	case 'G', '`':
		t.moveTo(p(0, 1)-1, t.y)
	case 'd':
		t.moveTo(t.x, p(0, 1)-1)
	case 'H', 'f':
		t.moveTo(p(1, 1)-1, p(0, 1)-1)
	case 'J':
		switch p(0, 0) {
		case 0:
			t.eraseCells(t.y, t.x, t.cols)
			for y := t.y + 1; y < t.rows; y++ {
				t.grid[y] = t.blankLine()
			}
		case 1:
			t.eraseCells(t.y, 0, t.x+1)
			for y := 0; y < t.y; y++ {
				t.grid[y] = t.blankLine()
			}
		case 2, 3:
			for y := range t.rows {
				t.grid[y] = t.blankLine()
			}
		}
	case 'K':
		switch p(0, 0) {
		case 0:
			t.eraseCells(t.y, t.x, t.cols)
		case 1:
			t.eraseCells(t.y, 0, t.x+1)
		case 2:
			t.eraseCells(t.y, 0, t.cols)
		}
	case 'X':
		t.eraseCells(t.y, t.x, t.x+p(0, 1))
	case 'b':
		for range p(0, 1) {
			t.print(t.last)
		}
	case '@':
		n := min(p(0, 1), t.cols-t.x)
		row := t.grid[t.y]
		copy(row[t.x+n:], row[t.x:t.cols-n])
		t.eraseCells(t.y, t.x, t.x+n)
	case 'P':
		n := min(p(0, 1), t.cols-t.x)
		row := t.grid[t.y]
		copy(row[t.x:], row[t.x+n:])
		t.eraseCells(t.y, t.cols-n, t.cols)
	case 'L', 'M':
		if t.y < t.top || t.y > t.bot {
			return
		}
		top := t.top
		t.top = t.y
		if cmd.Final() == 'L' {
			t.scrollDown(min(p(0, 1), t.bot-t.y+1))
		} else {
			t.scrollUp(min(p(0, 1), t.bot-t.y+1))
		}
		t.top = top
	case 'S':
		t.scrollUp(min(p(0, 1), t.bot-t.top+1))
	case 'T':
		t.scrollDown(min(p(0, 1), t.bot-t.top+1))
	case 'r':
		top, bot := p(0, 1)-1, p(1, t.rows)-1
		if top < bot && bot < t.rows {
			t.top, t.bot = top, bot
		} else {
			t.top, t.bot = 0, t.rows-1
		}
		t.moveTo(0, 0)
	case 's':
		t.saved = [2]int{t.x, t.y}
	case 'u':
		t.moveTo(t.saved[0], t.saved[1])
	case 'c': // primary device attributes: a VT220-class terminal
		t.reply("\x1b[?62;22c")
	case 'n':
		switch p(0, 0) {
		case 5:
			t.reply("\x1b[0n")
		case 6:
			t.reply("\x1b[" + itoa(t.y+1) + ";" + itoa(t.x+1) + "R")
		}
	}
}

// privateCsi handles CSI ? sequences: modes and their queries.
func (t *Term) privateCsi(cmd ansi.Cmd, params ansi.Params) {
	switch {
	case cmd.Intermediate() == '$' && cmd.Final() == 'p': // DECRQM
		mode, _, _ := params.Param(0, 0)
		state := "0" // not recognised
		switch mode {
		case 1, 7, 25, 1000, 1002, 1003, 1006, 1049, 2004:
			state = "2" // recognised, reset
		case 2026:
			state = "2"
		}
		t.reply("\x1b[?" + itoa(mode) + ";" + state + "$y")
	case cmd.Final() == 'h' || cmd.Final() == 'l':
		on := cmd.Final() == 'h'
		params.ForEach(0, func(_, mode int, _ bool) {
			switch mode {
			case 1049, 1047, 47:
				if on != t.altOn {
					if t.alt == nil {
						t.alt = blank(t.cols, t.rows)
					}
					t.grid, t.alt = t.alt, t.grid
					t.altOn = on
					if on {
						for y := range t.rows {
							t.grid[y] = t.blankLine()
						}
					}
				}
			}
		})
	}
}

func (t *Term) esc(cmd ansi.Cmd) {
	if cmd.Intermediate() != 0 {
		return
	}
	switch cmd.Final() {
	case '7':
		t.saved = [2]int{t.x, t.y}
	case '8':
		t.moveTo(t.saved[0], t.saved[1])
	case 'D':
		t.lineFeed()
	case 'E':
		t.x = 0
		t.lineFeed()
	case 'M':
		if t.y == t.top {
			t.scrollDown(1)
		} else if t.y > 0 {
			t.y--
		}
	case 'c':
		t.Resize(t.cols, t.rows)
		for y := range t.rows {
			t.grid[y] = t.blankLine()
		}
	}
}

func (t *Term) osc(cmd int, data []byte) {
	// data is "Ps;Pt": the command number and its text.
	_, text, _ := strings.Cut(string(data), ";")
	switch cmd {
	case 11:
		if text == "?" {
			t.reply("\x1b]11;" + t.Background + "\x1b\\")
		}
	case 10:
		if text == "?" {
			t.reply("\x1b]10;rgb:ffff/ffff/ffff\x1b\\")
		}
	}
}

func (t *Term) dcs(cmd ansi.Cmd, _ ansi.Params, _ []byte) {
	if cmd.Prefix() == 0 && cmd.Intermediate() == '+' && cmd.Final() == 'q' { // XTGETTCAP
		t.reply("\x1bP0+r\x1b\\")
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
