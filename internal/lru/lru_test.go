package lru

import "testing"

// The cache keeps what fits in its bytes, dropping the least recently used
// first, and never keeps a value larger than itself.
func TestCacheDropsLeastRecentlyUsed(t *testing.T) {
	c := New[string](10, func(v string) int64 { return int64(len(v)) })
	c.Put("a", "aaaa")
	c.Put("b", "bbbb")
	if _, ok := c.Get("a"); !ok { // a is now the most recent
		t.Fatal("a was dropped")
	}
	c.Put("c", "cccc") // 12 bytes: b, the least recent, goes
	if _, ok := c.Get("b"); ok {
		t.Error("b was kept past the limit")
	}
	for _, k := range []string{"a", "c"} {
		if _, ok := c.Get(k); !ok {
			t.Errorf("%s was dropped", k)
		}
	}
	if c.Bytes() != 8 {
		t.Errorf("Bytes() = %d, want 8", c.Bytes())
	}
	c.Put("big", "0123456789x")
	if _, ok := c.Get("big"); ok || c.Bytes() != 8 {
		t.Errorf("a value larger than the cache was kept (%d bytes)", c.Bytes())
	}
	c.Put("a", "aaaaaa") // replacing a value counts its new size
	if c.Bytes() != 10 {
		t.Errorf("after replacing a: Bytes() = %d, want 10", c.Bytes())
	}
}
