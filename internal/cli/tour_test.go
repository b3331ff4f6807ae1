package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A pack without tour.md loads, but has no tour to print: a usage error,
// with the reason.
func TestPrintTourWithoutTour(t *testing.T) {
	pack := filepath.Join("..", "..", "testdata", "packs", "valid")
	for _, format := range []string{"tour", "tour-text"} {
		code, out, errOut := runCLI(t, "--content", pack, "print", "--format", format)
		if code != exitUsage || out != "" || !strings.Contains(errOut, "this story has no tour: its pack has no tour.md") {
			t.Errorf("--format %s: exit %d, stdout %q, stderr %q", format, code, out, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "--content", pack, "print", "--format", "json"); code != exitOK {
		t.Errorf("the JSON of a pack without a tour: exit %d, %s", code, errOut)
	}
}

// A pack whose tour names an item it does not have fails to load, with
// tour.md's line.
func TestTourMissingItemFailsToLoad(t *testing.T) {
	pack := filepath.Join("..", "..", "testdata", "packs", "tour-missing-item")
	code, _, errOut := runCLI(t, "--content", pack, "print")
	if code != exitUsage || !strings.Contains(errOut, `tour-missing-item/tour.md:8: step 2: item "term-two" is not the id of any item`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
