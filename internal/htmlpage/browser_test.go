//go:build integration

package htmlpage_test

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/dealtui/dealtui/internal/testkit/needtool"
)

var (
	screenshots = flag.Bool("screenshots", false, "write the page's screenshots to docs/html-*.png")
	parts       = flag.String("parts", "", "write screenshots of parts of the page, at every size and scheme, to `DIR`, to look at")
)

// The pages the browser tests load: the English and Japanese stories.
var stories = []struct{ name, dir, lang string }{
	{"en", packEN, "en"},
	{"ja", packJA, "ja"},
}

// linkReport is what linksScript finds.
type linkReport struct {
	InPage  int      `json:"inPage"`
	Broken  []string `json:"broken"`
	Outside []string `json:"outside"`
}

const linksScript = `(() => {
  const out = {inPage: 0, broken: [], outside: []};
  for (const a of document.querySelectorAll('a[href]')) {
    const h = a.getAttribute('href');
    if (!h.startsWith('#')) { out.outside.push(h); continue; }
    out.inPage++;
    if (!document.getElementById(decodeURIComponent(h.slice(1)))) out.broken.push(h);
  }
  return out;
})()`

// overflowScript gives how far the page is wider than the window, and
// the elements that stick out.
const overflowScript = `(() => {
  const w = document.documentElement.clientWidth;
  const out = {over: document.documentElement.scrollWidth - w, what: []};
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > w + 0.5 && out.what.length < 5) out.what.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right));
  }
  return out;
})()`

type overflow struct {
	Over int      `json:"over"`
	What []string `json:"what"`
}

// The page from file:// in Chromium: nothing is requested, every in-page
// link leads to an element, no link leaves the page but to http(s), the
// headings go down one level at a time, a 390-pixel phone never scrolls
// sideways, and printing hides the navigation and starts each pane on a
// new page.
func TestPageInChromium(t *testing.T) {
	browser := newBrowser(t)
	for _, st := range stories {
		t.Run(st.name, func(t *testing.T) {
			tab := newTab(t, browser)
			v := open(t, tab, pageFile(t, renderPack(t, st.dir, st.lang)))
			if len(v.requests)+len(v.dialogs)+len(v.scripts) > 0 {
				t.Errorf("loading the page made requests %q, dialogs %q, scripts %q", v.requests, v.dialogs, v.scripts)
			}
			links := eval[linkReport](t, tab, linksScript)
			if len(links.Broken) > 0 {
				t.Errorf("%d of %d in-page links lead nowhere: %q", len(links.Broken), links.InPage, links.Broken)
			}
			if len(links.Outside) > 0 {
				t.Errorf("links out of the page: %q", links.Outside)
			}
			t.Logf("%d in-page links checked", links.InPage)
			if links.InPage < 500 {
				t.Errorf("only %d in-page links: the citations, terms and related items should make many more", links.InPage)
			}
			levels := eval[[]int](t, tab, `Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'), h => +h.tagName[1])`)
			checkHeadings(t, levels)
			if lang := eval[string](t, tab, `document.documentElement.lang`); lang != st.lang {
				t.Errorf("lang is %q, want %q", lang, st.lang)
			}
			for _, width := range []int64{390, 320, 1280} {
				emulate(t, tab, width, 844, "light")
				if o := eval[overflow](t, tab, overflowScript); o.Over > 0 {
					t.Errorf("at %d px the page scrolls sideways by %d px: %q", width, o.Over, o.What)
				}
			}
			emulate(t, tab, 1280, 800, "print")
			printed := eval[[]string](t, tab, `[getComputedStyle(document.querySelector('nav')).display,
				getComputedStyle(document.querySelector('.skip')).display,
				getComputedStyle(document.getElementById('deal')).breakBefore]`)
			if strings.Join(printed, " ") != "none none page" {
				t.Errorf("printed: navigation %s, skip link %s, a pane breaks before %s; want none, none, page", printed[0], printed[1], printed[2])
			}
		})
	}
}

// checkHeadings: one h1, and no heading more than one level below the one
// before it.
func checkHeadings(t *testing.T, levels []int) {
	t.Helper()
	if len(levels) == 0 || levels[0] != 1 {
		t.Fatalf("the page should start with its h1: %v", levels[:min(len(levels), 5)])
	}
	for i := 1; i < len(levels); i++ {
		if levels[i] == 1 || levels[i] > levels[i-1]+1 {
			t.Errorf("heading %d is an h%d after an h%d", i+1, levels[i], levels[i-1])
		}
	}
}

// axeScript runs axe-core's rules of WCAG 2.0, 2.1 and 2.2 at levels A
// and AA on the page.
const axeScript = `axe.run(document, {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
  resultTypes: ['violations'],
}).then(r => ({
  version: axe.version,
  passed: r.passes.length,
  violations: r.violations.map(v => ({
    id: v.id, impact: v.impact || '', help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary),
    count: v.nodes.length,
  })),
}))`

type axeResult struct {
	Version    string `json:"version"`
	Passed     int    `json:"passed"`
	Violations []struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
		Count  int      `json:"count"`
	} `json:"violations"`
}

// axeSource is axe-core's script, installed from the npm registry into
// testdata/axe by .ci/run (npm ci; node_modules is not committed).
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		needtool.Missing(t, "axe-core is not installed: npm ci --prefix internal/htmlpage/testdata/axe (.ci/run does it)")
	}
	return string(b)
}

// axe-core finds no violation of WCAG A or AA on the page, in English and
// Japanese, light and dark, on a phone and a desktop. The page is loaded
// once per language; the size and scheme change under it.
func TestPageAccessibility(t *testing.T) {
	axe := axeSource(t)
	browser := newBrowser(t)
	for _, st := range stories {
		tab := newTab(t, browser)
		open(t, tab, pageFile(t, renderPack(t, st.dir, st.lang)))
		eval[chromedp.Void](t, tab, axe)
		for _, width := range []int64{390, 1280} {
			for _, scheme := range []string{"light", "dark"} {
				t.Run(st.name+"/"+scheme+"/"+strconv.FormatInt(width, 10), func(t *testing.T) {
					emulate(t, tab, width, 844, scheme)
					if got := eval[bool](t, tab, `matchMedia('(prefers-color-scheme: `+scheme+`)').matches && innerWidth === `+strconv.FormatInt(width, 10)); !got {
						t.Fatalf("the page is not at %d px in %s", width, scheme)
					}
					r := eval[axeResult](t, tab, axeScript)
					for _, v := range r.Violations {
						t.Errorf("axe %s (%s, %d elements): %s\n\t%s", v.ID, v.Impact, v.Count, v.Help, strings.Join(v.Nodes, "\n\t"))
					}
					t.Logf("axe-core %s: %d rules passed, %d violated", r.Version, r.Passed, len(r.Violations))
				})
			}
		}
	}
}

// axe-core, as the test runs it, finds what it should: on a page with
// pale text, a nameless link and no lang, three violations.
func TestAxeFindsViolations(t *testing.T) {
	axe := axeSource(t)
	tab := newTab(t, newBrowser(t))
	bad := `<!DOCTYPE html><html><head><title>bad</title></head><body><main>` +
		`<p style="color:#ccc;background:#fff">pale</p><a href="#x"></a><p id="x">x</p></main></body></html>`
	open(t, tab, pageFile(t, []byte(bad)))
	eval[chromedp.Void](t, tab, axe)
	r := eval[axeResult](t, tab, axeScript)
	var ids []string
	for _, v := range r.Violations {
		ids = append(ids, v.ID)
	}
	for _, want := range []string{"color-contrast", "link-name", "html-has-lang"} {
		if !slices.Contains(ids, want) {
			t.Errorf("axe did not report %s on the bad page: %v", want, ids)
		}
	}
}
