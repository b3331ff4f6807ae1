// Command widthprobe is the Go half of scripts/emoji-widths: it lists
// emoji and script sequences with their widths as Lip Gloss measures them
// (one glyph per grapheme cluster, ansi.StringWidth) and as a terminal
// without grapheme clustering does (code point by code point,
// ansi.StringWidthWc), before and after dealtui cleans them at load; it
// prints one for tmux to measure; it writes a pack that shows them all;
// and it finds the border columns in a captured screen.
//
//	widthprobe table           name, raw and clean forms and their widths (TSV)
//	widthprobe print NAME raw  "[" + the sequence + "]" (clean: as loaded)
//	widthprobe pack DIR [all]  testdata/packs/valid with the sequences in it
//	                           (all: those of scripts too)
//	widthprobe columns         read a capture; print each row's border columns
package main
