package dataset

import (
	"bytes"
	"errors"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/shegong/shegong/policy"
)

func gb(t testing.TB, s string) []byte {
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	return b
}

func utf16Bytes(s string, be bool) []byte {
	u := utf16.Encode([]rune(s))
	out := []byte{0xff, 0xfe}
	if be {
		out = []byte{0xfe, 0xff}
	}
	for _, c := range u {
		if be {
			out = append(out, byte(c>>8), byte(c))
		} else {
			out = append(out, byte(c), byte(c>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	const text = "code,name\n500101,万州区😀\n"
	tests := []struct {
		name string
		in   []byte
		enc  Encoding
		want Encoding
	}{
		{"utf-8", []byte(text), Detect, UTF8},
		{"utf-8 bom", append([]byte("\xef\xbb\xbf"), text...), Detect, UTF8},
		{"utf-16le", utf16Bytes(text, false), Detect, UTF16LE},
		{"utf-16be", utf16Bytes(text, true), Detect, UTF16BE},
		{"gb18030", gb(t, text), Detect, GB18030},
		{"forced gb18030 of ascii", []byte("code\n"), GB18030, GB18030},
		{"forced utf-8 bom", append([]byte("\xef\xbb\xbf"), text...), UTF8, UTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, enc, err := Decode(tt.in, tt.enc)
			require.NoError(t, err)
			assert.Equal(t, tt.want, enc)
			if tt.enc == Detect {
				assert.Equal(t, text, string(out))
			}
		})
	}
}

func TestDecodeInvalid(t *testing.T) {
	tests := []struct {
		name      string
		in        []byte
		enc       Encoding
		line, col int
	}{
		{"utf-8", []byte("ab\ncd\xffe"), UTF8, 2, 3},
		{"utf-8 after chinese", []byte("万州\n区区\xc3"), UTF8, 2, 3},
		{"gb18030 bad lead", append(gb(t, "代码\n名称"), 0x80), GB18030, 2, 3},
		{"gb18030 cut short", append(gb(t, "x\n"), 0x81), Detect, 2, 1},
		{"gb18030 bad trail", []byte{'a', 0x81, 0x20}, GB18030, 1, 2},
		{"gb18030 ff", []byte{'a', 'b', 0xff}, GB18030, 1, 3},
		{"utf-16 odd", append(utf16Bytes("ab\nc", false), 'x'), Detect, 2, 2},
		{"utf-16 lone low surrogate", append(utf16Bytes("a", false), 0x00, 0xdc), Detect, 1, 2},
		{"utf-16 lone high surrogate", append(utf16Bytes("a", true), 0xd8, 0x00, 0x00, 0x41), Detect, 1, 2},
		{"utf-16 high surrogate at end", append(utf16Bytes("a", true), 0xd8, 0x00), Detect, 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.in, tt.enc)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrEncoding)
			var p *policy.Problem
			require.True(t, errors.As(err, &p))
			assert.Equal(t, tt.line, p.Line, "line")
			assert.Equal(t, tt.col, p.Column, "column")
		})
	}
	_, _, err := Decode([]byte("a"), Encoding(9))
	assert.ErrorIs(t, err, ErrEncoding)
}

func TestParseEncoding(t *testing.T) {
	for name, want := range map[string]Encoding{"": Detect, "auto": Detect, "UTF-8": UTF8, "utf16le": UTF16LE, "utf-16be": UTF16BE, "GBK": GB18030, "gb18030": GB18030} {
		got, err := ParseEncoding(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	_, err := ParseEncoding("latin1")
	assert.ErrorIs(t, err, ErrEncoding)
	assert.Equal(t, "gb18030", GB18030.String())
	assert.Equal(t, "Encoding(9)", Encoding(9).String())
	assert.Equal(t, "Encoding(5)", Encoding(5).String())
	assert.Equal(t, "detect", Detect.String())
}

func TestGBDetectsBeforeUTF8Fallback(t *testing.T) {
	// 万州区 in GB18030 is not valid UTF-8, so detection picks GB18030.
	out, enc, err := Decode(gb(t, "万州区"), Detect)
	require.NoError(t, err)
	assert.Equal(t, GB18030, enc)
	assert.Equal(t, "万州区", string(out))
	assert.False(t, bytes.Contains(out, []byte("\uFFFD")))
}
