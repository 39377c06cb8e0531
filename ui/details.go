package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/reframe-dev/reframe/model/render"
	"github.com/reframe-dev/reframe/model/report"
)

// Details explains the current finding: its kind and subkind, the explanation, the evidence in
// the other document and the word-level edits. Without a current finding it shows a message.
type Details struct {
	styles   *Styles
	finding  *report.Finding // the current finding, or nil
	pos      int             // 1-based position among the shown findings on its side
	total    int             // shown findings on its side
	evidence int             // which evidence the other pane shows
	message  string          // shown when there is no current finding
	note     string          // a short note about the last key, shown first
}

// SetFinding sets the current finding, its position among the shown ones and the evidence the
// other pane shows; nil clears it.
func (d *Details) SetFinding(f *report.Finding, pos, total, evidence int) {
	d.finding, d.pos, d.total, d.evidence = f, pos, total, evidence
}

// SetMessage sets what is shown without a current finding.
func (d *Details) SetMessage(msg string) { d.message = msg }

// SetNote sets a note about the last key ("wrapped to the first finding"), or clears it.
func (d *Details) SetNote(note string) { d.note = note }

// Render draws the details in one or two lines. The explanation comes first and wraps onto
// the second line when it is long; the edits follow, then as much of the evidence as fits.
func (d *Details) Render(width, height int) string {
	if height <= 0 {
		return ""
	}
	s := d.styles
	head := ""
	if d.note != "" {
		head = " " + s.Figure.Render(d.note)
	}
	f := d.finding
	if f == nil {
		lines := strings.Split(lipgloss.Wrap(strings.TrimLeft(head+" "+d.message, " "), width-1, ""), "\n")
		for i := range lines {
			lines[i] = " " + lines[i]
		}
		return d.fit(lines, width, height)
	}
	expl := inertLine(f.Explanation)
	if expl == "" {
		expl = describe(f.Kind, f.Subkind)
	}
	head += " " + s.Dim.Render(fmt.Sprintf("%d/%d", d.pos, d.total)) + " " + kindStyle(s, f).Render(labelOf(f)) + s.Dim.Render(":") + " " + expl
	var first, rest string
	if height == 1 {
		first = head
	} else {
		wrapped := strings.SplitN(lipgloss.Wrap(head, width, ""), "\n", 2)
		first = wrapped[0]
		if len(wrapped) > 1 {
			rest = " " + strings.Join(strings.Fields(wrapped[1]), " ")
		}
	}
	edits := d.edits()
	if height == 1 {
		return pad(joinParts(truncate(first, width-displayWidth(edits)-3), edits), width)
	}
	// The edits always show; the overflow of the explanation gives way to them, and the
	// evidence takes whatever room is left.
	rest = truncate(rest, width-displayWidth(edits)-3)
	second := joinParts(rest, edits)
	second = joinParts(second, d.evidence1(width-displayWidth(second)-3))
	return d.fit([]string{first, second}, width, height)
}

// joinParts joins two parts of the details with a separator, either of them possibly empty.
func joinParts(a, b string) string {
	switch {
	case strings.TrimSpace(ansiStrip(a)) == "":
		return " " + b
	case b == "":
		return a
	}
	return a + " · " + b
}

// fit pads lines to the width and the block to the height.
func (d *Details) fit(lines []string, width, height int) string {
	out := make([]string, height)
	for i := range out {
		if i < len(lines) {
			out[i] = lines[i]
		}
		out[i] = pad(out[i], width)
	}
	return strings.Join(out, "\n")
}

// edits draws the word-level edits of the finding, or nothing.
func (d *Details) edits() string {
	f := d.finding
	if len(f.Edits) == 0 {
		return ""
	}
	edits := make([]string, len(f.Edits))
	for i, e := range f.Edits {
		edits[i] = inertLine(render.EditString(e))
	}
	return d.styles.Label.Render("edits: ") + strings.Join(edits, "; ")
}

// evidence1 draws the current evidence cut to room cells, or says why there is none.
func (d *Details) evidence1(room int) string {
	s, f := d.styles, d.finding
	n := len(f.Evidence)
	if n == 0 {
		if len(f.Edits) > 0 {
			return ""
		}
		return truncate(s.Dim.Render(noEvidence(f)), room)
	}
	ev := f.Evidence[d.evidence%n]
	where := fmt.Sprintf("score %.2f", ev.Score)
	if n > 1 {
		where += fmt.Sprintf(", %d of %d, enter: next", d.evidence%n+1, n)
	}
	tail := s.Dim.Render(" (" + where + ")")
	head := s.Label.Render(ev.Side.String()+": ") + "“"
	left := room - displayWidth(head) - displayWidth(tail) - 1
	if left < 12 {
		return ""
	}
	return head + truncate(inertLine(ev.Text), left) + "”" + tail
}

// labelOf names a finding for the details line: "quote · edited · not marked as a quote".
func labelOf(f *report.Finding) string {
	parts := []string{string(f.Kind)}
	if f.Subkind != "" {
		parts = append(parts, string(f.Subkind))
	}
	if f.Kind == report.Quote && f.Marked != nil {
		if *f.Marked {
			parts = append(parts, "marked as a quote")
		} else {
			parts = append(parts, "not marked as a quote")
		}
	}
	return strings.Join(parts, " · ")
}

// kindStyle returns the style a finding's label is drawn in: its own highlight, in bold.
func kindStyle(s *Styles, f *report.Finding) lipgloss.Style {
	p := paintOf(f)
	var st lipgloss.Style
	switch {
	case p.framing:
		st = s.Framing
	case p.quote != noQuote:
		st = s.quoteStyle(p.quote)
	case p.omitted:
		st = s.Omitted
	default:
		st = s.claimStyle(p.claim)
	}
	if !s.plain {
		st = st.Bold(true)
	}
	return st
}

// noEvidence says why a finding shows no evidence.
func noEvidence(f *report.Finding) string {
	switch {
	case f.Kind == report.Framing:
		return "the writer's own words: framing is not taken from the source"
	case f.Subkind == report.AttributedElsewhere:
		return "credited to another source: it cannot be checked against this one"
	case f.Subkind == report.Unsourced:
		return "no counterpart anywhere in the source"
	case f.Kind == report.Omitted:
		return "nothing in the opinion corresponds to this passage"
	}
	return "no supporting passage in the source"
}
