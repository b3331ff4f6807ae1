package content

import (
	"embed"
	"io/fs"
)

//go:embed en
var files embed.FS

// FS is the embedded English content pack, rooted at the pack's top
// folder.
func FS() fs.FS {
	sub, err := fs.Sub(files, "en")
	if err != nil {
		panic("content: the embedded pack has no en/ folder: " + err.Error()) // fixed at build time
	}
	return sub
}
