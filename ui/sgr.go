package ui

import (
	"image/color"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// cell is everything that decides how a stretch of document text is drawn: its highlight layers
// and the overlays of selection and search.
type cell struct {
	paint
	selected bool // part of the current finding or its evidence
	match    bool // a search match
	current  bool // the current search match
}

// reset ends any styling.
const reset = "\x1b[m"

// sgr returns the escape sequence that starts text drawn as c, or "" for plain text. Layers are
// combined attribute by attribute; a later layer's colour wins over an earlier one's.
func (s *Styles) sgr(c cell) string {
	if s.plain {
		return ""
	}
	if seq, ok := s.sgrs[c]; ok {
		return seq
	}
	layers := make([]lipgloss.Style, 0, 7)
	layers = append(layers, s.claimStyle(c.claim))
	if c.omitted {
		layers = append(layers, s.Omitted)
	}
	layers = append(layers, s.quoteStyle(c.quote))
	if c.framing {
		layers = append(layers, s.Framing)
	}
	switch {
	case c.current:
		layers = append(layers, s.Current)
	case c.match:
		layers = append(layers, s.Match)
	case c.selected:
		layers = append(layers, s.Selected)
	}
	seq := combine(layers)
	s.sgrs[c] = seq
	return seq
}

// combine turns layered lipgloss styles into one SGR sequence.
func combine(layers []lipgloss.Style) string {
	var bold, faint, italic, underline, reverse bool
	var fg, bg color.Color
	for _, l := range layers {
		bold = bold || l.GetBold()
		faint = faint || l.GetFaint()
		italic = italic || l.GetItalic()
		underline = underline || l.GetUnderline()
		reverse = reverse || l.GetReverse()
		if c := l.GetForeground(); isColor(c) {
			fg = c
		}
		if c := l.GetBackground(); isColor(c) {
			bg = c
		}
	}
	var st ansi.Style
	if bold {
		st = st.Bold()
	}
	if faint {
		st = st.Faint()
	}
	if italic {
		st = st.Italic(true)
	}
	if underline {
		st = st.Underline(true)
	}
	if reverse {
		st = st.Reverse(true)
	}
	if fg != nil {
		st = st.ForegroundColor(fg)
	}
	if bg != nil {
		st = st.BackgroundColor(bg)
	}
	if len(st) == 0 {
		return ""
	}
	return st.String()
}

// isColor reports whether c is a colour to draw, not nil or lipgloss.NoColor.
func isColor(c color.Color) bool {
	if c == nil {
		return false
	}
	_, ok := c.(lipgloss.NoColor)
	return !ok
}

// letter returns a gutter letter in bold and the given colour.
func (s *Styles) letter(b byte, c color.Color) string {
	if s.plain || b == ' ' {
		return string(b)
	}
	st := ansi.Style{}.Bold()
	if isColor(c) {
		st = st.ForegroundColor(c)
	}
	return st.String() + string(b) + reset
}

// styled draws text with an SGR prefix, making it inert on the way.
func styled(b *strings.Builder, seq, text string) {
	if seq == "" {
		b.WriteString(inert(text))
		return
	}
	b.WriteString(seq)
	b.WriteString(inert(text))
	b.WriteString(reset)
}
