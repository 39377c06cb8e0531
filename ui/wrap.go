package ui

import (
	"sort"
	"strings"
)

// line is one screen line of a wrapped document: it shows text[start:end].
type line struct {
	start, end int
}

// wrapText breaks text into screen lines of at most width cells: each newline ends a line, and
// longer paragraphs break between words, or inside a word longer than the width. Offsets are
// those of text itself, so findings map onto lines without translation.
func wrapText(text string, width int) []line {
	width = max(width, 1)
	lines := make([]line, 0, len(text)/max(width, 1)+1)
	for start := 0; ; {
		end := len(text)
		nl := strings.IndexByte(text[start:], '\n')
		if nl >= 0 {
			end = start + nl
		}
		lines = wrapParagraph(lines, text, start, end, width)
		if nl < 0 {
			return lines
		}
		start = end + 1
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// wrapParagraph appends the lines of text[start:end], which holds no newline.
func wrapParagraph(lines []line, text string, start, end, width int) []line {
	before := len(lines)
	cur, w := line{-1, -1}, 0
	for i := start; i < end; {
		j := i
		for j < end && isSpace(text[j]) {
			j++
		}
		if j == end {
			break
		}
		k := j
		for k < end && !isSpace(text[k]) {
			k++
		}
		ww := cellWidth(text[j:k])
		if cur.start >= 0 {
			if w+(j-i)+ww <= width {
				cur.end, w, i = k, w+(j-i)+ww, k
				continue
			}
			lines = append(lines, cur)
			cur, w = line{-1, -1}, 0
		}
		for ww > width {
			n := prefixFitting(text[j:k], width)
			lines = append(lines, line{j, j + n})
			j += n
			ww = cellWidth(text[j:k])
		}
		if j < k {
			cur, w = line{j, k}, ww
		}
		i = k
	}
	if cur.start >= 0 {
		lines = append(lines, cur)
	}
	if len(lines) == before {
		lines = append(lines, line{start, start})
	}
	return lines
}

// lineOf returns the index of the line that shows byte offset off: the last line starting at or
// before it.
func lineOf(lines []line, off int) int {
	i := sort.Search(len(lines), func(i int) bool { return lines[i].start > off })
	return max(i-1, 0)
}
