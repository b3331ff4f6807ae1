package model_test

import (
	"errors"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

// Decode refuses what Encode did not write, and a story of another
// version, with ErrCompiled; it never panics.
func TestDecodeRejectsDamage(t *testing.T) {
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	good, err := model.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	damaged := map[string]string{
		"empty":     "",
		"truncated": string(good[:len(good)/2]),
		"garbage":   "---\nid: story\n---\nnot a compiled story",
	}
	for name, data := range damaged {
		if _, err := model.Decode(data); !errors.Is(err, model.ErrCompiled) {
			t.Errorf("%s: Decode gave %v, want ErrCompiled", name, err)
		}
	}
}

// Encode gives the same bytes for the same story, so the compiled file
// only changes when the story does.
func TestEncodeIsStable(t *testing.T) {
	a, _ := model.Load(content.FS())
	b, _ := model.Load(content.FS())
	x, err := model.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	y, _ := model.Encode(b)
	if string(x) != string(y) {
		t.Fatal("two encodings of the same story differ")
	}
}

// An item without an id, which Load never makes, is refused.
func TestDecodeRefusesItemsWithoutID(t *testing.T) {
	s := &model.Story{Timeline: []*model.Event{{}}}
	data, err := model.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := model.Decode(string(data)); !errors.Is(err, model.ErrCompiled) {
		t.Fatalf("Decode of an item without an id gave %v, want ErrCompiled", err)
	}
}

// Whatever the bytes, Decode gives a story or an error, never a panic;
// the story it gives can be used.
func FuzzDecode(f *testing.F) {
	s, err := model.Load(content.FS())
	if err != nil {
		f.Fatal(err)
	}
	good, err := model.Encode(s)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(good))
	f.Add(string(good[:len(good)/3]))
	f.Fuzz(func(t *testing.T, data string) {
		s, err := model.Decode(string(data))
		if err != nil {
			return
		}
		for _, e := range s.Entries() {
			if _, ok := s.Entry(e.Base().ID); !ok {
				t.Fatalf("entry %q is listed but cannot be found", e.Base().ID)
			}
		}
	})
}
