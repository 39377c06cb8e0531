package ui

import (
	"fmt"
	"strings"
)

// overlayKind names what is drawn over the panes.
type overlayKind int

// The overlays.
const (
	noOverlay     overlayKind = iota
	helpOverlay               // every key, then the legend
	legendOverlay             // the legend alone
)

// String returns the overlay's name.
func (o overlayKind) String() string {
	return [...]string{"none", "help", "legend"}[o]
}

// Overlay is a framed, scrollable page drawn over the panes: the full help or the legend.
type Overlay struct {
	styles *Styles
	title  string
	lines  []string
	top    int
	height int // outer height at the last SetSize
}

// SetContent replaces the title and lines and scrolls to the top.
func (o *Overlay) SetContent(title string, lines []string) {
	o.title, o.lines, o.top = title, lines, 0
}

// SetSize records the outer height, to clamp scrolling.
func (o *Overlay) SetSize(height int) {
	o.height = height
	o.ScrollBy(0)
}

// ScrollBy scrolls the page by n lines.
func (o *Overlay) ScrollBy(n int) {
	o.top = max(min(o.top+n, len(o.lines)-(o.height-2)), 0)
}

// Render draws the page in a frame.
func (o *Overlay) Render(width, height int) string {
	frame, border := o.styles.FrameFocus, o.styles.borderFocus
	pos := "All"
	if last := len(o.lines) - (height - 2); last > 0 {
		pos = fmt.Sprintf("%d%%", min(o.top*100/last, 100))
	}
	var b strings.Builder
	b.WriteString(topBorder(o.styles, o.title, pos, width, true))
	left, right := frame.Render(border.Left), frame.Render(border.Right)
	for r := 0; r < height-2; r++ {
		text := ""
		if i := o.top + r; i < len(o.lines) {
			text = " " + o.lines[i]
		}
		b.WriteString("\n" + left + pad(text, width-2) + right)
	}
	b.WriteString("\n" + frame.Render(border.BottomLeft+strings.Repeat(border.Bottom, width-2)+border.BottomRight))
	return b.String()
}
