package ui

// The smallest terminal the reader draws in, and the width below which panes stack.
const (
	minWidth     = 40
	minHeight    = 12
	stackBelow   = 100
	fullHeaderAt = 16 // header with titles from this height up, summary alone below
	fullDetailAt = 18 // two-line details from this height up
)

// rect is a rectangle of the screen in cells.
type rect struct {
	x, y, w, h int
}

// contains reports whether the cell (x, y) is inside r.
func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where every part of the screen goes, computed once per window size.
type layout struct {
	width, height int
	tooSmall      bool
	stacked       bool    // panes one above the other
	header        rect    // titles and summary
	panes         [2]rect // indexed by Focus; the source rect is empty without a source
	details       rect    // the current finding
	keys          rect    // the key bar
}

// newLayout places the header, the panes, the details line and the key bar in a window.
// Without a source the opinion pane takes the whole middle.
func newLayout(width, height int, hasSource bool) layout {
	l := layout{width: width, height: height}
	if width < minWidth || height < minHeight {
		l.tooSmall = true
		return l
	}
	headerH, detailsH := 1, 1
	if height >= fullHeaderAt {
		headerH = 2
	}
	if height >= fullDetailAt {
		detailsH = 2
	}
	l.header = rect{0, 0, width, headerH}
	middle := rect{0, headerH, width, height - headerH - detailsH - 1}
	l.details = rect{0, middle.y + middle.h, width, detailsH}
	l.keys = rect{0, height - 1, width, 1}
	switch {
	case !hasSource:
		l.panes[FocusOpinion] = middle
	case width < stackBelow:
		l.stacked = true
		top := (middle.h + 1) / 2
		l.panes[FocusOpinion] = rect{0, middle.y, width, top}
		l.panes[FocusSource] = rect{0, middle.y + top, width, middle.h - top}
	default:
		left := (width + 1) / 2
		l.panes[FocusOpinion] = rect{0, middle.y, left, middle.h}
		l.panes[FocusSource] = rect{left, middle.y, width - left, middle.h}
	}
	return l
}

// middle returns the rectangle the panes share, where help and the legend are drawn.
func (l layout) middle() rect {
	return rect{0, l.header.h, l.width, l.height - l.header.h - l.details.h - l.keys.h}
}
