package model

import (
	"cmp"
	"slices"
	"strings"
)

// typoLimit is how many edits a word of n characters may be from what was
// meant and still be taken for a slip: none for one or two characters,
// one up to five, two up to nine, three beyond.
func typoLimit(n int) int {
	switch {
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	case n <= 9:
		return 2
	}
	return 3
}

// maxIDRunes is the longest id NearestIDs compares: a longer one is no
// slip for any id a pack may have, and comparing it would cost more.
const maxIDRunes = 64

// NearestIDs gives up to n ids of story items (those Entry finds) that id
// may have been meant as, nearest first: those a few edits from it (see
// typoLimit; case is ignored), or whose beginning it is a few edits from
// ("ip-licenc" for ip-licence). Equally near ids keep reading order. It
// gives nothing for an id of two characters or fewer.
func (s *Story) NearestIDs(id string, n int) []string {
	word := []rune(strings.ToLower(id))
	limit := typoLimit(len(word))
	if limit == 0 || len(word) > maxIDRunes || n <= 0 {
		return nil
	}
	type near struct {
		id          string
		dist, order int
	}
	var found []near
	var d distancer
	for order, e := range s.Entries() {
		cand := e.Base().ID
		full, prefix := d.measure(word, []rune(strings.ToLower(cand)), limit)
		if dist := min(full, prefix); dist <= limit {
			found = append(found, near{cand, dist*2 + boolInt(full > dist), order})
		}
	}
	slices.SortStableFunc(found, func(a, b near) int {
		return cmp.Or(cmp.Compare(a.dist, b.dist), cmp.Compare(a.order, b.order))
	})
	out := make([]string, 0, min(n, len(found)))
	for _, f := range found[:min(n, len(found))] {
		out = append(out, f.id)
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
