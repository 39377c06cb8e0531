package document

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrEmpty reports a document with no text to analyse.
var ErrEmpty = errors.New("no text to analyse")

// ErrBinary reports input that is not text.
var ErrBinary = errors.New("looks like a binary file, not text")

// Decode turns raw bytes into clean UTF-8 text: a UTF-8 byte order mark is dropped, UTF-16 with a
// byte order mark is decoded, invalid sequences become U+FFFD, CRLF and CR become LF, and every
// control character other than newline and tab becomes a visible placeholder, so that no escape
// sequence survives. Binary input is refused with ErrBinary.
func Decode(data []byte) (string, Stats, error) {
	var stats Stats
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		text, stats.InvalidSequences = validUTF8(data)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text = decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text = decodeUTF16(data[2:], true)
	default:
		if looksBinary(data) {
			return "", stats, ErrBinary
		}
		text, stats.InvalidSequences = validUTF8(data)
	}
	text, stats.ControlChars = sanitise(text)
	return text, stats, nil
}

// looksBinary reports NUL bytes or a high share of bytes that are neither text nor UTF-8.
func looksBinary(data []byte) bool {
	sample := data[:min(len(data), 8192)]
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size <= 1 {
			// A sequence cut by the end of the sample is not evidence of binary.
			if len(sample)-i >= utf8.UTFMax || len(sample) == len(data) {
				bad++
			}
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != 0x1b && r != '\f' {
			bad++
		}
		i += size
	}
	return bad >= 4 && bad*10 > len(sample)
}

func validUTF8(data []byte) (string, int) {
	if utf8.Valid(data) {
		return string(data), 0
	}
	var b strings.Builder
	b.Grow(len(data))
	count := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteRune(utf8.RuneError)
			count++
		} else {
			b.Write(data[i : i+size])
		}
		i += size
	}
	return b.String(), count
}

func decodeUTF16(data []byte, bigEndian bool) string {
	units := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if bigEndian {
			units = append(units, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			units = append(units, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	text := string(utf16.Decode(units))
	if len(data)%2 == 1 {
		text += string(utf8.RuneError)
	}
	return text
}

// sanitise normalises line ends and replaces control characters with visible placeholders.
func sanitise(text string) (string, int) {
	clean := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || c == 0xc2 || c == 0xe2 {
			clean = false
			break
		}
	}
	if clean {
		return text, 0
	}
	var b strings.Builder
	b.Grow(len(text))
	count := 0
	for i, r := range text {
		switch {
		case r == '\r':
			if i+1 >= len(text) || text[i+1] != '\n' {
				b.WriteByte('\n')
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // control pictures: ␛ for ESC
			count++
		case r == 0x7f:
			b.WriteRune('\u2421') // ␡
			count++
		case r >= 0x80 && r < 0xa0:
			b.WriteRune('\uFFFD')
			count++
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), count
}
