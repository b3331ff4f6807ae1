package model

import (
	"fmt"

	"github.com/goccy/go-yaml/token"
)

// Limits on the shape of front matter, checked on the YAML lexer's tokens
// before the parser sees them. The parser's cost grows with the square of
// the nesting depth (it builds a path string per level, each containing
// its parent's), with the square of the number of keys in one mapping (it
// parses each key recursively and copies the keys after it), and with the
// length of a key times the number of nodes under it. Content fields are
// text or lists of text, two levels at most, under some twenty short keys,
// so these limits refuse no front matter that could load.
const (
	// MaxFrontMatter is the largest front matter Load parses: 64 KiB.
	MaxFrontMatter = 64 << 10
	// maxNesting is how deep lists and mappings may sit inside one another.
	maxNesting = 8
	// maxKeys is how many keys the front matter may have, at any level.
	maxKeys = 128
	// maxKeyLen is the longest key, in bytes.
	maxKeyLen = 64
)

// blockLevel is an open block collection: a sequence of "- " entries or a
// mapping of "key:" entries starting at a column.
type blockLevel struct {
	col int
	seq bool
}

// yamlShape tracks the nesting of the tokens seen so far.
type yamlShape struct {
	flow  int          // open [ and {
	block []blockLevel // open block collections, outermost first
	// dashes counts "- " entries inside [ ] or { } since the outermost
	// opened: not YAML, but the parser nests a list for each, so each
	// counts as a level until the flow collection closes.
	dashes int
	keys   int
}

// checkYAMLShape reports the first token that breaks a limit, with its line
// in the parsed text and what is wrong; the line is 0 when all is well.
// The lexer's reading of quotes, comments and block scalars is the
// parser's, so no bracket in a string counts and none can hide.
func checkYAMLShape(tokens token.Tokens) (int, string) {
	var sh yamlShape
	for i, tk := range tokens {
		if msg := sh.step(tokens, i); msg != "" {
			return tk.Position.Line, msg
		}
	}
	return 0, ""
}

func (sh *yamlShape) step(tokens token.Tokens, i int) string {
	tk := tokens[i]
	switch tk.Type {
	case token.SequenceStartType, token.MappingStartType:
		sh.flow++
	case token.SequenceEndType, token.MappingEndType:
		if sh.flow = max(sh.flow-1, 0); sh.flow == 0 {
			sh.dashes = 0
		}
	case token.MappingKeyType:
		return `explicit keys ("? key") are not supported: write "key: value"`
	case token.SequenceEntryType:
		if sh.flow > 0 {
			sh.dashes++
		} else {
			sh.open(tk.Position.Column, true)
		}
	case token.MappingValueType:
		return sh.key(tokens, i)
	}
	if sh.depth() > maxNesting {
		return fmt.Sprintf("lists and mappings nested more than %d deep: content fields are text or lists of text", maxNesting)
	}
	return ""
}

// key checks the key before a ":" and, in block context, opens or continues
// the mapping it belongs to.
func (sh *yamlShape) key(tokens token.Tokens, i int) string {
	sh.keys++
	if sh.keys > maxKeys {
		return fmt.Sprintf("more than %d keys: a content file has some twenty fields", maxKeys)
	}
	k := previousNonComment(tokens, i)
	if k == nil {
		return "" // ": x" with no key: the parser says what is wrong
	}
	if !isScalarToken(k.Type) {
		return "a key must be a field name, not a list or a mapping"
	}
	if len(k.Value) > maxKeyLen {
		return fmt.Sprintf("a key of %d bytes: keys are field names, at most %d bytes", len(k.Value), maxKeyLen)
	}
	if sh.flow == 0 {
		sh.open(k.Position.Column, false)
	}
	if sh.depth() > maxNesting {
		return fmt.Sprintf("lists and mappings nested more than %d deep: content fields are text or lists of text", maxNesting)
	}
	return ""
}

// depth is how many lists and mappings are open.
func (sh *yamlShape) depth() int { return sh.flow + len(sh.block) + sh.dashes }

// open records a block entry ("- " when seq, else "key:") at a column:
// collections more indented than it are closed; an entry at the column of
// an open collection of its kind continues it; otherwise it opens a new,
// deeper one. A sequence may sit at the column of the key that holds it
// ("key:\n- a"), and a key at that column after it closes it.
func (sh *yamlShape) open(col int, seq bool) {
	for len(sh.block) > 0 {
		top := sh.block[len(sh.block)-1]
		if top.col > col || (top.col == col && top.seq && !seq) {
			sh.block = sh.block[:len(sh.block)-1]
			continue
		}
		if top.col == col && top.seq == seq {
			return
		}
		break
	}
	sh.block = append(sh.block, blockLevel{col: col, seq: seq})
}

func previousNonComment(tokens token.Tokens, i int) *token.Token {
	for j := i - 1; j >= 0; j-- {
		if tokens[j].Type != token.CommentType {
			return tokens[j]
		}
	}
	return nil
}

func isScalarToken(t token.Type) bool {
	switch t {
	case token.StringType, token.SingleQuoteType, token.DoubleQuoteType,
		token.NullType, token.ImplicitNullType, token.BoolType,
		token.IntegerType, token.BinaryIntegerType, token.OctetIntegerType, token.HexIntegerType,
		token.FloatType, token.InfinityType, token.NanType, token.MergeKeyType:
		return true
	}
	return false
}
