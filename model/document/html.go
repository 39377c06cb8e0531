package document

import (
	"fmt"
	"regexp"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// extractHTML finds the article body of a page with readability and turns it into paragraphs of
// plain text, recording block quotations. Navigation, ads, comments and scripts are left out.
func extractHTML(src string) (extracted, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return extracted{}, fmt.Errorf("parsing HTML: %w", err)
	}
	pageTitle := findTitle(root)
	parser := readability.NewParser()
	parser.KeepClasses = true // so that clutter left inside the article can still be recognised
	article, err := parser.ParseDocument(root, nil)
	w := &htmlText{}
	if err == nil && article.Node != nil {
		w.walk(article.Node)
	}
	if strings.TrimSpace(w.b.String()) == "" {
		// Too short for readability to call it an article: fall back to the page body.
		w = &htmlText{}
		if body := findElement(root, atom.Body); body != nil {
			w.walk(body)
		}
	}
	title := strings.TrimSpace(article.Title())
	if title == "" {
		title = pageTitle
	}
	byline := strings.Join(strings.Fields(article.Byline()), " ")
	return extracted{text: w.b.String(), title: title, byline: byline, blockQuotes: w.quotes}, nil
}

// htmlText accumulates the visible text of an HTML tree, a blank line between blocks.
type htmlText struct {
	b      strings.Builder
	quotes []Span
	space  bool // a space is pending before the next word
}

var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Form: true, atom.Button: true, atom.Iframe: true, atom.Svg: true,
	atom.Template: true, atom.Select: true, atom.Head: true,
}

var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true,
	atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Figure: true, atom.Figcaption: true, atom.Header: true, atom.Main: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Hr: true,
}

func (w *htmlText) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || isClutter(n) {
			return
		}
		if n.DataAtom == atom.Br {
			w.lineBreak()
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.paragraphBreak()
	}
	start := w.b.Len()
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.Blockquote && w.b.Len() > start {
		quoteStart := start
		for quoteStart < w.b.Len() && w.b.String()[quoteStart] == '\n' {
			quoteStart++
		}
		if quoteStart < w.b.Len() {
			w.quotes = append(w.quotes, Span{quoteStart, w.b.Len()})
		}
	}
	if block {
		w.paragraphBreak()
	}
}

// clutterClass matches the class or id of page furniture that readability can leave inside an
// article: advertising, promotions, share buttons, newsletter boxes, related links, comments.
var clutterClass = regexp.MustCompile(`(?i)(^|[\s_-])(ad|ads|advert\w*|promo\w*|sponsor\w*|related|share|sharing|social|newsletter|subscribe|comments?|outbrain|taboola)($|[\s_-])`)

func isClutter(n *html.Node) bool {
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && clutterClass.MatchString(a.Val) {
			return true
		}
	}
	return false
}

func (w *htmlText) text(s string) {
	for i, field := range strings.Fields(s) {
		if (i > 0 || w.space || startsWithSpace(s)) && w.b.Len() > 0 && !endsWithSpace(w.b.String()) {
			w.b.WriteByte(' ')
		}
		w.b.WriteString(field)
		w.space = false
	}
	if endsWithSpace(s) {
		w.space = true
	}
}

func (w *htmlText) lineBreak() {
	if w.b.Len() > 0 && !endsWithSpace(w.b.String()) {
		w.b.WriteByte('\n')
	}
	w.space = false
}

func (w *htmlText) paragraphBreak() {
	s := w.b.String()
	if len(s) == 0 || strings.HasSuffix(s, "\n\n") {
		return
	}
	if strings.HasSuffix(s, "\n") {
		w.b.WriteByte('\n')
	} else {
		w.b.WriteString("\n\n")
	}
	w.space = false
}

func startsWithSpace(s string) bool { return s != "" && strings.ContainsRune(" \t\n\r\f", rune(s[0])) }
func endsWithSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\n\r\f", rune(s[len(s)-1]))
}

// findTitle returns the page's <title>, or its first <h1>.
func findTitle(root *html.Node) string {
	for _, a := range []atom.Atom{atom.Title, atom.H1} {
		if n := findElement(root, a); n != nil {
			w := &htmlText{}
			w.walk(n)
			if t := strings.TrimSpace(w.b.String()); t != "" {
				return t
			}
		}
	}
	return ""
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if found := findElement(c, a); found != nil {
			return found
		}
	}
	return nil
}
