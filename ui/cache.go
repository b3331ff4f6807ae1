package ui

import "container/list"

// lru is the explorer's one kind of cache: values kept by the key of what
// they depend on (an item, a width, a theme…), bounded by their total size
// in bytes, the least recently used dropped first. It is not safe for
// concurrent use: the render cache, which is shared, locks around it.
type lru[K comparable, V any] struct {
	max, used int64
	size      func(V) int64
	order     *list.List // of *lruEntry, most recent first
	byKey     map[K]*list.Element
}

type lruEntry[K comparable, V any] struct {
	key  K
	val  V
	size int64
}

// newLRU makes a cache that holds at most maxBytes, as size measures them.
func newLRU[K comparable, V any](maxBytes int64, size func(V) int64) *lru[K, V] {
	return &lru[K, V]{max: maxBytes, size: size, order: list.New(), byKey: map[K]*list.Element{}}
}

// get gives a value and marks it used.
func (c *lru[K, V]) get(k K) (V, bool) {
	if el, ok := c.byKey[k]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*lruEntry[K, V]).val, true
	}
	var zero V
	return zero, false
}

// put keeps a value, dropping the least recently used ones until the
// total fits. A value larger than the whole cache is not kept.
func (c *lru[K, V]) put(k K, v V) {
	n := c.size(v)
	if el, ok := c.byKey[k]; ok {
		e := el.Value.(*lruEntry[K, V])
		c.used += n - e.size
		e.val, e.size = v, n
		c.order.MoveToFront(el)
	} else {
		if n > c.max {
			return
		}
		c.byKey[k] = c.order.PushFront(&lruEntry[K, V]{key: k, val: v, size: n})
		c.used += n
	}
	for c.used > c.max && c.order.Len() > 0 {
		c.evict(c.order.Back())
	}
}

func (c *lru[K, V]) evict(el *list.Element) {
	e := el.Value.(*lruEntry[K, V])
	c.order.Remove(el)
	delete(c.byKey, e.key)
	c.used -= e.size
}

// bytes is the total size of what is kept.
func (c *lru[K, V]) bytes() int64 { return c.used }

// stringsSize measures cached text: its bytes and a little per line for
// the slice.
func stringsSize(lines []string) int64 {
	n := int64(24 * len(lines))
	for _, l := range lines {
		n += int64(len(l)) + 16
	}
	return n
}
