package model_test

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

// The data exports carry emoji sequences exactly as written: zero width
// joiners, VS16 and skin tones. The text export, read on terminals, shows
// them as the screen does, taken apart where a terminal would draw them
// at another width (docs/RELIABILITY.md).
func TestExportsKeepEmojiSequences(t *testing.T) {
	const (
		family   = "\U0001F468\u200d\U0001F469\u200d\U0001F467" // man ZWJ woman ZWJ girl
		rainbow  = "\U0001F3F3\ufe0f\u200d\U0001F308"           // white flag VS16 ZWJ rainbow
		thumbsUp = "\U0001F44D\U0001F3FD"                       // with a skin tone
	)
	base, err := validPack()
	if err != nil {
		t.Fatal(err)
	}
	pack := fstest.MapFS{}
	for n, f := range base {
		pack[n] = f
	}
	event := strings.Replace(string(base["timeline/01-start.md"].Data), "title: It starts", "title: It starts "+family+" "+rainbow+" "+thumbsUp, 1)
	pack["timeline/01-start.md"] = &fstest.MapFile{Data: []byte(event)}
	s, err := model.Load(pack)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []model.Format{model.FormatJSON, model.FormatMarkdown, model.FormatText} {
		var b bytes.Buffer
		if err := s.Export(&b, f, 80); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if f == model.FormatJSON {
			out = strings.ReplaceAll(out, `\u200d`, "\u200d")
		}
		kept := strings.Contains(out, family) && strings.Contains(out, rainbow) && strings.Contains(out, thumbsUp)
		if want := f != model.FormatText; kept != want {
			t.Errorf("%s export: sequences kept whole %v, want %v", f, kept, want)
		}
	}
	if s.ForScreen() == s {
		t.Error("the screen form of a story with uneven emoji is the story itself")
	}
	if title := s.ForScreen().Timeline[0].Title; strings.Contains(title, "\u200d") {
		t.Errorf("the screen form keeps a joiner: %+q", title)
	}
}
