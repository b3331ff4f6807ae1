package lru

import "container/list"

// Cache keeps values by key, bounded in bytes. It is not safe for
// concurrent use: the render cache, which is shared, locks around it.
type Cache[K comparable, V any] struct {
	max, used int64
	size      func(V) int64
	order     *list.List // of *entry, most recent first
	byKey     map[K]*list.Element
}

type entry[K comparable, V any] struct {
	key  K
	val  V
	size int64
}

// New makes a cache that holds at most maxBytes, as size measures them.
func New[K comparable, V any](maxBytes int64, size func(V) int64) *Cache[K, V] {
	return &Cache[K, V]{max: maxBytes, size: size, order: list.New(), byKey: map[K]*list.Element{}}
}

// Get gives a value and marks it used.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	if el, ok := c.byKey[k]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

// Put keeps a value, dropping the least recently used ones until the
// total fits. A value larger than the whole cache is not kept.
func (c *Cache[K, V]) Put(k K, v V) {
	n := c.size(v)
	if el, ok := c.byKey[k]; ok {
		e := el.Value.(*entry[K, V])
		c.used += n - e.size
		e.val, e.size = v, n
		c.order.MoveToFront(el)
	} else {
		if n > c.max {
			return
		}
		c.byKey[k] = c.order.PushFront(&entry[K, V]{key: k, val: v, size: n})
		c.used += n
	}
	for c.used > c.max && c.order.Len() > 0 {
		c.evict(c.order.Back())
	}
}

func (c *Cache[K, V]) evict(el *list.Element) {
	e := el.Value.(*entry[K, V])
	c.order.Remove(el)
	delete(c.byKey, e.key)
	c.used -= e.size
}

// Bytes is the total size of what is kept.
func (c *Cache[K, V]) Bytes() int64 { return c.used }

// LinesSize measures cached lines of text: their bytes and a little per
// line for the slice.
func LinesSize(lines []string) int64 {
	n := int64(24 * len(lines))
	for _, l := range lines {
		n += int64(len(l)) + 16
	}
	return n
}
