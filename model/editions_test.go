package model_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// TestEditionsAgree: the Japanese edition is the English one in another
// language, never another story. Item by item, in order, the two packs
// have the same ids, kinds, provenance, citations, related items, notes,
// glossary terms, dates, statuses and groups, and their texts cite the
// same blocks, facts and notes; so do the notes, the digest and the
// facts.
func TestEditionsAgree(t *testing.T) {
	load := func(lang string) *model.Story {
		s, err := model.LoadDir(filepath.Join("..", "content", lang))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	en, ja := load("en"), load("ja")
	ee, je := append([]model.Entry{en.Intro}, en.Entries()...), append([]model.Entry{ja.Intro}, ja.Entries()...)
	if len(ee) != len(je) {
		t.Fatalf("%d items in English, %d in Japanese", len(ee), len(je))
	}
	// The glossary is in each language's own order (alphabetical,
	// gojūon): entries are compared by id, and the order of the others.
	byID := map[string]model.Entry{}
	for _, e := range je {
		byID[e.Base().ID] = e
	}
	for i, e := range ee {
		id := e.Base().ID
		j, ok := byID[id]
		if !ok {
			t.Errorf("%s is not in the Japanese edition", id)
			continue
		}
		if a, b := entryShape(e), entryShape(j); !reflect.DeepEqual(a, b) {
			t.Errorf("%s differs:\n en %+v\n ja %+v", id, a, b)
		}
		if e.Base().Kind != model.KindGlossary && je[i].Base().ID != id {
			t.Errorf("item %d is %s in English, %s in Japanese", i, id, je[i].Base().ID)
		}
	}
	for _, c := range []struct {
		name string
		a, b any
	}{
		{"notes", noteShapes(en), noteShapes(ja)},
		{"digest", blockShapes(en), blockShapes(ja)},
		{"facts", factShapes(en), factShapes(ja)},
	} {
		if !reflect.DeepEqual(c.a, c.b) {
			t.Errorf("the %s differ:\n en %v\n ja %v", c.name, c.a, c.b)
		}
	}
}

var citedID = regexp.MustCompile(`\b[PBN]\d{2}\b|[PBN]\d{2}`)

// cited is the sorted set of ids the texts name.
func cited(texts ...string) []string {
	var out []string
	for _, s := range texts {
		out = append(out, citedID.FindAllString(s, -1)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

type shape struct {
	ID, Kind, Provenance                     string
	Citations, Related, Notes, Terms, InText []string
	Facts                                    string // date, status, who gains, subject, group: what is not text
	Caveats                                  int
}

func entryShape(e model.Entry) shape {
	it := e.Base()
	s := shape{ID: it.ID, Kind: string(it.Kind), Provenance: string(it.Provenance),
		Citations: it.Citations, Related: it.Related, Notes: it.Notes, Terms: it.Terms}
	texts := []string{it.Summary, it.Body}
	switch v := e.(type) {
	case *model.Event:
		s.Facts = v.Date.String()
		texts = append(texts, v.WhatChanged, v.WhyItMatters)
	case *model.Intro:
		s.Facts = v.Date.String()
	case *model.Term:
		s.Facts = fmt.Sprint(v.Gains, v.Changed, v.Status)
		texts = append(texts, v.Before, v.After)
	case *model.Implication:
		s.Facts, s.Caveats = fmt.Sprint(v.Subject), len(v.Caveats)
		texts = append(append(texts, v.Enables), v.Caveats...)
	case *model.Impact:
		s.Facts = fmt.Sprint(v.Group)
	case *model.Glossary:
		texts = append(texts, v.InThisDeal)
	}
	s.InText = cited(texts...)
	return s
}

func noteShapes(s *model.Story) []string {
	var out []string
	for _, n := range s.Notes {
		out = append(out, fmt.Sprint(n.ID, n.Blocks, n.Citations, n.Origin, cited(n.Summary, n.Body)))
	}
	return out
}

func blockShapes(s *model.Story) []string {
	var out []string
	for _, b := range s.Blocks {
		out = append(out, fmt.Sprint(b.ID, b.Role))
	}
	return out
}

func factShapes(s *model.Story) []string {
	var out []string
	for _, f := range s.Facts {
		out = append(out, fmt.Sprint(f.ID, f.Date.String()))
	}
	return out
}
