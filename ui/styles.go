package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// palette is the handful of colours the reader uses, resolved for one theme and colour profile.
// Every colour is nil-safe: below 16 colours they are all lipgloss.NoColor.
type palette struct {
	text, dim, accent                               color.Color
	verbatim, edited, misquote, unsourced, framing  color.Color
	supported, elsewhere, notInSource, contradicts  color.Color
	omitted                                         color.Color
	supportedBg, elsewhereBg, notInSourceBg         color.Color // sentence tints, 256 colours and up
	contradictsBg, omittedBg, matchFg, matchBg, bad color.Color
}

// newPalette picks colours for a dark or light background. Each colour names its 16-colour,
// 256-colour and true-colour form; sentence tints are left out in 16 colours, where a background
// would be too loud to read through.
func newPalette(dark bool, p colorprofile.Profile) palette {
	c := lipgloss.Complete(p)
	ld := lipgloss.LightDark(dark)
	col := func(light, darkAnsi, light256, dark256 int, lightHex, darkHex string) color.Color {
		return c(ld(ansi.BasicColor(light), ansi.BasicColor(darkAnsi)),
			ld(lipgloss.ANSIColor(light256), lipgloss.ANSIColor(dark256)),
			ld(lipgloss.Color(lightHex), lipgloss.Color(darkHex)))
	}
	tint := func(light256, dark256 int, lightHex, darkHex string) color.Color {
		return c(lipgloss.NoColor{}, ld(lipgloss.ANSIColor(light256), lipgloss.ANSIColor(dark256)),
			ld(lipgloss.Color(lightHex), lipgloss.Color(darkHex)))
	}
	return palette{
		text:          col(0, 15, 235, 252, "#1f2328", "#e6edf3"),
		dim:           col(8, 8, 243, 245, "#656d76", "#8b949e"),
		accent:        col(4, 14, 26, 81, "#0969da", "#58c4ff"),
		verbatim:      col(4, 12, 25, 75, "#0550ae", "#79b8ff"),
		edited:        col(5, 13, 97, 141, "#8250df", "#b392f0"),
		misquote:      col(1, 9, 160, 209, "#cf222e", "#ff7b72"),
		unsourced:     col(5, 13, 162, 212, "#bf3989", "#f778ba"),
		framing:       col(3, 11, 130, 221, "#9a6700", "#f2cc60"),
		supported:     col(2, 10, 28, 114, "#1a7f37", "#7ee787"),
		elsewhere:     col(4, 12, 61, 147, "#4d57b3", "#a5b4fc"),
		notInSource:   col(3, 11, 166, 215, "#bc4c00", "#ffa657"),
		contradicts:   col(1, 9, 160, 203, "#cf222e", "#ff6b6b"),
		omitted:       col(6, 14, 91, 183, "#6639ba", "#d2a8ff"),
		supportedBg:   tint(194, 22, "#e6f6ea", "#12261e"),
		elsewhereBg:   tint(189, 17, "#eceffd", "#1b2036"),
		notInSourceBg: tint(230, 58, "#fff3e0", "#2d2111"),
		contradictsBg: tint(224, 52, "#ffe9e7", "#3b1519"),
		omittedBg:     tint(225, 54, "#f3ecff", "#261b38"),
		matchFg:       col(0, 0, 16, 16, "#000000", "#000000"),
		matchBg:       col(11, 11, 220, 220, "#ffd33d", "#e3b341"),
		bad:           col(1, 9, 160, 203, "#cf222e", "#ff6b6b"),
	}
}

// Styles holds every style the reader draws with, named for what it shows. Highlight styles are
// layers: each kind has its own attribute (underline for quotes, bold for framing, italics for
// unsupported claims, reverse for the selection) besides its colour, so several can apply to the
// same words and all stay visible without colour.
type Styles struct {
	Title       lipgloss.Style // a document title in the header
	Label       lipgloss.Style // a label ("quoted", "Opinion")
	Figure      lipgloss.Style // a number in the summary
	Dim         lipgloss.Style // secondary text
	Frame       lipgloss.Style // the frame of an unfocused pane
	FrameFocus  lipgloss.Style // the frame of the focused pane
	PaneTitle   lipgloss.Style // the title in a pane's frame
	Error       lipgloss.Style // an error message
	Spinner     lipgloss.Style // the analysis spinner
	Verbatim    lipgloss.Style // a verbatim quote
	Edited      lipgloss.Style // an edited quote
	Misquote    lipgloss.Style // a misquote
	Unsourced   lipgloss.Style // an unsourced quote
	Framing     lipgloss.Style // a framing word
	Supported   lipgloss.Style // a paraphrase: a claim the source supports
	Elsewhere   lipgloss.Style // a claim credited to another source
	NotInSource lipgloss.Style // a claim the source does not support
	Contradicts lipgloss.Style // a claim the source contradicts
	Omitted     lipgloss.Style // source content the opinion leaves out
	Selected    lipgloss.Style // the current finding and its evidence
	Match       lipgloss.Style // a search match
	Current     lipgloss.Style // the current search match
	Help        help.Styles    // the key bar and the full help

	border      lipgloss.Border // unfocused pane frame
	borderFocus lipgloss.Border // focused pane frame: heavier, so focus shows without colour
	plain       bool            // no escape sequences at all: the output is not a terminal
	pal         palette
	sgrs        map[cell]string // SGR prefix per combination of layers, built on demand
}

// NewStyles builds the styles for a dark or light background and a colour profile. With
// colorprofile.ASCII (NO_COLOR, --color never) highlights keep their attributes and lose their
// colours; with colorprofile.NoTTY nothing is styled at all.
func NewStyles(dark bool, p colorprofile.Profile) *Styles {
	pal := newPalette(dark, p)
	s := &Styles{pal: pal, plain: p <= colorprofile.NoTTY, sgrs: map[cell]string{},
		border: lipgloss.RoundedBorder(), borderFocus: lipgloss.ThickBorder()}
	if s.plain {
		return s
	}
	st := lipgloss.NewStyle
	s.Title = st().Bold(true).Foreground(pal.text)
	s.Label = st().Foreground(pal.dim)
	s.Figure = st().Bold(true).Foreground(pal.text)
	s.Dim = st().Foreground(pal.dim)
	s.Frame = st().Foreground(pal.dim)
	s.FrameFocus = st().Bold(true).Foreground(pal.accent)
	s.PaneTitle = st().Bold(true)
	s.Error = st().Bold(true).Foreground(pal.bad)
	s.Spinner = st().Foreground(pal.accent)
	s.Verbatim = st().Underline(true).Foreground(pal.verbatim)
	s.Edited = st().Underline(true).Foreground(pal.edited)
	s.Misquote = st().Underline(true).Foreground(pal.misquote)
	s.Unsourced = st().Underline(true).Foreground(pal.unsourced)
	s.Framing = st().Bold(true).Foreground(pal.framing)
	s.Supported = st().Background(pal.supportedBg)
	s.Elsewhere = st().Italic(true).Background(pal.elsewhereBg)
	s.NotInSource = st().Italic(true).Background(pal.notInSourceBg)
	s.Contradicts = st().Italic(true).Background(pal.contradictsBg)
	s.Omitted = st().Italic(true).Background(pal.omittedBg)
	if p == colorprofile.ANSI {
		// No tints in 16 colours: claims take a foreground colour where no quote or framing
		// colour covers them.
		s.Supported = s.Supported.Foreground(pal.supported)
		s.Elsewhere = s.Elsewhere.Foreground(pal.elsewhere)
		s.NotInSource = s.NotInSource.Foreground(pal.notInSource)
		s.Contradicts = s.Contradicts.Foreground(pal.contradicts)
		s.Omitted = s.Omitted.Foreground(pal.omitted)
	}
	s.Selected = st().Reverse(true)
	s.Match = st().Foreground(pal.matchFg).Background(pal.matchBg)
	if p <= colorprofile.ASCII {
		s.Match = st().Reverse(true)
	}
	s.Current = st().Reverse(true).Bold(true)
	s.Help = help.Styles{
		ShortKey:       st().Bold(true).Foreground(pal.accent),
		ShortDesc:      st().Foreground(pal.dim),
		ShortSeparator: st().Foreground(pal.dim),
		Ellipsis:       st().Foreground(pal.dim),
		FullKey:        st().Bold(true).Foreground(pal.accent),
		FullDesc:       st().Foreground(pal.text),
		FullSeparator:  st().Foreground(pal.dim),
	}
	return s
}

// claimStyle returns the style of a claim mark.
func (s *Styles) claimStyle(c claimMark) lipgloss.Style {
	switch c {
	case claimSupported:
		return s.Supported
	case claimElsewhere:
		return s.Elsewhere
	case claimNotInSource:
		return s.NotInSource
	case claimContradicts:
		return s.Contradicts
	}
	return lipgloss.Style{}
}

// quoteStyle returns the style of a quote mark.
func (s *Styles) quoteStyle(q quoteMark) lipgloss.Style {
	switch q {
	case quoteVerbatim:
		return s.Verbatim
	case quoteEdited:
		return s.Edited
	case quoteMisquote:
		return s.Misquote
	case quoteUnsourced:
		return s.Unsourced
	}
	return lipgloss.Style{}
}

// claimColor and quoteColor return the colour of a gutter letter.
func (s *Styles) claimColor(c claimMark) color.Color {
	return [...]color.Color{nil, s.pal.supported, s.pal.elsewhere, s.pal.notInSource, s.pal.contradicts}[c]
}

func (s *Styles) quoteColor(q quoteMark) color.Color {
	return [...]color.Color{nil, s.pal.verbatim, s.pal.edited, s.pal.unsourced, s.pal.misquote}[q]
}
