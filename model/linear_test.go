//go:build integration

package model_test

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

// work is what one call of f allocated: the number of allocations and
// their bytes. Counting allocations rather than time makes the measure
// independent of the machine and its load; these tests are not parallel,
// so they never overlap the package's parallel ones and nothing else
// allocates meanwhile, and Load
// parses on one goroutine (GOMAXPROCS 1) while it is measured. Two garbage
// collections first empty the pools (sync.Pool keeps objects through one),
// so that every call starts from the same state and the count is the same
// on every run.
func work(f func()) (mallocs, bytes uint64) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1)) // one goroutine parses: the same work every time
	var a, b runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	return b.Mallocs - a.Mallocs, b.TotalAlloc - a.TotalAlloc
}

// growth is how much the work grows each time the input doubles, from
// the work at sizes n, 2n, 4n and 8n: the step from 4n to 8n adds 4 times
// the input of the step from n to 2n, so it costs 4 times the work when
// the work is linear in the size (whatever the fixed cost of the rest of
// the pack) and 16 times when it is quadratic; growth is the square root:
// 2 for linear, 4 for quadratic. A step that adds less than floor counts
// as floor, so that a cost that does not grow at all is not noise divided
// by noise.
func growth(w [4]uint64, floor uint64) float64 {
	first := max(w[1]-min(w[0], w[1]), floor)
	last := max(w[3]-min(w[2], w[3]), floor)
	return math.Sqrt(float64(last) / float64(first))
}

// repeatTo repeats unit until the result is about n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, max(n/len(unit), 1))
}

// frontMatterShapes each make the front matter of deal/01-term.md about n
// bytes bigger, in one way. Some are not valid content: the work of
// refusing them counts as much.
func frontMatterShapes() map[string]func(n int) map[string]string {
	at := func(key, value string) map[string]string { return map[string]string{key: value} }
	return map[string]func(n int) map[string]string{
		"plain text":            func(n int) map[string]string { return at("summary:", "summary: "+repeatTo("word ", n)) },
		"double-quoted escapes": func(n int) map[string]string { return at("summary:", `summary: "`+repeatTo(`\u0041\e[2J\x9b`, n)+`"`) },
		"single-quoted quotes":  func(n int) map[string]string { return at("summary:", "summary: '"+repeatTo("it''s ", n)+"'") },
		"plain over many lines": func(n int) map[string]string {
			return at("summary:", "summary: a\n"+repeatTo("  more words\n", n)+"  end")
		},
		"literal block":  func(n int) map[string]string { return at("summary:", "summary: |\n"+repeatTo("  line\n", n)+"  end") },
		"folded block":   func(n int) map[string]string { return at("summary:", "summary: >\n"+repeatTo("  line\n", n)+"  end") },
		"long flow list": func(n int) map[string]string { return at("citations:", "citations: ["+repeatTo("P01, ", n)+"P01]") },
		"long block list": func(n int) map[string]string {
			return at("citations:", "citations:\n"+repeatTo("  - P01\n", n)+"  - P01")
		},
		"nesting at the limit, repeated": func(n int) map[string]string {
			return at("citations:", "citations: ["+repeatTo("[[[[[[[a]]]]]]], ", n)+"P01]")
		},
		"block nesting at the limit, repeated": func(n int) map[string]string {
			return at("citations:", "citations:\n"+repeatTo("  - - - - - - - x\n", n))
		},
		"flow lists nested as deep as the size allows": func(n int) map[string]string {
			return at("citations:", "citations: "+strings.Repeat("[", n/2)+strings.Repeat("]", n/2))
		},
		"block entries inside a flow list": func(n int) map[string]string {
			return at("citations:", "citations: ["+repeatTo("- ", n)+"x]")
		},
		"flow mappings nested, unclosed": func(n int) map[string]string { return at("citations:", "citations: "+repeatTo("{a: ", n)) },
		"block lists nested as deep as the size allows": func(n int) map[string]string {
			return at("citations:", "citations:\n"+repeatTo("- ", n)+"x")
		},
		"mappings nested by indentation": func(n int) map[string]string {
			var b strings.Builder
			for i := 0; b.Len() < n; i++ {
				b.WriteString(strings.Repeat(" ", i%200) + "k:\n")
			}
			return at("title:", b.String()+"title: A term")
		},
		"as many keys as the size allows": func(n int) map[string]string {
			var b strings.Builder
			for i := 0; b.Len() < n; i++ {
				fmt.Fprintf(&b, "k%d: v\n", i)
			}
			return at("title:", b.String()+"title: A term")
		},
		"comments": func(n int) map[string]string { return at("title:", repeatTo("# a comment\n", n)+"title: A term") },
		"anchors and aliases": func(n int) map[string]string {
			return at("citations:", "citations: [&a P01, "+repeatTo("*a, ", n)+"*a]")
		},
		"tags": func(n int) map[string]string {
			return at("citations:", "citations: ["+repeatTo("!!str P01, ", n)+"P01]")
		},
		"unknown fields with long values": func(n int) map[string]string {
			var b strings.Builder
			for i := range 100 {
				fmt.Fprintf(&b, "x%d: %s\n", i, repeatTo("v", n/100))
			}
			return at("title:", b.String()+"title: A term")
		},
		"a key with a long list under it": func(n int) map[string]string {
			return at("citations:", "citations:\n"+strings.Repeat("k", 64)+":\n"+repeatTo("  - a\n", n))
		},
		"deep indentation": func(n int) map[string]string {
			return at("citations:", "citations:\n"+repeatTo(strings.Repeat(" ", 200)+"- P01\n", n))
		},
		"unclosed quote": func(n int) map[string]string { return at("summary:", `summary: "`+repeatTo("open ", n)) },
		"unclosed list":  func(n int) map[string]string { return at("citations:", "citations: ["+repeatTo("a, ", n)) },
		"wide text": func(n int) map[string]string {
			return at("summary:", "summary: "+repeatTo("富士通と👨\u200d👩\u200d👧\u200d👦、", n))
		},
		"terminal controls": func(n int) map[string]string {
			return at("summary:", "summary: \""+repeatTo(`\e]52;c;SGk=\a\e[31m&#27;`, n)+"\"")
		},
	}
}

// Parsing is linear in the size of the front matter, whatever its shape:
// each shape at 4, 8, 16 and 32 KiB (within the 64 KiB limit).
func TestFrontMatterWorkIsLinear(t *testing.T) {
	skipUnderRace(t)
	for name, shape := range frontMatterShapes() {
		t.Run(name, func(t *testing.T) {
			var ms, bs [4]uint64
			sizes := []int{4 << 10, 8 << 10, 16 << 10, 32 << 10}
			for i, n := range sizes {
				data := termFile(t, shape(n))
				pack := copyPack(t)
				pack["deal/01-term.md"] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
				ms[i], bs[i] = work(func() { _, _ = model.Load(pack) })
			}
			checkGrowth(t, sizes[0], ms, bs)
		})
	}
}

// bodyShapes each make a body of about n bytes.
func bodyShapes() map[string]func(n int) string {
	return map[string]func(n int) string{
		"prose":                func(n int) string { return repeatTo("Some words of a body. ", n) },
		"many lines":           func(n int) string { return repeatTo("a\n", n) },
		"escape sequences":     func(n int) string { return repeatTo("\x1b[31mred\x1b[0m \x1b]8;;x\x07link\x1b]8;;\x07 ", n) },
		"C1 controls":          func(n int) string { return repeatTo("\u009b31m\u009d0;t\u009c ", n) },
		"unterminated OSC":     func(n int) string { return "\x1b]0;" + repeatTo("title ", n) },
		"character references": func(n int) string { return repeatTo("&#27;[2J &amp; &zwj; &#x202E; ", n) },
		"nested references":    func(n int) string { return repeatTo("&&&&&#8203;#8203;#8203;#8203;#27; ", n) },
		"ampersands":           func(n int) string { return repeatTo("&&&&&&&&;", n) },
		"invisible characters": func(n int) string { return repeatTo("a\u200b\u202e\u00ad\ufe0f\u200d", n) },
		"emoji and scripts": func(n int) string {
			return repeatTo("👨\u200d👩\u200d👧\u200d👦 🏳\ufe0f\u200d🌈 👍🏽 🇯🇵 می\u200cخواهم क्\u200dष ", n)
		},
		"Markdown":       func(n int) string { return repeatTo("# H\n\n- a\n  - b\n> q\n```\ncode\n```\n", n) },
		"glossary words": func(n int) string { return repeatTo("cloud clouds Cloud ", n) },
	}
}

// Loading a body is linear in its size: each shape at 64 KiB to 512 KiB.
func TestBodyWorkIsLinear(t *testing.T) {
	skipUnderRace(t)
	for name, shape := range bodyShapes() {
		t.Run(name, func(t *testing.T) {
			var ms, bs [4]uint64
			sizes := []int{64 << 10, 128 << 10, 256 << 10, 512 << 10}
			for i, n := range sizes {
				data := string(base(t, "deal/01-term.md")) + "\n" + shape(n)
				pack := copyPack(t)
				pack["deal/01-term.md"] = &fstest.MapFile{Data: []byte(data), Mode: 0o644}
				ms[i], bs[i] = work(func() { _, _ = model.Load(pack) })
			}
			checkGrowth(t, sizes[0], ms, bs)
		})
	}
}

// skipUnderRace skips an allocation-counting test under the race detector.
func skipUnderRace(t *testing.T) {
	t.Helper()
	if raceDetector {
		t.Skip("allocation counts vary under the race detector (sync.Pool drops at random)")
	}
}

// checkGrowth fails unless doubling the input at most about doubles the
// work, in allocations and in bytes.
func checkGrowth(t *testing.T, n int, ms, bs [4]uint64) {
	t.Helper()

	const limit = 3
	gm, gb := growth(ms, 64), growth(bs, uint64(n))
	t.Logf("%s: allocations %v (×%.2f per doubling); bytes %v (×%.2f)", t.Name(), ms, gm, bs, gb)
	if gm > limit || gb > limit {
		t.Errorf("work grows faster than the input: allocations ×%.2f, bytes ×%.2f when the input doubles (limit ×%d)", gm, gb, limit)
	}
}

// withGlossary adds n glossary entries to a pack, each matching a word of
// its own that one item uses and lists, so that the pack loads: the
// glossary check then weighs items against entries.
func withGlossary(t testing.TB, pack fstest.MapFS, n int) fstest.MapFS {
	t.Helper()
	var items []string
	for name := range pack {
		if strings.HasPrefix(name, "deal/") {
			items = append(items, name)
		}
	}
	if len(items) < n {
		t.Fatalf("%d deal items for %d glossary entries", len(items), n)
	}
	for i := range n {
		word := fmt.Sprintf("gloss%dword", i)
		pack[fmt.Sprintf("glossary/x%05d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\nid: gloss-%d\nkind: glossary\ntitle: %s\nsummary: A made-up word.\nin_this_deal: Nothing.\nmatch: [%s]\nprovenance: background\ncitations: [B01]\n---\n", i, word, word))}
		text := string(pack[items[i]].Data)
		id := fmt.Sprintf("gloss-%d", i)
		if strings.Contains(text, "\nterms: [") {
			text = strings.Replace(text, "\nterms: [", "\nterms: ["+id+", ", 1)
		} else {
			text = strings.Replace(text, "\n---\n", "\nterms: ["+id+"]\n---\n", 1)
		}
		text += "\nUses " + word + ".\n"
		pack[items[i]] = &fstest.MapFile{Data: []byte(text)}
	}
	return pack
}

// Loading is linear in the number of files: the story at 4, 8, 16 and 32
// times its items, and the same with as many glossary entries as deal
// items (the glossary check weighs every item against every entry).
func TestLoadWorkIsLinearInFiles(t *testing.T) {
	skipUnderRace(t)
	for _, glossary := range []bool{false, true} {
		t.Run(fmt.Sprintf("glossary=%v", glossary), func(t *testing.T) {
			var ms, bs [4]uint64
			for i, f := range []int{4, 8, 16, 32} {
				pack := generated(t, f)
				if glossary {
					pack = withGlossary(t, pack, 10*f)
				}
				if _, err := model.Load(pack); err != nil {
					t.Fatal(err)
				}
				ms[i], bs[i] = work(func() { _, _ = model.Load(pack) })
			}
			checkGrowth(t, 1<<16, ms, bs)
		})
	}
}
