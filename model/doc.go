// Package model is the story as data: it loads and validates a content pack,
// searches it and exports it. It never styles and never talks to a terminal.
package model
