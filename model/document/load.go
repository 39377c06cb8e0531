package document

import (
	"fmt"
	"path"
	"strings"
)

// Format is the markup a document is written in.
type Format int

// The formats a document can be read as.
const (
	Auto     Format = iota // detect from the name and the content
	Text                   // plain text
	Markdown               // Markdown: markup is stripped for analysis
	HTML                   // HTML: the article body is extracted
)

// String returns the format's name.
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return "auto"
}

// ParseFormat reads a format name: auto, text, markdown or html.
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(name) {
	case "", "auto":
		return Auto, nil
	case "text", "txt", "plain":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	}
	return Auto, fmt.Errorf("unknown format %q (want auto, text, markdown or html)", name)
}

// Options control how a document is loaded.
type Options struct {
	Format      Format // Auto to detect from the name, the media type and the content
	ContentType string // media type reported by a server, if any
}

// Load decodes, sanitises, extracts and segments a document. The name is kept for reports and
// used to guess the format; it is never opened.
func Load(name string, data []byte, opts Options) (*Document, error) {
	raw, stats, err := Decode(data)
	if err != nil {
		return nil, err
	}
	format := opts.Format
	if format == Auto {
		format = Detect(name, opts.ContentType, raw)
	}
	var ex extracted
	switch format {
	case HTML:
		ex, err = extractHTML(raw)
		if err != nil {
			return nil, err
		}
		// Extraction can bring back entities that decode to control characters.
		var n int
		ex.text, n = sanitise(ex.text)
		stats.ControlChars += n
	case Markdown:
		ex = stripMarkdown(raw)
	default:
		ex = extracted{text: raw, blockQuotes: nil}
	}
	if strings.TrimSpace(ex.text) == "" {
		return nil, ErrEmpty
	}
	doc := &Document{Name: name, Format: format, Text: ex.text, Stats: stats}
	segment(doc)
	if len(doc.Words) == 0 {
		return nil, ErrEmpty
	}
	doc.BlockQuotes = ex.blockQuotes
	if format == Text {
		doc.BlockQuotes = markedParagraphs(doc)
	}
	doc.Title = ex.title
	doc.Byline = ex.byline
	if doc.Title == "" {
		doc.Title = firstLineTitle(doc)
	}
	return doc, nil
}

// extracted is the text a format yields, with what its markup said about it.
type extracted struct {
	text        string
	title       string
	byline      string
	blockQuotes []Span
}

// Detect guesses a document's format from its name, a reported media type and its content.
func Detect(name, contentType, text string) Format {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "html"):
		return HTML
	case strings.Contains(ct, "markdown"):
		return Markdown
	}
	switch strings.ToLower(path.Ext(strings.SplitN(name, "?", 2)[0])) {
	case ".html", ".htm", ".xhtml":
		return HTML
	case ".md", ".markdown", ".mdown", ".mkd":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 1024)]))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.Contains(head, "<body") || strings.Contains(head, "<head") {
		return HTML
	}
	return Text
}

// markedParagraphs returns the plain-text paragraphs whose lines all start with '>'.
func markedParagraphs(doc *Document) []Span {
	var quotes []Span
	for _, p := range doc.Paragraphs {
		marked := true
		for line := range strings.SplitSeq(doc.Slice(p), "\n") {
			if !strings.HasPrefix(strings.TrimLeft(line, " \t"), ">") {
				marked = false
				break
			}
		}
		if marked {
			quotes = append(quotes, p)
		}
	}
	return quotes
}

// firstLineTitle takes a short first paragraph of one line, without closing punctuation, as the
// title.
func firstLineTitle(doc *Document) string {
	if len(doc.Paragraphs) < 2 {
		return ""
	}
	first := strings.TrimSpace(doc.Slice(doc.Paragraphs[0]))
	if strings.Contains(first, "\n") || len(strings.Fields(first)) > 25 || first == "" {
		return ""
	}
	if strings.HasSuffix(first, ".") && !strings.HasSuffix(first, "..") {
		return ""
	}
	return first
}
