package ui

import (
	"fmt"
	"strings"

	"github.com/reframe-dev/reframe/model/render"
	"github.com/reframe-dev/reframe/model/report"
)

// Header shows the two titles and the summary figures of the report.
type Header struct {
	styles  *Styles
	opinion string          // the opinion's title, or its name
	source  string          // the source's title, or its name; empty without a source
	summary *report.Summary // the figures, nil while the analysis runs
	split   int             // column where the source title starts, matching the panes
}

// SetReport sets the titles and figures from a report.
func (h *Header) SetReport(r *report.Report) {
	h.opinion = docTitle(r.Opinion)
	h.source = ""
	if r.Source != nil {
		h.source = docTitle(*r.Source)
	}
	h.summary = &r.Summary
}

// SetSplit sets the column where the source title starts, above the source pane. With 0 the
// titles are left to the pane frames and the figures may take two lines.
func (h *Header) SetSplit(col int) { h.split = col }

func docTitle(d report.Doc) string {
	switch {
	case strings.TrimSpace(d.Title) != "":
		return inertLine(d.Title)
	case d.Name != "":
		return inertLine(d.Name)
	}
	return "untitled"
}

// Render draws the header: titles on the first line when there are two, figures on the last.
func (h *Header) Render(width, height int) string {
	if height <= 0 {
		return ""
	}
	var lines []string
	if height >= 2 && h.split > 0 {
		lines = append(lines, h.titles(width))
		height--
	}
	lines = append(lines, h.figures(width, height)...)
	return strings.Join(lines, "\n")
}

func (h *Header) titles(width int) string {
	s := h.styles
	op := s.Label.Render(" Opinion ") + s.Title.Render(h.opinion)
	if h.source == "" {
		return pad(op, width)
	}
	src := s.Label.Render(" Source ") + s.Title.Render(h.source)
	split := min(max(h.split, 1), width-1)
	return pad(op, split-1) + " " + pad(src, width-split)
}

// figures draws the summary in the longest wording that fits the width and height, an item
// never split across lines.
func (h *Header) figures(width, height int) []string {
	out := make([]string, height)
	for i := range out {
		out[i] = strings.Repeat(" ", width)
	}
	if h.summary == nil {
		return out
	}
	s := h.styles
	sep := s.Dim.Render(" · ")
	items := h.items()
	for tier := range 3 {
		lines := []string{""}
		for _, it := range items {
			last := &lines[len(lines)-1]
			switch {
			case *last == "":
				*last = " " + it[tier]
			case displayWidth(*last+sep+it[tier]) <= width:
				*last += sep + it[tier]
			default:
				lines = append(lines, " "+it[tier])
			}
		}
		if len(lines) <= height || tier == 2 {
			for i := range min(len(lines), height) {
				out[i] = pad(lines[i], width)
			}
			return out
		}
	}
	return out
}

// items returns each summary figure in three wordings, longest first.
func (h *Header) items() [][3]string {
	sm, s := *h.summary, h.styles
	num := func(v string) string { return s.Figure.Render(v) }
	lab := func(v string) string { return s.Label.Render(v) }
	quoted, marked := num(render.Percent(sm.QuotedShare)), num(render.Percent(sm.MarkedQuotedShare))
	para, framing := num(render.Percent(sm.ParaphrasedShare)), num(fmt.Sprintf("%.1f", sm.FramingPer100Words))
	unsup, contra := num(fmt.Sprint(sm.Unsupported)), num(fmt.Sprint(sm.ContradictsSource))
	if h.source == "" {
		// Framing only: quotes, paraphrases and claims need a source, so no figure is shown for them.
		return [][3]string{
			{lab("framing ") + framing + lab(" per 100 words"), lab("framing ") + framing + lab("/100 words"), lab("framing ") + framing + lab("/100w")},
			{lab("no source: framing only"), lab("no source: framing only"), lab("framing only")},
		}
	}
	items := [][3]string{
		{lab("quoted ") + quoted + lab(" (") + marked + lab(" marked)"), lab("quoted ") + quoted + lab(" (") + marked + lab(" marked)"), lab("quoted ") + quoted},
		{lab("paraphrased ") + para, lab("paraphrased ") + para, lab("para. ") + para},
		{lab("framing ") + framing + lab(" per 100 words"), lab("framing ") + framing + lab("/100 words"), lab("framing ") + framing + lab("/100w")},
		{lab("unsupported ") + unsup + lab(" (") + contra + lab(" contradicted)"), lab("unsupported ") + unsup + lab(", ") + contra + lab(" contra."), lab("unsupp. ") + unsup + lab("/") + contra + lab(" contra.")},
	}
	used := num(render.Percent(sm.SourceUsedShare))
	return append(items, [3]string{lab("source used ") + used, lab("source used ") + used, lab("src used ") + used})
}
