// Package content holds the story as Markdown files with YAML front matter
// (see docs/CONTENT-FORMAT.md), one pack per language (en/, ja/), and
// embeds them in the binary.
package content
