package ui

import (
	"fmt"
	"hash/fnv"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/singleflight"
)

// renderKey names one Markdown rendering: a document, by a hash of its
// Markdown (so that explorers of different stories can share a cache), at
// a width in a Glamour style.
type renderKey struct {
	doc   uint64
	width int
	style glamourStyle
}

func newRenderKey(md string, width int, style glamourStyle) renderKey {
	h := fnv.New64a()
	_, _ = h.Write([]byte(md))
	return renderKey{h.Sum64(), width, style}
}

func (k renderKey) String() string { return fmt.Sprintf("%x/%d/%d", k.doc, k.width, k.style) }

// rendering is a finished rendering: its lines, and a note when the body
// is shown as plain text instead (over the render budget, or too slow).
type rendering struct {
	lines []string
	note  string
}

func renderingSize(r rendering) int64 { return stringsSize(r.lines) + int64(len(r.note)) }

// DefaultRenderCacheBytes bounds the render cache of one explorer: a few
// hundred renderings of the story's items at a width.
const DefaultRenderCacheBytes = 32 << 20

// renderTimeout is the longest a rendering may take before the body is
// shown as plain text instead.
const renderTimeout = time.Second

// RenderCache keeps Markdown renderings, bounded in bytes, least recently
// used dropped first. It is safe for concurrent use, so that the sessions
// of a server can share one: a rendering asked for while it is being made
// is made once, and at most GOMAXPROCS renderings run at a time.
type RenderCache struct {
	mu      sync.Mutex
	done    *lru[renderKey, rendering]
	flight  singleflight.Group
	slots   chan struct{}
	timeout time.Duration // the longest a rendering may take
}

// NewRenderCache makes a render cache that keeps at most maxBytes of
// renderings.
func NewRenderCache(maxBytes int64) *RenderCache {
	return &RenderCache{
		done:    newLRU[renderKey](maxBytes, renderingSize),
		slots:   make(chan struct{}, runtime.GOMAXPROCS(0)),
		timeout: renderTimeout,
	}
}

// get gives a finished rendering.
func (c *RenderCache) get(k renderKey) (rendering, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.done.get(k)
}

func (c *RenderCache) put(k renderKey, r rendering) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done.put(k, r)
}

// Bytes is how much the cache holds.
func (c *RenderCache) Bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.done.bytes()
}

// render makes a rendering, or waits for the one being made, and keeps
// it. wanted reports whether it is still needed: a job that has not
// started when it stops being wanted is dropped (ok is false).
func (c *RenderCache) render(k renderKey, md string, wanted func() bool) (r rendering, ok bool) {
	if r, ok := c.get(k); ok {
		return r, true
	}
	v, _, _ := c.flight.Do(k.String(), func() (any, error) {
		if r, ok := c.get(k); ok {
			return r, nil
		}
		r, ok := c.renderInSlot(k, md, wanted)
		if ok {
			c.put(k, r)
		}
		return result{r, ok}, nil
	})
	switch v := v.(type) {
	case rendering:
		return v, true
	case result:
		return v.r, v.ok
	}
	return rendering{}, false
}

type result struct {
	r  rendering
	ok bool
}

// renderInSlot waits for a free slot, as long as the job is wanted and no
// longer than the timeout, then renders within the budget.
func (c *RenderCache) renderInSlot(k renderKey, md string, wanted func() bool) (rendering, bool) {
	wait := time.NewTimer(c.timeout)
	defer wait.Stop()
	poll := time.NewTicker(20 * time.Millisecond)
	defer poll.Stop()
	for {
		if !wanted() {
			return rendering{}, false
		}
		select {
		case c.slots <- struct{}{}:
			return renderWithin(k, md, c.slots, c.timeout), true
		case <-poll.C:
		case <-wait.C:
			return plainRendering(md, k.width, "busy"), true
		}
	}
}

// renderWithin renders md with Glamour if it is within the budget and
// finishes in time, and as plain text otherwise. It frees the slot when
// Glamour returns, which may be after the timeout: a slow rendering keeps
// its slot, so slow ones cannot pile up.
func renderWithin(k renderKey, md string, slots chan struct{}, timeout time.Duration) rendering {
	if why := overBudget(md); why != "" {
		<-slots
		return plainRendering(md, k.width, why)
	}
	out := make(chan rendering, 1)
	go func() {
		defer func() { <-slots }()
		lines, err := glamourRender(md, k.width, k.style)
		if err != nil {
			out <- plainRendering(md, k.width, "failed")
			return
		}
		out <- rendering{lines: lines}
	}()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case r := <-out:
		return r
	case <-t.C:
		return plainRendering(md, k.width, "slow")
	}
}

// plainRendering shows Markdown as wrapped text, with a note saying why.
func plainRendering(md string, width int, why string) rendering {
	notes := map[string]string{
		"busy":   "Shown as plain text: the renderer was busy.",
		"slow":   "Shown as plain text: rendering it took too long.",
		"failed": "Shown as plain text: it could not be rendered.",
	}
	note, ok := notes[why]
	if !ok {
		note = "Shown as plain text: " + why + "."
	}
	return rendering{lines: strings.Split(wrapPlain(md, width), "\n"), note: note}
}
