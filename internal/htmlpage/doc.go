// Package htmlpage writes the whole story as one self-contained HTML5 page
// (dealtui print --format html): inline CSS, no script, nothing fetched,
// light and dark, a print stylesheet, every citation, glossary term and
// related item an in-page link, and a stable anchor on every item.
//
// The page carries the design (its CSS and layout); model stays free of
// styling. Every string from a pack goes through html/template, and the
// Markdown bodies through goldmark with raw HTML left out, links kept only
// to in-page anchors and http, https and mailto addresses, and images shown
// as their text (markdown.go says why goldmark's own filter is not enough).
package htmlpage
