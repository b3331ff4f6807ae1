// Package doccheck holds no code, only tests that keep the repository's
// documents true: README.md's key table and commands, and every path and
// identifier docs/ARCHITECTURE.md names.
package doccheck
