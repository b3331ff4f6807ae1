package model

import (
	"fmt"
	"sync/atomic"
)

// A pack is bounded as a whole, as each file is: whatever is in a
// directory, loading it cannot take unbounded memory or time. The story at
// 2,564 times its items is 100,059 files and 127 MiB.
const (
	// MaxPackFiles is the most content files a pack may have.
	MaxPackFiles = 250_000
	// MaxPackBytes is the most bytes the content files of a pack may
	// have in all.
	MaxPackBytes = 256 << 20
	// maxPackEntries is the most entries (files and folders, content or
	// not) the walk of a pack visits: --content / ends soon.
	maxPackEntries = 4 * MaxPackFiles
)

// packLimits are the bounds of a pack; tests make them small.
type packLimits struct{ files, bytes, entries int }

func defaultLimits() packLimits { return packLimits{MaxPackFiles, MaxPackBytes, maxPackEntries} }

// packBytes counts the bytes read from a pack, from several goroutines.
type packBytes struct {
	limit int64
	read  atomic.Int64
	over  atomic.Bool
}

// reader wraps a readFunc: once the pack has gone over MaxPackBytes, no
// more files are read (their read says skipped).
func (b *packBytes) reader(read readFunc) readFunc {
	return func(name string) ([]byte, string) {
		if b.over.Load() {
			return nil, skipped
		}
		data, msg := read(name)
		if b.read.Add(int64(len(data))) > b.limit {
			b.over.Store(true)
			return nil, skipped
		}
		return data, msg
	}
}

// skipped is what a read says when the pack is over budget.
const skipped = "\x00skipped"

func (b *packBytes) problem() Problem {
	return Problem{Msg: fmt.Sprintf("the content files of the pack come to more than %d bytes: a pack may have at most that much", b.limit)}
}
