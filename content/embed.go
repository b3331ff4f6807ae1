// Package content holds the story as Markdown files with YAML front matter
// (see docs/CONTENT-FORMAT.md) and embeds them in the binary.
package content

import (
	"embed"
	"io/fs"
)

//go:embed story.md timeline deal japan impact glossary notes sources
var files embed.FS

// FS is the embedded content pack, rooted at the pack's top folder.
func FS() fs.FS { return files }
