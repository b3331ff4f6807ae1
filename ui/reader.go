package ui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// readerMode is what the reader shows.
type readerMode int

const (
	viewItem        readerMode = iota // the item, rendered
	viewSources                       // everything the item cites, rendered
	viewSource                        // one digest entry or source note
	viewStepSources                   // what a step of the tour cites
)

// maxTextWidth caps the reader's text in a wide pane, as glow does: long
// lines are hard to read.
const maxTextWidth = 80

// reader is the detail pane: the selected item rendered with Glamour, its
// provenance, links to what it cites, its notes, terms and related items,
// in a scrolling viewport. It owns its scroll position, its links and
// their selection, and the search highlights; the root tells it what to
// show and gives it the renderings.
type reader struct {
	vp            viewport.Model // keeps the scroll position
	width, height int

	entry    model.Entry // the item shown, or whose sources are shown
	view     readerMode
	sourceID string // viewSource: the id shown
	step     int    // viewStepSources: the tour step's number
	query    model.Query

	lines   []string // the content, each exactly width wide
	links   []link
	linkSel int   // selected link, -1 for none
	matches []int // content lines with a highlight
	matchAt int   // the current one (n and N), an index into matches, or -1
	pending bool  // the body is still being rendered

	// Where to scroll once the content is there: a place from history,
	// the same text after a resize, or the first (or last) match.
	restoreAt int // content line, or -1
	anchorAt  int // words before the top line, or -1
	toMatch   bool
	fromEnd   bool
	toReveal  bool // the first match in view, the top kept when it is

	// want is the context of what the reader shows now: render jobs for
	// it carry it, and it ends when the reader shows another document,
	// so that jobs for what is no longer shown are dropped before they
	// start.
	want     context.Context
	stopWant context.CancelFunc
}

func newReader() *reader {
	vp := viewport.New()
	vp.SoftWrap = false
	r := &reader{vp: vp, linkSel: -1, matchAt: -1, restoreAt: -1, anchorAt: -1}
	r.want, r.stopWant = context.WithCancel(context.Background())
	return r
}

// wanted is the context of the document shown now, for its render jobs.
func (r *reader) wanted() context.Context { return r.want }

// changing runs a change of what the reader shows; when the document is
// another one, the jobs rendering the one before are no longer wanted.
func (r *reader) changing(change func()) {
	before := r.docKey()
	change()
	if r.docKey() != before {
		r.stopWant()
		r.want, r.stopWant = context.WithCancel(context.Background())
	}
}

// textWidth is the width Markdown is rendered at.
func (r *reader) textWidth() int { return min(r.width, maxTextWidth) }

// setSize sizes the reader. When its width changes with text scrolled
// into view, it comes back to the same text once laid out again.
func (r *reader) setSize(w, h int) {
	w, h = max(w, 0), max(h, 0)
	if w != r.width && r.width > 0 && len(r.lines) > 0 && r.offset() > 0 && r.restoreAt < 0 {
		r.anchorAt = r.anchor()
	}
	r.width, r.height = w, h
	r.vp.SetWidth(r.width)
	r.vp.SetHeight(r.height)
}

// show makes e the reader's item, in the item view, from the top, and
// reports whether that changed what it shows.
func (r *reader) show(e model.Entry) bool {
	if e == r.entry && r.view == viewItem {
		return false
	}
	r.changing(func() {
		r.entry, r.view, r.sourceID = e, viewItem, ""
		r.linkSel, r.matchAt = -1, -1
		r.vp.GotoTop()
	})
	return true
}

// showSources toggles the view of everything the item cites.
func (r *reader) showSources(on bool) {
	r.changing(func() {
		r.view = viewItem
		if on {
			r.view = viewSources
		}
		r.sourceID, r.linkSel, r.matchAt = "", -1, -1
		r.vp.GotoTop()
	})
}

// showSource opens one digest entry or note.
func (r *reader) showSource(id string) {
	r.changing(func() {
		r.view, r.sourceID, r.linkSel, r.matchAt = viewSource, id, -1, -1
		r.vp.GotoTop()
	})
}

// showStepSources shows what a step of the tour cites, for its item.
func (r *reader) showStepSources(step int) {
	r.changing(func() {
		r.view, r.step, r.sourceID, r.linkSel, r.matchAt = viewStepSources, step, "", -1, -1
		r.vp.GotoTop()
	})
}

// setQuery sets the search whose matches the reader highlights; an empty
// query highlights nothing.
func (r *reader) setQuery(q model.Query) {
	if q.String() != r.query.String() {
		r.matchAt = -1
	}
	r.query = q
}

// showsQuery reports whether the reader highlights a search.
func (r *reader) showsQuery() bool { return !r.query.Empty() }

// restoreTo asks the reader to scroll to a content line once its content
// is laid out (a place from history).
func (r *reader) restoreTo(line int) { r.restoreAt = line }

// seekMatch asks the reader to scroll to its first match, or its last
// when coming backwards, once its content is laid out.
func (r *reader) seekMatch(fromEnd bool) { r.toMatch, r.fromEnd = true, fromEnd }

// revealMatch asks the reader to bring its first match into view once
// its content is laid out, scrolling only when the match is not on
// screen from where it is: the tour's phrase, under the item's title
// when both fit.
func (r *reader) revealMatch() { r.toReveal = true }

// selectLink selects link i, as a click does.
func (r *reader) selectLink(i int) {
	if i >= 0 && i < len(r.links) {
		r.linkSel = i
	}
}

// docID is the id of what the reader shows: an item's, or a source's.
func (r *reader) docID() string {
	switch {
	case r.view == viewSource:
		return r.sourceID
	case r.entry != nil:
		return r.entry.Base().ID
	}
	return ""
}

// docKey is the id of the Markdown document the reader shows, for the
// render cache.
func (r *reader) docKey() string {
	switch {
	case r.entry == nil && r.view != viewSource:
		return ""
	case r.view == viewSources:
		return "sources:" + r.entry.Base().ID
	case r.view == viewSource:
		return "source:" + r.sourceID
	case r.view == viewStepSources:
		return fmt.Sprintf("%s%d", stepSourcesDoc, r.step)
	}
	return r.entry.Base().ID
}

// setContent takes newly composed lines and links, keeping the scroll
// position where it can; it highlights the query's matches in style, and
// once the body is there (not pending) scrolls where it was asked to.
func (r *reader) setContent(lines []string, links []link, pending bool, st matchStyles) {
	r.lines = fitLines(lines, r.width)
	r.links = links
	r.pending = pending
	if r.linkSel >= len(links) {
		r.linkSel = -1
	}
	r.vp.SetContentLines(make([]string, len(r.lines)))
	var parts []linePart
	r.matches, parts = findMatches(r.lines, r.query)
	switch {
	case len(r.matches) == 0:
		r.matchAt = -1
	case !pending && r.toMatch && r.fromEnd:
		r.matchAt = len(r.matches) - 1
	case !pending && (r.toMatch || r.toReveal):
		r.matchAt = 0
	case r.matchAt >= len(r.matches):
		r.matchAt = len(r.matches) - 1
	}
	current := -1
	if r.matchAt >= 0 {
		current = r.matches[r.matchAt]
	}
	highlight(r.lines, parts, st, current)
	if !pending {
		r.settle()
	}
}

// settle scrolls to where the reader was asked to be, now that its body
// is laid out.
func (r *reader) settle() {
	switch {
	case r.restoreAt >= 0:
		r.vp.SetYOffset(r.restoreAt)
	case r.anchorAt >= 0:
		r.scrollToAnchor(r.anchorAt)
	case r.toMatch && r.fromEnd && len(r.matches) > 0:
		r.vp.SetYOffset(max(r.matches[len(r.matches)-1]-1, 0))
	case r.toMatch:
		r.firstMatch()
	}
	if r.toReveal && len(r.matches) > 0 {
		if at := r.matches[max(r.matchAt, 0)]; !r.onScreen(at) {
			r.vp.SetYOffset(max(at-min(1, r.height-1), 0)) // a line above it, when there is room
		}
	}
	r.restoreAt, r.anchorAt, r.toMatch, r.fromEnd, r.toReveal = -1, -1, false, false, false
}

// scroll moves the view: by lines, pages, half pages, or to either end.
func (r *reader) scroll(how scrollBy) { scrollViewport(&r.vp, how) }

func scrollViewport(vp *viewport.Model, how scrollBy) {
	switch how {
	case scrollUp:
		vp.ScrollUp(1)
	case scrollDown:
		vp.ScrollDown(1)
	case scrollPageUp:
		vp.PageUp()
	case scrollPageDown:
		vp.PageDown()
	case scrollHalfUp:
		vp.HalfPageUp()
	case scrollHalfDown:
		vp.HalfPageDown()
	case scrollTop:
		vp.GotoTop()
	case scrollBottom:
		vp.GotoBottom()
	}
}

// wheel scrolls by n lines, up when n is negative.
func (r *reader) wheel(n int) { wheelViewport(&r.vp, n) }

func wheelViewport(vp *viewport.Model, n int) {
	if n < 0 {
		vp.ScrollUp(-n)
	} else {
		vp.ScrollDown(n)
	}
}

// cycleLink selects the next (d = 1) or previous (d = -1) link, scrolling
// it into view, and reports whether there was one. With no link selected,
// or the selected one scrolled out of view, it starts from what is on
// screen: the first link in view (the last, going back), else the first
// below it (the last above).
func (r *reader) cycleLink(d int) bool {
	n := len(r.links)
	if n == 0 {
		return false
	}
	if r.linkSel < 0 || !r.onScreen(r.links[r.linkSel].line) {
		r.linkSel = r.linkFromScreen(d)
	} else {
		r.linkSel = (r.linkSel + d + n) % n
	}
	r.scrollTo(r.links[r.linkSel].line)
	return true
}

// onScreen reports whether a content line is in view.
func (r *reader) onScreen(line int) bool {
	top := r.vp.YOffset()
	return line >= top && line < top+r.height
}

// linkFromScreen is the link to start from: in view first, going d.
func (r *reader) linkFromScreen(d int) int {
	top := r.vp.YOffset()
	if d > 0 {
		for i, l := range r.links {
			if l.line >= top {
				return i
			}
		}
		return 0
	}
	for i := len(r.links) - 1; i >= 0; i-- {
		if r.links[i].line < top+r.height {
			return i
		}
	}
	return len(r.links) - 1
}

// selectedLink gives the selected link.
func (r *reader) selectedLink() (link, bool) {
	if r.linkSel >= 0 && r.linkSel < len(r.links) {
		return r.links[r.linkSel], true
	}
	return link{}, false
}

// linkAt gives the link at a point of the content on screen.
func (r *reader) linkAt(x, y int) (int, bool) {
	line := y + r.vp.YOffset()
	for i, l := range r.links {
		if l.line == line && x >= l.x0 && x < l.x1 {
			return i, true
		}
	}
	return -1, false
}

// scrollTo keeps a content line on screen.
func (r *reader) scrollTo(line int) {
	switch {
	case line < r.vp.YOffset():
		r.vp.SetYOffset(line)
	case line >= r.vp.YOffset()+r.height:
		r.vp.SetYOffset(line - r.height + 1)
	}
}

// offset and setOffset give and set the scroll position, for history.
func (r *reader) offset() int     { return r.vp.YOffset() }
func (r *reader) setOffset(y int) { r.vp.SetYOffset(y) }

// anchor is the position of the top line on screen in the text, counted
// in words, which stays put when the text is wrapped at another width.
func (r *reader) anchor() int {
	words := 0
	for _, l := range r.lines[:min(r.vp.YOffset(), len(r.lines))] {
		words += len(strings.Fields(ansi.Strip(l)))
	}
	return words
}

// scrollToAnchor puts the line holding the anchor's word at the top.
func (r *reader) scrollToAnchor(words int) {
	seen := 0
	for i, l := range r.lines {
		n := len(strings.Fields(ansi.Strip(l)))
		if seen+n > words {
			r.vp.SetYOffset(i)
			return
		}
		seen += n
	}
	r.vp.GotoBottom()
}

// stepMatch makes the next (d = 1) or previous line with a match the
// current one, scrolled into view, and reports false past the last or
// the first: the search then moves on to another result. Without a
// current match, it starts from the first match on screen or below it
// (the last above, coming back).
func (r *reader) stepMatch(d int) bool {
	n := len(r.matches)
	if n == 0 {
		return false
	}
	next := r.matchAt + d
	if r.matchAt < 0 {
		next = r.matchFromScreen(d)
	}
	if next < 0 || next >= n {
		return false
	}
	r.matchAt = next
	r.scrollTo(r.matches[next])
	return true
}

// matchFromScreen is the first match on screen or below it (d = 1), or the
// last one on screen or above it (d = -1).
func (r *reader) matchFromScreen(d int) int {
	top, bottom := r.vp.YOffset(), r.vp.YOffset()+r.height
	if d > 0 {
		for i, l := range r.matches {
			if l >= top {
				return i
			}
		}
		return len(r.matches)
	}
	for i := len(r.matches) - 1; i >= 0; i-- {
		if r.matches[i] < bottom {
			return i
		}
	}
	return -1
}

// matchCount says which match is current, of how many in what the reader
// shows: "2/4", or "" without one.
func (r *reader) matchCount() string {
	if r.matchAt < 0 || len(r.matches) == 0 {
		return ""
	}
	return fmt.Sprintf("%d/%d", r.matchAt+1, len(r.matches))
}

// firstMatch scrolls to the current match (the first, unless stepped),
// with a line above it.
func (r *reader) firstMatch() {
	if len(r.matches) > 0 {
		r.vp.SetYOffset(max(r.matches[max(r.matchAt, 0)]-1, 0))
	}
}

// percent is how far down the reader is, when it scrolls.
func (r *reader) percent() (float64, bool) {
	if len(r.lines) <= r.height {
		return 0, false
	}
	return r.vp.ScrollPercent(), true
}

// view draws the visible lines and blank ones below the content: exactly
// height lines of exactly width columns.
func (r *reader) render() string {
	if r.height <= 0 {
		return ""
	}
	from := min(r.vp.YOffset(), len(r.lines))
	to := min(from+r.height, len(r.lines))
	var b strings.Builder
	blank := strings.Repeat(" ", r.width)
	for i := range r.height {
		if i > 0 {
			b.WriteByte('\n')
		}
		if from+i < to {
			b.WriteString(r.lines[from+i])
		} else {
			b.WriteString(blank)
		}
	}
	return b.String()
}

// scrollBy names a scroll movement.
type scrollBy int

const (
	scrollUp scrollBy = iota
	scrollDown
	scrollPageUp
	scrollPageDown
	scrollHalfUp
	scrollHalfDown
	scrollTop
	scrollBottom
)
