// Package compiled holds the built-in stories in compiled form, one per
// language: content/en and content/ja, loaded and validated by model.Load
// when the project is built and written by model.Encode (go generate
// ./internal/compiled), so that a start only decodes one. A test fails
// when a compiled story is out of date with its pack or with model's
// types.
package compiled
