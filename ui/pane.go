package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"
)

// gutterWidth is the width of the gutter left of a pane's text: the current-line marker, three
// layer letters and a space.
const gutterWidth = 5

// Pane shows one document in a frame: the text wrapped to the pane, its highlight layers, a
// gutter that names the layers on each line by letter, and a title with the scroll position.
// It keeps its scroll position; the root model tells it what to highlight.
type Pane struct {
	doc      *document
	styles   *Styles
	title    string
	note     string // shown instead of an empty document
	width    int    // outer width, frame included
	height   int    // outer height, frame included
	lines    []line // the document wrapped to the text width
	top      int    // index of the first visible line
	anchor   int    // byte offset the reader scrolled to, kept across rewrapping
	focused  bool
	runs     []run  // highlight layers
	selected []span // the current finding, or its evidence
	matches  []span // search matches, sorted
	current  int    // index of the current match, or -1
}

// newPane returns a pane over a document.
func newPane(doc *document, title string, styles *Styles) Pane {
	return Pane{doc: doc, title: title, styles: styles, current: -1}
}

// SetSize sets the pane's outer size and rewraps the text, keeping the text the reader
// scrolled to at the top: resizing back and forth does not drift.
func (p *Pane) SetSize(width, height int) {
	if width == p.width && height == p.height && p.lines != nil {
		return
	}
	p.width, p.height = width, height
	p.lines = p.doc.wrap(p.textWidth())
	p.top = lineOf(p.lines, p.anchor)
	p.clamp()
}

// SetFocused marks the pane as the one that takes scrolling keys.
func (p *Pane) SetFocused(focused bool) { p.focused = focused }

// SetStyles replaces the styles, after a theme change.
func (p *Pane) SetStyles(s *Styles) { p.styles = s }

// SetRuns sets the highlight layers.
func (p *Pane) SetRuns(runs []run) { p.runs = runs }

// SetSelected sets the spans drawn as selected.
func (p *Pane) SetSelected(spans []span) { p.selected = spans }

// SetMatches sets the search matches and the index of the current one (-1 for none).
func (p *Pane) SetMatches(matches []span, current int) { p.matches, p.current = matches, current }

func (p *Pane) textWidth() int { return max(p.width-3-gutterWidth, 1) }

// Rows returns the number of text lines the pane shows.
func (p *Pane) Rows() int { return max(p.height-2, 0) }

// Lines returns the number of wrapped lines in the document.
func (p *Pane) Lines() int { return len(p.lines) }

// Top returns the index of the first visible line.
func (p *Pane) Top() int { return p.top }

// TopOffset returns the byte offset of the first visible line.
func (p *Pane) TopOffset() int {
	if p.top < len(p.lines) {
		return p.lines[p.top].start
	}
	return 0
}

// BottomOffset returns the byte offset just past the last visible line.
func (p *Pane) BottomOffset() int {
	if i := p.top + p.Rows() - 1; i < len(p.lines) {
		return p.lines[i].end
	}
	return len(p.doc.text)
}

// ScrollBy scrolls by n lines, down when n is positive.
func (p *Pane) ScrollBy(n int) {
	p.ScrollTo(p.top + n)
}

// ScrollTo makes line i the first visible line, as far as the document allows.
func (p *Pane) ScrollTo(i int) {
	p.top = i
	p.clamp()
	p.anchor = p.TopOffset()
}

func (p *Pane) clamp() {
	p.top = min(p.top, len(p.lines)-p.Rows())
	p.top = max(p.top, 0)
}

// LineAt returns the index of the line that shows byte offset off.
func (p *Pane) LineAt(off int) int { return lineOf(p.lines, off) }

// RowOf returns the screen row of the line that shows off, counted from the first visible line;
// it is negative above the view and Rows() or more below it.
func (p *Pane) RowOf(off int) int { return p.LineAt(off) - p.top }

// Visible reports whether the span starting at off starts on a visible line.
func (p *Pane) Visible(off int) bool {
	r := p.RowOf(off)
	return r >= 0 && r < p.Rows()
}

// Place scrolls so the line showing off is on screen row row.
func (p *Pane) Place(off, row int) { p.ScrollTo(p.LineAt(off) - row) }

// OffsetAt returns the byte offset of the character drawn at (x, y), relative to the pane's
// top-left corner, and whether there is one.
func (p *Pane) OffsetAt(x, y int) (int, bool) {
	row, col := y-1, x-1-gutterWidth
	if row < 0 || row >= p.Rows() || col < 0 || col >= p.textWidth() || p.top+row >= len(p.lines) {
		return 0, false
	}
	l := p.lines[p.top+row]
	text := p.doc.text[l.start:l.end]
	if col >= cellWidth(text) {
		return 0, false
	}
	return l.start + offsetAtColumn(text, col), true
}

// position returns the scroll position as a reader expects it: All, Top, End or a percentage.
func (p *Pane) position() string {
	last := len(p.lines) - p.Rows()
	switch {
	case last <= 0:
		return "All"
	case p.top == 0:
		return "Top"
	case p.top >= last:
		return "End"
	}
	return fmt.Sprintf("%d%%", p.top*100/last)
}

// Render draws the pane at the given size.
func (p *Pane) Render(width, height int) string {
	p.SetSize(width, height)
	if width < 3 || height < 2 {
		return ""
	}
	frame, border := p.styles.Frame, p.styles.border
	if p.focused {
		frame, border = p.styles.FrameFocus, p.styles.borderFocus
	}
	left, right := frame.Render(border.Left), frame.Render(border.Right)
	var b strings.Builder
	b.Grow(height * (width + 32))
	b.WriteString(topBorder(p.styles, p.title, p.position(), width, p.focused))
	tw := p.textWidth()
	rows := p.Rows()
	for r := 0; r < rows; r++ {
		b.WriteByte('\n')
		b.WriteString(left)
		switch i := p.top + r; {
		case i < len(p.lines) && len(p.doc.text) > 0:
			p.renderLine(&b, p.lines[i], tw)
		case r == rows/2 && p.note != "":
			b.WriteString(pad(strings.Repeat(" ", gutterWidth)+p.styles.Dim.Render(p.note), gutterWidth+tw+1))
		default:
			b.WriteString(strings.Repeat(" ", gutterWidth+tw+1))
		}
		b.WriteString(right)
	}
	b.WriteByte('\n')
	b.WriteString(frame.Render(border.BottomLeft + strings.Repeat(border.Bottom, width-2) + border.BottomRight))
	return b.String()
}

// topBorder draws a frame's top edge with a title on the left and a position on the right.
func topBorder(s *Styles, title, position string, width int, focused bool) string {
	frame, border := s.Frame, s.border
	if focused {
		frame, border = s.FrameFocus, s.borderFocus
	}
	inner := width - 2
	pos := " " + position + " "
	title = " " + title + " "
	room := inner - 1 - lipgloss.Width(pos) - 1
	if room < 4 {
		return frame.Render(border.TopLeft + strings.Repeat(border.Top, inner) + border.TopRight)
	}
	title = truncate(title, room)
	fill := inner - 1 - lipgloss.Width(title) - lipgloss.Width(pos) - 1
	t := s.PaneTitle
	if focused {
		t = t.Inherit(s.FrameFocus)
	}
	return frame.Render(border.TopLeft+border.Top) + t.Render(title) +
		frame.Render(strings.Repeat(border.Top, fill)) + s.Dim.Render(pos) +
		frame.Render(border.Top+border.TopRight)
}

// renderLine draws the gutter and the text of one line, padded to the text width.
func (p *Pane) renderLine(b *strings.Builder, l line, tw int) {
	text := p.doc.text
	runs := runsIn(p.runs, l.start, max(l.end, l.start+1))
	var merged paint
	for _, r := range runs {
		merged = merged.merge(r.paint)
	}
	sel := overlapping(p.selected, l)
	matches, first := p.matchesIn(l)
	s := p.styles
	marker := " "
	if len(sel) > 0 || (p.current >= first && p.current < first+len(matches)) {
		marker = s.FrameFocus.Render("▸")
	}
	b.WriteString(marker)
	letters := merged.letters()
	b.WriteString(s.letter(letters[0], s.claimColor(merged.claim)))
	b.WriteString(s.letter(letters[1], s.quoteColor(merged.quote)))
	third := s.pal.framing
	if !merged.framing {
		third = s.pal.omitted
	}
	b.WriteString(s.letter(letters[2], third))
	b.WriteByte(' ')

	cuts := make([]int, 0, 2+2*(len(runs)+len(sel)+len(matches)))
	cuts = append(cuts, l.start, l.end)
	add := func(a, z int) {
		if a > l.start && a < l.end {
			cuts = append(cuts, a)
		}
		if z > l.start && z < l.end {
			cuts = append(cuts, z)
		}
	}
	for _, r := range runs {
		add(r.start, r.end)
	}
	for _, sp := range sel {
		add(sp.start, sp.end)
	}
	for _, m := range matches {
		add(m.start, m.end)
	}
	if !isASCII(text[l.start:l.end]) {
		snapToClusters(cuts, text[l.start:l.end], l.start)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		a, z := cuts[k], cuts[k+1]
		c := cell{}
		for _, r := range runs {
			if r.start <= a && a < r.end {
				c.paint = r.paint
				break
			}
		}
		for _, sp := range sel {
			if sp.start <= a && a < sp.end {
				c.selected = true
			}
		}
		for j, m := range matches {
			if m.start <= a && a < m.end {
				c.match = true
				c.current = c.current || first+j == p.current
			}
		}
		styled(b, s.sgr(c), text[a:z])
	}
	if w := cellWidth(text[l.start:l.end]); w <= tw {
		b.WriteString(strings.Repeat(" ", tw+1-w))
	}
}

// overlapping returns the spans that overlap a line.
func overlapping(spans []span, l line) []span {
	var out []span
	for _, s := range spans {
		if s.start < l.end && s.end > l.start {
			out = append(out, s)
		}
	}
	return out
}

// matchesIn returns the matches that overlap a line and the index of the first of them.
func (p *Pane) matchesIn(l line) ([]span, int) {
	lo := sort.Search(len(p.matches), func(i int) bool { return p.matches[i].end > l.start })
	hi := lo
	for hi < len(p.matches) && p.matches[hi].start < l.end {
		hi++
	}
	return p.matches[lo:hi], lo
}
