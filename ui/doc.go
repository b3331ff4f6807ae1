// Package ui is the interactive explorer, a Bubble Tea program. One root
// Model owns the focus, the layout, the styles and the key map, and
// routes: it turns keys, clicks and results into calls on its panes. Each
// pane (the lists, the timeline band, the reader, the search, the help)
// is a plain struct that owns its state, changes it through its own
// methods and draws itself for a size. See docs/ARCHITECTURE.md.
package ui
