package align

import (
	"unicode"
	"unicode/utf8"

	"github.com/reframe-dev/reframe/model/document"
)

// Quotation is a stretch of the opinion that it presents as someone's words: text inside
// quotation marks, or a block quote.
type Quotation struct {
	document.Span      // the quoted words, without the marks
	Block         bool // a block quote rather than quotation marks
}

// Quotations finds the quotations of a document: pairs of curly or straight double quotes, curly
// single quotes, within a paragraph (an unclosed quotation runs to the paragraph's end, as
// multi-paragraph quotations do), and block quotes.
func Quotations(d *document.Document) []Quotation {
	var out []Quotation
	for _, p := range d.Paragraphs {
		if d.InBlockQuote(p) {
			out = append(out, Quotation{Span: p, Block: true})
			continue
		}
		out = append(out, quotationsIn(d.Text, p)...)
	}
	return out
}

func quotationsIn(text string, p document.Span) []Quotation {
	var out []Quotation
	open := -1
	var closer rune
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		next, _ := utf8.DecodeRuneInString(text[i+size : p.End])
		switch {
		case open < 0 && (r == '“' || r == '«'):
			open, closer = i+size, map[rune]rune{'“': '”', '«': '»'}[r]
		case open < 0 && r == '"' && opens(prev, next, i == p.Start):
			open, closer = i+size, '"'
		case open < 0 && r == '‘' && opens(prev, next, i == p.Start):
			open, closer = i+size, '’'
		case open >= 0 && r == closer && (closer != '’' || !unicode.IsLetter(next)):
			if i > open {
				out = append(out, Quotation{Span: document.Span{Start: open, End: i}})
			}
			open = -1
		}
		i += size
	}
	if open >= 0 && p.End > open {
		out = append(out, Quotation{Span: document.Span{Start: open, End: p.End}})
	}
	return out
}

// opens reports whether a straight or single quote between prev and next opens a quotation.
func opens(prev, next rune, atStart bool) bool {
	if next == utf8.RuneError || unicode.IsSpace(next) {
		return false
	}
	return atStart || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '-' || prev == ':'
}
