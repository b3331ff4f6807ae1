//go:build integration

package htmlpage_test

import (
	"strings"
	"testing"
)

// domScript lists what in the loaded page could run or fetch: an element
// that loads or submits, an event handler, an address that is not an
// anchor or http(s)/mailto. And it gives the page's text, to show that
// the pack's markup is there as text.
const domScript = `(() => {
  const bad = [];
  const loaders = ['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE',
    'TRACK', 'FORM', 'BUTTON', 'INPUT', 'TEXTAREA', 'BASE', 'LINK', 'PORTAL', 'FENCEDFRAME', 'NOSCRIPT'];
  for (const el of document.querySelectorAll('*')) {
    if (loaders.includes(el.tagName.toUpperCase())) bad.push('element ' + el.tagName);
    for (const at of el.attributes) {
      const n = at.name.toLowerCase();
      if (n.startsWith('on') || ['src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'background', 'poster', 'ping', 'xlink:href'].includes(n)) {
        bad.push(el.tagName + ' ' + n + '=' + at.value.slice(0, 40));
      }
    }
  }
  for (const el of document.querySelectorAll('[href]')) {
    const h = el.getAttribute('href');
    if (!/^(#|https?:\/\/|mailto:)/i.test(h)) bad.push('href=' + h.slice(0, 60));
  }
  return {bad, styles: document.querySelectorAll('style').length, metas: document.querySelectorAll('meta').length,
    text: document.body.textContent};
})()`

type domReport struct {
	Bad    []string `json:"bad"`
	Styles int      `json:"styles"`
	Metas  int      `json:"metas"`
	Text   string   `json:"text"`
}

// A pack with <script>, event handlers, javascript: and data: links and
// raw HTML in every field (testdata/packs/html-hostile), and the pack of
// terminal controls (testdata/packs/hostile): in Chromium their page opens
// no dialog, parses no script and requests nothing, and none of the
// pack's markup is an element; the markup is shown as text.
func TestHostilePageInChromium(t *testing.T) {
	browser := newBrowser(t)
	for _, dir := range []string{packHTMLHostile, packHostile} {
		t.Run(dir[strings.LastIndex(dir, "/")+1:], func(t *testing.T) {
			tab := newTab(t, browser)
			v := open(t, tab, pageFile(t, renderPack(t, dir, "en")))
			if len(v.dialogs) > 0 {
				t.Errorf("dialogs opened: %q", v.dialogs)
			}
			if len(v.scripts) > 0 {
				t.Errorf("%d scripts parsed: %q", len(v.scripts), v.scripts)
			}
			if len(v.requests) > 0 {
				t.Errorf("requests made: %q", v.requests)
			}
			d := eval[domReport](t, tab, domScript)
			if len(d.Bad) > 0 {
				t.Errorf("live in the page: %q", d.Bad)
			}
			if d.Styles != 1 || d.Metas != 5 {
				t.Errorf("%d style and %d meta elements, want the page's own 1 and 5", d.Styles, d.Metas)
			}
			if dir == packHTMLHostile {
				for _, shown := range []string{"<script>alert(1)</script>", `<img src=x onerror=alert(2)>`, "</style></textarea></title>", "{{.Title}}"} {
					if !strings.Contains(d.Text, shown) {
						t.Errorf("the page does not show %q as text", shown)
					}
				}
			}
		})
	}
}

// The watch of open sees what the hostile page must not do: on a page
// made to do it all, the script, the handler, the dialogs and the request.
func TestChromiumWatchSeesScripts(t *testing.T) {
	browser := newBrowser(t)
	tab := newTab(t, browser)
	live := `<!DOCTYPE html><html lang="en"><title>live</title><script>alert("script")</script>` +
		`<img alt="" src="https://evil.example/x.png" onerror="confirm('handler')">`
	v := open(t, tab, pageFile(t, []byte(live)))
	if len(v.scripts) < 2 || len(v.dialogs) < 1 || len(v.requests) != 1 {
		t.Errorf("on a live page: scripts %q, dialogs %q, requests %q; want two scripts, a dialog and one request", v.scripts, v.dialogs, v.requests)
	}
}
