package content

import (
	"embed"
	"io/fs"
)

//go:embed en ja
var files embed.FS

// FS is the embedded English content pack, rooted at the pack's top
// folder.
func FS() fs.FS { return Pack("en") }

// Pack is the embedded pack of a language ("en", "ja"), rooted at its top
// folder, or nil when there is none in that language.
func Pack(lang string) fs.FS {
	if lang != "en" && lang != "ja" {
		return nil
	}
	sub, err := fs.Sub(files, lang)
	if err != nil {
		panic("content: the embedded pack has no " + lang + "/ folder: " + err.Error()) // fixed at build time
	}
	return sub
}
