// Package wrap is dealtui's one line breaker: it wraps text that may carry
// SGR styling to a width in terminal cells, in English and in Japanese.
//
//	wrap.Lines(s, width)                 the lines of s, wrapped
//	wrap.String(s, width)                the same, joined by "\n"
//	wrap.Hanging(s, width, first, rest)  under a prefix: "• " then "  ", "│ " on every line
//	wrap.JoinBroken(lines)               one paragraph again, from another wrapper's lines
//	wrap.CutLeft(line, n)                a line without its first n cells (a bullet, a bar)
//	wrap.Width(s)                        cells, as the wrapper counts them
//
// # Where a line may break
//
// Only where Unicode's line breaking algorithm (UAX #14, as
// github.com/rivo/uniseg implements it) allows, and never inside a
// grapheme cluster. On top of it, the kinsoku rules of JA-STYLE.md: no line
// starts with 、。，．・：；？！ー」』）］｝〉》〕】 or a small kana, and no
// line ends with 「『（［｛〈《〔【. Between two characters UAX #14 already
// forbids all of these breaks (closing punctuation is CL, EX or NS; small
// kana and ー are CJ, which its default rule LB1 makes NS; opening
// brackets are OP). It does let a line start with ・：；ー or a small kana
// after a space, and it has no say in the cuts we choose ourselves
// (below): there the rules are ours, looking past the spaces a break
// swallows. Uniseg implements Unicode 15.0, whose rule LB15 (QU SP* × OP)
// keeps '"framework" (P01)' together; Unicode 15.1 dropped it, and so do
// we. Three more tailorings keep English as ansi.Wrap (and a reader) has
// it: no break around a dash attached on both sides ("Microsoft–OpenAI",
// "27–28", "word—word"), none after a slash between two words ("and/or",
// "TCP/IP"), and none inside a Latin word or number even where UAX #14
// would allow one ("e.g.2019"). A line may break after a hyphen
// ("multi-|cloud"), as UAX #14 and ansi.Wrap both allow, but not before a
// digit ("50-50"), as UAX #14 has it.
//
// Lines are filled greedily, as ansi.Wrap fills them, so ordinary English
// prose comes out line for line the same; it differs where ansi.Wrap
// breaks badly: "50-|50"; and, at narrow widths, where a word fills a
// whole line by itself, ansi.Wrap starts the next line with the full stop
// or comma after it, and cuts a long word at the column even when a slash
// or hyphen a little before it would do.
//
// # Runs wider than the column
//
// A run with no break opportunity that is wider than the column (a long
// word or address, or anything at a tiny width) is cut at the last
// grapheme-cluster boundary that fits and breaks the fewest rules, in
// this order of precedence: kinsoku, then the integrity of a Latin word or
// number that is not itself wider than the column, then Latin punctuation
// (no line starting with ")" "," ";" or ending with "("). Only when every
// place in the line breaks a rule is one broken: at width 2, "あ。" must
// become "あ" and "。". A single cluster wider than the column (a wide
// character at width 1) stands alone on its line, wider than the column:
// it is never dropped or split. A width below 1 is taken as 1.
//
// # Spaces and newlines
//
// A break swallows the spaces around it (any white space but the no-break
// ones); the spaces at the end of every line go too. No space is ever
// added. A paragraph's leading spaces are kept as an indent, unless the
// indent and the first word do not fit the line together. "\n" is a hard
// break, never drawn, and so is every other mandatory break of UAX #14
// ("\r\n", "\r", U+2028, U+2029, NEL, VT, FF).
//
// # Widths
//
// A cluster is measured as github.com/charmbracelet/x/ansi's StringWidth
// measures it (through clipperhouse/displaywidth, which Lip Gloss uses
// too), with East Asian Ambiguous characters (─│●○…→) one cell wide, always:
// ansi reads RUNEWIDTH_EASTASIAN when the program starts and would then
// count them as two, but nothing in this package reads the environment or
// the locale.
//
// # Styles
//
// Only SGR sequences (ESC [ … m) are kept; any other escape sequence is
// dropped (the program strips them before wrapping; a stray one must not
// be measured or cut). Every output line stands alone, because lines are
// placed in boxes one by one: it opens with the style in force at its
// first character and, when a style is in force at its end, closes with a
// reset. Sequences inside a line stay where they were. The style is
// carried as the SGR sequences met since the last reset and replayed as
// they were, so every character keeps exactly the style it had, whatever
// attributes the sequences set. Past 16 sequences between two resets they
// are folded into one, slot by slot (intensity, italic, underline and its
// style, blink, reverse, conceal, strikethrough, overline, and the three
// colours as basic, indexed or RGB), which is exact; a parameter the fold
// does not know puts it off until 256 sequences, and only then is it lost
// from the lines that follow. The package reads no SGR otherwise.
//
// # Cost
//
// Two passes of uniseg over the text (its line segments and its grapheme
// clusters, side by side), one measurement per cluster, one slice of
// clusters and one string per line: bench_test.go measures it beside
// ansi.Wrap. On the project's 2-core machine, a thousand English words
// take about 0.45 ms of CPU (six times ansi.Wrap; two and a half times on
// Glamour-styled text), a 375-character Japanese paragraph 0.09 ms: a
// frame is 16 ms.
package wrap
