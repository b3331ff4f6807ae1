package termcap

import "github.com/mattn/go-runewidth"

// PinWidths makes every width measurement in the process count East Asian
// Ambiguous characters (─ │ ● ○ … →) as one cell, whatever the locale.
// Lip Gloss and x/ansi already do; go-runewidth, which Bubbles' text input
// measures with, reads LANG and RUNEWIDTH_EASTASIAN when the program
// starts and would count them as two under ja_JP, and the search box
// would then disagree with the frame around it. Called once, before any
// explorer starts (a server's locale is not its clients' either).
func PinWidths() {
	runewidth.EastAsianWidth = false
	runewidth.DefaultCondition = &runewidth.Condition{EastAsianWidth: false, StrictEmojiNeutral: true}
}
