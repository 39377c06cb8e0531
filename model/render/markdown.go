package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/reframe-dev/reframe/model/report"
)

// WriteMarkdown writes the report as Markdown notes: a summary table, then the findings of each
// side as a list with their explanations, edits and evidence.
func WriteMarkdown(w io.Writer, r *report.Report) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# reframe: %s\n\n", mdEscape(docTitle(r.Opinion)))
	if r.Opinion.Byline != "" {
		fmt.Fprintf(b, "%s\n\n", mdEscape(r.Opinion.Byline))
	}
	if r.Source != nil {
		fmt.Fprintf(b, "Source: %s\n\n", mdEscape(docTitle(*r.Source)))
	} else {
		b.WriteString("Source: none (framing only)\n\n")
	}
	s := r.Summary
	b.WriteString("| figure | value |\n| --- | --- |\n")
	fmt.Fprintf(b, "| opinion words | %d |\n", s.OpinionWords)
	if r.Source == nil {
		fmt.Fprintf(b, "| framing per 100 words | %.1f |\n", s.FramingPer100Words)
		b.WriteString("| quotes and claims | not checked (no source given) |\n")
	} else {
		fmt.Fprintf(b, "| quoted from source | %s (marked: %s) |\n", Percent(s.QuotedShare), Percent(s.MarkedQuotedShare))
		fmt.Fprintf(b, "| paraphrased | %s |\n", Percent(s.ParaphrasedShare))
		fmt.Fprintf(b, "| framing per 100 words | %.1f |\n", s.FramingPer100Words)
		fmt.Fprintf(b, "| unsupported assertions | %d |\n", s.Unsupported)
		fmt.Fprintf(b, "| contradicting the source | %d |\n", s.ContradictsSource)
		fmt.Fprintf(b, "| source used | %s |\n", Percent(s.SourceUsedShare))
	}
	for _, side := range []report.Side{report.Opinion, report.Source} {
		fs := bySide(r.Findings, side)
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n## Findings in the %s\n\n", side)
		text := SideText(r, side)
		for _, f := range fs {
			where := fmt.Sprintf("bytes %d–%d, line %d", f.Start, f.End, LineOf(text, max(f.Start, 0)))
			if f.Marked != nil && *f.Marked {
				where += ", shown as a quotation"
			} else if f.Marked != nil {
				where += ", copied without quotation marks"
			}
			fmt.Fprintf(b, "- **%s** `%s` (%s): %s  \n", mdEscape(f.ID), f.Label(), where, mdEscape(f.Explanation))
			fmt.Fprintf(b, "  > %s\n", mdEscape(Excerpt(f.Text, 300)))
			for _, e := range f.Edits {
				fmt.Fprintf(b, "  - edit: %s\n", mdEscape(EditString(e)))
			}
			for _, ev := range f.Evidence {
				fmt.Fprintf(b, "  - %s evidence (score %.2f): “%s”\n", ev.Side, ev.Score, mdEscape(Excerpt(ev.Text, 200)))
			}
			if len(f.Links) > 0 {
				fmt.Fprintf(b, "  - pairs with %s\n", mdEscape(strings.Join(f.Links, ", ")))
			}
		}
	}
	return b.Flush()
}

func docTitle(d report.Doc) string {
	if d.Title != "" {
		return d.Title
	}
	return d.Name
}

var mdEscaper = strings.NewReplacer("\\", "\\\\", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[",
	"]", "\\]", "<", "&lt;", ">", "&gt;", "|", "\\|", "#", "\\#")

func mdEscape(s string) string { return mdEscaper.Replace(Inert(s)) }
