// Package jsonwalk decodes JSON documents strictly and reports every
// problem at once, each with its JSON path and its line and column: a
// document is parsed into a tree of positioned nodes, and a Walker goes
// through it field by field, recording a policy.Problem for each unknown
// key, duplicate key, wrong type or bad value, and going on with the rest.
// encoding/json stops at the first problem and DisallowUnknownFields does
// not say where; a decoder of a pack or a data set needs both.
package jsonwalk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/shegong/shegong/policy"
)

// Kind is the JSON type of a node.
type Kind uint8

// The kinds of node.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{"null", "true or false", "a number", "a string", "an array", "an object"}

// String names k as an error message does: "a number", "an object".
func (k Kind) String() string { return kindNames[k] }

// A Node is one JSON value and where it stands in the document.
type Node struct {
	Kind       Kind
	Start, End int      // byte offsets of the value's text
	Elems      []*Node  // the elements of an Array
	Members    []Member // the members of an Object, in document order
	Str        string   // the decoded text of a String
}

// A Member is one key and value of an object.
type Member struct {
	Key      string
	KeyStart int
	Value    *Node
}

// A Doc is a parsed document: its bytes and its root.
type Doc struct {
	data []byte
	Root *Node
}

// MaxDepth bounds the nesting of arrays and objects, so that hostile input
// such as a million "[" cannot exhaust the stack.
const MaxDepth = 256

// ErrSyntax is wrapped by the problem Parse returns for a document that is
// not JSON: a syntax error, invalid UTF-8, an empty document or data after
// the value.
var ErrSyntax = errors.New("invalid JSON")

// Parse parses data, which may start with a UTF-8 byte-order mark. A
// document that is not JSON gives a *policy.Problem, with the line and
// column of the fault, wrapping ErrSyntax.
func Parse(data []byte) (*Doc, error) {
	p := parser{data: data}
	p.pos = len(bom(data))
	p.space()
	if p.pos == len(data) {
		return nil, p.fail("the document is empty")
	}
	root, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos != len(data) {
		return nil, p.fail("data after the document's value")
	}
	return &Doc{data: data, Root: root}, nil
}

func bom(data []byte) []byte {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return data[:3]
	}
	return nil
}

// Raw returns the text of n.
func (d *Doc) Raw(n *Node) []byte { return d.data[n.Start:n.End] }

// Position returns the line and column (in characters), both from 1, of
// byte offset off.
func (d *Doc) Position(off int) (line, column int) {
	return position(d.data, off)
}

func position(data []byte, off int) (line, column int) {
	off = min(off, len(data))
	head := data[:off]
	line = 1 + bytes.Count(head, []byte{'\n'})
	start := bytes.LastIndexByte(head, '\n') + 1
	if start == 0 {
		start = len(bom(data))
	}
	return line, 1 + utf8.RuneCount(head[start:])
}

type parser struct {
	data []byte
	pos  int
}

func (p *parser) fail(format string, args ...any) error {
	line, col := position(p.data, p.pos)
	return &policy.Problem{Line: line, Column: col, Err: fmt.Errorf("%w: %s", ErrSyntax, fmt.Sprintf(format, args...))}
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// found describes the byte at the parser's position for an error.
func (p *parser) found() string {
	if p.pos >= len(p.data) {
		return "the end of the document"
	}
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	if r == utf8.RuneError {
		return fmt.Sprintf("byte %#x", p.data[p.pos])
	}
	return fmt.Sprintf("%q", r)
}

func (p *parser) value(depth int) (*Node, error) {
	if depth > MaxDepth {
		return nil, p.fail("nested deeper than %d", MaxDepth)
	}
	if p.pos >= len(p.data) {
		return nil, p.fail("unexpected end of the document")
	}
	start := p.pos
	switch c := p.data[p.pos]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return &Node{Kind: String, Start: start, End: p.pos, Str: s}, nil
	case c == '-' || ('0' <= c && c <= '9'):
		if err := p.number(); err != nil {
			return nil, err
		}
		return &Node{Kind: Number, Start: start, End: p.pos}, nil
	}
	for _, lit := range [...]struct {
		text string
		kind Kind
	}{{"true", Bool}, {"false", Bool}, {"null", Null}} {
		if bytes.HasPrefix(p.data[p.pos:], []byte(lit.text)) {
			p.pos += len(lit.text)
			return &Node{Kind: lit.kind, Start: start, End: p.pos}, nil
		}
	}
	return nil, p.fail("want a value, found %s", p.found())
}

func (p *parser) object(depth int) (*Node, error) {
	n := &Node{Kind: Object, Start: p.pos}
	p.pos++
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		n.End = p.pos
		return n, nil
	}
	for {
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.fail("want a key in quotes, found %s", p.found())
		}
		keyStart := p.pos
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.fail("want ':' after key %q, found %s", key, p.found())
		}
		p.pos++
		p.space()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Members = append(n.Members, Member{Key: key, KeyStart: keyStart, Value: v})
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			n.End = p.pos
			return n, nil
		}
		return nil, p.fail("want ',' or '}' in an object, found %s", p.found())
	}
}

func (p *parser) array(depth int) (*Node, error) {
	n := &Node{Kind: Array, Start: p.pos}
	p.pos++
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		n.End = p.pos
		return n, nil
	}
	for {
		p.space()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Elems = append(n.Elems, v)
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			n.End = p.pos
			return n, nil
		}
		return nil, p.fail("want ',' or ']' in an array, found %s", p.found())
	}
}

// str reads a string, refusing control characters and invalid UTF-8,
// which encoding/json would silently turn into U+FFFD.
func (p *parser) str() (string, error) {
	start := p.pos
	p.pos++
	escaped := false
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			raw := p.data[start:p.pos]
			if !escaped {
				return string(raw[1 : len(raw)-1]), nil
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				p.pos = start
				return "", p.fail("invalid string: %v", err)
			}
			return s, nil
		case c == '\\':
			escaped = true
			if err := p.escape(); err != nil {
				return "", err
			}
		case c < 0x20:
			return "", p.fail("control character %#x in a string", c)
		case c < utf8.RuneSelf:
			p.pos++
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size == 1 {
				return "", p.fail("invalid UTF-8 (byte %#x) in a string", c)
			}
			p.pos += size
		}
	}
	p.pos = start
	return "", p.fail("unterminated string")
}

func (p *parser) escape() error {
	p.pos++ // the backslash
	if p.pos >= len(p.data) {
		return nil // str reports the unterminated string
	}
	switch p.data[p.pos] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		p.pos++
		return nil
	case 'u':
		for i := 1; i <= 4; i++ {
			if p.pos+i >= len(p.data) || !isHex(p.data[p.pos+i]) {
				return p.fail(`want four hex digits after \u`)
			}
		}
		p.pos += 5
		return nil
	}
	return p.fail("invalid escape \\%s", p.found())
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func (p *parser) digits() int {
	n := 0
	for p.pos < len(p.data) && '0' <= p.data[p.pos] && p.data[p.pos] <= '9' {
		p.pos++
		n++
	}
	return n
}

// number reads a number as RFC 8259 writes it.
func (p *parser) number() error {
	if p.data[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(p.data) && p.data[p.pos] == '0':
		p.pos++
	case p.digits() == 0:
		return p.fail("want a digit, found %s", p.found())
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if p.digits() == 0 {
			return p.fail("want a digit after the decimal point, found %s", p.found())
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if p.digits() == 0 {
			return p.fail("want a digit in the exponent, found %s", p.found())
		}
	}
	return nil
}
