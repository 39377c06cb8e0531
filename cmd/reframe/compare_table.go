package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/render"
	"github.com/reframe-dev/reframe/model/report"
)

// comparisonWriters renders a comparison in each format compare accepts.
var comparisonWriters = map[string]func(io.Writer, *comparison) error{
	"text":     writeComparisonText,
	"markdown": writeComparisonMarkdown,
	"md":       writeComparisonMarkdown,
	"json":     writeComparisonJSON,
}

// comparisonColumn is one figure of the comparison table.
type comparisonColumn struct {
	head  string
	value func(report.Summary) string
}

// comparisonColumns are the figures of each article, in table order.
var comparisonColumns = []comparisonColumn{
	{"words", func(s report.Summary) string { return strconv.Itoa(s.OpinionWords) }},
	{"quoted", func(s report.Summary) string { return render.Percent(s.QuotedShare) }},
	{"marked", func(s report.Summary) string { return render.Percent(s.MarkedQuotedShare) }},
	{"paraphrased", func(s report.Summary) string { return render.Percent(s.ParaphrasedShare) }},
	{"framing/100w", func(s report.Summary) string { return fmt.Sprintf("%.1f", s.FramingPer100Words) }},
	{"unsupported", func(s report.Summary) string { return strconv.Itoa(s.Unsupported) }},
	{"contradicted", func(s report.Summary) string { return strconv.Itoa(s.ContradictsSource) }},
	{"source used", func(s report.Summary) string { return render.Percent(s.SourceUsedShare) }},
}

// comparisonNotes explain the columns under the table.
const comparisonNotes = `quoted: share of the article's words copied from the source; marked: of those, shown as quotations.
paraphrased: share restating the source in other words. framing/100w: framing findings per 100 words.
unsupported: assertions the source does not support; contradicted: of those, ones that contradict it.
source used: share of the source's words the article quotes or paraphrases.
`

// maxNameWidth bounds the article column of the text table.
const maxNameWidth = 40

func writeComparisonText(w io.Writer, c *comparison) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "source: %s\n\n", render.Inert(refLabel(c.Source)))
	names := make([]string, len(c.Articles))
	nameWidth := utf8.RuneCountInString("article")
	for i, a := range c.Articles {
		names[i] = render.Excerpt(a.Name, maxNameWidth)
		nameWidth = max(nameWidth, utf8.RuneCountInString(names[i]))
	}
	row := func(name string, cells []string) {
		b.WriteString(name + strings.Repeat(" ", nameWidth-utf8.RuneCountInString(name)))
		for i, cell := range cells {
			fmt.Fprintf(b, "  %*s", len(comparisonColumns[i].head), cell)
		}
		b.WriteString("\n")
	}
	heads := make([]string, len(comparisonColumns))
	for i, col := range comparisonColumns {
		heads[i] = col.head
	}
	row("article", heads)
	for i, a := range c.Articles {
		if a.Error != "" {
			b.WriteString(names[i] + strings.Repeat(" ", nameWidth-utf8.RuneCountInString(names[i])) + "  error: " + render.Inert(a.Error) + "\n")
			continue
		}
		row(names[i], cells(*a.Summary))
	}
	b.WriteString("\n" + comparisonNotes)
	return b.Flush()
}

func writeComparisonMarkdown(w io.Writer, c *comparison) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# reframe: articles compared with %s\n\n", mdCell(refLabel(c.Source)))
	b.WriteString("| article |")
	for _, col := range comparisonColumns {
		b.WriteString(" " + col.head + " |")
	}
	b.WriteString("\n| --- |" + strings.Repeat(" ---: |", len(comparisonColumns)) + "\n")
	for _, a := range c.Articles {
		b.WriteString("| " + mdCell(a.Name) + " |")
		if a.Error != "" {
			b.WriteString(" error: " + mdCell(a.Error) + " |" + strings.Repeat(" |", len(comparisonColumns)-1) + "\n")
			continue
		}
		for _, cell := range cells(*a.Summary) {
			b.WriteString(" " + cell + " |")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n" + strings.ReplaceAll(comparisonNotes, "\n", "  \n"))
	return b.Flush()
}

func writeComparisonJSON(w io.Writer, c *comparison) error {
	data, err := render.MarshalJSON(c, "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

func cells(s report.Summary) []string {
	out := make([]string, len(comparisonColumns))
	for i, col := range comparisonColumns {
		out[i] = col.value(s)
	}
	return out
}

// refLabel names a document: "Title (name)", or the name alone.
func refLabel(d docRef) string {
	if d.Title == "" || d.Title == d.Name {
		return d.Name
	}
	return d.Title + " (" + d.Name + ")"
}

var mdCellEscaper = strings.NewReplacer("\\", "\\\\", "|", "\\|", "`", "\\`", "*", "\\*", "_", "\\_",
	"[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "\n", " ")

// mdCell makes text safe inside a Markdown table cell.
func mdCell(s string) string { return mdCellEscaper.Replace(render.Inert(s)) }
