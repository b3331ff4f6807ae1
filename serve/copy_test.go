package serve

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// y copies the item in the reader to the client's clipboard: the OSC 52
// sequence reaches the client over SSH, with the item's Markdown in it.
func TestCopyOverSSH(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := ts.explorer(t, 120, 40, sshterm.Options{KeepRaw: true})
	s.Type("y")
	if _, err := s.WaitRaw(func(raw []byte) bool { return strings.Contains(string(raw), "\x1b]52;c;") }, wait); err != nil {
		t.Fatal(err)
	}
	raw := string(s.Raw())
	seq := raw[strings.Index(raw, "\x1b]52;c;")+len("\x1b]52;c;"):]
	end := strings.IndexAny(seq, "\x07\x1b")
	if end < 0 {
		t.Fatalf("the OSC 52 sequence does not end: %.80q", seq)
	}
	md, err := base64.StdEncoding.DecodeString(seq[:end])
	if err != nil || !strings.HasPrefix(string(md), "# ") {
		t.Errorf("payload %.200q, %v", md, err)
	}
	if _, err := s.WaitText("copied “Multi-partnership framework” as Markdown", wait); err != nil {
		t.Error(err)
	}
}
