package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/report"
)

// WriteText writes the report for a person reading it in a pager: the summary first, then each
// finding with its explanation and evidence.
func WriteText(w io.Writer, r *report.Report) error {
	b := bufio.NewWriter(w)
	title := r.Opinion.Title
	if title == "" {
		title = r.Opinion.Name
	}
	fmt.Fprintf(b, "reframe report: %s\n", Inert(title))
	if r.Source != nil {
		src := r.Source.Title
		if src == "" {
			src = r.Source.Name
		}
		fmt.Fprintf(b, "source: %s\n", Inert(src))
	} else {
		fmt.Fprintf(b, "source: none (framing only)\n")
	}
	b.WriteString("\nSummary\n")
	for _, line := range SummaryLines(r) {
		fmt.Fprintf(b, "  %s\n", line)
	}
	for _, side := range []report.Side{report.Opinion, report.Source} {
		fs := bySide(r.Findings, side)
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(b, "\nFindings in the %s (%d)\n", side, len(fs))
		text := SideText(r, side)
		for _, f := range fs {
			fmt.Fprintf(b, "\n%s %s [%d:%d] line %d\n", f.ID, f.Label(), f.Start, f.End, LineOf(text, f.Start))
			fmt.Fprintf(b, "  %s\n", Excerpt(f.Text, 300))
			fmt.Fprintf(b, "  %s\n", Inert(f.Explanation))
			for _, e := range f.Edits {
				fmt.Fprintf(b, "  edit: %s\n", EditString(e))
			}
			for _, ev := range f.Evidence {
				fmt.Fprintf(b, "  %s [%d:%d] score %.2f: %s\n", ev.Side, ev.Start, ev.End, ev.Score, Excerpt(ev.Text, 200))
			}
		}
	}
	return b.Flush()
}

// SummaryLines returns the summary figures as short labelled lines.
func SummaryLines(r *report.Report) []string {
	s := r.Summary
	if r.Source == nil {
		// Quotes, paraphrases and claims need a source: nothing was checked, so show no figure.
		return []string{
			fmt.Sprintf("opinion words:          %d", s.OpinionWords),
			fmt.Sprintf("framing per 100 words:  %.1f", s.FramingPer100Words),
			"quotes and claims:      not checked (no source given)",
		}
	}
	lines := []string{
		fmt.Sprintf("opinion words:          %d", s.OpinionWords),
		fmt.Sprintf("quoted from source:     %s (marked as quotes: %s)", Percent(s.QuotedShare), Percent(s.MarkedQuotedShare)),
		fmt.Sprintf("paraphrased:            %s", Percent(s.ParaphrasedShare)),
		fmt.Sprintf("framing per 100 words:  %.1f", s.FramingPer100Words),
		fmt.Sprintf("unsupported assertions: %d (contradicting the source: %d)", s.Unsupported, s.ContradictsSource),
	}
	return append(lines, fmt.Sprintf("source used:            %s of %d words", Percent(s.SourceUsedShare), s.SourceWords))
}

// Percent formats a share as a whole percentage.
func Percent(share float64) string { return fmt.Sprintf("%.0f%%", share*100) }

// EditString shows an edit as a person reads it: "'hundreds' → 'thousands'".
func EditString(e report.Edit) string {
	switch e.Op {
	case report.Insert:
		return fmt.Sprintf("added %q", Inert(e.To))
	case report.Delete:
		return fmt.Sprintf("dropped %q", Inert(e.From))
	case report.Elide:
		return fmt.Sprintf("elided %q", Inert(e.From))
	}
	return fmt.Sprintf("%q → %q", Inert(e.From), Inert(e.To))
}

// SideText returns the text of one side of a report.
func SideText(r *report.Report, side report.Side) string {
	if side == report.Source {
		if r.Source == nil {
			return ""
		}
		return r.Source.Text
	}
	return r.Opinion.Text
}

// LineOf returns the 1-based line number of a byte offset.
func LineOf(text string, offset int) int {
	return strings.Count(text[:min(offset, len(text))], "\n") + 1
}

// Excerpt folds a span's text onto one line and cuts it to at most limit runes.
func Excerpt(s string, limit int) string {
	s = strings.Join(strings.Fields(Inert(s)), " ")
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	runes := []rune(s)
	return string(runes[:limit-1]) + "…"
}

// Inert replaces any character a terminal could act on with a visible placeholder. Loading
// already does this; rendering does it again so a report built elsewhere is safe too.
func Inert(s string) string {
	clean := utf8.ValidString(s) // an invalid byte such as 0x9B is a control sequence on some terminals
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r < 0xa0) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s { // ranging over a string turns each invalid byte into U+FFFD
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r >= 0x7f && r < 0xa0:
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func bySide(findings []report.Finding, side report.Side) []report.Finding {
	var out []report.Finding
	for _, f := range findings {
		if f.Side == side {
			out = append(out, f)
		}
	}
	return out
}
