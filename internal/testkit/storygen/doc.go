// Package storygen makes large story packs for benchmarks: it copies the
// story items of a pack (timeline, deal, japan, impact) factor times, with
// new ids, so that a pack has factor times the items of its source while
// keeping the layout, the sources and the notes. Every copy is valid: ids
// are unique, related ids point into the same copy, and citations and
// notes point at the shared source digest and notes.
package storygen
