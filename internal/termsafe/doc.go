// Package termsafe decides what may reach a terminal, in one place for
// the explorer, the exports and the server:
//
//   - characters: which are unsafe (controls, bidirectional controls,
//     invisible characters: IsUnsafe), which a message must show escaped
//     (IsHidden, Visible, VisibleLine), and where joiners and selectors
//     may stay (DropStrayJoiners);
//   - widths: emoji sequences that a terminal without grapheme clustering
//     draws at another width than Lip Gloss measures are taken apart
//     for the screen (EvenWidths), while the data exports keep them;
//   - frames: a frame is cut to text and SGR styling (Frame), whatever
//     the content.
package termsafe
