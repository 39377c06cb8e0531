package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/reframe-dev/reframe/model/report"
)

// descriptions explains every kind and subkind in words a student can follow. Findings carry
// their own explanation; these stand in when one is empty, and make up the legend.
var descriptions = map[string]string{
	"quote/verbatim":                   "reproduces a source passage word for word",
	"quote/edited":                     "reproduces a source passage with small changes; the edits are listed",
	"quote/misquote":                   "in quotation marks, but materially different from the source passage",
	"quote/unsourced":                  "in quotation marks, with no counterpart in this source",
	"paraphrase":                       "restates source content in other words; the source supports it",
	"framing":                          "words the writer added that carry judgement or rhetoric, not information",
	"framing/loaded-language":          "emotive or evaluative words: they signal a judgement without adding information",
	"framing/intensifier":              "absolutes and amplifiers that make a claim sound bigger than the evidence",
	"framing/speculation":              "insinuation dressed up as wondering",
	"framing/rhetorical-question":      "a question that implies its own answer",
	"framing/distancing":               "so-called, scare quotes: doubt cast without a reason given",
	"framing/presupposition":           "wording that takes a contested point as settled",
	"framing/normative":                "must, should, deserve: what ought to be, not what is",
	"framing/appeal":                   "an appeal to common sense, fear or identity instead of evidence",
	"framing/certainty-shift":          "certainty where the source hedged, or the reverse",
	"unsupported/not-in-source":        "an assertion of fact this source does not support",
	"unsupported/contradicts-source":   "matches a source passage but changes a number, quantity, negation or certainty",
	"unsupported/attributed-elsewhere": "credited to another source: it cannot be checked against this one",
	"used":                             "a source passage the opinion quotes or paraphrases",
	"omitted":                          "salient source content the opinion leaves out",
}

// describe returns the description of a kind and subkind.
func describe(k report.Kind, sub report.Subkind) string {
	if d, ok := descriptions[string(k)+"/"+string(sub)]; ok {
		return d
	}
	if d, ok := descriptions[string(k)]; ok {
		return d
	}
	return string(k)
}

// legendEntry is one line of the legend: a gutter letter, a sample drawn in the highlight's
// own style, and what it means.
type legendEntry struct {
	letter string
	sample string
	cell   cell
	text   string
}

var legendEntries = []legendEntry{
	{"V", "verbatim quote", cell{paint: paint{quote: quoteVerbatim}}, descriptions["quote/verbatim"]},
	{"E", "edited quote", cell{paint: paint{quote: quoteEdited}}, descriptions["quote/edited"]},
	{"M", "misquote", cell{paint: paint{quote: quoteMisquote}}, descriptions["quote/misquote"]},
	{"S", "unsourced quote", cell{paint: paint{quote: quoteUnsourced}}, descriptions["quote/unsourced"]},
	{"F", "framing", cell{paint: paint{framing: true}}, descriptions["framing"]},
	{"P", "paraphrase", cell{paint: paint{claim: claimSupported}}, descriptions["paraphrase"]},
	{"U", "not in source", cell{paint: paint{claim: claimNotInSource}}, descriptions["unsupported/not-in-source"]},
	{"C", "contradicts source", cell{paint: paint{claim: claimContradicts}}, descriptions["unsupported/contradicts-source"]},
	{"A", "attributed elsewhere", cell{paint: paint{claim: claimElsewhere}}, descriptions["unsupported/attributed-elsewhere"]},
	{"O", "omitted", cell{paint: paint{omitted: true}}, descriptions["omitted"]},
	{"▸", "current finding", cell{selected: true}, "the selected finding, and its evidence in the other pane"},
	{" ", "search match", cell{match: true}, "a match of the search; the current one is also in bold"},
}

// legendLines draws the legend for the given width.
func legendLines(s *Styles, width int) []string {
	lines := []string{s.Title.Render("What the highlights mean"), ""}
	lines = append(lines, wrapLines("Each line has three gutter letters: the claim (P U C A), the quote (V E M S), "+
		"and framing (F) in the opinion or omitted content (O) in the source. "+
		"Quotes are underlined, framing is bold, unsupported claims are in italics, "+
		"the current finding is reversed; colour only repeats what these already say.", width)...)
	lines = append(lines, wrapLines("In the source, a passage is marked as the finding that uses it: "+
		"the passage an edited quote copies shows E, a contradicted passage shows C.", width)...)
	lines = append(lines, "")
	for _, e := range legendEntries {
		sample := e.sample
		if seq := s.sgr(e.cell); seq != "" {
			sample = seq + sample + reset
		}
		sample = pad(sample, 21)
		const indent = 26 // " X  " + sample + " "
		text := strings.Split(lipgloss.Wrap(e.text, max(width-indent, 20), ""), "\n")
		lines = append(lines, fmt.Sprintf(" %s  %s %s", legendLetter(s, e), sample, text[0]))
		for _, t := range text[1:] {
			lines = append(lines, strings.Repeat(" ", indent)+t)
		}
	}
	for i, l := range lines {
		lines[i] = truncate(l, width)
	}
	return lines
}

// legendLetter draws an entry's gutter letter in the colour the gutter uses for it.
func legendLetter(s *Styles, e legendEntry) string {
	if len(e.letter) != 1 {
		return s.FrameFocus.Render(e.letter)
	}
	c := s.quoteColor(e.cell.quote)
	switch {
	case e.cell.claim != noClaim:
		c = s.claimColor(e.cell.claim)
	case e.cell.framing:
		c = s.pal.framing
	case e.cell.omitted:
		c = s.pal.omitted
	}
	return s.letter(e.letter[0], c)
}

// wrapLines wraps prose to a width.
func wrapLines(text string, width int) []string {
	return strings.Split(lipgloss.Wrap(text, max(width, 20), ""), "\n")
}
