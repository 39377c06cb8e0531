package render

import (
	"fmt"
	"html/template"
	"io"
	"strconv"

	"github.com/reframe-dev/reframe/model/report"
)

// WriteHTML writes the report as one self-contained HTML page: inline CSS, no script and no
// remote resources. The two documents stand side by side (stacked on a narrow screen and on
// paper) with the findings highlighted as in the reader, each highlight explained in its tooltip
// and in the list of findings below, which it links to. All document text is escaped.
func WriteHTML(w io.Writer, r *report.Report) error {
	if err := pageTemplate.Execute(w, newHTMLPage(r)); err != nil {
		return fmt.Errorf("writing HTML: %w", err)
	}
	return nil
}

// htmlPage is what the page template shows.
type htmlPage struct {
	Title       string        // the opinion's title
	SourceTitle string        // the source's title, or a note that there is none
	Summary     [][2]string   // label and value of each figure
	Legend      []legendEntry // one per highlight style
	Docs        []htmlDoc     // opinion, then source
	Sides       []htmlSide    // the findings of each side
}

// legendEntry explains one highlight style.
type legendEntry struct {
	Class, Code, Name, Look string
	Count                   int
}

// htmlDoc is one document pane.
type htmlDoc struct {
	ID, Label, Title, Name, Byline string
	Body                           template.HTML // the text with its highlights, escaped
}

// htmlSide is the list of findings of one side.
type htmlSide struct {
	ID, Name string
	Items    []htmlFinding
}

// htmlFinding is one entry of a findings list.
type htmlFinding struct {
	ID, Anchor, Tag, Label, Marked, Where, Explanation, Excerpt string
	Edits, Evidence                                             []string
	Links                                                       []htmlLink
}

// htmlLink points to a paired finding on the other side.
type htmlLink struct{ ID, Anchor string }

func newHTMLPage(r *report.Report) *htmlPage {
	p := &htmlPage{Title: Inert(docTitle(r.Opinion)), SourceTitle: "none (framing only)", Summary: summaryRows(r)}
	p.Docs = append(p.Docs, newHTMLDoc(r, report.Opinion, r.Opinion))
	if r.Source != nil {
		p.SourceTitle = Inert(docTitle(*r.Source))
		p.Docs = append(p.Docs, newHTMLDoc(r, report.Source, *r.Source))
	}
	counts := countStyles(r.Findings)
	for _, s := range markStyles {
		if r.Source == nil && (s.kind == report.Used || s.kind == report.Omitted) {
			continue
		}
		st := s.style
		p.Legend = append(p.Legend, legendEntry{Class: st.class, Code: st.code, Name: st.name, Look: st.look, Count: counts[st.class]})
	}
	if n := counts["other"]; n > 0 {
		st := styleOf(report.Finding{})
		p.Legend = append(p.Legend, legendEntry{Class: st.class, Code: st.code, Name: st.name, Look: st.look, Count: n})
	}
	for _, side := range []report.Side{report.Opinion, report.Source} {
		fs := bySide(r.Findings, side)
		if len(fs) == 0 {
			continue
		}
		hs := htmlSide{ID: "findings-" + side.String(), Name: side.String()}
		text := SideText(r, side)
		for _, f := range fs {
			hs.Items = append(hs.Items, newHTMLFinding(f, text))
		}
		p.Sides = append(p.Sides, hs)
	}
	return p
}

// sideLabel names a side at the start of a sentence.
func sideLabel(side report.Side) string {
	if side == report.Source {
		return "Source"
	}
	return "Opinion"
}

func newHTMLDoc(r *report.Report, side report.Side, d report.Doc) htmlDoc {
	return htmlDoc{
		ID: side.String(), Label: sideLabel(side), Title: Inert(docTitle(d)), Name: Inert(d.Name), Byline: Inert(d.Byline),
		Body: template.HTML(markup(d.Text, r.Findings, side)),
	}
}

func newHTMLFinding(f report.Finding, text string) htmlFinding {
	h := htmlFinding{
		ID: f.ID, Anchor: anchor(f.ID), Tag: tagText(f), Label: f.Label(), Explanation: Inert(f.Explanation),
		Excerpt: Excerpt(f.Text, 300), Where: byteRange(f),
	}
	if validSpan(text, f.Start, f.End) {
		h.Where += ", line " + strconv.Itoa(LineOf(text, f.Start))
	}
	if f.Marked != nil {
		h.Marked = "copied without quotation marks"
		if *f.Marked {
			h.Marked = "shown as a quotation"
		}
	}
	for _, e := range f.Edits {
		h.Edits = append(h.Edits, EditString(e))
	}
	for _, ev := range f.Evidence {
		h.Evidence = append(h.Evidence, fmt.Sprintf("%s evidence, bytes %d–%d, score %.2f: “%s”",
			sideLabel(ev.Side), ev.Start, ev.End, ev.Score, Excerpt(ev.Text, 200)))
	}
	for _, id := range f.Links {
		h.Links = append(h.Links, htmlLink{ID: id, Anchor: anchor(id)})
	}
	return h
}

// summaryRows returns the headline figures as label and value.
func summaryRows(r *report.Report) [][2]string {
	s := r.Summary
	if r.Source == nil {
		return [][2]string{
			{"Opinion words", strconv.Itoa(s.OpinionWords)},
			{"Framing per 100 words", fmt.Sprintf("%.1f", s.FramingPer100Words)},
			{"Quotes and claims", "not checked (no source given)"},
		}
	}
	rows := [][2]string{
		{"Opinion words", strconv.Itoa(s.OpinionWords)},
		{"Quoted from the source", Percent(s.QuotedShare) + " (marked as quotes: " + Percent(s.MarkedQuotedShare) + ")"},
		{"Paraphrased", Percent(s.ParaphrasedShare)},
		{"Framing per 100 words", fmt.Sprintf("%.1f", s.FramingPer100Words)},
		{"Unsupported assertions", fmt.Sprintf("%d (contradicting the source: %d)", s.Unsupported, s.ContradictsSource)},
	}
	return append(rows, [2]string{"Source used", fmt.Sprintf("%s of %d words", Percent(s.SourceUsedShare), s.SourceWords)})
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="reframe">
<title>reframe: {{.Title}}</title>
<style>` + pageCSS + `</style>
</head>
<body>
<header>
<h1>reframe: {{.Title}}</h1>
<p class="source-line">Source: {{.SourceTitle}}</p>
</header>
<section class="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<table>
{{- range .Summary}}
<tr><th scope="row">{{index . 0}}</th><td>{{index . 1}}</td></tr>
{{- end}}
</table>
</section>
<section class="legend" aria-labelledby="legend-h">
<h2 id="legend-h">Legend</h2>
<p>Each highlight ends with a small label; hover it for its explanation, or follow the label to the list of findings below.</p>
<ul>
{{- range .Legend}}
<li><mark class="m {{.Class}}">example</mark><sup class="tag">{{.Code}}</sup> {{.Name}} <span class="look">({{.Look}}; {{.Count}} in this report)</span></li>
{{- end}}
</ul>
</section>
<main class="docs{{if eq (len .Docs) 1}} single{{end}}">
{{- range .Docs}}
<article class="doc" id="{{.ID}}" aria-labelledby="{{.ID}}-h">
<h2 id="{{.ID}}-h">{{.Label}}: {{.Title}}</h2>
<p class="meta">{{.Name}}{{if .Byline}} · {{.Byline}}{{end}}</p>
<div class="text">{{.Body}}</div>
</article>
{{- end}}
</main>
<section class="findings" aria-label="Findings">
{{- range .Sides}}
<h2 id="{{.ID}}">Findings in the {{.Name}} ({{len .Items}})</h2>
<ol>
{{- range .Items}}
<li class="finding" id="{{.Anchor}}">
<p class="head"><a class="tag" href="#m-{{.Anchor}}">{{.Tag}}</a> <strong>{{.ID}} {{.Label}}</strong>{{if .Marked}} · {{.Marked}}{{end}} · {{.Where}}</p>
{{- if .Explanation}}
<p class="expl">{{.Explanation}}</p>
{{- end}}
<blockquote>{{.Excerpt}}</blockquote>
{{- if .Edits}}
<ul class="edits">
{{- range .Edits}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{- range .Evidence}}
<p class="evidence">{{.}}</p>
{{- end}}
{{- if .Links}}
<p class="links">Pairs with {{range $i, $l := .Links}}{{if $i}}, {{end}}<a href="#{{$l.Anchor}}">{{$l.ID}}</a>{{end}}</p>
{{- end}}
</li>
{{- end}}
</ol>
{{- end}}
</section>
<footer>
<p>Made with reframe. It never says “false”: it shows what this source does and does not support, with the evidence, so the reader can judge.</p>
</footer>
</body>
</html>
`))
