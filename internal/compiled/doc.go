// Package compiled holds the built-in story in compiled form: content/,
// loaded and validated by model.Load when the project is built, and
// written by model.Encode (go generate ./internal/compiled), so that a
// start only decodes it. A test fails when story.bin is out of date with
// content/ or with model's types.
package compiled
