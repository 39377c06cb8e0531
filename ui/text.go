package ui

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// inert returns s with every character a terminal could act on replaced by a visible symbol one
// cell wide: C0 controls become their control pictures (ESC shows as ␛), tabs and newlines become
// spaces, DEL, C1 controls, bidirectional overrides and bytes that are not UTF-8 become U+FFFD.
// Documents are sanitised when they are loaded; the reader does not rely on it.
func inert(s string) string {
	if !needsInert(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteRune(visible(r))
		}
		i += size
	}
	return b.String()
}

// needsInert reports whether inert would change s.
func needsInert(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || visible(r) != r {
			return true
		}
		i += size
	}
	return false
}

// visible maps a rune a terminal could act on to a harmless symbol, and leaves others alone.
func visible(r rune) rune {
	switch {
	case r == '\t' || r == '\n':
		return ' '
	case r < 0x20:
		return 0x2400 + r // control pictures: ␀ … ␟
	case r == 0x7f:
		return '\u2421' // ␡
	case r >= 0x80 && r < 0xa0:
		return utf8.RuneError
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return utf8.RuneError // bidirectional embeddings, overrides and isolates
	case unicode.Is(prepend, r):
		return utf8.RuneError // it would join whatever follows, even padding, into one character
	}
	return r
}

// prepend holds the characters whose Unicode grapheme-break property is Prepend (UAX #29,
// Unicode 15): a terminal draws one with the character after it as a single cell group, so one
// at the end of a line would swallow the space that pads the line and leave the row short.
var prepend = &unicode.RangeTable{
	R16: []unicode.Range16{
		{Lo: 0x0600, Hi: 0x0605, Stride: 1}, {Lo: 0x06dd, Hi: 0x06dd, Stride: 1},
		{Lo: 0x070f, Hi: 0x070f, Stride: 1}, {Lo: 0x0890, Hi: 0x0891, Stride: 1},
		{Lo: 0x08e2, Hi: 0x08e2, Stride: 1}, {Lo: 0x0d4e, Hi: 0x0d4e, Stride: 1},
	},
	R32: []unicode.Range32{
		{Lo: 0x110bd, Hi: 0x110bd, Stride: 1}, {Lo: 0x110cd, Hi: 0x110cd, Stride: 1},
		{Lo: 0x111c2, Hi: 0x111c3, Stride: 1}, {Lo: 0x1193f, Hi: 0x1193f, Stride: 1},
		{Lo: 0x11941, Hi: 0x11941, Stride: 1}, {Lo: 0x11a3a, Hi: 0x11a3a, Stride: 1},
		{Lo: 0x11a84, Hi: 0x11a89, Stride: 1}, {Lo: 0x11d46, Hi: 0x11d46, Stride: 1},
		{Lo: 0x11f02, Hi: 0x11f02, Stride: 1},
	},
}

// inertLine is inert for text shown on one line: runs of white space fold to one space.
func inertLine(s string) string {
	return strings.Join(strings.Fields(inert(s)), " ")
}

// cellWidth returns the number of terminal cells s takes once made inert.
func cellWidth(s string) int {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		return len(s)
	}
	return ansi.StringWidth(inert(s))
}

// prefixFitting returns the length in bytes of the longest prefix of s, cut between grapheme
// clusters, that fits in width cells. It takes at least one cluster, so a cut always advances.
func prefixFitting(s string, width int) int {
	n, w := 0, 0
	state := -1
	rest := s
	for len(rest) > 0 {
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		cw := cellWidth(cluster)
		if w+cw > width && n > 0 {
			break
		}
		n += len(cluster)
		w += cw
	}
	return n
}

// offsetAtColumn returns the byte offset in s of the cell at column col (0-based), or len(s)
// when col is past the end.
func offsetAtColumn(s string, col int) int {
	n, w := 0, 0
	state := -1
	rest := s
	for len(rest) > 0 {
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		w += cellWidth(cluster)
		if w > col {
			return n
		}
		n += len(cluster)
	}
	return n
}

// fold returns s with letters in lower case, changing no byte offset: a rune whose lower case
// has a different UTF-8 length is left as it is. Search compares folded texts.
func fold(s string) string {
	b := []byte(s)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if lr := unicode.ToLower(r); lr != r && utf8.RuneLen(lr) == size {
			utf8.EncodeRune(b[i:], lr)
		}
		i += size
	}
	return string(b)
}

// truncate cuts a styled or plain single line to width cells, ending it with "…" when cut.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// pad fills a line with spaces to exactly width cells, cutting it first if it is wider.
func pad(s string, width int) string {
	s = truncate(s, width)
	if w := ansi.StringWidth(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}

// displayWidth returns the width of a styled single line in cells.
func displayWidth(s string) int { return ansi.StringWidth(s) }

// ansiStrip removes styling from a line.
func ansiStrip(s string) string { return ansi.Strip(s) }

// isASCII reports whether s is all ASCII, where every byte starts a character of its own.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// snapToClusters moves each cut, an offset into a line that starts at base, back to the start
// of the grapheme cluster it falls in, so styling never splits a character a terminal draws
// as one.
func snapToClusters(cuts []int, line string, base int) {
	bounds := make([]int, 0, len(line)+1)
	state, pos := -1, 0
	for rest := line; len(rest) > 0; {
		bounds = append(bounds, base+pos)
		var cluster string
		cluster, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		pos += len(cluster)
	}
	bounds = append(bounds, base+pos)
	for i, c := range cuts {
		j := sort.SearchInts(bounds, c+1) - 1
		if j >= 0 {
			cuts[i] = bounds[j]
		}
	}
}
