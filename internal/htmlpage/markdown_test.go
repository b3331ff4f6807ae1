package htmlpage

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"

	"github.com/dealtui/dealtui/model"
)

func testRenderer(t *testing.T) *mdRenderer {
	t.Helper()
	s, err := model.LoadDir("../../testdata/packs/valid")
	if err != nil {
		t.Fatal(err)
	}
	return newMDRenderer(s, itemAnchors(s))
}

func renderMD(t *testing.T, r *mdRenderer, md string, level int) string {
	t.Helper()
	h, err := r.render(md, level)
	if err != nil {
		t.Fatal(err)
	}
	return string(h)
}

// What goldmark does by itself with a link that would run a script, and
// what the page does. goldmark empties the address of a script link,
// entity-encoded schemes and autolinks included since v1.7.17
// (CVE-2026-5160; v1.7.8 kept those live), but still writes images, which
// a browser fetches; the page keeps none of them. If a goldmark upgrade
// changes a "goldmark" column, this table says so.
func TestUnsafeLinks(t *testing.T) {
	r := testRenderer(t)
	for _, c := range []struct {
		md       string
		goldmark string // what goldmark's own output has
		page     string // what the page has
	}{
		{"[x](javascript:alert(1))", `<a href="">x</a>`, "<p>x</p>"},
		{"[x](JavaScript:alert(1))", `<a href="">x</a>`, "<p>x</p>"},
		{"[x](vbscript:msgbox(1))", `<a href="">x</a>`, "<p>x</p>"},
		{"[x](data:text/html,x)", `<a href="">x</a>`, "<p>x</p>"},
		{"[x][r]\n\n[r]: javascript:alert(1)", `<a href="">x</a>`, "<p>x</p>"},
		{"[x](javascript&#58;alert(1))", `<a href="">x</a>`, "<p>x</p>"},
		{"[x](&#x6A;avascript:alert(1))", `<a href="">x</a>`, "<p>x</p>"},
		{"<javascript:alert(1)>", `<a href="">`, "<p>javascript:alert(1)</p>"},
		{"<data:text/html,x>", `<a href="">`, "<p>data:text/html,x</p>"},
		{"![x](https://evil.example/x.png)", `<img src="https://evil.example/x.png"`, "<p>x</p>"},
		{"![x](data:image/png;base64,iVBORw0KGgo=)", `<img src="data:image/png;base64,iVBORw0KGgo="`, "<p>x</p>"},
		{"<script>alert(1)</script>", "<!-- raw HTML omitted -->", "<!-- raw HTML omitted -->"},
		{"a <img src=x onerror=alert(1)> b", "<p>a <!-- raw HTML omitted --> b</p>", "<p>a <!-- raw HTML omitted --> b</p>"},
		{"[x](https://example.com/)", `<a href="https://example.com/">x</a>`, `<p><a href="https://example.com/" rel="noopener noreferrer">x</a></p>`},
		{"[x](#glossary-cloud)", `<a href="#glossary-cloud">x</a>`, `<p><a href="#glossary-cloud">x</a></p>`},
		{"[x](#nowhere)", `<a href="#nowhere">x</a>`, "<p>x</p>"},
		{"[x](other.html)", `<a href="other.html">x</a>`, "<p>x</p>"},
		{"[](https://example.com/)", `<a href="https://example.com/"></a>`, "<p></p>"},
	} {
		var b bytes.Buffer
		if err := goldmark.Convert([]byte(c.md), &b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), c.goldmark) {
			t.Errorf("goldmark on %q: %q, no longer has %q", c.md, b.String(), c.goldmark)
		}
		if got := strings.TrimSpace(renderMD(t, r, c.md, 3)); got != c.page {
			t.Errorf("the page on %q: %q, want %q", c.md, got, c.page)
		}
	}
}

// Citations in a body link to their entries, as words of their own, never
// inside a link or code, and only when the pack has them.
func TestCitationsInBodies(t *testing.T) {
	r := testRenderer(t)
	for md, want := range map[string]string{
		"(P01; background, B01)":                `<p>(<a href="#source-P01" class="cite">P01</a>; background, <a href="#source-B01" class="cite">B01</a>)</p>`,
		"see N01.":                              `<p>see <a href="#note-N01" class="cite">N01</a>.</p>`,
		"背景情報B01、P01参照":                         `<p>背景情報<a href="#source-B01" class="cite">B01</a>、<a href="#source-P01" class="cite">P01</a>参照</p>`,
		"P99 N77 XP01 P01a P012":                "<p>P99 N77 XP01 P01a P012</p>",
		"`P01` and [P01](https://example.com/)": `<p><code>P01</code> and <a href="https://example.com/" rel="noopener noreferrer">P01</a></p>`,
		"**P01**\nB01":                          "<p><strong><a href=\"#source-P01\" class=\"cite\">P01</a></strong>\n<a href=\"#source-B01\" class=\"cite\">B01</a></p>",
	} {
		if got := strings.TrimSpace(renderMD(t, r, md, 3)); got != want {
			t.Errorf("%q:\n got %s\nwant %s", md, got, want)
		}
	}
}

// A body's headings go below its item's heading, with no level skipped.
func TestBodyHeadings(t *testing.T) {
	r := testRenderer(t)
	got := renderMD(t, r, "# A\n\n### B\n\n###### C\n\n# D", 3)
	want := "<h4>A</h4>\n<h5>B</h5>\n<h6>C</h6>\n<h4>D</h4>\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := renderMD(t, r, "## A\n\n### B", 5); got != "<h6>A</h6>\n<h6>B</h6>\n" {
		t.Errorf("deep: %q", got)
	}
}

// Citations in one-line fields, as in bodies.
func TestPieces(t *testing.T) {
	s, err := model.LoadDir("../../testdata/packs/valid")
	if err != nil {
		t.Fatal(err)
	}
	got := pieces(s, "B01, P01 and P99")
	want := []piece{{Text: "B01", Href: "source-B01"}, {Text: ", "}, {Text: "P01", Href: "source-P01"}, {Text: " and P99"}}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("piece %d: %v, want %v", i, got[i], want[i])
		}
	}
	if got := pieces(s, ""); len(got) != 1 || got[0].Text != "" {
		t.Errorf("empty: %v", got)
	}
}
