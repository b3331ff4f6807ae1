// Command gen compiles the built-in story: it loads and validates
// content/ with model.Load, as --content does, and writes it in
// model.Encode's form to the file it is given. go generate
// ./internal/compiled runs it; a problem in content/ stops it with the
// file and line.
package main
