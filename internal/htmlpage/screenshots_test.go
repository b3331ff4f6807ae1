//go:build integration

package htmlpage_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// shot is one screenshot for the README: a page at a size and colour
// scheme, scrolled to an anchor ("" for the top).
type shot struct {
	file          string
	story         int // in stories
	width, height int64
	scheme        string
	anchor        string
}

var readmeShots = []shot{
	{"html-1280-light.png", 0, 1280, 800, "light", ""},
	{"html-1280-dark.png", 0, 1280, 800, "dark", "deal"},
	{"html-390-light.png", 0, 390, 844, "light", "timeline"},
	{"html-390-dark.png", 0, 390, 844, "dark", "deal"},
	{"html-ja-390-light.png", 1, 390, 844, "light", "japan"},
}

// With -screenshots, the README's screenshots of the page are written to
// docs/; with -parts DIR, parts of the page at every size and scheme, in
// both languages, to look at. Without either the test skips.
func TestScreenshots(t *testing.T) {
	if !*screenshots && *parts == "" {
		t.Skip("run with -screenshots (docs/html-*.png) or -parts DIR")
	}
	browser := newBrowser(t)
	urls := make([]string, len(stories))
	for i, st := range stories {
		urls[i] = pageFile(t, renderPack(t, st.dir, st.lang))
	}
	if *screenshots {
		for _, s := range readmeShots {
			tab := newTab(t, browser)
			emulate(t, tab, s.width, s.height, s.scheme)
			open(t, tab, urls[s.story])
			if s.anchor != "" {
				eval[chromedp.Void](t, tab, `document.getElementById(`+strconv.Quote(s.anchor)+`).scrollIntoView()`)
			}
			save(t, filepath.Join("..", "..", "docs", s.file), capture(t, tab, chromedp.CaptureScreenshot()))
		}
	}
	if *parts != "" {
		for i, st := range stories {
			for _, width := range []int64{390, 1280} {
				for _, scheme := range []string{"light", "dark"} {
					tab := newTab(t, browser)
					emulate(t, tab, width, 844, scheme)
					open(t, tab, urls[i])
					for n, sel := range partSelectors {
						name := st.name + "-" + strconv.FormatInt(width, 10) + "-" + scheme + "-" + strconv.Itoa(n) + ".png"
						save(t, filepath.Join(*parts, name), capture(t, tab, chromedp.Screenshot(chromedp.CSS(sel))))
					}
				}
			}
		}
	}
}

// partSelectors are the parts of the page -parts shows: the top, the
// timeline, the deal table, items of each kind, notes and the digest.
var partSelectors = []string{
	".masthead", ".toc", ".timeline-figure", "#timeline .items > li:nth-child(6)", ".table-wrap",
	"#deal .item:nth-of-type(2)", "#japan .item", "#group-questions .item", "#glossary .item",
	"#notes-editorial .item", "#sources-article li:nth-child(4)", "#sources-background li:nth-child(2)",
}

func capture(t *testing.T, tab context.Context, a chromedp.Action[[]byte]) []byte {
	t.Helper()
	png, err := chromedp.Run(within(t, tab), a)
	if err != nil {
		t.Fatal(err)
	}
	return png
}

func save(t *testing.T, path string, png []byte) {
	t.Helper()
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d KiB)", path, len(png)>>10)
}
