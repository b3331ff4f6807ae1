// Package lru is dealtui's one kind of cache: values kept by the key of
// what they depend on (an item, a width, a theme…), bounded by their total
// size in bytes, the least recently used dropped first. The explorer's
// drawn rows and the shared Markdown renderings (internal/mdrender) use
// it.
package lru
