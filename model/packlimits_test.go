package model

import (
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/content"
)

// A pack over its limits is refused whole, with one problem, and stops
// being read: files past the byte budget are not read at all.
func TestPackLimits(t *testing.T) {
	pack := fstest.MapFS{}
	total := 0
	for name := range mustFiles(t) {
		data, err := content.FS().(interface{ ReadFile(string) ([]byte, error) }).ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pack[name] = &fstest.MapFile{Data: data}
		total += len(data)
	}
	files := len(pack)
	read := func(name string) ([]byte, string) { return readSmallFile(pack, name) }
	for _, tt := range []struct {
		lim  packLimits
		want string
	}{
		{packLimits{files, total, 4 * files}, ""},
		{packLimits{files - 1, total, 4 * files}, "the pack has more than " + strconv.Itoa(files-1) + " content files"},
		{packLimits{files, total - 1, 4 * files}, "the content files of the pack come to more than " + strconv.Itoa(total-1) + " bytes"},
		{packLimits{files, total / 2, 4 * files}, "the content files of the pack come to more than " + strconv.Itoa(total/2) + " bytes"},
		{packLimits{files, total, 20}, "the pack's folders hold more than 20 files and folders"},
	} {
		var reads atomic.Int64 // files are read on several goroutines
		counting := func(name string) ([]byte, string) { reads.Add(1); return read(name) }
		_, err := load(pack, counting, tt.lim)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%+v: %v", tt.lim, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want) || len(err.(*LoadError).Problems) != 1):
			t.Errorf("%+v: %v, want one problem: %s", tt.lim, err, tt.want)
		}
		if tt.lim.bytes == total/2 && reads.Load() >= int64(files) {
			t.Errorf("over the byte budget, all %d files were read", reads.Load())
		}
	}
}

func mustFiles(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	l := newLoader()
	files, err := l.list(content.FS(), defaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		out[f.name] = true
	}
	return out
}
