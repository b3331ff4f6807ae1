//go:build integration

package htmlpage_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/needtool"
)

// The page is valid HTML by HTML Tidy (Debian's tidy; .ci/run installs
// it): no error and no warning, for both editions and the hostile pack.
func TestPageIsValidHTML(t *testing.T) {
	tidy := needtool.Path(t, "tidy")
	bad := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(bad, []byte("<!DOCTYPE html><title>x</title><dl><div>x</div></dl><p><table>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(tidy, "-errors", "-quiet", bad).CombinedOutput(); err == nil || len(out) == 0 {
		t.Fatalf("tidy passes a page it should not: %v %s", err, out)
	}
	for _, c := range []struct{ name, dir, lang string }{
		{"en", packEN, "en"}, {"ja", packJA, "ja"}, {"html-hostile", packHTMLHostile, "en"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "story.html")
			if err := os.WriteFile(path, renderPack(t, c.dir, c.lang), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(tidy, "-errors", "-quiet", path).CombinedOutput()
			if err != nil || len(out) > 0 {
				t.Errorf("tidy: %v\n%s", err, out)
			}
		})
	}
}
