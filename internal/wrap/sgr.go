package wrap

import "strings"

// sgrState is the style a run of SGR sequences sets, slot by slot, each
// slot holding the parameters that last set it, as they were written. It
// exists only to fold a pen's sequences into one (pen.compact): writing
// each slot's parameters back sets each attribute exactly as the last
// sequence that touched it did, since a terminal keeps the attributes
// apart.
type sgrState struct {
	attrs            [sgrAttrs]bool
	underline        string // "4", "4:3"… or "" for none
	fg, bg, ulColour string // "31", "38;5;12", "38:2::1:2:3"… or ""
}

// The on/off attributes, in the order they are written, with the
// parameter that sets each.
const sgrAttrs = 9

var sgrAttrParams = [sgrAttrs]string{"1", "2", "3", "5", "6", "7", "8", "9", "53"}

// read takes the parameters of one SGR sequence (what stands between
// ESC [ and m). It reports false if it met a parameter it does not know or
// a colour it cannot read, which it skipped: the fold would then not be
// exact.
func (st *sgrState) read(params string) bool {
	ps := strings.Split(params, ";")
	exact := true
	for i := 0; i < len(ps); i++ {
		n, ok := st.readOne(ps, i)
		exact = exact && ok
		i += n
	}
	return exact
}

// readOne takes parameter i of ps and gives how many more it used.
func (st *sgrState) readOne(ps []string, i int) (int, bool) {
	p := ps[i]
	if head, _, sub := strings.Cut(p, ":"); sub {
		return 0, st.readSub(head, p)
	}
	switch p {
	case "", "0", "00":
		*st = sgrState{}
	case "22":
		st.attrs[0], st.attrs[1] = false, false
	case "23", "25", "27", "28", "29", "55":
		st.off(p)
	case "4":
		st.underline = p
	case "24":
		st.underline = ""
	case "39":
		st.fg = ""
	case "49":
		st.bg = ""
	case "59":
		st.ulColour = ""
	case "38", "48", "58":
		return st.readColour(ps, i)
	default:
		return 0, st.readPlain(p)
	}
	return 0, true
}

// off clears what 23, 25, 27, 28, 29 and 55 clear.
func (st *sgrState) off(p string) {
	switch p {
	case "23":
		st.attrs[2] = false
	case "25":
		st.attrs[3], st.attrs[4] = false, false
	case "27":
		st.attrs[5] = false
	case "28":
		st.attrs[6] = false
	case "29":
		st.attrs[7] = false
	case "55":
		st.attrs[8] = false
	}
}

// readPlain takes an attribute or a basic colour.
func (st *sgrState) readPlain(p string) bool {
	for a, ap := range sgrAttrParams {
		if p == ap {
			st.attrs[a] = true
			return true
		}
	}
	if len(p) == 2 && p[1] >= '0' && p[1] <= '7' {
		switch p[0] {
		case '3', '9':
			st.fg = p
			return true
		case '4':
			st.bg = p
			return true
		}
	}
	if len(p) == 3 && p[:2] == "10" && p[2] >= '0' && p[2] <= '7' {
		st.bg = p
		return true
	}
	return false
}

// readSub takes a parameter with sub-parameters: an underline style
// (4:0 … 4:5) or a colour in the colon form (38:5:n, 38:2::r:g:b).
func (st *sgrState) readSub(head, p string) bool {
	switch head {
	case "4":
		switch p {
		case "4:0":
			st.underline = ""
		case "4:1", "4:2", "4:3", "4:4", "4:5":
			st.underline = p
		default:
			return false
		}
		return true
	case "38", "48", "58":
		if !colonColour(strings.Split(p, ":")[1:]) {
			return false
		}
		st.setColour(head, p)
		return true
	}
	return false
}

// colonColour tells the sub-parameters of a colour in the colon form
// that every reader takes alike: 5:n, 2:r:g:b, or 2::r:g:b (an empty
// colour space).
func colonColour(sub []string) bool {
	switch {
	case len(sub) == 2 && sub[0] == "5":
		return isNumber(sub[1])
	case len(sub) == 5 && sub[0] == "2" && sub[1] == "":
		sub = sub[1:]
	case len(sub) != 4 || sub[0] != "2":
		return false
	}
	return isNumber(sub[1]) && isNumber(sub[2]) && isNumber(sub[3])
}

// readColour takes 38, 48 or 58 in the semicolon form, 5;n or 2;r;g;b,
// and gives how many more parameters it used.
func (st *sgrState) readColour(ps []string, i int) (int, bool) {
	n := 0
	switch {
	case i+2 < len(ps) && ps[i+1] == "5":
		n = 2
	case i+4 < len(ps) && ps[i+1] == "2":
		n = 4
	default:
		return 0, false
	}
	for _, v := range ps[i+2 : i+1+n] {
		if !isNumber(v) {
			return 0, false
		}
	}
	st.setColour(ps[i], strings.Join(ps[i:i+1+n], ";"))
	return n, true
}

func (st *sgrState) setColour(which, params string) {
	switch which {
	case "38":
		st.fg = params
	case "48":
		st.bg = params
	default:
		st.ulColour = params
	}
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != "" && len(s) <= 3
}

// String writes the state as one SGR sequence, or "" for the default.
func (st *sgrState) String() string {
	var parts []string
	for a, on := range st.attrs {
		if on {
			parts = append(parts, sgrAttrParams[a])
		}
	}
	for _, p := range []string{st.underline, st.fg, st.bg, st.ulColour} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "\x1b[" + strings.Join(parts, ";") + "m"
}
