package ui

import (
	"reflect"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// A phrase is found as a reader reads the lines: across a line's end (a
// space, nothing after a hyphen, nothing inside Japanese), never across a
// blank line; each match counts once, on the line it starts on.
func TestFindMatchesAcrossLines(t *testing.T) {
	for _, c := range []struct {
		name   string
		lines  []string
		phrase string
		starts []int
		parts  []linePart
	}{
		{"one line", []string{"  the exclusive cloud provider."}, "exclusive cloud provider", []int{0}, []linePart{{0, 6, 30, 0}}},
		{"wrapped", []string{"became OpenAI's exclusive", "  cloud provider, in 2019"}, "exclusive cloud provider", []int{0}, []linePart{{0, 16, 25, 0}, {1, 2, 16, 0}}},
		{"hyphen", []string{"the licence is now non-", "exclusive, so OpenAI"}, "non-exclusive", []int{0}, []linePart{{0, 19, 23, 0}, {1, 0, 9, 0}}},
		{"japanese", []string{"MicrosoftとOpenAIのライセンスは非独", "占的になった。"}, "非独占的", []int{0}, []linePart{{0, 31, 35, 0}, {1, 0, 4, 0}}},
		{"blank line", []string{"exclusive cloud", "", "provider"}, "exclusive cloud provider", nil, nil},
		{"twice", []string{"any cloud, any", "cloud"}, "any cloud", []int{0}, []linePart{{0, 0, 9, 0}, {0, 11, 14, 0}, {1, 0, 5, 0}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			starts, parts := findMatches(c.lines, model.ParseQuery(`"`+c.phrase+`"`))
			if !reflect.DeepEqual(starts, c.starts) || !reflect.DeepEqual(parts, c.parts) {
				t.Errorf("starts %v parts %v, want %v %v", starts, parts, c.starts, c.parts)
			}
		})
	}
}
