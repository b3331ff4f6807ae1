package htmlpage_test

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// The elements the page is made of: its own, and those goldmark writes
// for Markdown (less img, which markdown.go takes out). Anything else in a
// page came from a pack and is a hole.
var pageElements = []string{
	"html", "head", "meta", "title", "style", "body", "header", "nav", "main", "footer", "section", "article",
	"div", "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "a", "span", "time", "strong", "em", "del",
	"code", "pre", "blockquote", "ol", "ul", "li", "dl", "dt", "dd",
	"table", "caption", "thead", "tbody", "tr", "th", "td", "figure", "figcaption",
	"svg", "line", "g", "circle", "polygon", "text",
}

// pageAttributes are the attributes the page may have, on any element;
// href, style and meta's are checked further in attrProblem.
var pageAttributes = []string{
	"id", "class", "lang", "role", "aria-labelledby", "aria-hidden", "data-label", "scope", "datetime",
	"href", "rel", "title", "start", "style", "align", "charset", "name", "content", "http-equiv",
	"viewbox", "x", "y", "dy", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points",
}

// pageProblems reads a page as a browser's parser would and reports what
// could run or fetch: an element or attribute the page does not make, an
// address that is not an anchor of the page or http(s)/mailto, more than
// the page's one style sheet, or a style sheet that is not the page's.
func pageProblems(page []byte, sheet string) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(page))
	styles := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if !slices.Contains(pageElements, tok.Data) {
			out = append(out, "element <"+tok.Data+">")
		}
		for _, a := range tok.Attr {
			if p := attrProblem(tok.Data, a); p != "" {
				out = append(out, p)
			}
		}
		if tok.Data == "style" {
			styles++
			z.Next()
			if string(z.Text()) != sheet {
				out = append(out, "a style sheet that is not the page's")
			}
		}
	}
	if z.Err() != io.EOF {
		out = append(out, "the page does not parse: "+z.Err().Error())
	}
	return append(out, styleCount(styles)...)
}

func styleCount(n int) []string {
	if n != 1 {
		return []string{fmt.Sprintf("%d style elements, want the page's one", n)}
	}
	return nil
}

func attrProblem(el string, a html.Attribute) string {
	key, val := a.Key, a.Val
	switch {
	case a.Namespace != "" || !slices.Contains(pageAttributes, key):
		return fmt.Sprintf("<%s %s=%q>", el, key, val)
	case key == "href" && !safeHref(val):
		return fmt.Sprintf("<%s href=%q>", el, val)
	case key == "style" && !strings.HasPrefix(val, "text-align:"):
		return fmt.Sprintf("<%s style=%q>", el, val)
	case key == "http-equiv" && val != "x-dns-prefetch-control":
		return fmt.Sprintf("<%s http-equiv=%q>", el, val)
	}
	return ""
}

// safeHref: an anchor of the page (the browser test checks it leads to an
// element), or an http, https or mailto address.
func safeHref(h string) bool {
	if strings.HasPrefix(h, "#") {
		return len(h) > 1
	}
	u, err := url.Parse(h)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "mailto") &&
		!strings.ContainsAny(h, "\t\n\r ")
}

// styleOf gives the content of a page's style sheet.
func styleOf(t testing.TB, page []byte) string {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(page))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt == html.StartTagToken && z.Token().Data == "style" {
			z.Next()
			return string(z.Text())
		}
	}
	t.Fatal("the page has no style sheet")
	return ""
}

// Every pack's page, the hostile ones first, is made only of the page's
// own elements and attributes, with no address but its anchors and
// http(s), and the one style sheet, the page's own.
func TestPageHasNothingLive(t *testing.T) {
	sheet := styleOf(t, renderPack(t, packValid, "en"))
	for _, c := range []struct{ dir, lang string }{
		{packHTMLHostile, "en"}, {packHTMLHostile, "ja"}, {packHostile, "en"},
		{packValid, "en"}, {packJapanese, "ja"}, {packEN, "en"}, {packJA, "ja"},
	} {
		t.Run(c.dir[strings.LastIndex(c.dir, "/")+1:]+"/"+c.lang, func(t *testing.T) {
			for _, p := range pageProblems(renderPack(t, c.dir, c.lang), sheet) {
				t.Error(p)
			}
		})
	}
}

// The hostile pack's markup is on the page as text: escaped, not dropped.
func TestHostileMarkupIsShownAsText(t *testing.T) {
	page := string(renderPack(t, packHTMLHostile, "en"))
	for _, want := range []string{
		"<h1>Story &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;",
		"&lt;/style&gt;&lt;/textarea&gt;&lt;/title&gt;",
		"{{.Title}}",
		"<title>Story &lt;script&gt;",
		"<code>&lt;script&gt;alert(29)&lt;/script&gt;</code>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not have %q", want)
		}
	}
	if n := strings.Count(page, "<script"); n > 0 {
		t.Errorf("%d <script in the page", n)
	}
}

// The check itself finds what it looks for.
func TestPageProblemsFindsLiveMarkup(t *testing.T) {
	for _, live := range []string{
		`<script>alert(1)</script>`, `<img src=x>`, `<p onclick="x">`, `<a href="javascript:alert(1)">`,
		`<a href="java	script:x">`, `<a href="data:text/html,x">`, `<iframe>`, `<p style="background:url(x)">`,
		`<meta http-equiv="refresh" content="0">`, `<style>p{}</style>`, `<svg><a xlink:href="javascript:x">`,
	} {
		page := []byte("<!DOCTYPE html><html><head><style>ours</style></head><body>" + live + "</body></html>")
		if len(pageProblems(page, "ours")) == 0 {
			t.Errorf("%s passes the check", live)
		}
	}
}
