package render

import (
	"cmp"
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/report"
)

// markStyle is how one kind of finding looks in the HTML page, so that each is told apart by
// more than colour: the class sets an underline, overline or border style, and the code is the
// small superscript label after the span.
type markStyle struct {
	class string // CSS class of the highlight
	code  string // superscript label, with the finding's number after it
	name  string // legend entry
	look  string // how the legend describes it without colour
}

// markStyles lists the highlight styles in legend order.
var markStyles = []struct {
	kind    report.Kind
	subkind report.Subkind // empty: every subkind of kind
	style   markStyle
}{
	{report.Quote, report.Verbatim, markStyle{"q-verbatim", "Q", "quote, verbatim: copied word for word", "solid underline"}},
	{report.Quote, report.Edited, markStyle{"q-edited", "Q~", "quote, edited: copied with small changes", "double underline"}},
	{report.Quote, report.Misquote, markStyle{"q-misquote", "Q!", "misquote: quoted, but different from the source", "wavy underline, bold"}},
	{report.Quote, report.Unsourced, markStyle{"q-unsourced", "Q?", "unsourced quote: no counterpart in the source", "dotted underline"}},
	{report.Paraphrase, "", markStyle{"para", "P", "paraphrase: source content in other words", "dashed underline"}},
	{report.Framing, "", markStyle{"fr", "F", "framing: evaluation or rhetoric the writer added", "italic, boxed"}},
	{report.Unsupported, report.NotInSource, markStyle{"u-not", "U", "unsupported: the source does not say this", "solid overline"}},
	{report.Unsupported, report.ContradictsSource, markStyle{"u-contra", "U≠", "contradicts the source: a number, quantity or certainty changed", "wavy overline"}},
	{report.Unsupported, report.AttributedElsewhere, markStyle{"u-else", "U→", "attributed elsewhere: credited to another source, not checkable here", "dotted overline"}},
	{report.Used, "", markStyle{"used", "S", "source passage the opinion reuses", "solid underline"}},
	{report.Omitted, "", markStyle{"omit", "O", "source content the opinion leaves out", "dashed box"}},
}

// styleOf returns the look of a finding; kinds the renderer does not know get a plain one.
func styleOf(f report.Finding) markStyle {
	for _, s := range markStyles {
		if s.kind == f.Kind && (s.subkind == "" || s.subkind == f.Subkind) {
			return s.style
		}
	}
	return markStyle{class: "other", code: "?", name: "other finding", look: "thin underline"}
}

// anchor turns a finding ID into a safe fragment identifier.
func anchor(id string) string {
	var b strings.Builder
	b.WriteString("f-")
	for _, r := range id {
		if r < utf8.RuneSelf && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// tagText is the superscript label of a finding: its style code and its number.
func tagText(f report.Finding) string {
	return styleOf(f).code + strings.TrimPrefix(f.ID, "f")
}

// span is a finding's highlight, in the order highlights nest: outer first.
type span struct {
	f          *report.Finding
	start, end int
	order      int // position in the report, to break ties
}

// markup renders text with the findings of one side as nested highlights. Overlapping findings
// that cross each other are split at the crossing point and reopened, so tags always nest: the
// text is cut at every boundary, and between two boundaries the open elements are exactly the
// findings covering that piece, outermost first.
func markup(text string, findings []report.Finding, side report.Side) string {
	var spans []span
	bounds := []int{0, len(text)}
	for i := range findings {
		f := &findings[i]
		if f.Side != side || !validSpan(text, f.Start, f.End) {
			continue
		}
		spans = append(spans, span{f: f, start: f.Start, end: f.End, order: i})
		bounds = append(bounds, f.Start, f.End)
	}
	slices.SortFunc(spans, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.order, b.order))
	})
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	var b strings.Builder
	var open []*span
	closeTo := func(depth, at int) {
		for len(open) > depth {
			s := open[len(open)-1]
			if at == s.end {
				b.WriteString(`<sup class="tag"><a href="#` + anchor(s.f.ID) + `">` + html.EscapeString(tagText(*s.f)) + `</a></sup>`)
			}
			b.WriteString("</mark>")
			open = open[:len(open)-1]
		}
	}
	var want []*span
	for i := 0; i+1 < len(bounds); i++ {
		from, to := bounds[i], bounds[i+1]
		want = want[:0]
		for j := range spans {
			if spans[j].start <= from && spans[j].end >= to {
				want = append(want, &spans[j])
			}
		}
		keep := 0
		for keep < len(open) && keep < len(want) && open[keep] == want[keep] {
			keep++
		}
		closeTo(keep, from)
		for _, s := range want[keep:] {
			writeOpen(&b, s, from == s.start)
			open = append(open, s)
		}
		b.WriteString(escapeText(text[from:to]))
	}
	closeTo(0, len(text))
	return b.String()
}

// writeOpen opens a highlight. Its first piece carries the id the findings list links back to;
// every piece carries the explanation as a tooltip.
func writeOpen(b *strings.Builder, s *span, first bool) {
	f := s.f
	b.WriteString(`<mark class="m ` + styleOf(*f).class)
	if !first {
		b.WriteString(" cont")
	}
	b.WriteString(`"`)
	if first {
		b.WriteString(` id="m-` + anchor(f.ID) + `"`)
	}
	b.WriteString(` title="` + escapeText(f.ID+" "+f.Label()+": "+f.Explanation) + `">`)
}

// validSpan reports whether [start, end) is a non-empty span of text on rune boundaries.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return (start == len(text) || utf8.RuneStart(text[start])) && (end == len(text) || utf8.RuneStart(text[end]))
}

// escapeText makes document text safe to put in HTML: control characters are made visible
// first, invalid UTF-8 replaced, then markup characters escaped.
func escapeText(s string) string {
	return html.EscapeString(strings.ToValidUTF8(Inert(s), "\uFFFD"))
}

// countStyles counts the findings of each legend entry, for the legend.
func countStyles(findings []report.Finding) map[string]int {
	counts := map[string]int{}
	for _, f := range findings {
		counts[styleOf(f).class]++
	}
	return counts
}

// byteRange shows a finding's span for the findings list.
func byteRange(f report.Finding) string {
	return "bytes " + strconv.Itoa(f.Start) + "–" + strconv.Itoa(f.End)
}
