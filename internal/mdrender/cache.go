package mdrender

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"
	"golang.org/x/sync/singleflight"

	"github.com/dealtui/dealtui/internal/lru"
)

// Key names one rendering: a document, by a hash of its Markdown (so that
// explorers of different stories, or of the same story in two languages,
// share a cache without mixing them), at a width in a style.
type Key struct {
	doc   uint64
	width int
	style Style
}

// NewKey names the rendering of md at a width in a style.
func NewKey(md string, width int, style Style) Key {
	h := fnv.New64a()
	_, _ = h.Write([]byte(md))
	return Key{h.Sum64(), width, style}
}

func (k Key) String() string { return fmt.Sprintf("%x/%d/%d", k.doc, k.width, k.style) }

// Width is the width the rendering is made at.
func (k Key) Width() int { return k.width }

// Rendering is a finished rendering: its lines, and a note when the body
// is shown as plain text instead (over the render budget, or too slow).
type Rendering struct {
	Lines []string
	Note  string
}

func renderingSize(r Rendering) int64 { return lru.LinesSize(r.Lines) + int64(len(r.Note)) }

// DefaultCacheBytes bounds the render cache of one explorer: a few
// hundred renderings of the story's items at a width.
const DefaultCacheBytes = 32 << 20

// DefaultTimeout is the longest a rendering may wait for a slot, and
// then take, before the body is shown as plain text instead.
const DefaultTimeout = time.Second

// Cache keeps Markdown renderings, bounded in bytes, least recently used
// dropped first. It is safe for concurrent use, so that the sessions of a
// server can share one: a rendering asked for while it is being made is
// made once, and at most GOMAXPROCS renderings run at a time.
type Cache struct {
	mu      sync.Mutex
	done    *lru.Cache[Key, Rendering]
	flight  singleflight.Group
	slots   *semaphore.Weighted
	timeout time.Duration
}

// NewCache makes a render cache that keeps at most maxBytes of
// renderings, each given at most timeout (DefaultTimeout when 0).
func NewCache(maxBytes int64, timeout time.Duration) *Cache {
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	return &Cache{
		done:    lru.New[Key](maxBytes, renderingSize),
		slots:   semaphore.NewWeighted(int64(runtime.GOMAXPROCS(0))),
		timeout: timeout,
	}
}

// Get gives a finished rendering.
func (c *Cache) Get(k Key) (Rendering, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.done.Get(k)
}

func (c *Cache) put(k Key, r Rendering) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.done.Put(k, r)
}

// Bytes is how much the cache holds.
func (c *Cache) Bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.done.Bytes()
}

// Render makes a rendering, or waits for the one being made, and keeps
// it. ctx says whether it is still wanted: a job that has not started
// when ctx ends is dropped (ok is false); once started, it finishes and
// is kept for the next one who asks.
func (c *Cache) Render(ctx context.Context, k Key, md string) (r Rendering, ok bool) {
	if r, ok := c.Get(k); ok {
		return r, true
	}
	v, _, _ := c.flight.Do(k.String(), func() (any, error) {
		if r, ok := c.Get(k); ok {
			return flightResult{r, true}, nil
		}
		r, ok := c.renderInSlot(ctx, k, md)
		if ok {
			c.put(k, r)
		}
		return flightResult{r, ok}, nil
	})
	res := v.(flightResult)
	if !res.ok && ctx.Err() == nil {
		// The job shared was another caller's, dropped as that caller
		// stopped wanting it; this caller still does.
		return c.Render(ctx, k, md)
	}
	return res.r, res.ok
}

type flightResult struct {
	r  Rendering
	ok bool
}

// renderInSlot waits for a free slot, as long as the job is wanted and no
// longer than the timeout, then renders within the budget. A job still
// waiting when the timeout passes is shown as plain text: the renderer
// is busy.
func (c *Cache) renderInSlot(ctx context.Context, k Key, md string) (Rendering, bool) {
	wait, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	if err := c.slots.Acquire(wait, 1); err != nil {
		if ctx.Err() != nil {
			return Rendering{}, false
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return plainRendering(md, k.width, "busy"), true
		}
		return Rendering{}, false
	}
	return c.renderBounded(k, md), true
}

// renderBounded renders md with Glamour if it is within the budget and
// finishes in time, and as plain text otherwise. It releases its slot
// when Glamour returns, which may be after the timeout: a slow rendering
// keeps its slot, so slow ones cannot pile up.
func (c *Cache) renderBounded(k Key, md string) Rendering {
	if why := overLimits(md); why != "" {
		c.slots.Release(1)
		return plainRendering(md, k.width, why)
	}
	out := make(chan Rendering, 1)
	go func() {
		defer c.slots.Release(1)
		lines, err := glamourRender(md, k.width, k.style)
		if err != nil {
			out <- plainRendering(md, k.width, "failed")
			return
		}
		out <- Rendering{Lines: lines}
	}()
	t := time.NewTimer(c.timeout)
	defer t.Stop()
	select {
	case r := <-out:
		return r
	case <-t.C:
		return plainRendering(md, k.width, "slow")
	}
}

// plainRendering shows Markdown as wrapped text, with a note saying why.
func plainRendering(md string, width int, why string) Rendering {
	notes := map[string]string{
		"busy":   "Shown as plain text: the renderer was busy.",
		"slow":   "Shown as plain text: rendering it took too long.",
		"failed": "Shown as plain text: it could not be rendered.",
	}
	note, ok := notes[why]
	if !ok {
		note = "Shown as plain text: " + why + "."
	}
	return Rendering{Lines: strings.Split(wrapPlain(md, width), "\n"), Note: note}
}
