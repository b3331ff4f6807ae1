// Command gen compiles a built-in story: it loads and validates the pack
// of a language (content/en, content/ja) with model.Load, as --content
// does, and writes it in model.Encode's form to the file it is given. go
// generate ./internal/compiled runs it for each language; a problem in a
// pack stops it with the file and line.
package main
