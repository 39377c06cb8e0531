package ui

import (
	"strings"

	"github.com/reframe-dev/reframe/model/report"
)

// kindSet is the set of finding kinds the reader shows, one bit per toggle key.
type kindSet uint8

// The toggles, in key order 1 to 5.
const (
	showQuote       kindSet = 1 << iota // 1: quotes, verbatim to unsourced
	showParaphrase                      // 2: paraphrases, the supported claims
	showFraming                         // 3: framing words
	showUnsupported                     // 4: unsupported assertions
	showOmitted                         // 5: source content the opinion leaves out
	showAll         = showQuote | showParaphrase | showFraming | showUnsupported | showOmitted
)

// toggles lists the toggles in key order with the letter the key bar shows for each.
var toggles = []struct {
	set    kindSet
	letter string
	name   string
}{
	{showQuote, "Q", "quote"},
	{showParaphrase, "P", "paraphrase"},
	{showFraming, "F", "framing"},
	{showUnsupported, "U", "unsupported"},
	{showOmitted, "O", "omitted"},
}

// has reports whether findings of kind k are shown. A source passage the opinion uses is shown
// while quotes or paraphrases are.
func (s kindSet) has(k report.Kind) bool {
	switch k {
	case report.Quote:
		return s&showQuote != 0
	case report.Paraphrase:
		return s&showParaphrase != 0
	case report.Framing:
		return s&showFraming != 0
	case report.Unsupported:
		return s&showUnsupported != 0
	case report.Omitted:
		return s&showOmitted != 0
	case report.Used:
		return s&(showQuote|showParaphrase) != 0
	}
	return false
}

// String returns the shown kinds as letters, with "·" for a hidden one: "QP·UO".
func (s kindSet) String() string {
	var b strings.Builder
	for _, t := range toggles {
		if s&t.set != 0 {
			b.WriteString(t.letter)
		} else {
			b.WriteString("·")
		}
	}
	return b.String()
}

// Focus names the pane that takes scrolling keys and n/N.
type Focus int

// The two panes.
const (
	FocusOpinion Focus = iota // the opinion article, left or top
	FocusSource               // the source, right or bottom
)

// String returns the focused pane's name.
func (f Focus) String() string {
	if f == FocusSource {
		return "source"
	}
	return "opinion"
}

// focusOf returns the pane that shows a side.
func focusOf(side report.Side) Focus {
	if side == report.Source {
		return FocusSource
	}
	return FocusOpinion
}
