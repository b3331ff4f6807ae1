// Package content holds the story as Markdown files with YAML front matter
// (see docs/CONTENT-FORMAT.md), one pack per language: content/en and its
// Japanese edition content/ja, with the same ids, citations and links. It
// embeds them in the binary.
package content
