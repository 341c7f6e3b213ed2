package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/shegong/shegong/policy"
)

// Encoding is a text file's character encoding.
type Encoding uint8

// The encodings a CSV file may be in. Detect, the zero value, tells them
// apart: a byte-order mark names UTF-8 or UTF-16, text that is valid UTF-8
// is UTF-8, and anything else is read as GB18030 (of which GBK and GB2312
// are subsets), as Excel on Chinese Windows saves it.
const (
	Detect Encoding = iota
	UTF8
	UTF16LE
	UTF16BE
	GB18030
)

var encodingNames = [...]string{"detect", "utf-8", "utf-16le", "utf-16be", "gb18030"}

// String returns the encoding's name: "utf-8", "gb18030", ….
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", e)
}

// ErrEncoding is wrapped by the problem reported for bytes that are not
// valid in a file's encoding, and for an unknown encoding name.
var ErrEncoding = errors.New("invalid text encoding")

// ParseEncoding returns the encoding a name gives: utf-8 (utf8),
// utf-16le, utf-16be, gb18030, gbk or gb2312 (both read as GB18030), or
// "" and "detect" for Detect. Case does not matter.
func ParseEncoding(name string) (Encoding, error) {
	switch string(bytes.ToLower([]byte(name))) {
	case "", "detect", "auto":
		return Detect, nil
	case "utf-8", "utf8":
		return UTF8, nil
	case "utf-16le", "utf16le":
		return UTF16LE, nil
	case "utf-16be", "utf16be":
		return UTF16BE, nil
	case "gb18030", "gbk", "gb2312", "cp936":
		return GB18030, nil
	}
	return Detect, fmt.Errorf("%w: unknown encoding %q; want utf-8, utf-16le, utf-16be, gb18030 or gbk", ErrEncoding, name)
}

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

// Decode returns data as UTF-8 text without a byte-order mark, and the
// encoding it was in. With Detect the encoding is found as the Encoding
// constants say; another value forces it (a matching byte-order mark is
// still dropped). Bytes invalid in the encoding give a *policy.Problem
// wrapping ErrEncoding with the line and column (in characters) where they
// stand. Valid UTF-8 is returned without a copy.
func Decode(data []byte, enc Encoding) ([]byte, Encoding, error) {
	if enc == Detect {
		enc = detect(data)
	}
	switch enc {
	case UTF8:
		data = bytes.TrimPrefix(data, bomUTF8)
		if utf8.Valid(data) {
			return data, enc, nil
		}
		return nil, enc, invalidUTF8(data)
	case UTF16LE, UTF16BE:
		out, err := decodeUTF16(data, enc)
		return out, enc, err
	case GB18030:
		out, err := decodeGB18030(data)
		return out, enc, err
	case Detect: // detect never gives it
	}
	return nil, enc, fmt.Errorf("%w: unknown encoding %d", ErrEncoding, enc)
}

func detect(data []byte) Encoding {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return UTF8
	case bytes.HasPrefix(data, bomUTF16LE):
		return UTF16LE
	case bytes.HasPrefix(data, bomUTF16BE):
		return UTF16BE
	case utf8.Valid(data):
		return UTF8
	}
	return GB18030
}

// badAt returns the problem of an invalid sequence at byte off of text
// already decoded to UTF-8 (head), naming its line and column.
func badAt(head []byte, what string) error {
	line := 1 + bytes.Count(head, []byte{'\n'})
	start := bytes.LastIndexByte(head, '\n') + 1
	col := 1 + utf8.RuneCount(head[start:])
	return &policy.Problem{Line: line, Column: col, Err: fmt.Errorf("%w: %s", ErrEncoding, what)}
}

func invalidUTF8(data []byte) error {
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		off += size
	}
	return badAt(data[:off], fmt.Sprintf("byte %#02x is not UTF-8", data[off]))
}

func decodeUTF16(data []byte, enc Encoding) ([]byte, error) {
	bom, hi, lo := bomUTF16LE, 1, 0
	if enc == UTF16BE {
		bom, hi, lo = bomUTF16BE, 0, 1
	}
	data = bytes.TrimPrefix(data, bom)
	out := make([]byte, 0, len(data)*3/2)
	for i := 0; i < len(data); i += 2 {
		if i+1 == len(data) {
			return nil, badAt(out, "an odd byte at the end of UTF-16 text")
		}
		u := rune(data[i+hi])<<8 | rune(data[i+lo])
		switch {
		case utf16.IsSurrogate(u) && u < 0xdc00 && i+3 < len(data):
			u2 := rune(data[i+2+hi])<<8 | rune(data[i+2+lo])
			r := utf16.DecodeRune(u, u2)
			if r == utf8.RuneError {
				return nil, badAt(out, fmt.Sprintf("unpaired UTF-16 surrogate %#04x", u))
			}
			out = utf8.AppendRune(out, r)
			i += 2
		case utf16.IsSurrogate(u):
			return nil, badAt(out, fmt.Sprintf("unpaired UTF-16 surrogate %#04x", u))
		default:
			out = utf8.AppendRune(out, u)
		}
	}
	return out, nil
}

// gbLen returns the length of the GB18030 sequence at the start of b, or 0
// when it is not valid: one byte below 0x80, two bytes (lead 0x81–0xFE,
// trail 0x40–0x7E or 0x80–0xFE), or four (0x81–0xFE, 0x30–0x39, 0x81–0xFE,
// 0x30–0x39).
func gbLen(b []byte) int {
	c := b[0]
	switch {
	case c < 0x80:
		return 1
	case c == 0x80 || c == 0xff || len(b) < 2:
		return 0
	}
	t := b[1]
	switch {
	case t >= 0x40 && t <= 0xfe && t != 0x7f:
		return 2
	case t >= 0x30 && t <= 0x39 && len(b) >= 4 && b[2] >= 0x81 && b[2] <= 0xfe && b[3] >= 0x30 && b[3] <= 0x39:
		return 4
	}
	return 0
}

func decodeGB18030(data []byte) ([]byte, error) {
	// The decoder replaces what it cannot map with U+FFFD: check the
	// structure first, so that the problem names where the bytes stand.
	for off := 0; off < len(data); {
		n := gbLen(data[off:])
		if n == 0 {
			head, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data[:off])
			if err != nil {
				head = nil
			}
			return nil, badAt(head, fmt.Sprintf("byte %#02x is not GB18030", data[off]))
		}
		off += n
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrEncoding, err)
	}
	if bytes.Contains(out, []byte("\uFFFD")) {
		i := bytes.Index(out, []byte("\uFFFD"))
		if !bytes.Contains(data, []byte{0x84, 0x31, 0xa4, 0x37}) { // U+FFFD itself
			return nil, badAt(out[:i], "a GB18030 sequence with no character")
		}
	}
	return out, nil
}
