package model

import (
	"encoding/json"
	"io"
)

// JSONVersion is the version of the JSON export's shape; it changes only
// when a field is renamed or removed.
const JSONVersion = 1

// Document is the JSON export of a story. Its field names are stable and
// documented in README.md.
type Document struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	// Lang is the language the story is written in: en or ja.
	Lang     Lang           `json:"lang"`
	Story    *Intro         `json:"story"`
	Timeline []*Event       `json:"timeline"`
	Terms    []*Term        `json:"terms"`
	Japan    []*Implication `json:"japan"`
	Impact   []*Impact      `json:"impact"`
	Glossary []*Glossary    `json:"glossary"`
	Notes    []*Note        `json:"notes"`
	Sources  Sources        `json:"sources"`
	// Aliases are the story's search aliases: groups of phrases that
	// name the same thing.
	Aliases [][]string `json:"aliases"`
	// Tour is the guided tour, null when the pack has none.
	Tour *Tour `json:"tour"`
}

// Sources is the source digest in the JSON export.
type Sources struct {
	Article    []*Block `json:"article"`
	Background []*Fact  `json:"background"`
}

// Document gives the story in the shape of its JSON export.
func (s *Story) Document() Document {
	return Document{
		Format:   "dealtui-story",
		Version:  JSONVersion,
		Lang:     s.Lang.orEnglish(),
		Story:    s.Intro,
		Timeline: s.Timeline,
		Terms:    s.Terms,
		Japan:    s.Japan,
		Impact:   s.Impact,
		Glossary: nonNilList(s.Glossary),
		Notes:    s.Notes,
		Sources:  Sources{Article: s.Blocks, Background: s.Facts},
		Aliases:  nonNilList(s.Aliases),
		Tour:     s.Tour,
	}
}

// WriteJSON writes the story as indented JSON.
func (s *Story) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(s.Document())
}

func nonNilList[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
