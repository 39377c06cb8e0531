package render

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/reframe-dev/reframe/model/report"
)

// voidElements never have an end tag.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

// checkWellFormed tokenizes a page and fails unless every opened element is closed, in order.
func checkWellFormed(t *testing.T, page []byte) {
	t.Helper()
	if err := wellFormed(page); err != nil {
		t.Error(err)
	}
}

func wellFormed(page []byte) error {
	z := html.NewTokenizer(bytes.NewReader(page))
	var stack []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return z.Err()
			}
			if len(stack) > 0 {
				return fmt.Errorf("elements left open at the end: %v", stack)
			}
			return nil
		case html.StartTagToken:
			tok := z.Token()
			if !voidElements[tok.DataAtom] {
				stack = append(stack, tok.Data)
			}
		case html.EndTagToken:
			tok := z.Token()
			if len(stack) == 0 || stack[len(stack)-1] != tok.Data {
				return fmt.Errorf("</%s> closes %v", tok.Data, stack)
			}
			stack = stack[:len(stack)-1]
		}
	}
}

// docText returns the text of the document pane with the given id, without the superscript
// labels the renderer adds, unescaped: it should be the document's text.
func docText(t *testing.T, page []byte, id string) string {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var pane *html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if pane != nil {
			return
		}
		if n.Type == html.ElementNode && attr(n, "id") == id {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && attr(c, "class") == "text" {
					pane = c
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	if pane == nil {
		t.Fatalf("no text pane in #%s", id)
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Sup {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(pane)
	return b.String()
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func renderHTML(t *testing.T, r *report.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestHTMLPage checks the properties of the sample page that a golden file alone would not
// make plain: well-formed, self-contained, and the documents' text intact inside the highlights.
func TestHTMLPage(t *testing.T) {
	r := sampleReport()
	page := renderHTML(t, r)
	checkWellFormed(t, page)
	lower := strings.ToLower(string(page))
	for _, banned := range []string{"<script", "<link", "<img", "<iframe", " src=", "url(", "@import", "http://", "\x1b"} {
		if strings.Contains(lower, banned) {
			t.Errorf("page contains %q: it must be self-contained, with no script and nothing raw from the documents", banned)
		}
	}
	if strings.Contains(string(page), "<b>£2m</b>") {
		t.Error("document markup reached the page unescaped")
	}
	if got := docText(t, page, "opinion"); got != r.Opinion.Text {
		t.Errorf("opinion pane text differs from the document:\n got: %q\nwant: %q", got, r.Opinion.Text)
	}
	if got := docText(t, page, "source"); got != r.Source.Text {
		t.Errorf("source pane text differs from the document:\n got: %q\nwant: %q", got, r.Source.Text)
	}
	for _, f := range r.Findings {
		a := anchor(f.ID)
		for _, want := range []string{`id="m-` + a + `"`, `id="` + a + `"`, `href="#` + a + `"`, `href="#m-` + a + `"`} {
			if !strings.Contains(string(page), want) {
				t.Errorf("%s: page lacks %s", f.ID, want)
			}
		}
	}
	for _, want := range []string{"@media (max-width:", "@media print", `class="legend"`, "By A. Writer"} {
		if !strings.Contains(string(page), want) {
			t.Errorf("page lacks %q", want)
		}
	}
}

// TestMarkup checks the nesting of highlights on small cases, written out whole.
func TestMarkup(t *testing.T) {
	f := func(id string, kind report.Kind, start, end int) report.Finding {
		return report.Finding{ID: id, Kind: kind, Side: report.Opinion, Start: start, End: end}
	}
	open := func(class, id string) string {
		return `<mark class="m ` + class + `" id="m-f-` + id + `" title="` + id + ` ` + classKind(class) + `: ">`
	}
	cont := func(class, id string) string {
		return `<mark class="m ` + class + ` cont" title="` + id + ` ` + classKind(class) + `: ">`
	}
	end := func(code, id string) string {
		return `<sup class="tag"><a href="#f-` + id + `">` + code + strings.TrimPrefix(id, "f") + `</a></sup></mark>`
	}
	tests := []struct {
		name     string
		text     string
		findings []report.Finding
		want     string
	}{
		{"none", "a < b", nil, "a &lt; b"},
		{"one", "abcdef", []report.Finding{f("f1", report.Framing, 1, 3)},
			"a" + open("fr", "f1") + "bc" + end("F", "f1") + "def"},
		{"nested", "abcdef", []report.Finding{f("f1", report.Paraphrase, 0, 6), f("f2", report.Framing, 2, 4)},
			open("para", "f1") + "ab" + open("fr", "f2") + "cd" + end("F", "f2") + "ef" + end("P", "f1")},
		{"same start, longer outside", "abcdef", []report.Finding{f("f2", report.Framing, 0, 2), f("f1", report.Paraphrase, 0, 6)},
			open("para", "f1") + open("fr", "f2") + "ab" + end("F", "f2") + "cdef" + end("P", "f1")},
		{"crossing", "abcdef", []report.Finding{f("f1", report.Paraphrase, 0, 4), f("f2", report.Framing, 2, 6)},
			open("para", "f1") + "ab" + open("fr", "f2") + "cd" + "</mark>" + end("P", "f1") + cont("fr", "f2") + "ef" + end("F", "f2")},
		{"touching", "abcd", []report.Finding{f("f1", report.Paraphrase, 0, 2), f("f2", report.Framing, 2, 4)},
			open("para", "f1") + "ab" + end("P", "f1") + open("fr", "f2") + "cd" + end("F", "f2")},
		{"out of range and empty are skipped", "abc", []report.Finding{f("f1", report.Framing, 2, 9), f("f2", report.Framing, 1, 1), f("f3", report.Framing, -1, 2)},
			"abc"},
		{"inside a rune is skipped", "é!", []report.Finding{f("f1", report.Framing, 1, 3)}, "é!"},
		{"other side ignored", "abc", []report.Finding{{ID: "f1", Kind: report.Used, Side: report.Source, Start: 0, End: 2}}, "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := markup(tt.text, tt.findings, report.Opinion)
			if got != tt.want {
				t.Errorf("markup:\n got: %s\nwant: %s", got, tt.want)
			}
			if err := wellFormed([]byte(got)); err != nil {
				t.Error(err)
			}
		})
	}
}

func classKind(class string) string {
	return map[string]string{"fr": "framing", "para": "paraphrase"}[class]
}

// FuzzMarkup checks, for any text and spans, that highlights nest and keep the text intact.
func FuzzMarkup(f *testing.F) {
	f.Add("The quick brown fox jumps over the lazy dog.", 0, 9, 4, 19, 10, 44)
	f.Add("<a href='x'>&amp;</a> \x1b[31m red", 0, 3, 0, 3, 2, 30)
	f.Add("résumé naïve", 1, 2, 0, 7, 3, 12)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2, s3, e3 int) {
		findings := []report.Finding{
			{ID: "f1", Kind: report.Quote, Subkind: report.Edited, Side: report.Opinion, Start: s1, End: e1},
			{ID: "f2", Kind: report.Framing, Subkind: report.Intensifier, Side: report.Opinion, Start: s2, End: e2},
			{ID: "f3", Kind: report.Unsupported, Subkind: report.NotInSource, Side: report.Opinion, Start: s3, End: e3},
		}
		r := &report.Report{Version: report.Version, Opinion: report.Doc{Name: "o", Text: text}, Findings: findings}
		page := renderHTML(t, r)
		if err := wellFormed(page); err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(text) {
			return // loaded documents are valid UTF-8; for others, well-formed is enough
		}
		if got, want := docText(t, page, "opinion"), Inert(text); got != want {
			t.Fatalf("text changed:\n got: %q\nwant: %q", got, want)
		}
	})
}
