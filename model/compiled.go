package model

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"reflect"
	"strings"
)

// The compiled form of a story is what a build makes of content/ (go
// generate ./internal/compiled) so that a start decodes it instead of
// parsing and validating every file: the story's exported fields, as Load
// made them, written in order, with nothing between them. A string is its
// length (uvarint) and its bytes; a list is 0 when there is none, else
// its length plus one, then its elements (Load tells an empty list from
// none: the JSON export writes [] or null); an integer is a varint, a
// boolean a byte, a pointer a byte saying whether it is there. It begins
// with a magic word and a fingerprint of model's types, so that a build
// whose types changed refuses a stale file rather than misreading it.
//
// It is not gob: encoding/gob's package initialisation alone takes about
// as long as decoding the story this way, and every start would pay it.

const compiledMagic = "dealtui-story\x00"

// compiled is the compiled form's content: the story's exported parts.
// Everything else is rebuilt by Decode.
type compiled struct {
	Intro    *Intro
	Timeline []*Event
	Terms    []*Term
	Japan    []*Implication
	Impact   []*Impact
	Glossary []*Glossary
	Notes    []*Note
	Blocks   []*Block
	Facts    []*Fact
	Lang     Lang
	Aliases  [][]string
	Tour     *Tour
}

// compiledForm gives the story's exported parts, as Encode writes them.
func (s *Story) compiledForm() compiled {
	return compiled{s.Intro, s.Timeline, s.Terms, s.Japan, s.Impact, s.Glossary, s.Notes, s.Blocks, s.Facts, s.Lang, s.Aliases, s.Tour}
}

// Encode writes a story that Load made in the compact form Decode reads.
// The same story always gives the same bytes.
func Encode(s *Story) ([]byte, error) {
	c := s.compiledForm()
	out := append([]byte(compiledMagic), typesFingerprint()...)
	return encodeValue(out, reflect.ValueOf(c))
}

// ErrCompiled is wrapped by the errors of Decode.
var ErrCompiled = errors.New("the compiled story cannot be read")

// Decode reads a story written by Encode. It does not validate the story
// again (Load did, before it was encoded): it rebuilds the indexes Load
// builds, so the story behaves as the one that was encoded. The story's
// strings are parts of data, not copies: an embedded string costs no
// memory beyond the binary's own pages. Damaged input gives an error
// wrapping ErrCompiled, never a panic, and never makes it allocate more
// than the input's size allows.
func Decode(data string) (*Story, error) { return decodeWith(data, nil) }

// decodeWith decodes a story, passing each of its texts through text when
// it is not nil.
func decodeWith(data string, text func(string) string) (*Story, error) {
	head := compiledMagic + string(typesFingerprint())
	if !strings.HasPrefix(data, head) {
		return nil, fmt.Errorf("%w: it was not written by this build's model.Encode (go generate ./internal/compiled)", ErrCompiled)
	}
	var c compiled
	d := &decoder{data: data[len(head):], text: text}
	if err := d.value(reflect.ValueOf(&c).Elem()); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCompiled, err)
	}
	if len(d.data) != 0 {
		return nil, fmt.Errorf("%w: %d bytes left over", ErrCompiled, len(d.data))
	}
	s := &Story{
		Intro: c.Intro, Timeline: c.Timeline, Terms: c.Terms, Japan: c.Japan, Impact: c.Impact,
		Glossary: c.Glossary, Notes: c.Notes, Blocks: c.Blocks, Facts: c.Facts,
		Lang: c.Lang, Aliases: c.Aliases, Tour: c.Tour,
	}
	if err := s.rebuild(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCompiled, err)
	}
	return s, nil
}

// typesFingerprint identifies the shape of what Encode writes: every
// field's name and kind, in order.
func typesFingerprint() []byte {
	h := fnv.New64a()
	describe(h, reflect.TypeFor[compiled](), map[reflect.Type]bool{})
	return h.Sum(nil)
}

func describe(w interface{ Write([]byte) (int, error) }, t reflect.Type, seen map[reflect.Type]bool) {
	fmt.Fprintf(w, "%s:%s(", t.Name(), t.Kind())
	defer fmt.Fprint(w, ")")
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		describe(w, t.Elem(), seen)
	case reflect.Struct:
		if seen[t] {
			return
		}
		seen[t] = true
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				fmt.Fprintf(w, "%s=", f.Name)
				describe(w, f.Type, seen)
			}
		}
	}
}

// encodeValue appends a value in the compiled form.
func encodeValue(out []byte, v reflect.Value) ([]byte, error) {
	switch v.Kind() {
	case reflect.String:
		out = binary.AppendUvarint(out, uint64(v.Len()))
		return append(out, v.String()...), nil
	case reflect.Int:
		return binary.AppendVarint(out, v.Int()), nil
	case reflect.Bool:
		if v.Bool() {
			return append(out, 1), nil
		}
		return append(out, 0), nil
	case reflect.Pointer:
		if v.IsNil() {
			return append(out, 0), nil
		}
		return encodeValue(append(out, 1), v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return append(out, 0), nil
		}
		out = binary.AppendUvarint(out, uint64(v.Len())+1)
		for i := range v.Len() {
			var err error
			if out, err = encodeValue(out, v.Index(i)); err != nil {
				return nil, err
			}
		}
		return out, nil
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				continue
			}
			var err error
			if out, err = encodeValue(out, v.Field(i)); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	return nil, fmt.Errorf("model: the compiled form has no encoding for %s", v.Type())
}

// decoder reads the compiled form, passing each text through text when
// it is set.
type decoder struct {
	data string
	text func(string) string
}

var errShort = errors.New("it ends too soon")

func (d *decoder) uvarint() (uint64, error) {
	var n uint64
	for shift := 0; shift < 64; shift += 7 {
		b, err := d.byte()
		if err != nil {
			return 0, err
		}
		n |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return n, nil
		}
	}
	return 0, errors.New("a number too large")
}

// length reads the length of a string: a length the rest of the input
// cannot hold is refused before anything is allocated. (So is a list's:
// each element takes at least a byte.)
func (d *decoder) length() (int, error) {
	n, err := d.uvarint()
	if err != nil {
		return 0, err
	}
	if n > uint64(len(d.data)) {
		return 0, fmt.Errorf("a length of %d with %d bytes left", n, len(d.data))
	}
	return int(n), nil
}

func (d *decoder) byte() (byte, error) {
	if len(d.data) == 0 {
		return 0, errShort
	}
	b := d.data[0]
	d.data = d.data[1:]
	return b, nil
}

func (d *decoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.String:
		n, err := d.length()
		if err != nil {
			return err
		}
		str := d.data[:n]
		d.data = d.data[n:]
		if d.text != nil {
			str = d.text(str)
		}
		v.SetString(str)
		return nil
	case reflect.Int:
		u, err := d.uvarint()
		v.SetInt(int64(u>>1) ^ -int64(u&1)) // binary.AppendVarint's zig-zag
		return err
	case reflect.Bool:
		b, err := d.byte()
		v.SetBool(b == 1)
		return err
	case reflect.Pointer:
		return d.pointer(v)
	case reflect.Slice:
		return d.slice(v)
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			if !t.Field(i).IsExported() {
				continue
			}
			if err := d.value(v.Field(i)); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("no decoding for %s", v.Type())
}

func (d *decoder) pointer(v reflect.Value) error {
	b, err := d.byte()
	if err != nil || b == 0 {
		return err
	}
	p := reflect.New(v.Type().Elem())
	if err := d.value(p.Elem()); err != nil {
		return err
	}
	v.Set(p)
	return nil
}

func (d *decoder) slice(v reflect.Value) error {
	n, err := d.uvarint()
	if err != nil || n == 0 {
		return err // 0: no list
	}
	if n-1 > uint64(len(d.data)) {
		return fmt.Errorf("a list of %d with %d bytes left", n-1, len(d.data))
	}
	s := reflect.MakeSlice(v.Type(), int(n-1), int(n-1))
	for i := range int(n - 1) {
		if err := d.value(s.Index(i)); err != nil {
			return err
		}
	}
	v.Set(s)
	return nil
}

// rebuild makes the indexes by id of a decoded story.
func (s *Story) rebuild() error {
	all := []Entry{}
	if s.Intro != nil {
		all = append(all, s.Intro)
	}
	all = append(all, entries(s.Timeline)...)
	all = append(all, entries(s.Terms)...)
	all = append(all, entries(s.Japan)...)
	all = append(all, entries(s.Impact)...)
	all = append(all, entries(s.Glossary)...)
	s.entries = make(map[string]Entry, len(all))
	s.notes = make(map[string]*Note, len(s.Notes))
	s.blocks = make(map[string]*Block, len(s.Blocks))
	s.facts = make(map[string]*Fact, len(s.Facts))
	for _, e := range all {
		id := e.Base().ID
		if id == "" {
			return errors.New("an item without an id")
		}
		s.entries[id] = e
	}
	for _, n := range s.Notes {
		s.notes[n.ID] = n
	}
	for _, b := range s.Blocks {
		s.blocks[b.ID] = b
	}
	for _, f := range s.Facts {
		s.facts[f.ID] = f
	}
	return nil
}
